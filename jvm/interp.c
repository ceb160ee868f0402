/*
 * interp.c — the bytecode interpreter.
 *
 * Dispatch is threaded: every handler ends with `goto *dispatch[*pc]`
 * (GCC's labels as values), so each instruction has its own indirect jump
 * and the branch predictor learns per-handler successors.  pc, sp, locals,
 * the current frame and its class's CpCache live in local variables the
 * compiler keeps in registers.
 *
 * Instructions that name the constant pool run once through quicken()
 * (quicken.c), which rewrites them in place to quick forms with resolved
 * operands (field offsets, vtable indices, Method pointers in the CpCache),
 * so the steady state never looks at names or resolution flags.
 *
 * Calls between Java methods never recurse in C: an invoke pushes a frame
 * on the thread's slot stack (layout in runtime.h; the arguments already on
 * the caller's operand stack become the callee's first locals) and the loop
 * continues in the callee; a return pops it.  interp_run() returns when the
 * entry frame that vm_invoke() pushed returns or unwinds.
 *
 * JIT hooks (jvm/jit/jit.h): calls and loop back-edges count toward
 * compilation; a call of a compiled method runs its code on the frame just
 * pushed, and a hot back-edge enters the compiled code of the running frame
 * at the loop head (OSR).  Either way the frame comes back (jit_done) as
 * returned, unwinding, or deoptimized to be continued here.
 *
 * -XX:+TraceBytecodes swaps in a dispatch table whose every entry goes to
 * `trace`, which prints the instruction and then jumps to the real handler,
 * so tracing costs nothing when off.
 */
#include <math.h>
#include <stdlib.h>

#include "jvm/gc.h"
#include "jvm/jit/jit.h"
#include "jvm/opcodes.h"
#include "jvm/runtime.h"

void trace_bytecode(Thread *t, Method *m, const uint8_t *pc);

static inline int32_t f2i(float f)
{
    if (f != f)
        return 0;
    if (f >= 2147483648.0f)
        return INT32_MAX;
    if (f <= -2147483648.0f)
        return INT32_MIN;
    return (int32_t)f;
}
static inline int32_t d2i(double d)
{
    if (d != d)
        return 0;
    if (d >= 2147483648.0)
        return INT32_MAX;
    if (d <= -2147483648.0)
        return INT32_MIN;
    return (int32_t)d;
}
static inline int64_t f2l(float f)
{
    if (f != f)
        return 0;
    if (f >= 9223372036854775808.0f)
        return INT64_MAX;
    if (f <= -9223372036854775808.0f)
        return INT64_MIN;
    return (int64_t)f;
}
static inline int64_t d2l(double d)
{
    if (d != d)
        return 0;
    if (d >= 9223372036854775808.0)
        return INT64_MAX;
    if (d <= -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)d;
}
static inline int32_t fcmp(float a, float b, int nan)
{
    return a > b ? 1 : a == b ? 0 : a < b ? -1 : nan;
}
static inline int32_t dcmp(double a, double b, int nan)
{
    return a > b ? 1 : a == b ? 0 : a < b ? -1 : nan;
}

/* multianewarray: dims counts at counts[0..dims-1] */
static ArrayObject *new_multi(Thread *t, Class *ac, int32_t *counts, int dims)
{
    ArrayObject *a = vm_new_array(t, ac, counts[0]);
    if (!a || dims == 1)
        return a;
    VM_ROOT(t, a);
    for (int32_t i = 0; i < counts[0]; i++) {
        ArrayObject *sub = new_multi(t, ac->component, counts + 1, dims - 1);
        if (!sub) {
            VM_UNROOT(t, 1);
            return NULL;
        }
        ARRAY_DATA(a, Object *)[i] = &sub->hdr;
        gc_barrier(&ARRAY_DATA(a, Object *)[i]);
    }
    VM_UNROOT(t, 1);
    return a;
}

/* AbstractMethodError for a call whose resolved method is `m` that selected
 * nothing in the receiver's class (HotSpot's wording). */
static void throw_ame(Thread *t, Method *m, Object *recv)
{
    char sig[700];
    method_java_sig(NULL, m->name, m->desc, sig, sizeof sig);
    vm_throw(t, "java/lang/AbstractMethodError",
             "Receiver class %s does not define or inherit an implementation of the resolved "
             "method '%s%s' of %s %s.",
             recv ? class_java_name(recv->cls) : "?", m->kind == MK_ABSTRACT ? "abstract " : "", sig,
             is_interface(m->cls) ? "interface" : "abstract class", class_java_name(m->cls));
}

/* The counts are checked first (any negative one is the error, as in
 * HotSpot), then the arrays are made.  Kept out of interp_run so that its
 * C frame stays small; compiled code calls it too. */
__attribute__((noinline)) ArrayObject *interp_multianewarray(Thread *t, Class *ac, Value *args, int dims)
{
    int32_t counts[256];
    for (int i = 0; i < dims; i++) {
        counts[i] = args[i].i;
        if (counts[i] < 0) {
            vm_throw(t, "java/lang/NegativeArraySizeException", "%d", counts[i]);
            return NULL;
        }
    }
    return new_multi(t, ac, counts, dims);
}

/* The error for calling `m` that selected nothing or a conflict (the
 * interpreter's and compiled code's calls alike). */
void interp_throw_abstract(Thread *t, Method *m, Object *recv)
{
    if (m->kind == MK_CONFLICT) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Conflicting default methods: %s.%s %s.%s",
                 m->conflict_first->cls->name, m->name, m->conflict_other->cls->name, m->name);
        return;
    }
    throw_ame(t, m, recv);
}

