/*
 * rt.c — the runtime helpers compiled code calls (see jit.h).
 *
 * Compiled code has written frame->pc and frame->sp before calling any
 * helper that can allocate, throw, call Java or block, and t->frame is the
 * compiled frame.  Helpers that fail leave an exception pending and return
 * nonzero (or NULL); the compiled code then searches its handlers through
 * jit_exception().
 */
#include <math.h>

#include "jvm/gc.h"
#include "jvm/jit/jit.h"
#include "jvm/jit/rt.h"
#include "jvm/opcodes.h"

/* ---- calls ------------------------------------------------------------------ */

/* A native callee: the interpreter's normalization of sub-int results. */
static int call_native(Thread *t, Method *callee, Value *args)
{
    Value r = {.raw = 0};
    if (!invoke_native(t, callee, args, &r))
        return 1;
    switch (callee->ret) {
    case 'V': break;
    case 'Z': args[0].raw = 0; args[0].i = r.i & 1; break;
    case 'B': args[0].raw = 0; args[0].i = (int8_t)r.i; break;
    case 'C': args[0].raw = 0; args[0].i = (uint16_t)r.i; break;
    case 'S': args[0].raw = 0; args[0].i = (int16_t)r.i; break;
    default: args[0] = r; break;
    }
    return 0;
}

/* Pushes callee's frame over args (the caller's top) and runs it. */
static int call_java(Thread *t, Frame *caller, Value *args, Method *callee)
{
    if (!check_c_stack(t))
        return 1;
    Frame *nf = (Frame *)(args + callee->max_locals);
    Value *nsp = FRAME_BASE(nf);
    if (unlikely(nsp + callee->max_stack > VMT(t)->stack_limit)) {
        throw_soe(t);
        return 1;
    }
    if (unlikely(vm_yield_requested))
        thread_safepoint(t);
    nf->prev = caller;
    nf->method = callee;
    nf->locals = args;
    nf->pc = callee->code;
    nf->sp = nsp;
    nf->lock = NULL;
    nf->flags = FRAME_ENTRY;
    t->frame = nf;
    if (callee->access & ACC_SYNCHRONIZED) {
        nf->flags |= FRAME_SYNC;
        Object *lock = (callee->access & ACC_STATIC) ? vm_class_mirror(t, callee->cls) : args[0].l;
        nf->lock = lock;
        monitor_enter(t, lock);
    }
    bool ok = jit_run_entry(t, nf);
    t->frame = caller;
    return ok ? 0 : 1;
}

int jit_invoke(Thread *t, Frame *f, Value *args, void *ref, int kind)
{
    Method *callee;
    switch (kind) {
    case IK_VIRTUAL: {
        CpCache *e = ref;
        Object *recv = args[0].l;
        if (!recv)
            goto npe;
        callee = recv->cls->vtable[e->index];
        break;
    }
    case IK_INTERFACE: {
        CpCache *e = ref;
        Method *im = e->p;
        Object *recv = args[0].l;
        if (!recv)
            goto npe;
        Class *rc = recv->cls;
        if (likely(e->ic_class == rc)) {
            callee = e->ic_target;
            break;
        }
        callee = itable_lookup(rc, im);
        if (!callee) {
            interp_throw_no_iface(t, rc, im->cls);
            return 1;
        }
        if (callee->kind == MK_ABSTRACT || callee->kind == MK_CONFLICT) {
            interp_throw_abstract(t, im, recv);
            return 1;
        }
        e->ic_class = rc;
        e->ic_target = callee;
        break;
    }
    case IK_STATIC_INIT:
        callee = ref;
        if (!ensure_init(t, callee->cls))
            return 1;
        break;
    case IK_DIRECT_NULLCHK:
        callee = ref;
        if (!args[0].l)
            goto npe;
        break;
    default:
        callee = ref;
        break;
    }
    switch (callee->kind) {
    case MK_JAVA: return call_java(t, f, args, callee);
    case MK_NATIVE: return call_native(t, callee, args);
    default:
        interp_throw_abstract(t, callee, (callee->access & ACC_STATIC) ? NULL : args[0].l);
        return 1;
    }
npe:
    throw_npe(t, NULL);
    return 1;
}

/* A compiled callee called directly by compiled code deoptimized: the
 * interpreter finishes it (f is a FRAME_ENTRY frame). */
