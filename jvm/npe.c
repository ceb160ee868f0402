/*
 * npe.c — helpful NullPointerException messages (JEP 358), as JDK 17 words
 * them: 'Cannot invoke "String.length()" because "<local1>" is null'.
 *
 * The message has two parts.  The failed action comes from the faulting
 * instruction itself.  The cause needs to know which instruction pushed the
 * null: we simulate the operand stack over the method's (original, not
 * quickened) bytecode, recording for every stack slot the bci of the
 * instruction that pushed it.  Where control flow merges two different
 * producers, the slot's origin becomes unknown and no cause is given (that
 * is why `(b ? s : null).length()` gets no "because").  The description is
 * then built by walking back from the producer: a local variable (its name
 * from the LocalVariableTable, else "this", "<parameterN>", "<localN>"), a
 * static field "Cls.f", a field chain "a.b.c", an array element "a[i]", or
 * "the return value of "Cls.m()"" — at most five levels deep.
 *
 * The simulation visits instructions in code order, pass after pass, and
 * stops as soon as the faulting instruction has a state; states are merged
 * the same way as HotSpot's bytecodeUtils, so ambiguous cases come out
 * the same.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "jvm/opcodes.h"
#include "jvm/runtime.h"

#define MAX_DETAIL 5
#define NO_BCI (-1)

enum { T_VOID, T_INT, T_LONG, T_FLOAT, T_DOUBLE, T_OBJECT, T_ADDRESS, T_CONFLICT };

typedef struct Slot {
    int32_t bci;
    uint8_t type;
} Slot;

typedef struct State {
    int n;
    uint64_t written;       /* locals stored to on some path here (slots < 64) */
    Slot s[];
} State;

typedef struct Sim {
    Method *m;
    const uint8_t *code;
    uint32_t len;
    ClassFile *cf;
    int max;                /* max_stack */
    State **at;             /* per bci, NULL until reached */
    int added, all_done;
} Sim;

static int type_size(int t) { return t == T_LONG || t == T_DOUBLE ? 2 : t == T_VOID ? 0 : 1; }

static int desc_type(char c)
{
    switch (c) {
    case 'J': return T_LONG;
    case 'F': return T_FLOAT;
    case 'D': return T_DOUBLE;
    case 'L': case '[': return T_OBJECT;
    case 'V': return T_VOID;
    default: return T_INT;
    }
}

static State *state_new(Sim *s)
{
    State *st = calloc(1, sizeof(State) + ((size_t)s->max + 4) * sizeof(Slot));
    return st;
}

static State *state_copy(Sim *s, const State *o)
{
    State *st = state_new(s);
    st->n = o->n;
    st->written = o->written;
    memcpy(st->s, o->s, (size_t)o->n * sizeof(Slot));
    return st;
}

static void push(Sim *s, State *st, int32_t bci, int type)
{
    for (int k = 0; k < type_size(type) && st->n < s->max + 4; k++)
        st->s[st->n++] = (Slot){bci, (uint8_t)type};
}

static void push_raw(Sim *s, State *st, Slot v)
{
    if (v.type != T_VOID && st->n < s->max + 4)
        st->s[st->n++] = v;
}

static void pop(State *st, int k)
{
    st->n = st->n >= k ? st->n - k : 0;
}

static Slot top(State *st, int k)
{
    return k < st->n ? st->s[st->n - 1 - k] : (Slot){NO_BCI, T_CONFLICT};
}

static Slot merge_slot(Slot a, Slot b)
{
    if (a.type != b.type) {
        int ao = a.type == T_OBJECT, bo = b.type == T_OBJECT;
        if (ao && bo)
            return (Slot){a.bci == b.bci ? a.bci : NO_BCI, T_OBJECT};
        return (Slot){NO_BCI, T_CONFLICT};
    }
    return a.bci == b.bci ? a : (Slot){NO_BCI, a.type};
}