void interp_throw_no_iface(Thread *t, Class *rc, Class *ic)
{
    vm_throw(t, "java/lang/IncompatibleClassChangeError",
             "Class %s does not implement the requested interface %s", class_java_name(rc),
             class_java_name(ic));
}

#define DISPATCH() goto *dispatch[*pc]
#define NEXT(n) do { pc += (n); DISPATCH(); } while (0)
#define SYNC() (frame->pc = pc, frame->sp = sp, t->frame = frame)
#define THROW(...) do { SYNC(); vm_throw(t, __VA_ARGS__); goto exception; } while (0)
#define NULL_CHECK(o) do { if (unlikely(!(o))) goto null_pointer; } while (0)
#define BOUNDS(a, i) do { \
        if (unlikely((uint32_t)(i) >= (uint32_t)(a)->length)) { \
            SYNC(); throw_aioobe(t, (i), (a)->length); goto exception; } } while (0)

#define ARRAY_LOAD(T, field) { \
        ArrayObject *a = (ArrayObject *)sp[-2].l; int32_t i = sp[-1].i; \
        NULL_CHECK(a); BOUNDS(a, i); \
        sp[-2].field = ARRAY_DATA(a, T)[i]; sp--; NEXT(1); }
#define ARRAY_LOAD2(T, field) { \
        ArrayObject *a = (ArrayObject *)sp[-2].l; int32_t i = sp[-1].i; \
        NULL_CHECK(a); BOUNDS(a, i); \
        sp[-2].field = ARRAY_DATA(a, T)[i]; NEXT(1); }
#define ARRAY_STORE(T, field) { \
        ArrayObject *a = (ArrayObject *)sp[-3].l; int32_t i = sp[-2].i; \
        NULL_CHECK(a); BOUNDS(a, i); \
        ARRAY_DATA(a, T)[i] = (T)sp[-1].field; sp -= 3; NEXT(1); }
#define ARRAY_STORE2(T, field) { \
        ArrayObject *a = (ArrayObject *)sp[-4].l; int32_t i = sp[-3].i; \
        NULL_CHECK(a); BOUNDS(a, i); \
        ARRAY_DATA(a, T)[i] = sp[-2].field; sp -= 4; NEXT(1); }

/* int arithmetic wraps: do it unsigned (signed overflow is undefined in C) */
#define IBIN(op) { sp[-2].i = (int32_t)((uint32_t)sp[-2].i op (uint32_t)sp[-1].i); sp--; NEXT(1); }
#define LBIN(op) { sp[-4].j = (int64_t)((uint64_t)sp[-4].j op (uint64_t)sp[-2].j); sp -= 2; NEXT(1); }
#define FBIN(op) { sp[-2].f = sp[-2].f op sp[-1].f; sp--; NEXT(1); }
#define DBIN(op) { sp[-4].d = sp[-4].d op sp[-2].d; sp -= 2; NEXT(1); }
/* Safepoint: let other threads have the GIL when they asked (thread.c). */
#define SAFEPOINT() do { if (unlikely(vm_yield_requested)) { SYNC(); thread_safepoint(t); } } while (0)
/* back-edges poll, count toward compilation and, once hot, enter compiled code */
#define JUMP(off) do { int32_t o_ = (off); \
        if (o_ < 0) { SAFEPOINT(); \
            if (unlikely(jit_enabled && (frame->method->jit || \
                                         ++frame->method->jit_count >= jit_threshold))) { \
                pc += o_; goto osr; } } \
        NEXT(o_); } while (0)
#define BRANCH(cond) { if (cond) JUMP((int16_t)be16(pc + 1)); NEXT(3); }

