/*
 * verify.c — the bytecode verifier (JVMS §4.10); see verify.h for what it
 * guarantees.  One abstract interpreter serves both algorithms:
 *
 *   type checking (§4.10.1, version >= 50): a single pass in code order.  At
 *     every StackMapTable frame the incoming state must be assignable to the
 *     frame, which then replaces it; every branch target and exception
 *     handler must carry a frame the state at the jump is assignable to.
 *   type inference (§4.10.2, version < 50, and version 50 after a failed
 *     type check): a worklist data-flow.  States are stored only at merge
 *     points (branch targets, handlers, jsr sites and return points) and
 *     merged there (references to their least common superclass, anything
 *     else unequal to top); jsr/ret: see infer_ret().
 *
 * Failures unwind with longjmp to verify_method(), which formats the
 * VerifyError as HotSpot 17 does: the headline, then "Exception Details:"
 * with Location, Reason, the current (and stack map) frame and a hex dump
 * of the code; the inference verifier uses HotSpot's old verifier's
 * "(class: C, method: m signature: d) reason" form.  All memory of one
 * method's verification lives in an arena freed when it ends.
 *
 * Types follow HotSpot's VerificationType: long and double take two entries
 * (the second is long_2nd/double_2nd), boolean/byte/char/short are integer
 * on the stack, interfaces are treated as Object when assigning.
 * Assignability between classes loads them through the application loader
 * as HotSpot does (a missing class is that load's NoClassDefFoundError).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>

#include "jvm/opcodes.h"
#include "jvm/verify.h"

bool verify_remote = true;

enum {
    T_TOP, T_INT, T_FLOAT, T_LONG, T_LONG2, T_DOUBLE, T_DOUBLE2, T_NULL,
    T_UTHIS, T_UNINIT, T_REF, T_RET,
    /* only ever expected, never held: */
    T_BOOL, T_BYTE, T_CHAR, T_SHORT, T_ANYREF, T_CAT1, T_CAT2,
};
typedef struct VT {
    uint32_t tag;
    uint32_t v;         /* T_REF: interned name; T_UNINIT: bci of the new; T_RET: subroutine */
} VT;

enum { FLAG_UTHIS = 1 };

typedef struct VFrame {
    uint32_t bci;
    uint16_t nloc;      /* locals in use (for printing, and what a stack map names) */
    uint16_t sp;
    uint8_t flags;
    VT *loc, *stk;
} VFrame;

typedef struct Chunk { struct Chunk *next; size_t used, size; char data[]; } Chunk;

enum { SHOW_CUR = 1, SHOW_MAP = 2 };

/* Bytes one method's verification may allocate (frames at merge points and
 * stack maps); HotSpot needs about as much for such a method. */
#define VERIFY_MEMORY_LIMIT (512 << 20)

typedef struct V {
    Thread *t;
    Class *cls;
    ClassFile *cf;
    const CfMethod *m;
    int infer;                  /* §4.10.2 */
    const uint8_t *code;
    uint32_t len, bci;
    uint8_t *kind;              /* per bci: 0 not an instruction start, 1 start, 2 a `new` */
    uint16_t max_locals, max_stack;
    VFrame cur;
    int this_uninit;            /* <init> of a class other than Object */
    VT ret;                     /* return type; tag T_TOP for void */
    /* type checking */
    VFrame *maps;
    uint32_t n_maps;
    int32_t *map_at;            /* per bci: index in maps, -1 */
    /* inference */
    VFrame **in;                /* per bci: merged state at merge points */
    uint8_t *merge;             /* per bci: is a merge point */
    uint32_t *work;
    uint32_t n_work;
    uint8_t *queued;
    VFrame **retst;             /* per subroutine entry: merged state at its rets */
    uint8_t **modified;         /* per subroutine entry: locals it may write */
    /* names */
    const char **names;
    uint32_t n_names, cap_names;
    uint32_t *hash;             /* open addressing: index+1 into names */
    uint32_t hash_cap;
    Chunk *arena;
    size_t arena_bytes;         /* bounded: a hostile method must not exhaust memory */
    jmp_buf jb;
    int java_error;             /* t->exception already set (a failed load) */
    int format_error;           /* a ClassFormatError (malformed StackMapTable), not a VerifyError */
    int failover_ok;            /* version 50 may still fall back to inference after it */
    char head[256], old[256], reason[1024];
    int show;
    uint16_t sp0;               /* stack depth before the current instruction */
    int32_t cur_bci;            /* >= 0: the current frame's bci when Location names another */
    int use_sp0;                /* show the stack as it was before the instruction */
    VFrame err_cur, err_map;
} V;

/* ---- arena and names --------------------------------------------------- */