static void flow_to(Sim *s, uint32_t bci, const State *st)
{
    if (bci >= s->len)
        return;
    State *old = s->at[bci];
    if (!old) {
        s->at[bci] = state_copy(s, st);
        s->added = 1;
        return;
    }
    if (old->n != st->n)
        return;     /* inconsistent stack depth: unverifiable code; keep the first */
    for (int i = 0; i < st->n; i++)
        old->s[i] = merge_slot(st->s[i], old->s[i]);
    old->written |= st->written;
}

static const char *ref_desc(ClassFile *cf, uint16_t idx, const char **name)
{
    const char *n, *d;
    cf_name_and_type(cf, cf->cp[idx].b, &n, &d);
    if (name)
        *name = n;
    return d;
}

static int ldc_type(ClassFile *cf, uint16_t idx)
{
    switch (cf->cp[idx].tag) {
    case CONST_Integer: return T_INT;
    case CONST_Float: return T_FLOAT;
    case CONST_Long: return T_LONG;
    case CONST_Double: return T_DOUBLE;
    default: return T_OBJECT;
    }
}

static void set_written(State *st, unsigned i)
{
    if (i < 64)
        st->written |= (uint64_t)1 << i;
}

/* Simulates the instruction at bci; returns its length. */
static int step(Sim *s, uint32_t bci)
{
    const uint8_t *c = s->code;
    int len = insn_length(c, bci);
    if (!s->at[bci]) {
        s->all_done = 0;
        return len;
    }
    State *st = state_copy(s, s->at[bci]);
    int op = c[bci], wide = 0;
    uint32_t pos = bci + 1;
    if (op == OP_wide) {
        wide = 1;
        op = c[bci + 1];
        pos++;
    }
    int32_t dests[1024];
    int n_dests = 0, ended = 0;
    int32_t dest = -1;
    const char *d, *name;
    switch (op) {
    case OP_nop: break;
    case OP_aconst_null: push(s, st, (int32_t)bci, T_OBJECT); break;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2: case OP_iconst_3:
    case OP_iconst_4: case OP_iconst_5: case OP_bipush: case OP_sipush:
    case OP_iload: case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3:
        push(s, st, (int32_t)bci, T_INT);
        break;
    case OP_lconst_0: case OP_lconst_1: case OP_lload: case OP_lload_0: case OP_lload_1:
    case OP_lload_2: case OP_lload_3:
        push(s, st, (int32_t)bci, T_LONG);
        break;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2: case OP_fload: case OP_fload_0:
    case OP_fload_1: case OP_fload_2: case OP_fload_3:
        push(s, st, (int32_t)bci, T_FLOAT);
        break;
    case OP_dconst_0: case OP_dconst_1: case OP_dload: case OP_dload_0: case OP_dload_1:
    case OP_dload_2: case OP_dload_3:
        push(s, st, (int32_t)bci, T_DOUBLE);
        break;
    case OP_aload: case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3:
    case OP_new:
        push(s, st, (int32_t)bci, T_OBJECT);
        break;
    case OP_iinc: break;
    case OP_ldc: push(s, st, (int32_t)bci, ldc_type(s->cf, c[pos])); break;
    case OP_ldc_w: case OP_ldc2_w: push(s, st, (int32_t)bci, ldc_type(s->cf, be16(c + pos))); break;
    case OP_iaload: case OP_baload: case OP_caload: case OP_saload:
        pop(st, 2); push(s, st, (int32_t)bci, T_INT); break;
    case OP_faload: pop(st, 2); push(s, st, (int32_t)bci, T_FLOAT); break;
    case OP_aaload: pop(st, 2); push(s, st, (int32_t)bci, T_OBJECT); break;
    case OP_laload: pop(st, 2); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_daload: pop(st, 2); push(s, st, (int32_t)bci, T_DOUBLE); break;
    case OP_istore: case OP_fstore: case OP_astore:
        set_written(st, wide ? be16(c + pos) : c[pos]); pop(st, 1); break;
    case OP_lstore: case OP_dstore:
        set_written(st, wide ? be16(c + pos) : c[pos]); pop(st, 2); break;
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3:
        set_written(st, (unsigned)(op - OP_istore_0)); pop(st, 1); break;
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3:
        set_written(st, (unsigned)(op - OP_fstore_0)); pop(st, 1); break;
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3:
        set_written(st, (unsigned)(op - OP_astore_0)); pop(st, 1); break;
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3:
        set_written(st, (unsigned)(op - OP_lstore_0)); pop(st, 2); break;
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3:
        set_written(st, (unsigned)(op - OP_dstore_0)); pop(st, 2); break;
    case OP_iastore: case OP_fastore: case OP_aastore: case OP_bastore: case OP_castore:
    case OP_sastore:
        pop(st, 3); break;
    case OP_lastore: case OP_dastore: pop(st, 4); break;
    case OP_pop: case OP_monitorenter: case OP_monitorexit: pop(st, 1); break;
    case OP_pop2: pop(st, 2); break;
    case OP_dup: push_raw(s, st, top(st, 0)); break;
    case OP_dup_x1: {
        Slot a = top(st, 0), b = top(st, 1);
        pop(st, 2);
        push_raw(s, st, a); push_raw(s, st, b); push_raw(s, st, a);
        break;
    }
    case OP_dup_x2: {
        Slot a = top(st, 0), b = top(st, 1), e = top(st, 2);
        pop(st, 3);
        push_raw(s, st, a); push_raw(s, st, e); push_raw(s, st, b); push_raw(s, st, a);
        break;
    }
    case OP_dup2: {
        Slot a = top(st, 0), b = top(st, 1);
        push_raw(s, st, b); push_raw(s, st, a);
        break;
    }
    case OP_dup2_x1: {
        Slot a = top(st, 0), b = top(st, 1), e = top(st, 2);
        pop(st, 3);
        push_raw(s, st, b); push_raw(s, st, a); push_raw(s, st, e);
        push_raw(s, st, b); push_raw(s, st, a);
        break;
    }
    case OP_dup2_x2: {
        Slot a = top(st, 0), b = top(st, 1), e = top(st, 2), f = top(st, 3);
        pop(st, 4);
        push_raw(s, st, b); push_raw(s, st, a); push_raw(s, st, f); push_raw(s, st, e);
        push_raw(s, st, b); push_raw(s, st, a);
        break;
    }
    case OP_swap: {
        Slot a = top(st, 0), b = top(st, 1);
        pop(st, 2);
        push_raw(s, st, a); push_raw(s, st, b);
        break;
    }
    case OP_iadd: case OP_isub: case OP_imul: case OP_idiv: case OP_irem: case OP_iand:
    case OP_ior: case OP_ixor: case OP_ishl: case OP_ishr: case OP_iushr:
        pop(st, 2); push(s, st, (int32_t)bci, T_INT); break;
    case OP_fadd: case OP_fsub: case OP_fmul: case OP_fdiv: case OP_frem:
        pop(st, 2); push(s, st, (int32_t)bci, T_FLOAT); break;
    case OP_ladd: case OP_lsub: case OP_lmul: case OP_ldiv: case OP_lrem: case OP_land:
    case OP_lor: case OP_lxor:
        pop(st, 4); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_dadd: case OP_dsub: case OP_dmul: case OP_ddiv: case OP_drem:
        pop(st, 4); push(s, st, (int32_t)bci, T_DOUBLE); break;
    case OP_lshl: case OP_lshr: case OP_lushr: pop(st, 3); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_ineg: pop(st, 1); push(s, st, (int32_t)bci, T_INT); break;
    case OP_fneg: pop(st, 1); push(s, st, (int32_t)bci, T_FLOAT); break;
    case OP_lneg: pop(st, 2); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_dneg: pop(st, 2); push(s, st, (int32_t)bci, T_DOUBLE); break;
    case OP_i2l: case OP_f2l: pop(st, 1); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_i2f: pop(st, 1); push(s, st, (int32_t)bci, T_FLOAT); break;
    case OP_i2d: case OP_f2d: pop(st, 1); push(s, st, (int32_t)bci, T_DOUBLE); break;
    case OP_f2i: case OP_i2b: case OP_i2c: case OP_i2s: pop(st, 1); push(s, st, (int32_t)bci, T_INT); break;
    case OP_l2i: case OP_d2i: pop(st, 2); push(s, st, (int32_t)bci, T_INT); break;
    case OP_l2f: case OP_d2f: pop(st, 2); push(s, st, (int32_t)bci, T_FLOAT); break;
    case OP_l2d: pop(st, 2); push(s, st, (int32_t)bci, T_DOUBLE); break;
    case OP_d2l: pop(st, 2); push(s, st, (int32_t)bci, T_LONG); break;
    case OP_lcmp: case OP_dcmpl: case OP_dcmpg: pop(st, 4); push(s, st, (int32_t)bci, T_INT); break;
    case OP_fcmpl: case OP_fcmpg: pop(st, 2); push(s, st, (int32_t)bci, T_INT); break;
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
    case OP_ifnull: case OP_ifnonnull:
        pop(st, 1); dest = (int32_t)bci + (int16_t)be16(c + pos); break;
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge: case OP_if_icmpgt:
    case OP_if_icmple: case OP_if_acmpeq: case OP_if_acmpne:
        pop(st, 2); dest = (int32_t)bci + (int16_t)be16(c + pos); break;
    case OP_goto: dest = (int32_t)bci + (int16_t)be16(c + pos); ended = 1; break;
    case OP_goto_w: dest = (int32_t)bci + be32(c + pos); ended = 1; break;
    case OP_jsr:
        push(s, st, (int32_t)bci, T_ADDRESS); dest = (int32_t)bci + (int16_t)be16(c + pos); ended = 1;
        break;
    case OP_jsr_w: push(s, st, (int32_t)bci, T_ADDRESS); dest = (int32_t)bci + be32(c + pos); ended = 1; break;
    case OP_ret: ended = 1; break;
    case OP_tableswitch: {
        pop(st, 1);
        uint32_t p = (bci + 4) & ~3u;
        dest = (int32_t)bci + be32(c + p);
        int32_t lo = be32(c + p + 4), hi = be32(c + p + 8);
        for (int64_t i = lo; i <= hi && n_dests < 1024; i++)
            dests[n_dests++] = (int32_t)bci + be32(c + p + 12 + 4 * (i - lo));
        break;
    }
    case OP_lookupswitch: {
        pop(st, 1);
        uint32_t p = (bci + 4) & ~3u;
        dest = (int32_t)bci + be32(c + p);
        int32_t n = be32(c + p + 4);
        for (int32_t i = 0; i < n && n_dests < 1024; i++)
            dests[n_dests++] = (int32_t)bci + be32(c + p + 12 + 8 * i);
        break;
    }
    case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn:
    case OP_return: case OP_athrow:
        ended = 1;
        break;
    case OP_getstatic:
        d = ref_desc(s->cf, be16(c + pos), NULL);
        push(s, st, (int32_t)bci, desc_type(d[0]));
        break;
    case OP_getfield:
        d = ref_desc(s->cf, be16(c + pos), NULL);
        pop(st, 1);
        push(s, st, (int32_t)bci, desc_type(d[0]));
        break;
    case OP_putstatic:
        d = ref_desc(s->cf, be16(c + pos), NULL);
        pop(st, desc_slots(d[0]));
        break;
    case OP_putfield:
        d = ref_desc(s->cf, be16(c + pos), NULL);
        pop(st, desc_slots(d[0]) + 1);
        break;
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
    case OP_invokedynamic:
        d = ref_desc(s->cf, be16(c + pos), &name);
        if (op != OP_invokestatic && op != OP_invokedynamic)
            pop(st, 1);
        pop(st, desc_arg_slots(d, NULL));
        push(s, st, (int32_t)bci, desc_type(desc_ret_type(d)));
        break;
    case OP_newarray: case OP_anewarray: pop(st, 1); push(s, st, (int32_t)bci, T_OBJECT); break;
    case OP_instanceof: case OP_arraylength: pop(st, 1); push(s, st, (int32_t)bci, T_INT); break;
    case OP_checkcast: break;
    case OP_multianewarray: pop(st, c[pos + 2]); push(s, st, (int32_t)bci, T_OBJECT); break;
    default:
        s->all_done = 0;
        s->added = 0;
        free(st);
        return len;
    }
    if (!ended)
        flow_to(s, bci + (uint32_t)len, st);
    if (dest >= 0)
        flow_to(s, (uint32_t)dest, st);
    for (int i = 0; i < n_dests; i++)
        if (dests[i] >= 0)
            flow_to(s, (uint32_t)dests[i], st);
    free(st);
    return len;
}