int jit_resume(Thread *t, Frame *caller, Frame *f)
{
    jit_deopted(f->method);
    t->frame = f;
    interp_run(t);
    t->frame = caller;
    return t->exception ? 1 : 0;
}

int jit_indy(Thread *t, IndySite *s, Value *args)
{
    return indy_invoke(t, s, args) ? 0 : 1;
}

/* ---- objects ------------------------------------------------------------------ */

Object *jit_new(Thread *t, Class *c)
{
    if (!ensure_init(t, c))
        return NULL;
    Object *o = heap_alloc(t, c->instance_size);
    if (o)
        o->cls = c;
    return o;
}

ArrayObject *jit_newarray(Thread *t, int type, int32_t n)
{
    return vm_new_prim_array(t, (char)type, n);
}

ArrayObject *jit_anewarray(Thread *t, Class *ac, int32_t n)
{
    return vm_new_array(t, ac, n);
}

int jit_checkcast(Thread *t, Object *o, Class *c)
{
    if (o->cls == c || is_subclass_of(o->cls, c))
        return 0;
    throw_class_cast(t, o->cls, c);
    return 1;
}

int jit_instanceof(Object *o, Class *c)
{
    return o && (o->cls == c || is_subclass_of(o->cls, c));
}

int jit_aastore(Thread *t, Value *args)
{
    ArrayObject *a = (ArrayObject *)args[0].l;
    int32_t i = args[1].i;
    Object *v = args[2].l;
    if (!a) {
        throw_npe(t, NULL);
        return 1;
    }
    if ((uint32_t)i >= (uint32_t)a->length) {
        throw_aioobe(t, i, a->length);
        return 1;
    }
    if (v && v->cls != a->hdr.cls->component && !is_subclass_of(v->cls, a->hdr.cls->component)) {
        vm_throw(t, "java/lang/ArrayStoreException", "%s", class_java_name(v->cls));
        return 1;
    }
    ARRAY_DATA(a, Object *)[i] = v;
    gc_barrier(&ARRAY_DATA(a, Object *)[i]);
    return 0;
}

int jit_monitor(Thread *t, Object *o, int enter)
{
    return (enter ? monitor_enter(t, o) : monitor_exit(t, o)) ? 0 : 1;
}

/* ---- exceptions ---------------------------------------------------------------- */

void jit_throw_npe(Thread *t)
{
    throw_npe(t, NULL);
}

void jit_throw_div0(Thread *t)
{
    vm_throw(t, "java/lang/ArithmeticException", "/ by zero");
}

/* The pending exception at f->pc: the compiled address of its handler in
 * f's method (the exception pushed as the handler's only operand), the
 * deoptimization stub when the handler was not compiled, or NULL. */
void *jit_exception(Thread *t, Frame *f, JitCode *jc)
{
    Method *m = f->method;
    if (!m->cfm || !m->cfm->n_handlers)
        return NULL;
    Object *ex = t->exception;
    int32_t h = find_handler(t, m, (uint32_t)(f->pc - m->code), ex);
    ex = t->exception;      /* resolving a catch type may have moved it */
    if (h < 0)
        return NULL;
    t->exception = NULL;
    Value *base = FRAME_BASE(f);
    base[0].l = ex;
    f->sp = base + 1;
    f->pc = m->code + h;
    if (!jc->bci_off[h])
        return jc->deopt;
    return jc->entry + jc->bci_off[h];
}

/* ---- conversions (JLS 5.1.3), for NaN and out-of-range inputs ------------------- */

int32_t jit_f2i(float f)
{
    if (f != f)
        return 0;
    return f >= 2147483648.0f ? INT32_MAX : f <= -2147483648.0f ? INT32_MIN : (int32_t)f;
}
int32_t jit_d2i(double d)
{
    if (d != d)
        return 0;
    return d >= 2147483648.0 ? INT32_MAX : d <= -2147483648.0 ? INT32_MIN : (int32_t)d;
}
int64_t jit_f2l(float f)
{
    if (f != f)
        return 0;
    return f >= 9223372036854775808.0f ? INT64_MAX : f <= -9223372036854775808.0f ? INT64_MIN : (int64_t)f;
}
int64_t jit_d2l(double d)
{
    if (d != d)
        return 0;
    return d >= 9223372036854775808.0 ? INT64_MAX : d <= -9223372036854775808.0 ? INT64_MIN : (int64_t)d;
}