static void *varena(V *v, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    Chunk *c = v->arena;
    if (!c || c->size - c->used < n) {
        size_t size = n > 65536 ? n : 65536;
        v->arena_bytes += size;
        c = v->arena_bytes <= VERIFY_MEMORY_LIMIT ? malloc(sizeof(Chunk) + size) : NULL;
        if (!c) {
            vm_throw(v->t, "java/lang/OutOfMemoryError", "verifying %s.%s%s needs more than %d MB",
                     v->cls->name, v->m->name, v->m->desc, VERIFY_MEMORY_LIMIT >> 20);
            v->java_error = 1;
            longjmp(v->jb, 1);
        }
        c->next = v->arena;
        c->used = 0;
        c->size = size;
        v->arena = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    return memset(p, 0, n);
}

static void arena_free(V *v)
{
    while (v->arena) {
        Chunk *n = v->arena->next;
        free(v->arena);
        v->arena = n;
    }
}

static uint32_t str_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* Interns the n bytes at s as a class name (internal form or array descriptor). */
static uint32_t intern_n(V *v, const char *s, size_t n)
{
    if (v->n_names * 2 >= v->hash_cap) {
        uint32_t cap = v->hash_cap ? v->hash_cap * 2 : 256;
        uint32_t *h = calloc(cap, sizeof *h);
        if (!h)
            abort();
        for (uint32_t i = 0; i < v->n_names; i++) {
            uint32_t k = str_hash(v->names[i], strlen(v->names[i])) & (cap - 1);
            while (h[k])
                k = (k + 1) & (cap - 1);
            h[k] = i + 1;
        }
        free(v->hash);
        v->hash = h;
        v->hash_cap = cap;
    }
    uint32_t k = str_hash(s, n) & (v->hash_cap - 1);
    for (; v->hash[k]; k = (k + 1) & (v->hash_cap - 1)) {
        const char *e = v->names[v->hash[k] - 1];
        if (!strncmp(e, s, n) && e[n] == 0)
            return v->hash[k] - 1;
    }
    if (v->n_names == v->cap_names) {
        v->cap_names = v->cap_names ? v->cap_names * 2 : 64;
        v->names = realloc(v->names, v->cap_names * sizeof *v->names);
        if (!v->names)
            abort();
    }
    char *copy = varena(v, n + 1);
    memcpy(copy, s, n);
    v->names[v->n_names] = copy;
    v->hash[k] = v->n_names + 1;
    return v->n_names++;
}

static VT ref_named(V *v, const char *name) { return (VT){T_REF, intern_n(v, name, strlen(name))}; }
static VT simple(uint32_t tag) { return (VT){tag, 0}; }
static const char *name_of(V *v, VT t) { return v->names[t.v]; }

/* ---- printing (HotSpot's VerificationType::print_on) ------------------- */

static void type_str(V *v, VT t, char *buf, size_t n)
{
    static const char *const names[] = {
        [T_TOP] = "top", [T_INT] = "integer", [T_FLOAT] = "float", [T_LONG] = "long",
        [T_LONG2] = "long_2nd", [T_DOUBLE] = "double", [T_DOUBLE2] = "double_2nd",
        [T_NULL] = "null", [T_UTHIS] = "uninitializedThis", [T_BOOL] = "boolean",
        [T_BYTE] = "byte", [T_CHAR] = "char", [T_SHORT] = "short",
        [T_ANYREF] = "reference type", [T_CAT1] = "category1 type", [T_CAT2] = "category2_1st",
    };
    if (t.tag == T_REF)
        snprintf(buf, n, "'%s'", name_of(v, t));
    else if (t.tag == T_UNINIT)
        snprintf(buf, n, "uninitialized %u", t.v);
    else if (t.tag == T_RET)
        snprintf(buf, n, "return address");
    else
        snprintf(buf, n, "%s", names[t.tag]);
}

typedef struct Str { char *s; size_t n, cap; } Str;

static void sputf(Str *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sputf(Str *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (s->n + (size_t)k + 1 > s->cap) {
        s->cap = (s->n + (size_t)k + 1) * 2;
        s->s = realloc(s->s, s->cap);
        if (!s->s)
            abort();
    }
    va_start(ap, fmt);
    vsnprintf(s->s + s->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    s->n += (size_t)k;
}

static void print_frame(V *v, Str *s, const VFrame *f)
{
    char b[512];
    sputf(s, "    bci: @%u\n    flags: {%s }\n    locals: {", f->bci,
          (f->flags & FLAG_UTHIS) ? " flagThisUninit" : "");
    for (int i = 0; i < f->nloc; i++) {
        type_str(v, f->loc[i], b, sizeof b);
        sputf(s, "%s %s", i ? "," : "", b);
    }
    sputf(s, " }\n    stack: {");
    for (int i = 0; i < f->sp; i++) {
        type_str(v, f->stk[i], b, sizeof b);
        sputf(s, "%s %s", i ? "," : "", b);
    }
    sputf(s, " }\n");
}

/* HotSpot's names for the bytecodes it uses internally (0xca..0xee). */
static const char *const internal_names[] = {
    "breakpoint", "fast_agetfield", "fast_bgetfield", "fast_cgetfield", "fast_dgetfield", "fast_fgetfield",
    "fast_igetfield", "fast_lgetfield", "fast_sgetfield", "fast_aputfield", "fast_bputfield", "fast_zputfield",
    "fast_cputfield", "fast_dputfield", "fast_fputfield", "fast_iputfield", "fast_lputfield", "fast_sputfield",
    "fast_aload_0", "fast_iaccess_0", "fast_aaccess_0", "fast_faccess_0", "fast_iload", "fast_iload2",
    "fast_icaload", "fast_invokevfinal", "fast_linearswitch", "fast_binaryswitch", "fast_aldc", "fast_aldc_w",
    "return_register_finalizer", "invokehandle", "nofast_getfield", "nofast_putfield", "nofast_aload_0",
    "nofast_iload", "_shouldnotreachhere",
};

static const char *op_name(V *v, uint32_t bci)
{
    if (bci >= v->len)
        return "<invalid>";
    uint8_t op = v->code[bci];
    if (op <= OP_jsr_w)
        return opcode_names[op];
    if (op - 0xca < (int)(sizeof internal_names / sizeof *internal_names))
        return internal_names[op - 0xca];
    return "<illegal>";
}

/* One verification_type_info as HotSpot's table dump shows it; NULL at the end. */
static const uint8_t *print_vtype(Str *s, const uint8_t *p, const uint8_t *end, const char *sep)
{
    static const char *const names[] = {"Top", "Integer", "Float", "Double", "Long", "Null", "UninitializedThis"};
    if (p >= end)
        return NULL;
    if (*p <= 6) {
        sputf(s, "%s%s", sep, names[*p]);
        return p + 1;
    }
    if (*p > 8) {
        sputf(s, "%sBAD:%d", sep, *p);
        return p + 1;
    }
    if (end - p < 3)
        return NULL;
    sputf(s, "%s%s[#%u]", sep, *p == 7 ? "Object" : "Uninitialized", be16(p + 1));
    return p + 3;
}

static const uint8_t *print_vtypes(Str *s, const uint8_t *p, const uint8_t *end, unsigned n)
{
    for (unsigned i = 0; i < n && p; i++)
        p = print_vtype(s, p, end, i ? "," : "");
    return p;
}

/* The "Stackmap Table:" section: each frame as the attribute encodes it.
 * (When the frame count promises more than the attribute holds, HotSpot's
 * dump reads on into the bytes that follow it in the class file; this one
 * stops at the attribute's end.) */
static void print_stackmap_table(V *v, Str *s)
{
    const uint8_t *p = v->m->stackmap, *end = p + v->m->stackmap_len;
    sputf(s, "  Stackmap Table:\n");
    if (end - p < 2)
        return;
    unsigned count = be16(p), off = 0;
    p += 2;
    for (unsigned i = 0; i < count && p && p < end; i++) {
        int ft = *p++;
        unsigned delta = ft < 64 ? (unsigned)ft : ft < 128 ? (unsigned)ft - 64 : 0;
        if (ft >= 247) {
            if (end - p < 2)
                return;
            delta = be16(p);
            p += 2;
        } else if (ft >= 128) {
            return;
        }
        off = i ? off + delta + 1 : delta;
        if (ft < 64 || ft == 251) {
            sputf(s, "    %s(@%u)\n", ft < 64 ? "same_frame" : "same_frame_extended", off);
        } else if (ft < 128 || ft == 247) {
            sputf(s, "    %s(@%u,", ft < 128 ? "same_locals_1_stack_item_frame" : "same_locals_1_stack_item_extended",
                  off);
            p = print_vtype(s, p, end, "");
            sputf(s, ")\n");
        } else if (ft < 251) {
            sputf(s, "    chop_frame(@%u,%d)\n", off, 251 - ft);
        } else if (ft < 255) {
            sputf(s, "    append_frame(@%u,", off);
            p = print_vtypes(s, p, end, (unsigned)(ft - 251));
            sputf(s, ")\n");
        } else {
            if (end - p < 2)
                return;
            unsigned nl = be16(p);
            sputf(s, "    full_frame(@%u,{", off);
            p = print_vtypes(s, p + 2, end, nl);
            if (!p || end - p < 2)
                return;
            unsigned ns = be16(p);
            sputf(s, "},{");
            p = print_vtypes(s, p + 2, end, ns);
            sputf(s, "})\n");
        }
    }
}

/* The whole VerifyError message for the failure recorded in v. */
static char *format_error(V *v)
{
    Str s = {0};
    if (v->format_error) {
        sputf(&s, "%s", v->head);
        return s.s;
    }
    if (v->infer) {
        sputf(&s, "(class: %s, method: %s signature: %s) %s", v->cls->name, v->m->name, v->m->desc, v->old);
        return s.s;
    }
    sputf(&s, "%s\nException Details:\n  Location:\n    %s.%s%s @%u: %s\n  Reason:\n    %s\n", v->head,
          v->cls->name, v->m->name, v->m->desc, v->bci, op_name(v, v->bci), v->reason);
    if (v->show & SHOW_CUR) {
        sputf(&s, "  Current Frame:\n");
        print_frame(v, &s, &v->err_cur);
    }
    if (v->show & SHOW_MAP) {
        sputf(&s, "  Stackmap Frame:\n");
        print_frame(v, &s, &v->err_map);
    }
    sputf(&s, "  Bytecode:\n");
    for (uint32_t i = 0; i <= v->len; i += 16) {   /* HotSpot ends a multiple of 16 with an empty line */
        char line[64] = "";
        int k = 0;
        for (uint32_t j = i; j < i + 16 && j < v->len; j++)
            k += snprintf(line + k, sizeof line - (size_t)k, "%02x%s", v->code[j],
                          (j & 1) && j + 1 < i + 16 ? " " : "");
        sputf(&s, "    %07x: %-39s\n", i, line);
    }
    if (v->m->n_handlers) {
        sputf(&s, "  Exception Handler Table:\n");
        for (int i = 0; i < v->m->n_handlers; i++) {
            const CfHandler *h = &v->m->handlers[i];
            sputf(&s, "    bci [%u, %u] => handler: %u\n", h->start_pc, h->end_pc, h->handler_pc);
        }
    }
    if (v->m->stackmap)
        print_stackmap_table(v, &s);
    return s.s;
}

/* Frames keep the invariant that locals from nloc on are top, so only
 * nloc of them need copying (stack map frames store just those). */
static VFrame frame_copy(V *v, const VFrame *f)
{
    VFrame c = *f;
    c.loc = varena(v, (v->max_locals + 1u) * sizeof(VT));   /* zeroed: T_TOP */
    c.stk = varena(v, (v->max_stack + 1u) * sizeof(VT));
    memcpy(c.loc, f->loc, f->nloc * sizeof(VT));
    memcpy(c.stk, f->stk, f->sp * sizeof(VT));
    return c;
}

/* A stack map frame: only its nloc locals and sp stack entries, so that a
 * table of many frames of a method with many locals stays small. */
static VFrame frame_compact(V *v, const VFrame *f)
{
    VFrame c = *f;
    c.loc = varena(v, (f->nloc + 1u) * sizeof(VT));
    c.stk = varena(v, (f->sp + 1u) * sizeof(VT));
    memcpy(c.loc, f->loc, f->nloc * sizeof(VT));
    memcpy(c.stk, f->stk, f->sp * sizeof(VT));
    return c;
}

/* Records a failure and unwinds.  head: the type checker's headline; old:
 * the inference verifier's text (NULL: same as head). */
static _Noreturn void fail(V *v, int show, const VFrame *map, const char *head, const char *old,
                           const char *reason, ...) __attribute__((format(printf, 6, 7)));
static _Noreturn void fail(V *v, int show, const VFrame *map, const char *head, const char *old,
                           const char *reason, ...)
{
    snprintf(v->head, sizeof v->head, "%s", head);
    snprintf(v->old, sizeof v->old, "%s", old ? old : head);
    va_list ap;
    va_start(ap, reason);
    vsnprintf(v->reason, sizeof v->reason, reason, ap);
    va_end(ap);
    v->show = show;
    if (show & SHOW_CUR) {
        /* HotSpot shows the stack as it was before the instruction; pops
         * leave the popped entries in place, so they can be shown again */
        v->err_cur = frame_copy(v, &v->cur);
        if (v->sp0 <= v->max_stack) {
            memcpy(v->err_cur.stk, v->cur.stk, v->sp0 * sizeof(VT));
            v->err_cur.sp = v->sp0;
        }
        v->err_cur.bci = v->cur_bci >= 0 ? (uint32_t)v->cur_bci : v->bci;
    }
    if (map)
        v->err_map = frame_copy(v, map);
    longjmp(v->jb, 1);
}

static _Noreturn void fail_code(V *v, const char *head, const char *old)
{
    fail(v, 0, NULL, head, old, "Error exists in the bytecode");
}

/* ---- assignability ------------------------------------------------------ */

static Class *get_class(V *v, const char *name)
{
    Class *c = find_loaded(name);
    if (!c)
        c = load_class(v->t, name, LOADER_APP);
    if (!c && !v->t->exception)
        vm_throw(v->t, "java/lang/NoClassDefFoundError", "%s", name);
    if (!c) {
        v->java_error = 1;
        longjmp(v->jb, 1);
    }
    return c;
}

static int is_refarray_desc(const char *d) { return d[0] == '[' && (d[1] == 'L' || d[1] == '['); }

/* Can a value of class/array `from` be assigned to `to` (names)? */
static int name_assignable(V *v, const char *to, const char *from)
{
    if (!strcmp(to, from) || !strcmp(to, "java/lang/Object"))
        return 1;
    if (to[0] == '[') {
        if (from[0] != '[')
            return 0;
        if (is_refarray_desc(to) && is_refarray_desc(from)) {
            char a[1024], b[1024];
            const char *tc = to + 1, *fc = from + 1;
            if (tc[0] == 'L') {
                snprintf(a, sizeof a, "%.*s", (int)strlen(tc) - 2, tc + 1);
                tc = a;
            }
            if (fc[0] == 'L') {
                snprintf(b, sizeof b, "%.*s", (int)strlen(fc) - 2, fc + 1);
                fc = b;
            }
            return name_assignable(v, tc, fc);
        }
        return 0;
    }
    Class *tc = get_class(v, to);
    if (is_interface(tc))
        return 1;
    if (from[0] == '[')
        return 0;   /* Cloneable and Serializable are interfaces: handled above */
    Class *fc = get_class(v, from);
    if (is_interface(fc))
        return 0;
    return fc->depth >= tc->depth && fc->supers[tc->depth] == tc;
}

/* Is `from` (a held type) assignable to `to` (held or expected)? */
static int assignable(V *v, VT from, VT to)
{
    switch (to.tag) {
    case T_TOP:
        return 1;
    case T_ANYREF:
        return from.tag == T_REF || from.tag == T_NULL || from.tag == T_UTHIS || from.tag == T_UNINIT ||
               (v->infer && from.tag == T_RET);
    case T_CAT1:
        return from.tag != T_TOP && from.tag != T_LONG && from.tag != T_LONG2 && from.tag != T_DOUBLE &&
               from.tag != T_DOUBLE2;
    case T_CAT2:
        return from.tag == T_LONG || from.tag == T_DOUBLE;
    case T_REF:
        if (from.tag == T_NULL)
            return 1;
        if (from.tag != T_REF)
            return 0;
        return from.v == to.v || name_assignable(v, name_of(v, to), name_of(v, from));
    default:
        return from.tag == to.tag && from.v == to.v;
    }
}

/* ---- the current frame ------------------------------------------------- */

static void push(V *v, VT t)
{
    if (v->cur.sp >= v->max_stack)
        fail(v, SHOW_CUR, NULL, "Operand stack overflow", "Stack size too large", "Exceeded max stack size.");
    v->cur.stk[v->cur.sp++] = t;
}

static void push2(V *v, uint32_t tag)
{
    if (v->cur.sp + 1 >= v->max_stack)     /* both halves or neither, as HotSpot */
        fail(v, SHOW_CUR, NULL, "Operand stack overflow", "Stack size too large", "Exceeded max stack size.");
    push(v, simple(tag));
    push(v, simple(tag + 1));
}

static const char *old_expect(uint32_t tag)
{
    switch (tag) {
    case T_INT: case T_BOOL: case T_BYTE: case T_CHAR: case T_SHORT: return "Expecting to find integer on stack";
    case T_FLOAT: return "Expecting to find float on stack";
    case T_LONG: case T_LONG2: return "Expecting to find long on stack";
    case T_DOUBLE: case T_DOUBLE2: return "Expecting to find double on stack";
    default: return "Expecting to find object/array on stack";
    }
}

static _Noreturn void bad_stack(V *v, int idx, VT want, const char *head, const char *suffix)
{
    char a[512], b[512];
    type_str(v, v->cur.stk[idx], a, sizeof a);
    type_str(v, want, b, sizeof b);
    fail(v, SHOW_CUR, NULL, head, old_expect(want.tag),
         "Type %s (current frame, stack[%d]) is not assignable to %s%s", a, idx, b, suffix ? suffix : "");
}

static VT pop(V *v, VT want)
{
    if (v->cur.sp == 0)
        fail(v, SHOW_CUR, NULL, "Operand stack underflow", "Unable to pop operand off an empty stack",
             "Attempt to pop empty stack.");
    VT t = v->cur.stk[v->cur.sp - 1];
    if (!assignable(v, t, want))
        bad_stack(v, v->cur.sp - 1, want, "Bad type on operand stack", NULL);
    v->cur.sp--;
    return t;
}

static VT pop_any(V *v) { return pop(v, simple(T_TOP)); }

/* A long or double: HotSpot checks the pair as a whole and blames the
 * first half when the halves do not fit. */
static void pop2(V *v, uint32_t tag)
{
    int sp = v->cur.sp;
    if (v->infer) {     /* the old verifier: half by half, top first */
        pop(v, simple(tag + 1));
        pop(v, simple(tag));
        return;
    }
    if (sp < 2)
        fail(v, SHOW_CUR, NULL, "Operand stack underflow", NULL, "Attempt to pop empty stack.");
    if (!assignable(v, v->cur.stk[sp - 2], simple(tag)))
        bad_stack(v, sp - 2, simple(tag), "Bad type on operand stack", NULL);
    if (!assignable(v, v->cur.stk[sp - 1], simple(tag + 1)))
        bad_stack(v, sp - 1, simple(tag + 1), "Bad type on operand stack", NULL);
    v->cur.sp = (uint16_t)(sp - 2);
}

static void check_local_index(V *v, uint32_t idx, int wide)
{
    if (idx + (uint32_t)wide >= v->max_locals)
        fail(v, 0, NULL, "Local variable table overflow", "Illegal local variable number",
             "Local index %u is invalid", idx);
}

static VT get_local(V *v, uint32_t idx, VT want)
{
    check_local_index(v, idx, 0);
    VT t = v->cur.loc[idx];
    if (!assignable(v, t, want)) {
        char a[512], b[512], o[64];
        type_str(v, t, a, sizeof a);
        type_str(v, want, b, sizeof b);
        snprintf(o, sizeof o, t.tag == T_TOP ? "Accessing value from uninitialized register %u"
                                              : "Register %u contains wrong type", idx);
        fail(v, SHOW_CUR, NULL, "Bad local variable type", o,
             "Type %s (current frame, locals[%u]) is not assignable to %s", a, idx, b);
    }
    return t;
}

static void get_local2(V *v, uint32_t idx, uint32_t tag)
{
    if (idx + 1 >= (v->infer ? v->max_locals : v->cur.nloc))
        fail(v, 0, NULL, "get long/double overflows locals", "Illegal local variable number",
             "Local index %u is invalid", idx);
    if (v->infer && (!assignable(v, v->cur.loc[idx], simple(tag)) ||
                     !assignable(v, v->cur.loc[idx + 1], simple(tag + 1)))) {
        char o[96];
        snprintf(o, sizeof o, v->cur.loc[idx].tag == T_TOP || v->cur.loc[idx + 1].tag == T_TOP
                                  ? "Accessing value from uninitialized register pair %u/%u"
                                                           : "Register pair %u/%u contains wrong type", idx, idx + 1);
        fail_code(v, o, o);
    }
    get_local(v, idx, simple(tag));
    get_local(v, idx + 1, simple(tag + 1));
}

/* Overwriting half of a long/double kills the other half. */
static void kill_pair_around(V *v, uint32_t idx)
{
    VT *l = v->cur.loc;
    if ((l[idx].tag == T_LONG || l[idx].tag == T_DOUBLE) && idx + 1 < v->max_locals)
        l[idx + 1] = simple(T_TOP);
    if ((l[idx].tag == T_LONG2 || l[idx].tag == T_DOUBLE2) && idx > 0)
        l[idx - 1] = simple(T_TOP);
}

static void set_local(V *v, uint32_t idx, VT t)
{
    check_local_index(v, idx, 0);
    kill_pair_around(v, idx);
    v->cur.loc[idx] = t;
    if (idx >= v->cur.nloc)
        v->cur.nloc = (uint16_t)(idx + 1);
}

static void set_local2(V *v, uint32_t idx, uint32_t tag)
{
    check_local_index(v, idx, 1);
    kill_pair_around(v, idx);
    kill_pair_around(v, idx + 1);
    v->cur.loc[idx] = simple(tag);
    v->cur.loc[idx + 1] = simple(tag + 1);
    if (idx + 2 > v->cur.nloc)
        v->cur.nloc = (uint16_t)(idx + 2);
}

/* ---- descriptors and the constant pool --------------------------------- */

/* The stack type of the field type at d (one entry; J/D give T_LONG/T_DOUBLE). */
static VT field_type(V *v, const char *d)
{
    switch (d[0]) {
    case 'Z': case 'B': case 'C': case 'S': case 'I': return simple(T_INT);
    case 'F': return simple(T_FLOAT);
    case 'J': return simple(T_LONG);
    case 'D': return simple(T_DOUBLE);
    case 'L': {
        const char *e = strchr(d, ';');
        return (VT){T_REF, intern_n(v, d + 1, (size_t)(e - d - 1))};
    }
    default: {     /* '[' */
        const char *e = desc_next(d);
        return (VT){T_REF, intern_n(v, d, (size_t)(e - d))};
    }
    }
}

static void push_field_type(V *v, const char *d)
{
    VT t = field_type(v, d);
    if (t.tag == T_LONG || t.tag == T_DOUBLE)
        push2(v, t.tag);
    else
        push(v, t);
}

/* Arguments and field values: a long/double is popped half by half, top
 * first (unlike arithmetic's pop2). */
static void pop_field_type(V *v, const char *d)
{
    VT t = field_type(v, d);
    if (t.tag == T_LONG || t.tag == T_DOUBLE)
        pop(v, simple(t.tag + 1));
    pop(v, t);
}

static _Noreturn void invalid_type(V *v, const char *head, int idx, const char *suffix)
{
    char a[512];
    type_str(v, v->cur.stk[idx], a, sizeof a);
    fail(v, SHOW_CUR, NULL, head, old_expect(T_ANYREF), "Invalid type: %s (current frame, stack[%d])%s", a, idx,
         suffix);
}

/* The type a CONSTANT_Class entry denotes. */
static VT class_type(V *v, uint16_t idx)
{
    return ref_named(v, cf_class_name(v->cf, idx));
}

/* Checks that cp[idx] exists and has one of the tags in mask (1 << tag). */
static void check_cp(V *v, uint32_t idx, uint32_t mask)
{
    char h[256];
    if (idx == 0 || idx >= v->cf->cp_count) {
        snprintf(h, sizeof h, "Illegal constant pool index %u in class %s", idx, v->cls->name);
        fail(v, 0, NULL, h, "Illegal constant pool index", "Constant pool index %u is invalid", idx);
    }
    uint8_t tag = v->cf->cp[idx].tag;
    if (!(mask & (1u << tag))) {
        snprintf(h, sizeof h, "Illegal type at constant pool entry %u in class %s", idx, v->cls->name);
        fail(v, 0, NULL, h, "Illegal type in constant pool", "Constant pool index %u is invalid", idx);
    }
}

/* ---- control flow ------------------------------------------------------- */

static int frame_assignable(V *v, const VFrame *cur, const VFrame *map, char *why, size_t n, int handler)
{
    char a[300], b[300];
    if (cur->sp != map->sp) {
        snprintf(why, n, "Current frame's stack size doesn't match stackmap.");
        return -1;      /* reported at the jump, the others at the target (as HotSpot) */
    }
    for (int i = 0; i < map->nloc; i++) {
        if (!assignable(v, cur->loc[i], map->loc[i])) {
            type_str(v, cur->loc[i], a, sizeof a);
            type_str(v, map->loc[i], b, sizeof b);
            snprintf(why, n, "Type %.300s (current frame, locals[%d]) is not assignable to %.300s (stack map, locals[%d])",
                     a, i, b, i);
            return 0;
        }
    }
    for (int i = 0; i < map->sp; i++) {
        if (!assignable(v, cur->stk[i], map->stk[i])) {
            type_str(v, cur->stk[i], a, sizeof a);
            type_str(v, map->stk[i], b, sizeof b);
            snprintf(why, n, "Type %.300s (current frame, stack[%d]) is not assignable to %.300s (stack map, stack[%d])",
                     a, i, b, i);
            return 0;
        }
    }
    if ((cur->flags | map->flags) != map->flags && !handler) {
        snprintf(why, n, "Current frame's flags are not assignable to stack map frame's.");
        return 0;
    }
    return 1;
}

static void check_target_start(V *v, uint32_t target)
{
    if (target >= v->len || !v->kind[target])
        fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
}

/* Inference: the least upper bound of two held types (T_TOP if none). */
static VT merge_type(V *v, VT a, VT b)
{
    if (a.tag == b.tag && a.v == b.v)
        return a;
    if (a.tag == T_NULL && b.tag == T_REF)
        return b;
    if (b.tag == T_NULL && a.tag == T_REF)
        return a;
    if (a.tag != T_REF || b.tag != T_REF)
        return simple(T_TOP);
    const char *x = name_of(v, a), *y = name_of(v, b);
    if (x[0] == '[' || y[0] == '[') {
        if (is_refarray_desc(x) && is_refarray_desc(y)) {
            VT ex = field_type(v, x + 1), ey = field_type(v, y + 1);
            VT e = merge_type(v, ex, ey);
            char buf[1100];
            const char *en = name_of(v, e);
            snprintf(buf, sizeof buf, en[0] == '[' ? "[%s" : "[L%s;", en);
            return ref_named(v, buf);
        }
        return ref_named(v, "java/lang/Object");
    }
    Class *cx = get_class(v, x), *cy = get_class(v, y);
    if (is_interface(cx) || is_interface(cy))
        return ref_named(v, "java/lang/Object");
    for (int k = cx->depth; k >= 0; k--)
        if (cy->depth >= k && cy->supers[k] == cx->supers[k])
            return ref_named(v, cx->supers[k]->name);
    return ref_named(v, "java/lang/Object");
}

static void enqueue(V *v, uint32_t bci)
{
    if (!v->queued[bci]) {
        v->queued[bci] = 1;
        v->work[v->n_work++] = bci;
    }
}

/* Inference: merges the full frame f into the stored one at *slot (made on
 * first use); true if that changed.  Stored frames are compact (nloc
 * locals): a local beyond a stored frame's nloc is top, and top merged with
 * anything stays top, so they never need to grow. */
static int merge_frame(V *v, VFrame **slot, const VFrame *f)
{
    if (!*slot) {
        *slot = varena(v, sizeof **slot);
        **slot = frame_compact(v, f);
        return 1;
    }
    VFrame *d = *slot;
    if (d->sp != f->sp) {
        char o[64];
        snprintf(o, sizeof o, "Inconsistent stack height %u != %u", f->sp, d->sp);
        fail_code(v, o, o);
    }
    int changed = 0;
    for (int i = 0; i < d->nloc; i++) {
        VT m = merge_type(v, d->loc[i], f->loc[i]);
        if (m.tag != d->loc[i].tag || m.v != d->loc[i].v) {
            d->loc[i] = m;
            changed = 1;
        }
    }
    for (int i = 0; i < f->sp; i++) {
        VT m = merge_type(v, d->stk[i], f->stk[i]);
        if (m.tag == T_TOP && d->stk[i].tag != T_TOP)
            fail_code(v, "Mismatched stack types", "Mismatched stack types");
        if (m.tag != d->stk[i].tag || m.v != d->stk[i].v) {
            d->stk[i] = m;
            changed = 1;
        }
    }
    if ((d->flags | f->flags) != d->flags) {
        d->flags |= f->flags;
        changed = 1;
    }
    return changed;
}

/* Inference: merges f into the stored state at target; queues it if that changed. */
static void merge_into(V *v, const VFrame *f, uint32_t target)
{
    if (merge_frame(v, &v->in[target], f)) {
        v->in[target]->bci = target;
        enqueue(v, target);
    }
}

/* A jump from the current instruction to target. */
static void branch(V *v, uint32_t target)
{
    if (v->infer) {
        check_target_start(v, target);
        merge_into(v, &v->cur, target);
        return;
    }
    char h[128], why[1024];
    int k = target < v->len ? v->map_at[target] : -1;
    if (k < 0) {
        snprintf(h, sizeof h, "Expecting a stackmap frame at branch target %d", (int32_t)target);
        fail(v, 0, NULL, h, NULL, "Expected stackmap frame at this location.");
    }
    int ok = frame_assignable(v, &v->cur, &v->maps[k], why, sizeof why, 0);
    if (ok <= 0) {
        snprintf(h, sizeof h, "Inconsistent stackmap frames at branch target %u", target);
        v->cur_bci = (int32_t)v->bci;
        v->use_sp0 = 1;
        if (ok == 0)
            v->bci = target;
        fail(v, SHOW_CUR | SHOW_MAP, &v->maps[k], h, NULL, "%s", why);
    }
}

/* The handlers covering the current instruction accept its state. */
static void check_handlers(V *v, int this_uninit)
{
    const CfMethod *m = v->m;
    for (int i = 0; i < m->n_handlers; i++) {
        const CfHandler *h = &m->handlers[i];
        if (v->bci < h->start_pc || v->bci >= h->end_pc)
            continue;
        VFrame f = v->cur;
        VT st[1] = {h->catch_type ? class_type(v, h->catch_type) : ref_named(v, "java/lang/Throwable")};
        f.stk = st;
        f.sp = 1;
        if (this_uninit)
            f.flags |= FLAG_UTHIS;
        if (v->infer) {
            merge_into(v, &f, h->handler_pc);
            continue;
        }
        char hd[128], why[1024];
        snprintf(hd, sizeof hd, "Stack map does not match the one at exception handler %u", h->handler_pc);
        int k = v->map_at[h->handler_pc];
        if (k < 0) {
            snprintf(hd, sizeof hd, "Expecting a stackmap frame at branch target %u", h->handler_pc);
            fail(v, 0, NULL, hd, NULL, "Expected stackmap frame at this location.");
        }
        int ok = frame_assignable(v, &f, &v->maps[k], why, sizeof why, 1);
        if (ok <= 0) {
            v->cur = f;
            v->sp0 = 1;
            v->cur_bci = (int32_t)v->bci;
            if (ok == 0)
                v->bci = h->handler_pc;
            fail(v, SHOW_CUR | SHOW_MAP, &v->maps[k], hd, NULL, "%s", why);
        }
    }
}


/* ---- instructions -------------------------------------------------------- */

/* Length of the instruction at bci, 0 if it is not a whole valid one. */
static uint32_t insn_len(V *v, uint32_t bci)
{
    const uint8_t *c = v->code;
    uint32_t len = v->len;
    uint8_t op = c[bci];
    if (op > OP_jsr_w)
        return 0;
    if (op == OP_wide) {
        if (bci + 1 >= len)
            return 0;
        uint8_t w = c[bci + 1];
        uint32_t n = w == OP_iinc ? 6 : ((w >= OP_iload && w <= OP_aload) || (w >= OP_istore && w <= OP_astore) ||
                                         w == OP_ret) ? 4 : 0;
        return n && bci + n <= len ? n : 0;
    }
    if (op == OP_tableswitch || op == OP_lookupswitch) {
        uint32_t p = (bci + 4) & ~3u;
        if ((uint64_t)p + 12 > len)
            return 0;
        int64_t n;
        if (op == OP_tableswitch) {
            int64_t lo = be32(c + p + 4), hi = be32(c + p + 8);
            if (hi < lo)
                return 0;
            n = (int64_t)(p - bci) + 12 + 4 * (hi - lo + 1);
        } else {
            int64_t np = be32(c + p + 4);
            if (np < 0)
                return 0;
            n = (int64_t)(p - bci) + 8 + 8 * np;
        }
        return (int64_t)bci + n <= (int64_t)len ? (uint32_t)n : 0;
    }
    uint32_t n = opcode_len[op];
    if (!n)
        n = 1;
    return bci + n <= len ? n : 0;
}

static int32_t s2at(const uint8_t *p) { return (int16_t)be16(p); }

/* Simple instructions: the operands they pop (last one on top) and push. */
static const char *sig_of(int op, const char **push)
{
    static const char T[] = "IJFD";
    static const char *const conv[][2] = {
        {"I", "J"}, {"I", "F"}, {"I", "D"}, {"J", "I"}, {"J", "F"}, {"J", "D"}, {"F", "I"}, {"F", "J"},
        {"F", "D"}, {"D", "I"}, {"D", "J"}, {"D", "F"}, {"I", "I"}, {"I", "I"}, {"I", "I"},
    };
    if (op >= OP_iadd && op <= OP_drem) {
        char t = T[(op - OP_iadd) % 4];
        static char two[4][3] = {"II", "JJ", "FF", "DD"}, one[4][2] = {"I", "J", "F", "D"};
        *push = one[strchr(T, t) - T];
        return two[strchr(T, t) - T];
    }
    if (op >= OP_ineg && op <= OP_dneg) {
        static char one[4][2] = {"I", "J", "F", "D"};
        *push = one[op - OP_ineg];
        return one[op - OP_ineg];
    }
    if (op >= OP_ishl && op <= OP_lushr) {
        int l = (op - OP_ishl) & 1;
        *push = l ? "J" : "I";
        return l ? "JI" : "II";
    }
    if (op >= OP_iand && op <= OP_lxor) {
        int l = (op - OP_iand) & 1;
        *push = l ? "J" : "I";
        return l ? "JJ" : "II";
    }
    if (op >= OP_i2l && op <= OP_i2s) {
        *push = conv[op - OP_i2l][1];
        return conv[op - OP_i2l][0];
    }
    switch (op) {
    case OP_lcmp: *push = "I"; return "JJ";
    case OP_fcmpl: case OP_fcmpg: *push = "I"; return "FF";
    case OP_dcmpl: case OP_dcmpg: *push = "I"; return "DD";
    }
    return NULL;
}

static void pop_sig(V *v, const char *s)
{
    for (int i = (int)strlen(s) - 1; i >= 0; i--) {
        switch (s[i]) {
        case 'I': pop(v, simple(T_INT)); break;
        case 'F': pop(v, simple(T_FLOAT)); break;
        case 'J': pop2(v, T_LONG); break;
        case 'D': pop2(v, T_DOUBLE); break;
        }
    }
}

static void push_sig(V *v, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case 'I': push(v, simple(T_INT)); break;
        case 'F': push(v, simple(T_FLOAT)); break;
        case 'J': push2(v, T_LONG); break;
        case 'D': push2(v, T_DOUBLE); break;
        }
    }
}

static int is_cat2_2nd(VT t) { return t.tag == T_LONG2 || t.tag == T_DOUBLE2; }
static int is_cat1(VT t) { return assignable(NULL, t, simple(T_CAT1)); }

static _Noreturn void bad_type_in(V *v, int idx, VT want, const char *insn)
{
    char h[128];
    snprintf(h, sizeof h, "Bad type on operand stack in %s", insn);
    bad_stack(v, idx, want, h, NULL);
}

/* Pops one category-1 value or the two halves of a category-2 one
 * (dup2 and friends); returns the number of entries. */
static int pop_pair(V *v, VT out[2], const char *insn)
{
    VT t = pop_any(v);
    if (is_cat1(t)) {
        out[1] = t;
        out[0] = pop(v, simple(T_CAT1));
        return 2;
    }
    if (is_cat2_2nd(t)) {
        out[1] = t;
        out[0] = pop(v, simple(T_CAT2));
        return 2;
    }
    bad_type_in(v, v->cur.sp, simple(T_CAT1), insn);
}

static void exec_dup(V *v, int op)
{
    VT a, b, c, p[2], q[2];
    switch (op) {
    case OP_pop: pop(v, simple(T_CAT1)); break;
    case OP_pop2: pop_pair(v, p, "pop2"); break;
    case OP_dup: a = pop(v, simple(T_CAT1)); push(v, a); push(v, a); break;
    case OP_dup_x1:
        a = pop(v, simple(T_CAT1)); b = pop(v, simple(T_CAT1));
        push(v, a); push(v, b); push(v, a);
        break;
    case OP_dup_x2:
        a = pop(v, simple(T_CAT1));
        pop_pair(v, p, "dup_x2");
        push(v, a); push(v, p[0]); push(v, p[1]); push(v, a);
        break;
    case OP_dup2:
        pop_pair(v, p, "dup2");
        push(v, p[0]); push(v, p[1]); push(v, p[0]); push(v, p[1]);
        break;
    case OP_dup2_x1:
        pop_pair(v, p, "dup2_x1");
        c = pop(v, simple(T_CAT1));
        push(v, p[0]); push(v, p[1]); push(v, c); push(v, p[0]); push(v, p[1]);
        break;
    case OP_dup2_x2:
        pop_pair(v, p, "dup2_x2");
        pop_pair(v, q, "dup2_x2");
        push(v, p[0]); push(v, p[1]); push(v, q[0]); push(v, q[1]); push(v, p[0]); push(v, p[1]);
        break;
    case OP_swap:
        a = pop(v, simple(T_CAT1)); b = pop(v, simple(T_CAT1));
        push(v, a); push(v, b);
        break;
    }
}

/* xaload / xastore: the array operand must be null or an array of `elem`
 * ('L' any reference array). */
static VT check_array(V *v, const char *insn, char elem, char elem2)
{
    if (v->infer && v->cur.sp) {   /* the old verifier names the array it wanted */
        VT a = v->cur.stk[v->cur.sp - 1];
        const char *n = a.tag == T_REF ? name_of(v, a) : "";
        int ok = a.tag == T_NULL || (n[0] == '[' && (elem == 'L' ? (n[1] == 'L' || n[1] == '[')
                                                                  : (n[1] == elem || n[1] == elem2)));
        if (!ok) {
            static const char *const what[] = {"ints", "longs", "floats", "doubles", "objects or arrays", "bytes",
                                               "chars", "shorts"};
            char o[96];
            snprintf(o, sizeof o, "Expecting to find array of %s on stack",
                     what[strchr("IJFDLBCS", elem) - "IJFDLBCS"]);
            fail_code(v, o, o);
        }
    }
    VT a = pop(v, simple(T_ANYREF));
    if (a.tag == T_NULL)
        return a;
    const char *n = a.tag == T_REF ? name_of(v, a) : "";
    int ok = n[0] == '[' && (elem == 'L' ? (n[1] == 'L' || n[1] == '[') : (n[1] == elem || n[1] == elem2));
    if (!ok && elem == 'B') {   /* byte or boolean: HotSpot names no single type */
        char t[512], h[64];
        type_str(v, a, t, sizeof t);
        snprintf(h, sizeof h, "Bad type on operand stack in %s", insn);
        fail(v, SHOW_CUR, NULL, h, old_expect(T_ANYREF), "Invalid type: %s (current frame, stack[%d])", t,
             v->cur.sp);
    }
    if (!ok) {
        char want[4] = {'[', elem, 0};
        bad_type_in(v, v->cur.sp, elem == 'L' ? simple(T_ANYREF) : ref_named(v, want), insn);
    }
    return a;
}

static void exec_array(V *v, int op)
{
    static const char elem[] = "IJFDLBCS";
    const char *name = opcode_names[op];
    if (op >= OP_iaload && op <= OP_saload) {
        char e = elem[op - OP_iaload];
        pop(v, simple(T_INT));
        VT a = check_array(v, name, e, e == 'B' ? 'Z' : e);
        switch (e) {
        case 'J': push2(v, T_LONG); break;
        case 'D': push2(v, T_DOUBLE); break;
        case 'F': push(v, simple(T_FLOAT)); break;
        case 'L': push(v, a.tag == T_NULL ? a : field_type(v, name_of(v, a) + 1)); break;
        default: push(v, simple(T_INT)); break;
        }
        return;
    }
    char e = elem[op - OP_iastore];
    switch (e) {
    case 'J': pop2(v, T_LONG); break;
    case 'D': pop2(v, T_DOUBLE); break;
    case 'F': pop(v, simple(T_FLOAT)); break;
    case 'L': pop(v, ref_named(v, "java/lang/Object")); break;
    default: pop(v, simple(T_INT)); break;
    }
    pop(v, simple(T_INT));
    check_array(v, name, e, e == 'B' ? 'Z' : e);
}

static void exec_ldc(V *v, int op, uint32_t idx)
{
    uint16_t major = v->cf->major;
    uint32_t mask;
    if (op == OP_ldc2_w)
        mask = 1u << CONST_Long | 1u << CONST_Double | (major >= 55 ? 1u << CONST_Dynamic : 0);
    else
        mask = 1u << CONST_Integer | 1u << CONST_Float | 1u << CONST_String |
               (major >= 49 ? 1u << CONST_Class : 0) |
               (major >= 51 ? 1u << CONST_MethodType | 1u << CONST_MethodHandle : 0) |
               (major >= 55 ? 1u << CONST_Dynamic : 0);
    check_cp(v, idx, mask);
    const CpEntry *e = &v->cf->cp[idx];
    switch (e->tag) {
    case CONST_Integer: push(v, simple(T_INT)); break;
    case CONST_Float: push(v, simple(T_FLOAT)); break;
    case CONST_Long: push2(v, T_LONG); break;
    case CONST_Double: push2(v, T_DOUBLE); break;
    case CONST_String: push(v, ref_named(v, "java/lang/String")); break;
    case CONST_Class: push(v, ref_named(v, "java/lang/Class")); break;
    case CONST_MethodType: push(v, ref_named(v, "java/lang/invoke/MethodType")); break;
    case CONST_MethodHandle: push(v, ref_named(v, "java/lang/invoke/MethodHandle")); break;
    case CONST_Dynamic: {
        const char *n, *d;
        cf_name_and_type(v->cf, e->b, &n, &d);
        int wide = d[0] == 'J' || d[0] == 'D';
        if (wide != (op == OP_ldc2_w)) {
            char h[256];
            snprintf(h, sizeof h, "Illegal type at constant pool entry %u in class %s", idx, v->cls->name);
            fail(v, 0, NULL, h, NULL, "Constant pool index %u is of type Dynamic", idx);
        }
        push_field_type(v, d);
        break;
    }
    }
}

static void check_protected(V *v, VT r, VT owner, const char *name, const char *desc, int op);

static void exec_field(V *v, int op, uint32_t idx)
{
    check_cp(v, idx, 1u << CONST_Fieldref);
    const CpEntry *e = &v->cf->cp[idx];
    const char *n, *d;
    cf_name_and_type(v->cf, e->b, &n, &d);
    VT owner = class_type(v, e->a);
    switch (op) {
    case OP_getstatic: push_field_type(v, d); break;
    case OP_putstatic: pop_field_type(v, d); break;
    case OP_getfield: {
        VT r = pop(v, owner);
        check_protected(v, r, owner, n, d, op);
        push_field_type(v, d);
        break;
    }
    case OP_putfield: {
        pop_field_type(v, d);
        VT r = pop_any(v);
        /* a constructor may set its own class's fields before super() */
        if (r.tag == T_UTHIS && owner.v == ref_named(v, v->cls->name).v && find_declared_field(v->cls, n, d))
            r = owner;
        if (!assignable(v, r, owner)) {
            char suffix[64];
            snprintf(suffix, sizeof suffix, " (constant pool %u)", idx);
            bad_stack(v, v->cur.sp, owner, "Bad type on operand stack in putfield", suffix);
        }
        check_protected(v, r, owner, n, d, op);
        break;
    }
    }
}

/* JVMS §4.10.1.8: a protected member of a superclass in another run-time
 * package may only be reached through the current class (or a subclass).
 * As in HotSpot, this applies when the reference names one of the current
 * class's superclasses and the member found from there is protected and
 * declared outside the current package. */
static int protected_access(V *v, VT owner, const char *name, const char *desc, int is_method)
{
    const char *on = name_of(v, owner);
    Class *s = v->cls->super;
    while (s && strcmp(s->name, on))
        s = s->super;
    if (!s)
        return 0;
    if (is_method) {
        Method *m = lookup_method(s, name, desc);
        return m && (m->access & ACC_PROTECTED) && !same_package(v->cls, m->cls);
    }
    Field *f = lookup_field(s, name, desc);
    return f && (f->access & ACC_PROTECTED) && !same_package(v->cls, f->cls);
}

/* The receiver r of a protected member reached through a superclass must be
 * the current class or a subclass (arrays may call Object.clone()). */
static void check_protected(V *v, VT r, VT owner, const char *name, const char *desc, int op)
{
    VT self = ref_named(v, v->cls->name);
    if ((r.tag == self.tag && r.v == self.v) || !protected_access(v, owner, name, desc, op != OP_getfield &&
                                                                   op != OP_putfield))
        return;
    if (assignable(v, r, self))
        return;
    if (op == OP_invokevirtual && r.tag == T_REF && name_of(v, r)[0] == '[' && !strcmp(name, "clone") &&
        !strcmp(name_of(v, owner), "java/lang/Object"))
        return;
    char h[64];
    snprintf(h, sizeof h, "Bad access to protected data in %s", opcode_names[op]);
    bad_stack(v, v->cur.sp, self, h, NULL);
}

/* Replaces every occurrence of an uninitialized type by the initialized one. */
static void initialize_object(V *v, VT from, VT to)
{
    for (int i = 0; i < v->max_locals; i++)
        if (v->cur.loc[i].tag == from.tag && v->cur.loc[i].v == from.v)
            v->cur.loc[i] = to;
    for (int i = 0; i < v->cur.sp; i++)
        if (v->cur.stk[i].tag == from.tag && v->cur.stk[i].v == from.v)
            v->cur.stk[i] = to;
    if (from.tag == T_UTHIS)
        v->cur.flags &= (uint8_t)~FLAG_UTHIS;
}

static void invoke_init(V *v, VT owner, uint32_t idx)
{
    if (v->infer && v->cur.sp && v->cur.stk[v->cur.sp - 1].tag != T_UTHIS && v->cur.stk[v->cur.sp - 1].tag != T_UNINIT)
        fail_code(v, "Expecting to find unitialized object on stack", NULL);    /* sic */
    VT r = pop(v, simple(T_ANYREF));
    char a[512], b[512];
    if (r.tag == T_UTHIS) {
        const char *sup = v->cls->super ? v->cls->super->name : "";
        const char *on = name_of(v, owner);
        if (strcmp(on, v->cls->name) && strcmp(on, sup)) {
            type_str(v, owner, a, sizeof a);
            type_str(v, ref_named(v, v->cls->name), b, sizeof b);
            fail(v, 0, NULL, "Bad <init> method call", NULL, "Type %s is not assignable to %s", a, b);
        }
        initialize_object(v, r, ref_named(v, v->cls->name));
    } else if (r.tag == T_UNINIT) {
        uint32_t off = r.v;
        if (off + 3 > v->len || v->code[off] != OP_new)
            fail_code(v, "Expecting new instruction", NULL);
        uint32_t ci = be16(v->code + off + 1);
        VT nt = class_type(v, (uint16_t)ci);
        if (nt.v != owner.v) {
            type_str(v, nt, a, sizeof a);
            type_str(v, owner, b, sizeof b);
            fail(v, 0, NULL, "Call to wrong <init> method", NULL,
                 "Type %s (constant pool %u) is not assignable to %s (constant pool %u)", a, ci, b, idx);
        }
        initialize_object(v, r, nt);
    } else {
        invalid_type(v, "Bad operand type when invoking <init>", v->cur.sp, "");
    }
}

static void exec_invoke(V *v, int op, const uint8_t *c)
{
    uint32_t idx = be16(c + 1);
    uint32_t mask = op == OP_invokeinterface ? 1u << CONST_InterfaceMethodref
                  : op == OP_invokedynamic ? 1u << CONST_InvokeDynamic
                  : op == OP_invokevirtual || v->cf->major < 52 ? 1u << CONST_Methodref
                  : 1u << CONST_Methodref | 1u << CONST_InterfaceMethodref;
    if (op == OP_invokedynamic && v->cf->major < 51)
        fail_code(v, "invokedynamic instructions not supported by this class file version", NULL);
    check_cp(v, idx, mask);
    const CpEntry *e = &v->cf->cp[idx];
    const char *n, *d;
    cf_name_and_type(v->cf, e->b, &n, &d);
    VT owner = op == OP_invokedynamic ? simple(T_TOP) : class_type(v, e->a);
    if (op == OP_invokedynamic) {
        if (c[3] || c[4])
            fail_code(v, "Third and fourth operand bytes of invokedynamic must be zero", NULL);
    } else if (n[0] == '<' && (op != OP_invokespecial || strcmp(n, "<init>"))) {
        fail_code(v, "Illegal call to internal method", NULL);
    }
    int nargs;
    int slots = desc_arg_slots(d, &nargs);
    if (op == OP_invokeinterface) {
        if (c[3] != slots + 1)
            fail_code(v, "Inconsistent args count operand in invokeinterface", NULL);
        if (c[4])
            fail_code(v, "Fourth operand byte of invokeinterface must be zero", NULL);
    }
    const char *args[256];
    int k = 0;
    for (const char *p = d + 1; *p != ')' && k < 256; p = desc_next(p))
        args[k++] = p;
    while (k > 0)
        pop_field_type(v, args[--k]);
    if (op == OP_invokespecial && !strcmp(n, "<init>")) {
        invoke_init(v, owner, idx);
    } else if (op == OP_invokespecial) {
        VT self = ref_named(v, v->cls->name);
        int direct_iface = 0;
        for (int i = 0; i < v->cls->n_direct_ifaces; i++)
            if (v->cls->direct_ifaces[i] && !strcmp(v->cls->direct_ifaces[i]->name, name_of(v, owner)))
                direct_iface = 1;
        if (!direct_iface && !assignable(v, self, owner))
            fail_code(v, "Bad invokespecial instruction: current class isn't assignable to reference class.",
                      NULL);
        pop(v, self);
    } else if (op == OP_invokevirtual) {
        VT r = pop(v, owner);
        check_protected(v, r, owner, n, d, op);
    } else if (op == OP_invokeinterface) {
        pop(v, owner);
    }
    const char *r = strchr(d, ')') + 1;
    if (*r != 'V')
        push_field_type(v, r);
}

static void check_return(V *v, VT t, int void_ok)
{
    char a[512], b[512];
    v->use_sp0 = 1;
    if (v->ret.tag == T_TOP && !void_ok) {
        type_str(v, t, a, sizeof a);
        fail(v, SHOW_CUR, NULL, "Method does not expect a return value", "Wrong return type in function",
             "Type %s (current frame, stack[%d]) is not assignable to top (from method signature)", a, v->cur.sp);
    }
    if (!assignable(v, t, v->ret)) {
        type_str(v, t, a, sizeof a);
        type_str(v, v->ret, b, sizeof b);
        fail(v, SHOW_CUR, NULL, "Bad return type", "Wrong return type in function",
             "Type %s (current frame, stack[%d]) is not assignable to %s (from method signature)", a, v->cur.sp, b);
    }
}

static void exec_switch(V *v, int op)
{
    uint32_t bci = v->bci, p = (bci + 4) & ~3u;
    const uint8_t *c = v->code;
    if (v->cf->major < 51)     /* since version 51 the alignment bytes may be anything */
        for (uint32_t i = bci + 1; i < p; i++)
            if (c[i])
                fail_code(v, "Nonzero padding byte in lookupswitch or tableswitch", NULL);
    uint32_t n;
    if (op == OP_lookupswitch) {
        n = (uint32_t)be32(c + p + 4);
        for (uint32_t i = 1; i < n; i++)
            if (be32(c + p + 8 + 8 * i) <= be32(c + p + 8 + 8 * (i - 1)))
                fail_code(v, "Bad lookupswitch instruction", NULL);
    } else {
        n = (uint32_t)(be32(c + p + 8) - be32(c + p + 4) + 1);
    }
    pop(v, simple(T_INT));
    branch(v, bci + (uint32_t)be32(c + p));
    for (uint32_t i = 0; i < n; i++) {
        uint32_t at = op == OP_lookupswitch ? p + 12 + 8 * i : p + 12 + 4 * i;
        branch(v, bci + (uint32_t)be32(c + at));
    }
}

static void infer_jsr_return(V *v, uint32_t site, uint32_t sub);
static uint32_t step(V *v, uint32_t b);
static _Noreturn void bad_instruction(V *v);
static void infer_ret(V *v, uint32_t sub);

static int is_store(int op)
{
    return (op >= OP_istore && op <= OP_astore) || (op >= OP_istore_0 && op <= OP_astore_3);
}

/* Executes the instruction at v->bci on v->cur; false if control does not
 * fall through to the next one. */
static int exec(V *v)
{
    uint32_t bci = v->bci;
    const uint8_t *c = v->code + bci;
    if (v->kind[bci] == 3)
        bad_instruction(v);
    int op = c[0], wide = op == OP_wide;
    if (wide)
        op = c[1];
    int this_uninit = v->cur.flags & FLAG_UTHIS;
    int handlers_done = 0;
    v->sp0 = v->cur.sp;
    v->use_sp0 = 0;
    if (v->infer || is_store(op)) {
        check_handlers(v, this_uninit);
        handlers_done = 1;
    }
    uint32_t idx = wide ? be16(c + 2) : c[1];
    const char *push_s, *pop_s = sig_of(op, &push_s);
    int flow = 1;
    if (pop_s) {
        pop_sig(v, pop_s);
        push_sig(v, push_s);
        goto done;
    }
    switch (op) {
    case OP_nop: break;
    case OP_aconst_null: push(v, simple(T_NULL)); break;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2: case OP_iconst_3:
    case OP_iconst_4: case OP_iconst_5: case OP_bipush: case OP_sipush:
        push(v, simple(T_INT)); break;
    case OP_lconst_0: case OP_lconst_1: push2(v, T_LONG); break;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2: push(v, simple(T_FLOAT)); break;
    case OP_dconst_0: case OP_dconst_1: push2(v, T_DOUBLE); break;
    case OP_ldc: exec_ldc(v, op, c[1]); break;
    case OP_ldc_w: case OP_ldc2_w: exec_ldc(v, op, be16(c + 1)); break;
    case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3: idx = (uint32_t)(op - OP_iload_0); /* fall through */
    case OP_iload: get_local(v, idx, simple(T_INT)); push(v, simple(T_INT)); break;
    case OP_fload_0: case OP_fload_1: case OP_fload_2: case OP_fload_3: idx = (uint32_t)(op - OP_fload_0); /* fall through */
    case OP_fload: get_local(v, idx, simple(T_FLOAT)); push(v, simple(T_FLOAT)); break;
    case OP_lload_0: case OP_lload_1: case OP_lload_2: case OP_lload_3: idx = (uint32_t)(op - OP_lload_0); /* fall through */
    case OP_lload: get_local2(v, idx, T_LONG); push2(v, T_LONG); break;
    case OP_dload_0: case OP_dload_1: case OP_dload_2: case OP_dload_3: idx = (uint32_t)(op - OP_dload_0); /* fall through */
    case OP_dload: get_local2(v, idx, T_DOUBLE); push2(v, T_DOUBLE); break;
    case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3: idx = (uint32_t)(op - OP_aload_0); /* fall through */
    case OP_aload: {
        VT t = get_local(v, idx, simple(T_ANYREF));
        if (t.tag == T_RET)     /* a return address can be stored, never loaded */
            fail(v, SHOW_CUR, NULL, "Bad local variable type", "Register contains wrong type",
                 "Type return address (current frame, locals[%u]) is not assignable to reference", idx);
        push(v, t);
        break;
    }
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3: idx = (uint32_t)(op - OP_istore_0); /* fall through */
    case OP_istore: pop(v, simple(T_INT)); set_local(v, idx, simple(T_INT)); break;
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3: idx = (uint32_t)(op - OP_fstore_0); /* fall through */
    case OP_fstore: pop(v, simple(T_FLOAT)); set_local(v, idx, simple(T_FLOAT)); break;
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3: idx = (uint32_t)(op - OP_lstore_0); /* fall through */
    case OP_lstore: pop2(v, T_LONG); set_local2(v, idx, T_LONG); break;
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3: idx = (uint32_t)(op - OP_dstore_0); /* fall through */
    case OP_dstore: pop2(v, T_DOUBLE); set_local2(v, idx, T_DOUBLE); break;
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3: idx = (uint32_t)(op - OP_astore_0); /* fall through */
    case OP_astore: set_local(v, idx, pop(v, simple(T_ANYREF))); break;
    case OP_iaload: case OP_laload: case OP_faload: case OP_daload: case OP_aaload: case OP_baload:
    case OP_caload: case OP_saload: case OP_iastore: case OP_lastore: case OP_fastore: case OP_dastore:
    case OP_aastore: case OP_bastore: case OP_castore: case OP_sastore:
        exec_array(v, op); break;
    case OP_pop: case OP_pop2: case OP_dup: case OP_dup_x1: case OP_dup_x2: case OP_dup2: case OP_dup2_x1:
    case OP_dup2_x2: case OP_swap:
        exec_dup(v, op); break;
    case OP_iinc: get_local(v, idx, simple(T_INT)); break;
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
        pop(v, simple(T_INT)); branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge: case OP_if_icmpgt:
    case OP_if_icmple:
        pop(v, simple(T_INT)); pop(v, simple(T_INT)); branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_if_acmpeq: case OP_if_acmpne:
        pop(v, simple(T_ANYREF)); pop(v, simple(T_ANYREF)); branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_ifnull: case OP_ifnonnull:
        pop(v, simple(T_ANYREF)); branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_goto: branch(v, bci + (uint32_t)s2at(c + 1)); flow = 0; break;
    case OP_goto_w: branch(v, bci + (uint32_t)be32(c + 1)); flow = 0; break;
    case OP_jsr: case OP_jsr_w: case OP_ret:
        if (!v->infer) {
            char h[64];
            snprintf(h, sizeof h, "Bad instruction: %02x", op);
            fail_code(v, h, NULL);
        }
        if (op == OP_ret) {
            VT r = get_local(v, idx, simple(T_TOP));
            if (r.tag != T_RET) {
                char o[64];
                snprintf(o, sizeof o, "Register %u contains wrong type", idx);
                fail_code(v, o, o);
            }
            infer_ret(v, r.v);
        } else {
            uint32_t target = bci + (uint32_t)(op == OP_jsr ? s2at(c + 1) : be32(c + 1));
            check_target_start(v, target);
            push(v, (VT){T_RET, target});
            branch(v, target);
            infer_jsr_return(v, bci, target);
        }
        flow = 0;
        break;
    case OP_tableswitch: case OP_lookupswitch: exec_switch(v, op); flow = 0; break;
    case OP_ireturn: pop(v, simple(T_INT)); check_return(v, simple(T_INT), 0); flow = 0; break;
    case OP_freturn: pop(v, simple(T_FLOAT)); check_return(v, simple(T_FLOAT), 0); flow = 0; break;
    case OP_lreturn: pop(v, simple(T_LONG2)); pop(v, simple(T_LONG)); check_return(v, simple(T_LONG), 0); flow = 0; break;
    case OP_dreturn: pop(v, simple(T_DOUBLE2)); pop(v, simple(T_DOUBLE)); check_return(v, simple(T_DOUBLE), 0); flow = 0; break;
    case OP_areturn: {
        VT t = pop(v, simple(T_ANYREF));
        check_return(v, t, 0);
        flow = 0;
        break;
    }
    case OP_return:
        if (v->ret.tag != T_TOP || v->m->desc[strlen(v->m->desc) - 1] != 'V')
            fail_code(v, "Method expects a return value", "Wrong return type in function");
        if (v->this_uninit && (v->cur.flags & FLAG_UTHIS))
            fail_code(v, "Constructor must call super() or this() before return",
                      "Constructor must call super() or this()");
        flow = 0;
        break;
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
        exec_field(v, op, be16(c + 1)); break;
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
    case OP_invokedynamic:
        exec_invoke(v, op, c); break;
    case OP_new: {
        check_cp(v, be16(c + 1), 1u << CONST_Class);
        if (cf_class_name(v->cf, be16(c + 1))[0] == '[') {
            char a[512];
            type_str(v, class_type(v, be16(c + 1)), a, sizeof a);
            fail(v, 0, NULL, "Illegal new instruction", NULL, "Invalid type: %s (constant pool %u)", a,
                 be16(c + 1));
        }
        push(v, (VT){T_UNINIT, bci});
        break;
    }
    case OP_newarray: {
        static const char *const types[] = {"[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};
        if (c[1] < 4 || c[1] > 11)
            fail_code(v, "Illegal newarray instruction", "Bad type passed to newarray");
        pop(v, simple(T_INT));
        push(v, ref_named(v, types[c[1] - 4]));
        break;
    }
    case OP_anewarray: {
        check_cp(v, be16(c + 1), 1u << CONST_Class);
        const char *n = cf_class_name(v->cf, be16(c + 1));
        pop(v, simple(T_INT));
        char buf[1100];
        int dims = 0;
        while (n[dims] == '[')
            dims++;
        if (dims >= 255)
            fail_code(v, "Illegal anewarray instruction, array has more than 255 dimensions", NULL);
        snprintf(buf, sizeof buf, n[0] == '[' ? "[%s" : "[L%s;", n);
        push(v, ref_named(v, buf));
        break;
    }
    case OP_arraylength: {
        if (v->infer && v->cur.sp) {    /* the old verifier wants an array, not any reference */
            VT a = v->cur.stk[v->cur.sp - 1];
            if (a.tag != T_NULL && (a.tag != T_REF || name_of(v, a)[0] != '['))
                fail_code(v, "", "Expecting to find array on stack");
        }
        VT a = pop(v, simple(T_ANYREF));
        if (a.tag != T_NULL && (a.tag != T_REF || name_of(v, a)[0] != '['))
            invalid_type(v, "Bad type on operand stack in arraylength", v->cur.sp, "");
        push(v, simple(T_INT));
        break;
    }
    case OP_athrow: pop(v, ref_named(v, "java/lang/Throwable")); flow = 0; break;
    case OP_checkcast:
        check_cp(v, be16(c + 1), 1u << CONST_Class);
        pop(v, ref_named(v, "java/lang/Object"));
        push(v, class_type(v, be16(c + 1)));
        break;
    case OP_instanceof:
        check_cp(v, be16(c + 1), 1u << CONST_Class);
        pop(v, ref_named(v, "java/lang/Object"));
        push(v, simple(T_INT));
        break;
    case OP_monitorenter: case OP_monitorexit: pop(v, simple(T_ANYREF)); break;
    case OP_multianewarray: {
        check_cp(v, be16(c + 1), 1u << CONST_Class);
        const char *n = cf_class_name(v->cf, be16(c + 1));
        int dims = 0;
        while (n[dims] == '[')
            dims++;
        if (c[3] < 1 || dims < c[3]) {
            char h[128];
            snprintf(h, sizeof h, "Illegal dimension in multianewarray instruction: %d", c[3]);
            fail_code(v, h, NULL);
        }
        for (int i = 0; i < c[3]; i++)
            pop(v, simple(T_INT));
        push(v, ref_named(v, n));
        break;
    }
    default:
        fail_code(v, "Bad instruction", "Illegal instruction found");
    }
done:
    if (!handlers_done)
        check_handlers(v, this_uninit);
    return flow;
}

/* ---- jsr/ret (inference only) ---------------------------------------------
 * A `ret` returns to the instruction after every jsr that calls its
 * subroutine.  The state there is the state at the ret for the locals the
 * subroutine may write (and the stack), and the state at that jsr for every
 * other local, so a subroutine called from sites whose locals differ does
 * not spoil them.  "May write" is over-approximated by walking the code
 * reachable from the subroutine's entry (nested subroutines included). */

static void mark_modified(V *v, uint8_t *mod, uint8_t *seen, uint32_t bci)
{
    uint32_t stack_n = 0;
    uint32_t *stack = varena(v, (v->len + 1) * sizeof *stack);
    stack[stack_n++] = bci;
    while (stack_n) {
        uint32_t b = stack[--stack_n];
        if (b >= v->len || !v->kind[b] || seen[b])
            continue;
        seen[b] = 1;
        const uint8_t *c = v->code + b;
        int op = c[0], wide = op == OP_wide;
        if (wide)
            op = c[1];
        uint32_t idx = wide ? be16(c + 2) : c[1];
        if (is_store(op) || op == OP_iinc) {
            if (op >= OP_istore_0 && op <= OP_astore_3)
                idx = (uint32_t)(op - OP_istore_0) % 4;
            int two = op == OP_lstore || op == OP_dstore || (op >= OP_lstore_0 && op <= OP_lstore_3) ||
                      (op >= OP_dstore_0 && op <= OP_dstore_3);
            if (idx < v->max_locals)
                mod[idx] = 1;
            if (two && idx + 1 < v->max_locals)
                mod[idx + 1] = 1;
        }
        uint32_t n = insn_len(v, b);
        switch (op) {
        case OP_goto: stack[stack_n++] = b + (uint32_t)s2at(c + 1); continue;
        case OP_goto_w: stack[stack_n++] = b + (uint32_t)be32(c + 1); continue;
        case OP_jsr: stack[stack_n++] = b + (uint32_t)s2at(c + 1); break;
        case OP_jsr_w: stack[stack_n++] = b + (uint32_t)be32(c + 1); break;
        case OP_ret: case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn:
        case OP_return: case OP_athrow: case OP_tableswitch: case OP_lookupswitch:
            continue;   /* switches inside subroutines: their targets are not followed (rare; javac never) */
        default:
            if ((op >= OP_ifeq && op <= OP_if_acmpne) || op == OP_ifnull || op == OP_ifnonnull)
                stack[stack_n++] = b + (uint32_t)s2at(c + 1);
        }
        if (stack_n < v->len)
            stack[stack_n++] = b + n;
    }
}

static const uint8_t *modified_by(V *v, uint32_t sub)
{
    if (!v->modified[sub]) {
        v->modified[sub] = varena(v, v->max_locals + 1u);
        mark_modified(v, v->modified[sub], varena(v, v->len), sub);
    }
    return v->modified[sub];
}

static void infer_jsr_return(V *v, uint32_t site, uint32_t sub)
{
    const VFrame *r = v->retst[sub], *at = v->in[site];
    if (!r || !at)
        return;
    const uint8_t *mod = modified_by(v, sub);
    VFrame f = frame_copy(v, r);
    for (int i = 0; i < v->max_locals; i++)
        if (!mod[i])
            f.loc[i] = i < at->nloc ? at->loc[i] : simple(T_TOP);
    int n = v->max_locals;
    while (n > 0 && f.loc[n - 1].tag == T_TOP)
        n--;
    f.nloc = (uint16_t)n;
    uint32_t next = site + insn_len(v, site);
    if (next >= v->len) {
        v->bci = next;
        fail_code(v, "Falling off the end of the code", NULL);
    }
    merge_into(v, &f, next);
}

static void infer_ret(V *v, uint32_t sub)
{
    merge_frame(v, &v->retst[sub], &v->cur);
    for (uint32_t b = 0; b < v->len; b++) {
        if (!v->kind[b] || (v->code[b] != OP_jsr && v->code[b] != OP_jsr_w))
            continue;
        uint32_t t = b + (uint32_t)(v->code[b] == OP_jsr ? s2at(v->code + b + 1) : be32(v->code + b + 1));
        if (t == sub)
            infer_jsr_return(v, b, sub);
    }
}

/* ---- the two algorithms ---------------------------------------------------- */


static void load_frame(V *v, const VFrame *f)
{
    memcpy(v->cur.loc, f->loc, f->nloc * sizeof(VT));
    for (int i = f->nloc; i < v->cur.nloc; i++)     /* beyond cur.nloc all is top already */
        v->cur.loc[i] = simple(T_TOP);
    memcpy(v->cur.stk, f->stk, f->sp * sizeof(VT));
    v->cur.sp = f->sp;
    v->cur.nloc = f->nloc;
    v->cur.flags = f->flags;
}

/* The old verifier checks every jump target and local index before it runs
 * the data flow; so does this, in code order, for the same first message. */
static void infer_static_checks(V *v)
{
    for (uint32_t b = 0; b < v->len; b += step(v, b)) {
        const uint8_t *c = v->code + b;
        int op = v->kind[b] == 3 ? OP_nop : c[0], wide = op == OP_wide;
        v->bci = b;
        if (wide)
            op = c[1];
        uint32_t idx = wide ? be16(c + 2) : c[1], two = 0, has_local = 1;
        if (op >= OP_iload_0 && op <= OP_aload_3)
            idx = (uint32_t)(op - OP_iload_0) % 4, two = (op - OP_iload_0) / 4 == 1 || (op - OP_iload_0) / 4 == 3;
        else if (op >= OP_istore_0 && op <= OP_astore_3)
            idx = (uint32_t)(op - OP_istore_0) % 4, two = (op - OP_istore_0) / 4 == 1 || (op - OP_istore_0) / 4 == 3;
        else if ((op >= OP_iload && op <= OP_aload) || (op >= OP_istore && op <= OP_astore))
            two = op == OP_lload || op == OP_dload || op == OP_lstore || op == OP_dstore;
        else if (op != OP_iinc && op != OP_ret)
            has_local = 0;
        if (has_local && idx + two >= v->max_locals)
            fail_code(v, "Illegal local variable number", "Illegal local variable number");
        int64_t t = -1;
        if ((op >= OP_ifeq && op <= OP_jsr) || op == OP_ifnull || op == OP_ifnonnull)
            t = (int64_t)b + s2at(c + 1);
        else if (op == OP_goto_w || op == OP_jsr_w)
            t = (int64_t)b + be32(c + 1);
        if (t >= 0 || op == OP_goto || op == OP_jsr)
            if (t < 0 || t >= v->len || !v->kind[t])
                fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
        if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t p = (b + 4) & ~3u, n = (uint32_t)(op == OP_tableswitch ? be32(v->code + p + 8) -
                                                       be32(v->code + p + 4) + 1 : be32(v->code + p + 4));
            for (uint32_t i = 0; i <= n; i++) {
                uint32_t at = i == 0 ? p : op == OP_tableswitch ? p + 12 + 4 * (i - 1) : p + 12 + 8 * (i - 1);
                t = (int64_t)b + be32(v->code + at);
                if (t < 0 || t >= v->len || !v->kind[t])
                    fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
            }
        }
    }
}

static void infer_method(V *v, const VFrame *init)
{
    infer_static_checks(v);
    v->in = varena(v, v->len * sizeof *v->in);
    v->queued = varena(v, v->len);
    v->work = varena(v, (v->len + 1) * sizeof *v->work);
    v->retst = varena(v, v->len * sizeof *v->retst);
    v->modified = varena(v, v->len * sizeof *v->modified);
    v->merge = varena(v, v->len);
    /* merge points: every branch/switch/jsr target and return point, handler */
    for (uint32_t b = 0; b < v->len; b += step(v, b)) {
        const uint8_t *c = v->code + b;
        int op = v->kind[b] == 3 ? OP_nop : c[0];
        uint32_t n = step(v, b);
        if ((op >= OP_ifeq && op <= OP_jsr) || op == OP_ifnull || op == OP_ifnonnull) {
            uint32_t t = b + (uint32_t)s2at(c + 1);
            if (t < v->len)
                v->merge[t] = 1;
        } else if (op == OP_goto_w || op == OP_jsr_w) {
            uint32_t t = b + (uint32_t)be32(c + 1);
            if (t < v->len)
                v->merge[t] = 1;
        } else if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t p = (b + 4) & ~3u, k = (uint32_t)(op == OP_tableswitch
                                                       ? be32(c - b + p + 8) - be32(c - b + p + 4) + 1
                                                       : be32(c - b + p + 4));
            uint32_t t = b + (uint32_t)be32(v->code + p);
            if (t < v->len)
                v->merge[t] = 1;
            for (uint32_t i = 0; i < k; i++) {
                t = b + (uint32_t)be32(v->code + (op == OP_tableswitch ? p + 12 + 4 * i : p + 12 + 8 * i));
                if (t < v->len)
                    v->merge[t] = 1;
            }
        }
        if (op == OP_jsr || op == OP_jsr_w) {
            v->merge[b] = 1;
            if (b + n < v->len)
                v->merge[b + n] = 1;
        }
    }
    for (int i = 0; i < v->m->n_handlers; i++)
        v->merge[v->m->handlers[i].handler_pc] = 1;
    merge_into(v, init, 0);
    while (v->n_work) {
        uint32_t b = v->work[--v->n_work];
        v->queued[b] = 0;
        load_frame(v, v->in[b]);
        for (;;) {
            v->bci = b;
            if (!exec(v))
                break;
            uint32_t next = b + insn_len(v, b);
            if (next >= v->len) {
                v->bci = next;
                fail_code(v, "Falling off the end of the code", NULL);
            }
            if (v->merge[next]) {
                merge_into(v, &v->cur, next);
                break;
            }
            b = next;
        }
    }
}