static void simulate(Sim *s, uint32_t target)
{
    s->at = calloc(s->len + 1, sizeof(State *));
    s->at[0] = state_new(s);
    const CfMethod *cm = s->m->cfm;
    for (int i = 0; i < cm->n_handlers; i++) {
        uint16_t h = cm->handlers[i].handler_pc;
        if (!s->at[h]) {
            s->at[h] = state_new(s);
            push(s, s->at[h], h, T_OBJECT);
        }
    }
    s->added = 1;
    s->all_done = 0;
    while (!s->all_done && s->added) {
        s->all_done = 1;
        s->added = 0;
        for (uint32_t i = 0; i < s->len;) {
            i += (uint32_t)step(s, i);
            if (i == target && s->at[i]) {
                s->all_done = 1;
                break;
            }
        }
    }
}

/* ---- printing ------------------------------------------------------------ */

typedef struct Out {
    char *b;
    size_t n, cap;
} Out;

static void out(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (o->n + (size_t)k + 1 > o->cap) {
        o->cap = (o->n + (size_t)k + 1) * 2;
        o->b = realloc(o->b, o->cap);
    }
    va_start(ap, fmt);
    vsnprintf(o->b + o->n, o->cap - o->n, fmt, ap);
    va_end(ap);
    o->n += (size_t)k;
}