void interp_run(Thread *t)
{
    /* every slot defaults to op_illegal, then the real handlers override */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const labels[256] = {
        [0 ... 255] = &&op_illegal,
#define LABEL(n) [OP_##n] = &&op_##n,
        FOR_EACH_OPCODE(LABEL)
#undef LABEL
    };
#pragma GCC diagnostic pop
    static const void *const trace_labels[256] = {[0 ... 255] = &&trace};
    const void *const *dispatch = vm_opts.trace_bytecodes ? trace_labels : labels;

    VMThread *vt = VMT(t);
    Frame *frame = t->frame;
    uint8_t *pc = frame->pc;
    Value *sp = frame->sp;
    Value *locals = frame->locals;
    CpCache *cpc = frame->method->cpc;
    Method *callee;
    Value ret;
    int nret;
    Frame *jit_prev;    /* the frame below one running compiled code */
    int jit_r;

    DISPATCH();

trace:
    trace_bytecode(t, frame->method, pc);
    goto *labels[*pc];

op_illegal:
    THROW("java/lang/VerifyError", "Illegal instruction %d in %s.%s%s", *pc,
          class_java_name(frame->method->cls), frame->method->name, frame->method->desc);

    /* ---- constants ---- */
op_nop: NEXT(1);
op_aconst_null: sp->l = NULL; sp++; NEXT(1);
op_iconst_m1: sp->i = -1; sp++; NEXT(1);
op_iconst_0: sp->i = 0; sp++; NEXT(1);
op_iconst_1: sp->i = 1; sp++; NEXT(1);
op_iconst_2: sp->i = 2; sp++; NEXT(1);
op_iconst_3: sp->i = 3; sp++; NEXT(1);
op_iconst_4: sp->i = 4; sp++; NEXT(1);
op_iconst_5: sp->i = 5; sp++; NEXT(1);
op_lconst_0: op_lconst_1: sp->j = *pc - OP_lconst_0; sp += 2; NEXT(1);
op_fconst_0: op_fconst_1: op_fconst_2: sp->f = (float)(*pc - OP_fconst_0); sp++; NEXT(1);
op_dconst_0: op_dconst_1: sp->d = (double)(*pc - OP_dconst_0); sp += 2; NEXT(1);
op_bipush: sp->i = (int8_t)pc[1]; sp++; NEXT(2);
op_sipush: sp->i = (int16_t)be16(pc + 1); sp++; NEXT(3);
op_ldc_q: *sp++ = cpc[pc[1]].v; NEXT(2);
op_ldc_w_q: *sp++ = cpc[be16(pc + 1)].v; NEXT(3);
op_ldc2_w_q: *sp = cpc[be16(pc + 1)].v; sp += 2; NEXT(3);

    /* ---- locals ---- */
op_iload: op_fload: op_aload: *sp++ = locals[pc[1]]; NEXT(2);
op_lload: op_dload: *sp = locals[pc[1]]; sp += 2; NEXT(2);
op_iload_0: op_fload_0: op_aload_0: *sp++ = locals[0]; NEXT(1);
op_iload_1: op_fload_1: op_aload_1: *sp++ = locals[1]; NEXT(1);
op_iload_2: op_fload_2: op_aload_2: *sp++ = locals[2]; NEXT(1);
op_iload_3: op_fload_3: op_aload_3: *sp++ = locals[3]; NEXT(1);
op_lload_0: op_dload_0: *sp = locals[0]; sp += 2; NEXT(1);
op_lload_1: op_dload_1: *sp = locals[1]; sp += 2; NEXT(1);
op_lload_2: op_dload_2: *sp = locals[2]; sp += 2; NEXT(1);
op_lload_3: op_dload_3: *sp = locals[3]; sp += 2; NEXT(1);
op_istore: op_fstore: op_astore: locals[pc[1]] = *--sp; NEXT(2);
op_lstore: op_dstore: sp -= 2; locals[pc[1]] = *sp; NEXT(2);
op_istore_0: op_fstore_0: op_astore_0: locals[0] = *--sp; NEXT(1);
op_istore_1: op_fstore_1: op_astore_1: locals[1] = *--sp; NEXT(1);
op_istore_2: op_fstore_2: op_astore_2: locals[2] = *--sp; NEXT(1);
op_istore_3: op_fstore_3: op_astore_3: locals[3] = *--sp; NEXT(1);
op_lstore_0: op_dstore_0: sp -= 2; locals[0] = *sp; NEXT(1);
op_lstore_1: op_dstore_1: sp -= 2; locals[1] = *sp; NEXT(1);
op_lstore_2: op_dstore_2: sp -= 2; locals[2] = *sp; NEXT(1);
op_lstore_3: op_dstore_3: sp -= 2; locals[3] = *sp; NEXT(1);
op_iinc: locals[pc[1]].i = (int32_t)((uint32_t)locals[pc[1]].i + (uint32_t)(int8_t)pc[2]); NEXT(3);
op_wide: {
        uint16_t n = be16(pc + 2);
        switch (pc[1]) {
        case OP_iload: case OP_fload: case OP_aload: *sp++ = locals[n]; break;
        case OP_lload: case OP_dload: *sp = locals[n]; sp += 2; break;
        case OP_istore: case OP_fstore: case OP_astore: locals[n] = *--sp; break;
        case OP_lstore: case OP_dstore: sp -= 2; locals[n] = *sp; break;
        case OP_iinc:
            locals[n].i = (int32_t)((uint32_t)locals[n].i + (uint32_t)(int16_t)be16(pc + 4));
            NEXT(6);
        case OP_ret: pc = frame->method->code + locals[n].i; DISPATCH();
        default: goto op_illegal;
        }
        NEXT(4);
    }

    /* ---- arrays ---- */
op_iaload: ARRAY_LOAD(int32_t, i)
op_faload: ARRAY_LOAD(float, f)
op_aaload: ARRAY_LOAD(Object *, l)
op_baload: ARRAY_LOAD(int8_t, i)
op_caload: ARRAY_LOAD(uint16_t, i)
op_saload: ARRAY_LOAD(int16_t, i)
op_laload: ARRAY_LOAD2(int64_t, j)
op_daload: ARRAY_LOAD2(double, d)
op_iastore: ARRAY_STORE(int32_t, i)
op_fastore: ARRAY_STORE(float, f)
op_castore: ARRAY_STORE(uint16_t, i)
op_sastore: ARRAY_STORE(int16_t, i)
op_bastore: {
        ArrayObject *a = (ArrayObject *)sp[-3].l;
        int32_t i = sp[-2].i;
        NULL_CHECK(a);
        BOUNDS(a, i);
        /* boolean[] stores keep only the low bit (JVMS bastore) */
        int32_t v = sp[-1].i;
        if (unlikely(v & ~1) && a->hdr.cls->elem_type == 'Z')
            v &= 1;
        ARRAY_DATA(a, int8_t)[i] = (int8_t)v;
        sp -= 3;
        NEXT(1);
    }
op_lastore: ARRAY_STORE2(int64_t, j)
op_dastore: ARRAY_STORE2(double, d)
op_aastore: {
        ArrayObject *a = (ArrayObject *)sp[-3].l;
        int32_t i = sp[-2].i;
        Object *v = sp[-1].l;
        NULL_CHECK(a);
        BOUNDS(a, i);
        if (v && v->cls != a->hdr.cls->component && !is_subclass_of(v->cls, a->hdr.cls->component))
            THROW("java/lang/ArrayStoreException", "%s", class_java_name(v->cls));
        ARRAY_DATA(a, Object *)[i] = v;
        gc_barrier(&ARRAY_DATA(a, Object *)[i]);
        sp -= 3;
        NEXT(1);
    }
op_arraylength: {
        ArrayObject *a = (ArrayObject *)sp[-1].l;
        NULL_CHECK(a);
        sp[-1].i = a->length;
        NEXT(1);
    }
op_newarray: {
        static const char types[12] = {0, 0, 0, 0, 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'};
        int32_t n = sp[-1].i;
        SYNC();
        ArrayObject *a = vm_new_prim_array(t, pc[1] < 12 ? types[pc[1]] : 0, n);
        if (!a)
            goto exception;
        sp[-1].l = &a->hdr;
        NEXT(2);
    }
op_anewarray_q: {
        int32_t n = sp[-1].i;
        SYNC();
        ArrayObject *a = vm_new_array(t, cpc[be16(pc + 1)].ic_class, n);
        if (!a)
            goto exception;
        sp[-1].l = &a->hdr;
        NEXT(3);
    }
op_multianewarray_q: {
        int dims = pc[3];
        SYNC();
        ArrayObject *a = interp_multianewarray(t, cpc[be16(pc + 1)].p, sp - dims, dims);
        if (!a)
            goto exception;
        sp -= dims;
        sp->l = &a->hdr;
        sp++;
        NEXT(4);
    }

    /* ---- stack ---- */
op_pop: sp--; NEXT(1);
op_pop2: sp -= 2; NEXT(1);
op_dup: sp[0] = sp[-1]; sp++; NEXT(1);
op_dup_x1: sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[0]; sp++; NEXT(1);
op_dup_x2: sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[0]; sp++; NEXT(1);
op_dup2: sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1);
op_dup2_x1:
    sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-2] = sp[1]; sp[-3] = sp[0];
    sp += 2; NEXT(1);