/* A StackMapTable that cannot be read is a ClassFormatError in HotSpot
 * (StackMapReader), one whose frames are misplaced a VerifyError. */
static _Noreturn void map_error(V *v, const char *what)
{
    char h[256];
    snprintf(h, sizeof h, "StackMapTable format error: %s", what);
    v->format_error = 1;
    fail(v, 0, NULL, h, NULL, "%s", "");
}

static _Noreturn void map_error_size(V *v)
{
    char sig[200], h[240];
    method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
    snprintf(h, sizeof h, "bad type array size in method '%s'", sig);
    v->failover_ok = 1;     /* HotSpot's fail-over takes this one (seen with version 50) */
    map_error(v, h);
}

/* Reads one verification_type_info into t[0] (and t[1] for long/double);
 * returns the entries written. */
static int read_vtype(V *v, const uint8_t **pp, const uint8_t *end, VT *t)
{
    const uint8_t *p = *pp;
    if (p >= end)
        map_error(v, "access beyond the end of attribute");
    int tag = *p++;
    int n = 1;
    switch (tag) {
    case 0: t[0] = simple(T_TOP); break;
    case 1: t[0] = simple(T_INT); break;
    case 2: t[0] = simple(T_FLOAT); break;
    case 3: case 4:
        t[0] = simple(tag == 3 ? T_DOUBLE : T_LONG);
        t[1] = simple(tag == 3 ? T_DOUBLE2 : T_LONG2);
        n = 2;
        break;
    case 5: t[0] = simple(T_NULL); break;
    case 6: t[0] = simple(T_UTHIS); break;
    case 7: case 8: {
        if (end - p < 2)
            map_error(v, "access beyond the end of attribute");
        uint32_t x = be16(p);
        p += 2;
        if (tag == 7) {
            if (x == 0 || x >= v->cf->cp_count || v->cf->cp[x].tag != CONST_Class)
                map_error(v, "bad class index");
            t[0] = class_type(v, (uint16_t)x);
        } else {
            if (x >= v->len || v->kind[x] != 2) {
                char sig[200], h[256];
                method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
                snprintf(h, sizeof h, "bad offset for Uninitialized in method '%.200s'", sig);
                map_error(v, h);
            }
            t[0] = (VT){T_UNINIT, x};
        }
        break;
    }
    default:
        map_error(v, "bad verification type");
    }
    *pp = p;
    return n;
}