/* External class name; java.lang.Object and java.lang.String lose their
 * package, as in HotSpot's messages. */
static void print_class(Out *o, const char *internal)
{
    char buf[512];
    name_to_java(internal, buf, sizeof buf);
    if (strcmp(buf, "java.lang.Object") == 0 || strcmp(buf, "java.lang.String") == 0)
        out(o, "%s", buf + 10);
    else
        out(o, "%s", buf);
}

static void print_method(Out *o, ClassFile *cf, uint16_t idx)
{
    const char *name, *desc = ref_desc(cf, idx, &name);
    print_class(o, cf_class_name(cf, cf->cp[idx].a));
    out(o, ".%s(", name);
    int first = 1;
    for (const char *d = desc + 1; *d != ')'; d = desc_next(d)) {
        char t[512];
        desc_java_type(d, t, sizeof t);
        const char *shown = t;
        if (strncmp(t, "java.lang.Object", 16) == 0 || strncmp(t, "java.lang.String", 16) == 0)
            shown = t + 10;
        out(o, "%s%s", first ? "" : ", ", shown);
        first = 0;
    }
    out(o, ")");
}

static void print_local(Out *o, Method *m, uint32_t bci, unsigned slot, int is_param)
{
    const CfMethod *cm = m->cfm;
    for (int i = 0; i < cm->n_locals; i++) {
        const CfLocalVar *lv = &cm->locals[i];
        if (bci >= lv->start_pc && bci < (uint32_t)lv->start_pc + lv->length && lv->slot == slot) {
            out(o, "%s", lv->name);
            return;
        }
    }
    int is_static = (m->access & ACC_STATIC) != 0;
    if (!is_static && slot == 0 && is_param) {
        out(o, "this");
        return;
    }
    unsigned cur = is_static ? 0 : 1;
    int index = 1, found = 0;
    for (const char *d = m->desc + 1; *d != ')'; d = desc_next(d)) {
        unsigned size = (unsigned)desc_slots(*d);
        if (slot >= cur && slot < cur + size) {
            found = 1;
            break;
        }
        index++;
        cur += size;
    }
    if (found && is_param)
        out(o, "<parameter%d>", index);
    else
        out(o, "<local%u>", slot);
}