op_dup2_x2:
    sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-2] = sp[-4];
    sp[-3] = sp[1]; sp[-4] = sp[0]; sp += 2; NEXT(1);
op_swap: { Value v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v; NEXT(1); }

    /* ---- arithmetic ---- */
op_iadd: IBIN(+)
op_isub: IBIN(-)
op_imul: IBIN(*)
op_iand: IBIN(&)
op_ior: IBIN(|)
op_ixor: IBIN(^)
op_ladd: LBIN(+)
op_lsub: LBIN(-)
op_lmul: LBIN(*)
op_land: LBIN(&)
op_lor: LBIN(|)
op_lxor: LBIN(^)
op_fadd: FBIN(+)
op_fsub: FBIN(-)
op_fmul: FBIN(*)
op_fdiv: FBIN(/)
op_dadd: DBIN(+)
op_dsub: DBIN(-)
op_dmul: DBIN(*)
op_ddiv: DBIN(/)
op_idiv: {
        int32_t b = sp[-1].i, a = sp[-2].i;
        if (unlikely(b == 0))
            THROW("java/lang/ArithmeticException", "/ by zero");
        sp[-2].i = b == -1 ? (int32_t)(0u - (uint32_t)a) : a / b;
        sp--;
        NEXT(1);
    }
op_irem: {
        int32_t b = sp[-1].i, a = sp[-2].i;
        if (unlikely(b == 0))
            THROW("java/lang/ArithmeticException", "/ by zero");
        sp[-2].i = b == -1 ? 0 : a % b;
        sp--;
        NEXT(1);
    }
op_ldiv: {
        int64_t b = sp[-2].j, a = sp[-4].j;
        if (unlikely(b == 0))
            THROW("java/lang/ArithmeticException", "/ by zero");
        sp[-4].j = b == -1 ? (int64_t)(0u - (uint64_t)a) : a / b;
        sp -= 2;
        NEXT(1);
    }
op_lrem: {
        int64_t b = sp[-2].j, a = sp[-4].j;
        if (unlikely(b == 0))
            THROW("java/lang/ArithmeticException", "/ by zero");
        sp[-4].j = b == -1 ? 0 : a % b;
        sp -= 2;
        NEXT(1);
    }
op_frem: sp[-2].f = fmodf(sp[-2].f, sp[-1].f); sp--; NEXT(1);
op_drem: sp[-4].d = fmod(sp[-4].d, sp[-2].d); sp -= 2; NEXT(1);
op_ineg: sp[-1].i = (int32_t)(0u - (uint32_t)sp[-1].i); NEXT(1);
op_lneg: sp[-2].j = (int64_t)(0u - (uint64_t)sp[-2].j); NEXT(1);
op_fneg: sp[-1].f = -sp[-1].f; NEXT(1);
op_dneg: sp[-2].d = -sp[-2].d; NEXT(1);
op_ishl: sp[-2].i = (int32_t)((uint32_t)sp[-2].i << (sp[-1].i & 31)); sp--; NEXT(1);
op_ishr: sp[-2].i = sp[-2].i >> (sp[-1].i & 31); sp--; NEXT(1);
op_iushr: sp[-2].i = (int32_t)((uint32_t)sp[-2].i >> (sp[-1].i & 31)); sp--; NEXT(1);
op_lshl: sp[-3].j = (int64_t)((uint64_t)sp[-3].j << (sp[-1].i & 63)); sp--; NEXT(1);
op_lshr: sp[-3].j = sp[-3].j >> (sp[-1].i & 63); sp--; NEXT(1);
op_lushr: sp[-3].j = (int64_t)((uint64_t)sp[-3].j >> (sp[-1].i & 63)); sp--; NEXT(1);

    /* ---- conversions ---- */