/* Reads n types into a scratch array (HotSpot reads them all, then checks
 * the count against the limit) and appends them to dst[*have..max). */
static void read_types(V *v, const uint8_t **pp, const uint8_t *end, uint32_t n, VT *dst, uint16_t *have,
                       uint32_t max)
{
    VT *tmp = varena(v, (2 * (size_t)n + 1) * sizeof(VT));
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        k += (uint32_t)read_vtype(v, pp, end, tmp + k);
    if (*have + k > max)
        map_error_size(v);
    memcpy(dst + *have, tmp, k * sizeof(VT));
    *have = (uint16_t)(*have + k);
}

static uint16_t u2_of(V *v, const uint8_t **pp, const uint8_t *end)
{
    if (end - *pp < 2)
        map_error(v, "access beyond the end of attribute");
    uint16_t x = be16(*pp);
    *pp += 2;
    return x;
}

/* Decodes the StackMapTable into full frames (JVMS §4.7.4). */
static void decode_maps(V *v, const VFrame *init)
{
    v->map_at = varena(v, v->len * sizeof *v->map_at);
    for (uint32_t i = 0; i < v->len; i++)
        v->map_at[i] = -1;
    const uint8_t *p = v->m->stackmap, *end = p + v->m->stackmap_len;
    if (!p)
        return;
    uint32_t count = u2_of(v, &p, end);
    v->maps = varena(v, (count + 1) * sizeof *v->maps);
    VFrame f = frame_copy(v, init);     /* the frame being decoded, from the previous one */
    int64_t off = -1;
    for (uint32_t i = 0; i < count; i++) {
        if (p >= end)
            map_error(v, "access beyond the end of attribute");
        int ft = *p++;
        f.sp = 0;
        uint32_t delta;
        if (ft < 128)
            delta = ft < 64 ? (uint32_t)ft : (uint32_t)ft - 64;
        else if (ft < 247 && end - p < 2)  /* HotSpot reads the offset first */
            map_error(v, "access beyond the end of attribute");
        else if (ft < 247)
            map_error(v, "reserved frame type");
        else
            delta = u2_of(v, &p, end);
        if ((ft >= 64 && ft < 128) || ft == 247) {
            read_types(v, &p, end, 1, f.stk, &f.sp, v->max_stack);
        } else if (ft >= 248 && ft <= 250) {
            int n = f.nloc;
            for (int k = 251 - ft; k > 0; k--) {
                if (n > 1 && is_cat2_2nd(f.loc[n - 1]))
                    n--;
                n--;
                if (n < 0)
                    map_error_size(v);
            }
            for (int k = n; k < f.nloc; k++)
                f.loc[k] = simple(T_TOP);
            f.nloc = (uint16_t)n;
        } else if (ft >= 252 && ft <= 254) {
            read_types(v, &p, end, (uint32_t)(ft - 251), f.loc, &f.nloc, v->max_locals);
        } else if (ft == 255) {
            for (int k = 0; k < f.nloc; k++)
                f.loc[k] = simple(T_TOP);
            f.nloc = 0;
            read_types(v, &p, end, u2_of(v, &p, end), f.loc, &f.nloc, v->max_locals);
            read_types(v, &p, end, u2_of(v, &p, end), f.stk, &f.sp, v->max_stack);
        }
        off = off < 0 ? delta : off + delta + 1;
        if (off >= v->len || !v->kind[off]) {
            v->bci = 0;
            f.bci = (uint32_t)off;
            v->cur = f;     /* HotSpot shows the misplaced frame */
            v->sp0 = f.sp;
            v->cur_bci = (int32_t)off;
            fail(v, SHOW_CUR, NULL, "StackMapTable error: bad offset", NULL, "Invalid stackmap specification.");
        }
        f.bci = (uint32_t)off;
        f.flags = 0;
        for (int k = 0; k < f.nloc; k++)
            if (f.loc[k].tag == T_UTHIS)
                f.flags = FLAG_UTHIS;
        v->maps[i] = frame_compact(v, &f);
        v->map_at[off] = (int32_t)i;
        v->n_maps = i + 1;
    }
    if (p != end)
        map_error(v, "wrong attribute size");
}