static int is_invoke(int op)
{
    return op == OP_invokevirtual || op == OP_invokespecial || op == OP_invokestatic ||
           op == OP_invokeinterface;
}

static int local_index(const uint8_t *c, uint32_t src, int op, int wide)
{
    switch (op) {
    case OP_iload_0: case OP_aload_0: return 0;
    case OP_iload_1: case OP_aload_1: return 1;
    case OP_iload_2: case OP_aload_2: return 2;
    case OP_iload_3: case OP_aload_3: return 3;
    default: return wide ? be16(c + src + 2) : c[src + 1];
    }
}

static int was_written(State *st, unsigned i)
{
    return i >= 64 || (st->written & ((uint64_t)1 << i)) != 0;
}

/* Describes the value in `slot` (0 = top) of the stack before bci. */
static int print_cause(Sim *s, Out *o, uint32_t bci, int slot, int detail, int inner,
                       const char *prefix)
{
    if (detail <= 0 || !s->at[bci])
        return 0;
    State *st = s->at[bci];
    if (slot >= st->n)
        return 0;
    Slot v = top(st, slot);
    if (v.bci == NO_BCI)
        return 0;
    uint32_t src = (uint32_t)v.bci;
    const uint8_t *c = s->code;
    int op = c[src], wide = 0;
    if (op == OP_wide) {
        wide = 1;
        op = c[src + 1];
    }
    if (detail == MAX_DETAIL && prefix && !is_invoke(op))
        out(o, "%s", prefix);
    switch (op) {
    case OP_iload_0: case OP_aload_0: case OP_iload_1: case OP_aload_1:
    case OP_iload_2: case OP_aload_2: case OP_iload_3: case OP_aload_3:
    case OP_iload: case OP_aload: {
        unsigned idx = (unsigned)local_index(c, src, op, wide);
        print_local(o, s->m, src, idx, !was_written(st, idx));
        return 1;
    }
    case OP_aconst_null: out(o, "null"); return 1;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2:
    case OP_iconst_3: case OP_iconst_4: case OP_iconst_5:
        out(o, "%d", op - OP_iconst_0);
        return 1;
    case OP_bipush: out(o, "%d", (int8_t)c[src + 1]); return 1;
    case OP_sipush: out(o, "%d", be16(c + src + 1)); return 1;    /* unsigned, as HotSpot */
    case OP_iaload:
    case OP_aaload:
        if (!print_cause(s, o, src, 1, detail - 1, inner, NULL))
            out(o, "<array>");
        out(o, "[");
        if (!print_cause(s, o, src, 0, detail, 1, NULL))
            out(o, "...");
        out(o, "]");
        return 1;
    case OP_getstatic: {
        uint16_t idx = be16(c + src + 1);
        const char *name;
        ref_desc(s->cf, idx, &name);
        print_class(o, cf_class_name(s->cf, s->cf->cp[idx].a));
        out(o, ".%s", name);
        return 1;
    }
    case OP_getfield: {
        const char *name;
        ref_desc(s->cf, be16(c + src + 1), &name);
        if (print_cause(s, o, src, 0, detail - 1, inner, NULL))
            out(o, ".");
        out(o, "%s", name);
        return 1;
    }
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
        if (detail == MAX_DETAIL && !inner)
            out(o, " because the return value of \"");
        print_method(o, s->cf, be16(c + src + 1));
        return 1;
    }
    return 0;
}