op_i2l: sp[-1].j = sp[-1].i; sp++; NEXT(1);
op_i2f: sp[-1].f = (float)sp[-1].i; NEXT(1);
op_i2d: sp[-1].d = sp[-1].i; sp++; NEXT(1);
op_l2i: sp[-2].i = (int32_t)sp[-2].j; sp--; NEXT(1);
op_l2f: sp[-2].f = (float)sp[-2].j; sp--; NEXT(1);
op_l2d: sp[-2].d = (double)sp[-2].j; NEXT(1);
op_f2i: sp[-1].i = f2i(sp[-1].f); NEXT(1);
op_f2l: sp[-1].j = f2l(sp[-1].f); sp++; NEXT(1);
op_f2d: sp[-1].d = sp[-1].f; sp++; NEXT(1);
op_d2i: sp[-2].i = d2i(sp[-2].d); sp--; NEXT(1);
op_d2l: sp[-2].j = d2l(sp[-2].d); NEXT(1);
op_d2f: sp[-2].f = (float)sp[-2].d; sp--; NEXT(1);
op_i2b: sp[-1].i = (int8_t)sp[-1].i; NEXT(1);
op_i2c: sp[-1].i = (uint16_t)sp[-1].i; NEXT(1);
op_i2s: sp[-1].i = (int16_t)sp[-1].i; NEXT(1);

    /* ---- comparisons and branches ---- */
op_lcmp: {
        int64_t a = sp[-4].j, b = sp[-2].j;
        sp[-4].i = a > b ? 1 : a == b ? 0 : -1;
        sp -= 3;
        NEXT(1);
    }
op_fcmpl: sp[-2].i = fcmp(sp[-2].f, sp[-1].f, -1); sp--; NEXT(1);
op_fcmpg: sp[-2].i = fcmp(sp[-2].f, sp[-1].f, 1); sp--; NEXT(1);
op_dcmpl: sp[-4].i = dcmp(sp[-4].d, sp[-2].d, -1); sp -= 3; NEXT(1);
op_dcmpg: sp[-4].i = dcmp(sp[-4].d, sp[-2].d, 1); sp -= 3; NEXT(1);
op_ifeq: sp--; BRANCH(sp->i == 0)
op_ifne: sp--; BRANCH(sp->i != 0)
op_iflt: sp--; BRANCH(sp->i < 0)
op_ifge: sp--; BRANCH(sp->i >= 0)
op_ifgt: sp--; BRANCH(sp->i > 0)
op_ifle: sp--; BRANCH(sp->i <= 0)
op_if_icmpeq: sp -= 2; BRANCH(sp[0].i == sp[1].i)
op_if_icmpne: sp -= 2; BRANCH(sp[0].i != sp[1].i)
op_if_icmplt: sp -= 2; BRANCH(sp[0].i < sp[1].i)
op_if_icmpge: sp -= 2; BRANCH(sp[0].i >= sp[1].i)
op_if_icmpgt: sp -= 2; BRANCH(sp[0].i > sp[1].i)
op_if_icmple: sp -= 2; BRANCH(sp[0].i <= sp[1].i)
op_if_acmpeq: sp -= 2; BRANCH(sp[0].l == sp[1].l)
op_if_acmpne: sp -= 2; BRANCH(sp[0].l != sp[1].l)
op_ifnull: sp--; BRANCH(sp->l == NULL)
op_ifnonnull: sp--; BRANCH(sp->l != NULL)
op_goto: JUMP((int16_t)be16(pc + 1));
op_goto_w: JUMP(be32(pc + 1));
op_jsr: sp->raw = 0; sp->i = (int32_t)(pc + 3 - frame->method->code); sp++; NEXT((int16_t)be16(pc + 1));
op_jsr_w: sp->raw = 0; sp->i = (int32_t)(pc + 5 - frame->method->code); sp++; NEXT(be32(pc + 1));
op_ret: pc = frame->method->code + locals[pc[1]].i; DISPATCH();
op_tableswitch: {
        uint8_t *code = frame->method->code;
        const uint8_t *p = code + ((pc - code + 4) & ~3);
        int32_t def = be32(p), lo = be32(p + 4), hi = be32(p + 8);
        int32_t k = (--sp)->i;
        if (k < lo || k > hi)
            NEXT(def);
        NEXT(be32(p + 12 + 4 * (int64_t)((int64_t)k - lo)));
    }
op_lookupswitch: {
        uint8_t *code = frame->method->code;
        const uint8_t *p = code + ((pc - code + 4) & ~3);
        int32_t def = be32(p), n = be32(p + 4);
        int32_t k = (--sp)->i;
        int32_t lo = 0, hi = n - 1;
        while (lo <= hi) {
            int32_t mid = (lo + hi) >> 1;
            int32_t key = be32(p + 8 + 8 * mid);
            if (key == k)
                NEXT(be32(p + 12 + 8 * mid));
            if (key < k)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        NEXT(def);
    }

    /* ---- fields ---- */
op_getfield: op_putfield: op_getstatic: op_putstatic:
op_invokevirtual: op_invokespecial: op_invokestatic: op_invokeinterface: op_invokedynamic:
op_new: op_anewarray: op_checkcast: op_instanceof: op_multianewarray:
op_ldc: op_ldc_w: op_ldc2_w: {
        SYNC();
        int op = quicken(t, frame->method, pc);
        if (op < 0)
            goto exception;
        goto *labels[op];
    }

#define GETFIELD(T, field) { \
        Object *o = sp[-1].l; NULL_CHECK(o); \
        sp[-1].field = FIELD_AT(o, rd16n(pc + 1), T); NEXT(3); }