static void typecheck(V *v, const VFrame *init)
{
    decode_maps(v, init);
    int no_flow = 0;
    uint32_t mi = 0;
    char why[1024];
    for (uint32_t b = 0; b < v->len; b += step(v, b)) {
        v->bci = b;
        if (mi < v->n_maps && v->maps[mi].bci == b) {
            VFrame *map = &v->maps[mi++];
            v->sp0 = v->cur.sp;
            if (!no_flow && frame_assignable(v, &v->cur, map, why, sizeof why, 0) <= 0)
                fail(v, SHOW_CUR | SHOW_MAP, map, "Instruction type does not match stack map", NULL, "%s", why);
            load_frame(v, map);
        } else if (no_flow) {
            if (mi < v->n_maps)
                fail(v, 0, NULL, "Expecting a stack map frame", NULL, "Expected stackmap frame at this location.");
            fail_code(v, "Expecting a stack map frame", NULL);
        }
        no_flow = !exec(v);
    }
    if (!no_flow) {
        v->bci = v->len;
        fail_code(v, "Control flow falls through code end", NULL);
    }
}

/* Finds instruction starts; a bad opcode or a truncated instruction fails. */
/* HotSpot's lengths of its internal bytecodes 0xca..0xee (0: variable),
 * which its code scan steps over like real ones. */