/* Which stack slot holds the null reference at bci: -1 none, -2 an explicit
 * `new NullPointerException` (<init> calls never throw NPE themselves). */
static int null_slot(Sim *s, uint32_t bci)
{
    const uint8_t *c = s->code;
    int op = c[bci];
    uint32_t pos = bci + 1;
    if (op == OP_wide) {
        op = c[bci + 1];
        pos++;
    }
    const char *name, *d;
    switch (op) {
    case OP_getfield: case OP_arraylength: case OP_athrow: case OP_monitorenter:
    case OP_monitorexit:
        return 0;
    case OP_iaload: case OP_faload: case OP_aaload: case OP_baload: case OP_caload:
    case OP_saload: case OP_laload: case OP_daload:
        return 1;
    case OP_iastore: case OP_fastore: case OP_aastore: case OP_bastore: case OP_castore:
    case OP_sastore:
        return 2;
    case OP_lastore: case OP_dastore:
        return 3;
    case OP_putfield:
        d = ref_desc(s->cf, be16(c + pos), NULL);
        return desc_slots(d[0]);
    case OP_invokevirtual: case OP_invokespecial: case OP_invokeinterface:
        d = ref_desc(s->cf, be16(c + pos), &name);
        if (strcmp(name, "<init>") == 0)
            return -2;
        return desc_arg_slots(d, NULL);
    }
    return -1;
}

