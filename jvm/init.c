/*
 * init.c — class and interface initialization (JVMS §5.5).
 *
 * A class is initialized on first active use (new, getstatic/putstatic,
 * invokestatic, Class.forName, a subclass's initialization, the main
 * class).  The steps: mark "being initialized" (a recursive request from
 * the same thread returns at once), assign ConstantValue statics, initialize
 * the superclass, then the superinterfaces that declare default methods (in
 * the order §5.5 step 7 gives), then run <clinit>.  An exception from
 * <clinit> that is not an Error is wrapped in ExceptionInInitializerError;
 * either way the class becomes erroneous and every later use throws
 * NoClassDefFoundError "Could not initialize class X".
 *
 * Threads: a thread that finds a class being initialized by another thread
 * waits until that one is done (JVMS §5.5 steps 2-3).
 */
#include <stdlib.h>

#include "jvm/runtime.h"
#include "jvm/verify.h"

static void set_constant_statics(Thread *t, Class *c)
{
    ClassFile *cf = c->cf;
    for (int i = 0; i < c->n_fields; i++) {
        Field *f = &c->fields[i];
        if (!(f->access & ACC_STATIC) || !f->const_value)
            continue;
        const CpEntry *e = &cf->cp[f->const_value];
        Value *v = &c->statics[f->offset];
        switch (e->tag) {
        case CONST_Integer: v->i = e->i; break;
        case CONST_Float: v->f = e->f; break;
        case CONST_Long: v->j = e->j; break;
        case CONST_Double: v->d = e->d; break;
        case CONST_String:
            if (f->desc[0] == 'L')
                v->l = resolve_string(t, c, f->const_value);
            break;
        }
    }
}

/* Initializes, in §5.5's order, the superinterfaces of `i`'s subtree that
 * declare non-abstract, non-static methods. */
static bool init_superinterfaces(Thread *t, Class *c)
{
    for (int k = 0; k < c->n_direct_ifaces; k++) {
        Class *i = c->direct_ifaces[k];
        if (!init_superinterfaces(t, i))
            return false;
        if (i->has_default_methods && !ensure_init(t, i))
            return false;
    }
    return true;
}

/* Remembers why initialization failed, as HotSpot 17 does: an
 * ExceptionInInitializerError "Exception X: msg [in thread "T"]" carrying
 * the original stack trace, which later NoClassDefFoundErrors get as their
 * cause. */
static void record_init_error(Thread *t, Class *c, Object *e)
{
    Object *saved = t->exception;
    t->exception = NULL;
    VM_ROOT(t, saved);
    Object *m = FIELD_AT(e, throwable_detail_off, Object *);
    char *msg = m ? vm_string_utf8(m) : NULL;
    char *tname = NULL;
    Field *nf = t->thread_obj ? lookup_field(t->thread_obj->cls, "name", "Ljava/lang/String;") : NULL;
    if (nf && FIELD_AT(t->thread_obj, nf->offset, Object *))
        tname = vm_string_utf8(FIELD_AT(t->thread_obj, nf->offset, Object *));
    size_t n = strlen(class_java_name(e->cls)) + (msg ? strlen(msg) : 0) + (tname ? strlen(tname) : 4) + 64;
    char *text = malloc(n);
    snprintf(text, n, "Exception %s%s%s [in thread \"%s\"]", class_java_name(e->cls), msg ? ": " : "",
             msg ? msg : "", tname ? tname : "main");
    free(msg);
    free(tname);
    Object *err = vm_new_throwable(t, "java/lang/ExceptionInInitializerError", text);
    free(text);
    VM_ROOT(t, err);
    e = saved;          /* the same object, maybe moved by the allocation */
    Value st = {.raw = 0};
    Value a1[1] = {{.l = e}};
    if (err && vm_invoke_virtual(t, e, "getStackTrace", "()[Ljava/lang/StackTraceElement;", a1, &st) &&
        st.l) {
        Value a2[2] = {{.l = err}, st};
        vm_invoke_virtual(t, err, "setStackTrace", "([Ljava/lang/StackTraceElement;)V", a2, NULL);
    }
    if (err)
        c->init_error = err;
    VM_UNROOT(t, 2);
    t->exception = saved;
}

static void throw_ncdfe(Thread *t, Class *c)
{
    vm_throw(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s", class_java_name(c));
    Object *ex = t->exception;
    if (ex && c->init_error) {
        t->exception = NULL;
        Value a[2] = {{.l = ex}, {.l = c->init_error}};
        VM_ROOT(t, ex);
        vm_invoke_virtual(t, ex, "initCause", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;", a, NULL);
        VM_UNROOT(t, 1);
        t->exception = ex;
    }
}

static void wrap_in_eiie(Thread *t)
{
    Object *ex = t->exception;
    Class *error = find_loaded("java/lang/Error");
    if (!ex || (error && is_subclass_of(ex->cls, error)))
        return;
    t->exception = NULL;
    VM_ROOT(t, ex);
    Class *eiie = vm_find_class(t, "java/lang/ExceptionInInitializerError");
    Method *ctor = eiie ? find_declared_method(eiie, "<init>", "(Ljava/lang/Throwable;)V") : NULL;
    Object *o = NULL;
    if (ctor && vm_init_class(t, eiie))
        o = vm_new_object(t, eiie);
    VM_ROOT(t, o);
    if (o) {
        Value args[2] = {{.l = o}, {.l = ex}};
        if (vm_invoke(t, ctor, args, NULL))
            t->exception = o;
    } else if (!t->exception) {
        t->exception = ex;
    }
    VM_UNROOT(t, 2);
}

bool class_init(Thread *t, Class *c)
{
    while (c->state == CS_INITIALIZING && c->init_thread != t)
        thread_wait_init(t);    /* another thread runs <clinit>: wait for it */
    switch (c->state) {
    case CS_INITIALIZED:
    case CS_INITIALIZING:
        return true;
    case CS_ERROR:
        throw_ncdfe(t, c);
        return false;
    default:
        break;
    }
    if (c->kind != CK_INSTANCE) {
        c->state = CS_INITIALIZED;
        return true;
    }
    if (!verify_link(t, c))     /* linking verifies first (JVMS §5.4, verify.c) */
        return false;
    c->state = CS_INITIALIZING;
    c->init_thread = t;
    set_constant_statics(t, c);
    if (!t->exception && !is_interface(c)) {
        if (c->super && !ensure_init(t, c->super))
            goto failed;
        if (!init_superinterfaces(t, c))
            goto failed;
    }
    if (!t->exception && c->clinit && !vm_invoke(t, c->clinit, NULL, NULL)) {
        record_init_error(t, c, t->exception);
        wrap_in_eiie(t);
        c->state = CS_ERROR;
        goto done;
    }
    if (t->exception)
        goto failed;
    c->state = CS_INITIALIZED;
    c->init_thread = NULL;
    thread_init_done();
    return true;
failed:
    if (t->exception)
        record_init_error(t, c, t->exception);
    c->state = CS_ERROR;
done:
    c->init_thread = NULL;
    thread_init_done();
    return false;
}