static const uint8_t internal_len[] = {
    1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 4, 4, 4, 2, 3, 3, 3, 0, 0, 2, 3, 1, 3, 3, 3, 1, 2, 1,
};

/* Marks instruction starts (kind 1, 2 for `new`, 3 for an invalid one,
 * which fails when verification reaches it, as in HotSpot).  The scan
 * stops at an instruction whose length cannot be known. */
static void scan(V *v)
{
    v->kind = varena(v, v->len + 1);
    for (uint32_t b = 0; b < v->len;) {
        uint32_t n = insn_len(v, b);
        uint8_t op = v->code[b];
        if (n) {
            v->kind[b] = op == OP_new ? 2 : 1;
            b += n;
            continue;
        }
        v->bci = b;
        if (op < 0xca || op - 0xca >= (int)sizeof internal_len || !internal_len[op - 0xca] ||
            b + internal_len[op - 0xca] > v->len) {
            char o[64];
            snprintf(o, sizeof o, "Illegal instruction found at offset %u", b);
            fail_code(v, "Bad instruction", o);
        }
        v->kind[b] = 3;     /* one of HotSpot's own bytecodes: fails when reached */
        b += internal_len[op - 0xca];
    }
}

static _Noreturn void bad_instruction(V *v)
{
    char h[64];
    uint8_t op = v->code[v->bci];
    if (op > OP_jsr_w && op - 0xca < (int)(sizeof internal_names / sizeof *internal_names))
        snprintf(h, sizeof h, "Bad instruction: %02x", op);
    else
        snprintf(h, sizeof h, "Bad instruction");
    char o[64];
    snprintf(o, sizeof o, "Illegal instruction found at offset %u", v->bci);
    fail_code(v, h, o);
}