static void print_action(Sim *s, Out *o, uint32_t bci)
{
    const uint8_t *c = s->code;
    int op = c[bci];
    const char *name;
    switch (op) {
    case OP_iaload: out(o, "Cannot load from int array"); break;
    case OP_faload: out(o, "Cannot load from float array"); break;
    case OP_aaload: out(o, "Cannot load from object array"); break;
    case OP_baload: out(o, "Cannot load from byte/boolean array"); break;
    case OP_caload: out(o, "Cannot load from char array"); break;
    case OP_saload: out(o, "Cannot load from short array"); break;
    case OP_laload: out(o, "Cannot load from long array"); break;
    case OP_daload: out(o, "Cannot load from double array"); break;
    case OP_iastore: out(o, "Cannot store to int array"); break;
    case OP_fastore: out(o, "Cannot store to float array"); break;
    case OP_aastore: out(o, "Cannot store to object array"); break;
    case OP_bastore: out(o, "Cannot store to byte/boolean array"); break;
    case OP_castore: out(o, "Cannot store to char array"); break;
    case OP_sastore: out(o, "Cannot store to short array"); break;
    case OP_lastore: out(o, "Cannot store to long array"); break;
    case OP_dastore: out(o, "Cannot store to double array"); break;
    case OP_arraylength: out(o, "Cannot read the array length"); break;
    case OP_athrow: out(o, "Cannot throw exception"); break;
    case OP_monitorenter: out(o, "Cannot enter synchronized block"); break;
    case OP_monitorexit: out(o, "Cannot exit synchronized block"); break;
    case OP_getfield:
        ref_desc(s->cf, be16(c + bci + 1), &name);
        out(o, "Cannot read field \"%s\"", name);
        break;
    case OP_putfield:
        ref_desc(s->cf, be16(c + bci + 1), &name);
        out(o, "Cannot assign field \"%s\"", name);
        break;
    default:
        out(o, "Cannot invoke \"");
        print_method(o, s->cf, be16(c + bci + 1));
        out(o, "\"");
        break;
    }
}

char *npe_message(Method *m, uint32_t bci)
{
    const CfMethod *cm = m->cfm;
    if (!cm || !cm->code || bci >= cm->code_len || m->cls->hidden)
        return NULL;
    Sim s = {.m = m, .code = cm->code, .len = cm->code_len, .cf = m->cls->cf,
             .max = cm->max_stack};
    int slot = null_slot(&s, bci);
    if (slot < 0)
        return NULL;
    simulate(&s, bci);
    Out o = {0};
    print_action(&s, &o, bci);
    if (print_cause(&s, &o, bci, slot, MAX_DETAIL, 0, " because \""))
        out(&o, "\" is null");
    for (uint32_t i = 0; i <= s.len; i++)
        free(s.at[i]);
    free(s.at);
    return o.b;
}
