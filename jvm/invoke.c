/*
 * invoke.c — calls into Java from C (vm_invoke: natives, class
 * initialization, the VM's own up-calls) and calls of native methods.
 *
 * vm_invoke() copies the arguments to the top of the thread's slot stack,
 * pushes an entry frame (FRAME_ENTRY) there and runs the interpreter until
 * that frame returns.  Each such call nests one C activation, so the C
 * stack is checked first (check_c_stack) and an overflow becomes a Java
 * StackOverflowError instead of a crash.
 *
 * Native methods get a frame too (FRAME_NATIVE, directly above their
 * arguments) so that stack traces show them and nested calls go above.
 */
#include <stdlib.h>

#include "jvm/jit/jit.h"
#include "jvm/runtime.h"

static NativeFn find_native(Method *m)
{
    for (const NativeMethod *n = vm_natives; n->cls; n++)
        if (strcmp(n->name, m->name) == 0 && strcmp(n->cls, m->cls->name) == 0 &&
            strcmp(n->desc, m->desc) == 0)
            return n->fn;
    return native_lookup(m->cls->name, m->name, m->desc);
}

static Object *sync_object(Thread *t, Method *m, Value *args)
{
    return (m->access & ACC_STATIC) ? vm_class_mirror(t, m->cls) : args[0].l;
}

bool invoke_native(Thread *t, Method *m, Value *args, Value *ret)
{
    if (unlikely(!m->native)) {
        m->native = find_native(m);
        if (!m->native) {
            char sig[700];
            method_java_sig(m->cls->name, m->name, m->desc, sig, sizeof sig);
            vm_throw(t, "java/lang/UnsatisfiedLinkError", "'%s'", sig);
            return false;
        }
    }
    VMThread *vt = VMT(t);
    Frame *nf = (Frame *)(args + m->arg_slots);
    if (unlikely(FRAME_BASE(nf) > vt->stack_limit)) {
        throw_soe(t);
        return false;
    }
    nf->prev = t->frame;
    nf->method = m;
    nf->locals = args;
    nf->pc = NULL;
    nf->sp = FRAME_BASE(nf);
    nf->flags = FRAME_NATIVE;
    nf->lock = NULL;
    t->frame = nf;
    if (m->access & ACC_SYNCHRONIZED) {
        nf->lock = sync_object(t, m, args);
        monitor_enter(t, nf->lock);
    }
    m->native(t, args, ret);
    if (nf->lock) {
        Object *ex = t->exception;
        t->exception = NULL;
        monitor_exit(t, nf->lock);
        t->exception = ex;
    }
    t->frame = nf->prev;
    return t->exception == NULL;
}

bool vm_invoke(Thread *t, Method *m, Value *args, Value *ret)
{
    if (!check_c_stack(t))
        return false;
    VMThread *vt = VMT(t);
    Value *base = thread_stack_top(t);
    if (m->kind == MK_NATIVE) {
        if (base + m->arg_slots + FRAME_SLOTS > vt->stack_limit) {
            throw_soe(t);
            return false;
        }
        memcpy(base, args, m->arg_slots * sizeof(Value));
        Value r = {.raw = 0};
        bool ok = invoke_native(t, m, base, &r);
        if (ok && ret)
            *ret = r;
        return ok;
    }
    if (m->kind != MK_JAVA) {
        char sig[700];
        method_java_sig(m->cls->name, m->name, m->desc, sig, sizeof sig);
        vm_throw(t, "java/lang/AbstractMethodError", "'%s'", sig);
        return false;
    }
    Frame *nf = (Frame *)(base + m->max_locals);
    if (FRAME_BASE(nf) + m->max_stack > vt->stack_limit) {
        throw_soe(t);
        return false;
    }
    if (m->arg_slots)
        memcpy(base, args, m->arg_slots * sizeof(Value));
    nf->prev = t->frame;
    nf->method = m;
    nf->locals = base;
    nf->pc = m->code;
    nf->sp = FRAME_BASE(nf);
    nf->flags = FRAME_ENTRY;
    nf->lock = NULL;
    t->frame = nf;      /* before the mirror is made or the monitor waited for: they may collect */
    if (m->access & ACC_SYNCHRONIZED) {
        nf->lock = sync_object(t, m, base);
        nf->flags |= FRAME_SYNC;
        monitor_enter(t, nf->lock);
    }
    if (!jit_run_entry(t, nf))     /* compiled or interpreted */
        return false;
    if (ret)
        *ret = base[0];
    return true;
}

bool vm_invoke_virtual(Thread *t, Object *recv, const char *name, const char *desc, Value *args,
                       Value *ret)
{
    if (!recv) {
        throw_npe(t, NULL);
        return false;
    }
    Class *c = recv->cls;
    Method *m = NULL;
    /* Object's own methods (toString, hashCode, equals: what indy.c calls)
     * have the same vtable slot in every class: search its short vtable. */
    int k = vtable_find(cls_Object, name, desc);
    if (k < 0)
        k = vtable_find(c, name, desc);
    if (k >= 0)
        m = c->vtable[k];
    else
        m = lookup_method(c, name, desc);
    if (!m) {
        char sig[700];
        method_java_sig(c->name, name, desc, sig, sizeof sig);
        vm_throw(t, "java/lang/NoSuchMethodError", "'%s'", sig);
        return false;
    }
    return vm_invoke(t, m, args, ret);
}