/* Length of the instruction at a start the scan found (bad ones included). */
static uint32_t step(V *v, uint32_t b)
{
    uint32_t n = insn_len(v, b);
    if (!n) {
        uint8_t op = v->code[b];
        n = op >= 0xca && op - 0xca < (int)sizeof internal_len && internal_len[op - 0xca]
                ? internal_len[op - 0xca] : v->len - b;
    }
    return n;
}

static void initial_frame(V *v, VFrame *f)
{
    const CfMethod *m = v->m;
    f->loc = varena(v, (v->max_locals + 1u) * sizeof(VT));
    f->stk = varena(v, (v->max_stack + 1u) * sizeof(VT));
    int n = 0;
    if (!(m->access & ACC_STATIC)) {
        if (!strcmp(m->name, "<init>") && v->cls->super) {
            f->loc[n++] = simple(T_UTHIS);
            f->flags = FLAG_UTHIS;
            v->this_uninit = 1;
        } else {
            f->loc[n++] = ref_named(v, v->cls->name);
        }
    }
    for (const char *p = m->desc + 1; *p != ')'; p = desc_next(p)) {
        VT t = field_type(v, p);
        f->loc[n++] = t;
        if (t.tag == T_LONG || t.tag == T_DOUBLE)
            f->loc[n++] = simple(t.tag + 1);
    }
    f->nloc = (uint16_t)n;
    const char *r = strchr(m->desc, ')') + 1;
    v->ret = *r == 'V' ? simple(T_TOP) : field_type(v, r);
}