op_getfield_b: op_getfield_z: GETFIELD(int8_t, i)
op_getfield_c: GETFIELD(uint16_t, i)
op_getfield_s: GETFIELD(int16_t, i)
op_getfield_i: GETFIELD(int32_t, i)
op_getfield_a: GETFIELD(Object *, l)
op_getfield_j: {
        Object *o = sp[-1].l;
        NULL_CHECK(o);
        sp[-1].j = FIELD_AT(o, rd16n(pc + 1), int64_t);
        sp++;
        NEXT(3);
    }
#define PUTFIELD(T, expr) { \
        Object *o = sp[-2].l; NULL_CHECK(o); \
        FIELD_AT(o, rd16n(pc + 1), T) = (T)(expr); sp -= 2; NEXT(3); }
op_putfield_b: PUTFIELD(int8_t, sp[-1].i)
op_putfield_z: PUTFIELD(int8_t, sp[-1].i & 1)
op_putfield_c: PUTFIELD(uint16_t, sp[-1].i)
op_putfield_i: PUTFIELD(int32_t, sp[-1].i)
op_putfield_a: {
        Object *o = sp[-2].l;
        NULL_CHECK(o);
        Object **slot = &FIELD_AT(o, rd16n(pc + 1), Object *);
        *slot = sp[-1].l;
        gc_barrier(slot);
        sp -= 2;
        NEXT(3);
    }
op_putfield_j: {
        Object *o = sp[-3].l;
        NULL_CHECK(o);
        FIELD_AT(o, rd16n(pc + 1), int64_t) = sp[-2].j;
        sp -= 3;
        NEXT(3);
    }
    /* superinstructions: aload + quick getfield (quicken.c); on null the
     * fault is the getfield's, one or two bytes on */
#define ALOAD_GETFIELD(idx, len, T, field, slots) { \
        Object *o = locals[idx].l; \
        if (unlikely(!o)) { pc += (len) - 3; goto null_pointer; } \
        sp->field = FIELD_AT(o, rd16n(pc + (len) - 2), T); sp += (slots); NEXT(len); }
op_aload0_getfield_a: ALOAD_GETFIELD(0, 4, Object *, l, 1)
op_aload0_getfield_i: ALOAD_GETFIELD(0, 4, int32_t, i, 1)
op_aload0_getfield_j: ALOAD_GETFIELD(0, 4, int64_t, j, 2)
op_aload_getfield_a: ALOAD_GETFIELD(pc[1], 5, Object *, l, 1)
op_aload_getfield_i: ALOAD_GETFIELD(pc[1], 5, int32_t, i, 1)
op_aload_getfield_j: ALOAD_GETFIELD(pc[1], 5, int64_t, j, 2)
op_dsqrt_q: sp[-2].d = sqrt(sp[-2].d); NEXT(3);
op_getstatic_1: *sp++ = *(Value *)cpc[be16(pc + 1)].target; NEXT(3);
op_getstatic_2: *sp = *(Value *)cpc[be16(pc + 1)].target; sp += 2; NEXT(3);
op_putstatic_1: *(Value *)cpc[be16(pc + 1)].target = *--sp; NEXT(3);
op_putstatic_2: sp -= 2; *(Value *)cpc[be16(pc + 1)].target = *sp; NEXT(3);
op_putstatic_b: sp--; ((Value *)cpc[be16(pc + 1)].target)->i = (int8_t)sp->i; NEXT(3);
op_putstatic_z: sp--; ((Value *)cpc[be16(pc + 1)].target)->i = sp->i & 1; NEXT(3);
op_putstatic_c: sp--; ((Value *)cpc[be16(pc + 1)].target)->i = (uint16_t)sp->i; NEXT(3);
op_putstatic_s: sp--; ((Value *)cpc[be16(pc + 1)].target)->i = (int16_t)sp->i; NEXT(3);

    /* ---- objects ---- */
op_new_i: {
        Class *c = cpc[be16(pc + 1)].p;
        if (unlikely(c->state != CS_INITIALIZED)) {
            SYNC();
            if (!class_init(t, c))
                goto exception;
        }
        goto op_new_q;
    }
op_new_q: {
        Class *c = cpc[be16(pc + 1)].p;
        size_t size = c->instance_size;
        Object *o = (Object *)heap_top;
        if (likely((size_t)(heap_limit - heap_top) >= size)) {
            heap_top += size;
        } else {
            SYNC();
            o = heap_alloc(t, size);
            if (!o)
                goto exception;
        }
        o->cls = c;
        sp->l = o;
        sp++;
        NEXT(3);
    }
op_checkcast_q: {
        Object *o = sp[-1].l;
        if (o) {
            Class *c = cpc[be16(pc + 1)].p;
            if (o->cls != c && !is_subclass_of(o->cls, c)) {
                SYNC();
                throw_class_cast(t, o->cls, c);
                goto exception;
            }
        }
        NEXT(3);
    }