/* Checks the exception table against the instruction boundaries and that
 * catch types are Throwables (HotSpot's verify_exception_handler_table). */
static void check_handler_table(V *v)
{
    for (int i = 0; i < v->m->n_handlers; i++) {
        const CfHandler *h = &v->m->handlers[i];
        v->bci = 0;
        const char *what = !v->kind[h->start_pc] ? "start_pc"
                         : h->end_pc != v->len && !v->kind[h->end_pc] ? "end_pc"
                         : !v->kind[h->handler_pc] ? "handler_pc" : NULL;
        if (what) {
            char sig[200];
            method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
            snprintf(v->head, sizeof v->head, "Illegal exception table %s %u in method '%s'", what,
                     what[0] == 's' ? h->start_pc : what[0] == 'e' ? h->end_pc : h->handler_pc, sig);
            if (v->infer)
                fail_code(v, "Illegal exception table range", "Illegal exception table range");
            v->format_error = 1;
            v->failover_ok = 1;
            longjmp(v->jb, 1);
        }
        if (h->catch_type) {
            VT t = class_type(v, h->catch_type);
            if (!assignable(v, t, ref_named(v, "java/lang/Throwable"))) {
                char hd[128], a[512];
                snprintf(hd, sizeof hd, "Catch type is not a subclass of Throwable in exception handler %u",
                         h->handler_pc);
                type_str(v, t, a, sizeof a);
                v->bci = h->handler_pc;
                fail(v, 0, NULL, hd, "Illegal exception table handler",
                     "Type %s (constant pool %u) is not assignable to 'java/lang/Throwable'", a, h->catch_type);
            }
        }
    }
}

/* 0 ok; 1 VerifyError formatted into *msg; -1 a Java exception is pending. */
static int verify_method(Thread *t, Class *c, const CfMethod *m, int infer, char **msg)
{
    V *v = calloc(1, sizeof *v);
    if (!v)
        abort();
    v->t = t;
    v->cls = c;
    v->cf = c->cf;
    v->m = m;
    v->infer = infer;
    v->code = m->code;
    v->len = m->code_len;
    v->max_locals = m->max_locals;
    v->max_stack = m->max_stack;
    v->cur_bci = -1;
    volatile int rc = 0;
    if (setjmp(v->jb)) {
        rc = v->java_error ? -1 : v->format_error && !v->failover_ok ? 2 : 1;
        if (v->format_error && v->failover_ok && c->cf->major > 50)
            rc = 2;
        if (rc > 0)
            *msg = format_error(v);
    } else {
        VFrame init = {0};
        scan(v);
        initial_frame(v, &init);
        check_handler_table(v);
        v->cur = frame_copy(v, &init);
        if (infer)
            infer_method(v, &init);
        else
            typecheck(v, &init);
    }
    arena_free(v);
    free(v->names);
    free(v->hash);
    free(v);
    return rc;
}

bool verify_class(Thread *t, Class *c)
{
    ClassFile *cf = c->cf;
    for (int i = 0; i < cf->n_methods; i++) {
        const CfMethod *m = &cf->methods[i];
        if (!m->code)
            continue;
        char *msg = NULL;
        int rc = verify_method(t, c, m, cf->major < 50, &msg);
        if (rc == 1 && cf->major == 50) {
            /* FailOverToOldVerifier: type inference decides; when it fails
             * too, HotSpot reports the type checker's message */
            char *old = NULL;
            rc = verify_method(t, c, m, 1, &old);
            free(old);
            if (rc == 0)
                free(msg);
        }
        if (rc < 0)
            return false;
        if (rc > 0) {
            vm_throw(t, rc == 2 ? "java/lang/ClassFormatError" : "java/lang/VerifyError", "%s", msg);
            free(msg);
            return false;
        }
    }
    return true;
}

/* Classes verified so far (a set of Class pointers; classes are never freed). */
static Class **verified;
static size_t n_verified, cap_verified;

static size_t vslot(Class *c, size_t cap) { return ((uintptr_t)c >> 4) * 0x9E3779B97F4A7C15ull >> 20 & (cap - 1); }

static int is_verified(Class *c)
{
    if (!cap_verified)
        return 0;
    for (size_t k = vslot(c, cap_verified); verified[k]; k = (k + 1) & (cap_verified - 1))
        if (verified[k] == c)
            return 1;
    return 0;
}

static void mark_verified(Class *c)
{
    if ((n_verified + 1) * 2 > cap_verified) {
        size_t cap = cap_verified ? cap_verified * 2 : 64;
        Class **nv = calloc(cap, sizeof *nv);
        if (!nv)
            abort();
        for (size_t i = 0; i < cap_verified; i++) {
            if (!verified[i])
                continue;
            size_t k = vslot(verified[i], cap);
            while (nv[k])
                k = (k + 1) & (cap - 1);
            nv[k] = verified[i];
        }
        free(verified);
        verified = nv;
        cap_verified = cap;
    }
    size_t k = vslot(c, cap_verified);
    while (verified[k])
        k = (k + 1) & (cap_verified - 1);
    verified[k] = c;
    n_verified++;
}

bool verify_link(Thread *t, Class *c)
{
    if (!verify_remote || c->kind != CK_INSTANCE || c->loader != LOADER_APP || !c->cf || c->hidden ||
        is_verified(c))
        return true;
    if (c->super && !verify_link(t, c->super))
        return false;
    for (int i = 0; i < c->n_direct_ifaces; i++)
        if (c->direct_ifaces[i] && !verify_link(t, c->direct_ifaces[i]))
            return false;
    if (is_verified(c))
        return true;
    if (!verify_class(t, c))
        return false;
    mark_verified(c);
    return true;
}