op_instanceof_q: {
        Object *o = sp[-1].l;
        if (o) {
            Class *c = cpc[be16(pc + 1)].p;
            sp[-1].raw = 0;
            sp[-1].i = o->cls == c || is_subclass_of(o->cls, c);
        } else {
            sp[-1].raw = 0;
        }
        NEXT(3);
    }
op_athrow: {
        Object *o = sp[-1].l;
        NULL_CHECK(o);
        SYNC();
        t->exception = o;
        goto exception;
    }
op_monitorenter: {
        Object *o = sp[-1].l;
        NULL_CHECK(o);
        sp--;
        SYNC();
        if (!monitor_enter(t, o))
            goto exception;
        NEXT(1);
    }
op_monitorexit: {
        Object *o = sp[-1].l;
        NULL_CHECK(o);
        sp--;
        SYNC();
        if (!monitor_exit(t, o))
            goto exception;
        NEXT(1);
    }

    /* ---- invocation ---- */
op_invokevirtual_q: {
        CpCache *e = &cpc[be16(pc + 1)];
        Object *recv = sp[-((Method *)e->p)->arg_slots].l;
        NULL_CHECK(recv);
        callee = recv->cls->vtable[e->index];
        goto invoke;
    }
op_invokevfinal_q: {
        callee = cpc[be16(pc + 1)].p;
        NULL_CHECK(sp[-callee->arg_slots].l);
        goto invoke;
    }
op_invokespecial_q: {
        callee = cpc[be16(pc + 1)].target;
        NULL_CHECK(sp[-callee->arg_slots].l);
        goto invoke;
    }
op_invokestatic_q:
    callee = cpc[be16(pc + 1)].p;
    goto invoke;
op_invokeinterface_q: {
        CpCache *e = &cpc[be16(pc + 1)];
        Method *im = e->p;
        Object *recv = sp[-im->arg_slots].l;
        NULL_CHECK(recv);
        Class *rc = recv->cls;
        if (likely(e->ic_class == rc)) {
            callee = e->ic_target;
        } else {
            callee = itable_lookup(rc, im);
            if (unlikely(!callee)) {
                SYNC();
                interp_throw_no_iface(t, rc, im->cls);
                goto exception;
            }
            if (unlikely(callee->kind == MK_ABSTRACT || callee->kind == MK_CONFLICT)) {
                SYNC();
                throw_ame(t, im, recv);
                goto exception;
            }
            e->ic_class = rc;
            e->ic_target = callee;
        }
        goto invoke;
    }
op_invokeinterface_v: {
        CpCache *e = &cpc[be16(pc + 1)];
        Object *recv = sp[-((Method *)e->p)->arg_slots].l;
        NULL_CHECK(recv);
        callee = recv->cls->vtable[e->index];
        goto invoke;
    }
op_invokeinterface_d: {
        callee = cpc[be16(pc + 1)].p;
        NULL_CHECK(sp[-callee->arg_slots].l);
        goto invoke;
    }
op_invokestatic_i: {
        /* lambda forwarders: the target's class may not be initialized yet */
        callee = cpc[be16(pc + 1)].p;
        if (unlikely(callee->cls->state != CS_INITIALIZED)) {
            SYNC();
            if (!class_init(t, callee->cls))
                goto exception;
        }
        goto invoke;
    }
op_invokedynamic_q: {
        IndySite *site = frame->method->cls->indy[rd16n(pc + 3)];
        int n = indy_arg_slots(site);
        SYNC();     /* the arguments stay below frame->sp while Java runs */
        if (!indy_invoke(t, site, sp - n))
            goto exception;
        sp += indy_ret_slots(site) - n;
        NEXT(5);
    }

invoke:
    if (likely(callee->fast)) {
    push_frame:;
        Value *args = sp - callee->arg_slots;
        Frame *nf = (Frame *)(args + callee->max_locals);
        Value *nsp = FRAME_BASE(nf);
        if (unlikely(nsp + callee->max_stack > vt->stack_limit)) {
            SYNC();
            throw_soe(t);
            goto exception;
        }
        SAFEPOINT();
        frame->pc = pc;
        nf->prev = frame;
        nf->method = callee;
        nf->locals = args;
        nf->flags = 0;
        frame = nf;
        locals = args;
        sp = nsp;
        pc = callee->code;
        cpc = callee->cpc;
        if (unlikely(callee->access & ACC_SYNCHRONIZED)) {
            nf->lock = NULL;
            nf->flags = FRAME_SYNC;
            SYNC();     /* making the mirror may collect */
            Object *lock = (callee->access & ACC_STATIC) ? vm_class_mirror(t, callee->cls) : locals[0].l;
            nf->lock = lock;
            monitor_enter(t, lock);     /* cannot fail: lock is not null */
        } else if (jit_hot(t, callee, -1) && jit_stack_ok(t)) {
            SYNC();
            jit_prev = nf->prev;
            jit_r = jit_run(t, frame);
            goto jit_done;
        }
        DISPATCH();
    }
    if (callee->shortcut == SC_EMPTY) {
        sp -= callee->arg_slots;
        NEXT(opcode_len[*pc]);
    }
    if (callee->shortcut == SC_ACCESSOR) {
        Object *o = sp[-1].l;       /* the invoke checked it is not null */
        uint32_t off = callee->acc_off;
        switch (callee->acc_op) {
        case OP_getfield_a: sp[-1].l = FIELD_AT(o, off, Object *); break;
        case OP_getfield_i: sp[-1].i = FIELD_AT(o, off, int32_t); break;
        case OP_getfield_j: sp[-1].j = FIELD_AT(o, off, int64_t); sp++; break;
        case OP_getfield_b: case OP_getfield_z: sp[-1].i = FIELD_AT(o, off, int8_t); break;
        case OP_getfield_c: sp[-1].i = FIELD_AT(o, off, uint16_t); break;
        default: sp[-1].i = FIELD_AT(o, off, int16_t); break;
        }
        NEXT(opcode_len[*pc]);
    }
    if (callee->kind == MK_JAVA)
        goto push_frame;        /* synchronized */
    if (callee->kind == MK_NATIVE) {
        SYNC();
        Value r;
        r.raw = 0;
        bool ok = invoke_native(t, callee, sp - callee->arg_slots, &r);
        sp -= callee->arg_slots;
        if (!ok) {
            frame->sp = sp;
            goto exception;
        }
        switch (callee->ret) {
        case 'V': break;
        case 'J': case 'D': *sp = r; sp += 2; break;
        case 'Z': sp->raw = 0; sp->i = r.i & 1; sp++; break;
        case 'B': sp->raw = 0; sp->i = (int8_t)r.i; sp++; break;
        case 'C': sp->raw = 0; sp->i = (uint16_t)r.i; sp++; break;
        case 'S': sp->raw = 0; sp->i = (int16_t)r.i; sp++; break;
        default: *sp++ = r; break;
        }
        NEXT(opcode_len[*pc]);
    }
    SYNC();
    interp_throw_abstract(t, callee, (callee->access & ACC_STATIC) ? NULL : sp[-callee->arg_slots].l);
    goto exception;

    /* ---- returns ---- */
op_ireturn: op_freturn: op_areturn: ret = sp[-1]; nret = 1; goto do_return;
op_lreturn: op_dreturn: ret = sp[-2]; nret = 2; goto do_return;
op_return: ret.raw = 0; nret = 0; goto do_return;
do_return:
    if (unlikely(frame->flags & (FRAME_ENTRY | FRAME_SYNC))) {
        if ((frame->flags & FRAME_SYNC) && frame->lock) {
            SYNC();
            if (!monitor_exit(t, frame->lock))
                goto exception;
            frame->lock = NULL;
        }
        if (frame->flags & FRAME_ENTRY) {
            /* locals[0] may be the header's first word (max_locals 0): read prev first */
            Frame *prev = frame->prev;
            frame->locals[0] = ret;
            t->frame = prev;
            return;
        }
    }
    {
        Value *dst = frame->locals;
        frame = frame->prev;
        dst[0] = ret;
        sp = dst + nret;
        locals = frame->locals;
        pc = frame->pc;
        cpc = frame->method->cpc;
        NEXT(opcode_len[*pc]);
    }

    /* a hot loop: compile the method and continue at pc in its code */
osr:
    if (!(frame->flags & FRAME_SYNC) && jit_stack_ok(t) &&
        (frame->method->jit || jit_compile(t, frame->method, (int)(pc - frame->method->code)))) {
        SYNC();
        jit_prev = frame->prev;
        jit_r = jit_run(t, frame);
        goto jit_done;
    }
    DISPATCH();

    /* frame ran compiled code (jit_prev was its prev: a result at locals[0]
     * may have overwritten the header when max_locals is 0) */
jit_done:
    if (jit_r == JIT_DEOPT) {
        jit_deopted(frame->method);
        t->frame = frame;
        pc = frame->pc;
        sp = frame->sp;
        locals = frame->locals;
        cpc = frame->method->cpc;
        DISPATCH();
    }
    if (frame->flags & FRAME_ENTRY) {
        t->frame = jit_prev;
        return;
    }
    if (jit_r == JIT_RETURN) {
        char r = frame->method->ret;
        Value *dst = frame->locals;
        frame = jit_prev;
        t->frame = frame;
        sp = dst + (r == 'V' ? 0 : r == 'J' || r == 'D' ? 2 : 1);
        locals = frame->locals;
        pc = frame->pc;
        cpc = frame->method->cpc;
        NEXT(opcode_len[*pc]);
    }
    frame = jit_prev;           /* unwinding: frame's handlers were searched */
    frame->sp = FRAME_BASE(frame);
    t->frame = frame;
    goto exception;

null_pointer:
    SYNC();
    throw_npe(t, NULL);
    goto exception;

exception: {
        /* t->exception is pending and frame->pc is the faulting instruction. */
        for (;;) {
            Object *ex = t->exception;
            Method *m = frame->method;
            int32_t h = -1;
            if (m->cfm && m->cfm->n_handlers) {
                h = find_handler(t, m, (uint32_t)(frame->pc - m->code), ex);
                ex = t->exception;      /* resolving a catch type may have moved it */
            }
            if (h >= 0) {
                t->exception = NULL;
                sp = FRAME_BASE(frame);
                sp->l = ex;
                sp++;
                locals = frame->locals;
                pc = m->code + h;
                cpc = m->cpc;
                DISPATCH();
            }
            if ((frame->flags & FRAME_SYNC) && frame->lock) {
                VM_ROOT(t, ex);
                t->exception = NULL;
                monitor_exit(t, frame->lock);
                t->exception = ex;
                VM_UNROOT(t, 1);
                frame->lock = NULL;
            }
            if (frame->flags & FRAME_ENTRY) {
                t->frame = frame->prev;
                return;
            }
            frame = frame->prev;
            /* its operand stack is dead (a handler starts afresh), and the
             * callee may have reused the argument slots for other types */
            frame->sp = FRAME_BASE(frame);
            t->frame = frame;
        }
    }
}
