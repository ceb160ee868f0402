/*
 * vm_natives.c — the native methods that need the runtime's internals:
 * Object identity operations, Class mirrors, Throwable backtraces, the
 * current thread, String.intern, Shutdown.halt0.  (The class library's other
 * natives live in the other files of jvm/native/ and use only vm.h.)
 */
#include <sched.h>
#include <stdlib.h>

#include "jvm/runtime.h"

int vm_assertions_enabled;

static Class *this_class(Value *args) { return vm_mirror_class(args[0].l); }

static void ret_mirror(Thread *t, Class *c, Value *ret)
{
    ret->l = c ? vm_class_mirror(t, c) : NULL;
}

/* ---- java.lang.Object ---------------------------------------------------- */

static void Object_getClass(Thread *t, Value *args, Value *ret)
{
    ret_mirror(t, args[0].l->cls, ret);
}

static void Object_hashCode(Thread *t, Value *args, Value *ret)
{
    (void)t;
    ret->i = identity_hash(args[0].l);
}

static void Object_clone(Thread *t, Value *args, Value *ret)
{
    Object *o = args[0].l;
    if (o->cls->kind != CK_ARRAY && !is_subclass_of(o->cls, cls_Cloneable)) {
        vm_throw(t, "java/lang/CloneNotSupportedException", "%s", class_java_name(o->cls));
        return;
    }
    ret->l = vm_clone(t, o);
}

static void Object_notify(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    monitor_notify(t, args[0].l, false);
}

static void Object_notifyAll(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    monitor_notify(t, args[0].l, true);
}

static void Object_wait(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    monitor_wait(t, args[0].l, args[1].j);
}

/* ---- java.lang.Class -------------------------------------------------------- */

static void Class_getName(Thread *t, Value *args, Value *ret)
{
    ret->l = vm_new_string(t, class_java_name(this_class(args)));
}

static void Class_isInstance(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Object *o = args[1].l;
    ret->i = o && is_subclass_of(o->cls, this_class(args));
}

static void Class_isAssignableFrom(Thread *t, Value *args, Value *ret)
{
    if (!args[1].l) {
        throw_npe(t, NULL);
        return;
    }
    Class *c = this_class(args), *o = vm_mirror_class(args[1].l);
    if (c->kind == CK_PRIMITIVE || o->kind == CK_PRIMITIVE)
        ret->i = c == o;
    else
        ret->i = is_subclass_of(o, c);
}

static void Class_isInterface(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Class *c = this_class(args);
    ret->i = c->kind == CK_INSTANCE && is_interface(c);
}

static void Class_isArray(Thread *t, Value *args, Value *ret)
{
    (void)t;
    ret->i = this_class(args)->kind == CK_ARRAY;
}

static void Class_isPrimitive(Thread *t, Value *args, Value *ret)
{
    (void)t;
    ret->i = this_class(args)->kind == CK_PRIMITIVE;
}

static void Class_isHidden(Thread *t, Value *args, Value *ret)
{
    (void)t;
    ret->i = this_class(args)->hidden;
}

static void Class_getComponentType(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ret_mirror(t, c->kind == CK_ARRAY ? c->component : NULL, ret);
}

static void Class_getSuperclass(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ret_mirror(t, c->kind == CK_PRIMITIVE || is_interface(c) ? NULL : c->super, ret);
}

static void Class_getInterfaces0(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ArrayObject *a = vm_new_object_array(t, cls_Class, c->n_direct_ifaces);
    if (!a)
        return;
    VM_ROOT(t, a);
    for (int i = 0; i < c->n_direct_ifaces; i++) {
        Object *m = vm_class_mirror(t, c->direct_ifaces[i]);
        if (!m)
            break;
        vm_store_ref(&ARRAY_DATA(a, Object *)[i], m);
    }
    VM_UNROOT(t, 1);
    ret->l = &a->hdr;
}

static void Class_getModifiers(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Class *c = this_class(args);
    int acc = c->access;
    if (c->cf) {
        /* InnerClasses' flags win for member classes (private, static...) */
        for (int i = 0; i < c->cf->n_inner; i++) {
            const CfInnerClass *ic = &c->cf->inner[i];
            if (ic->inner_class && strcmp(cf_class_name(c->cf, ic->inner_class), c->name) == 0) {
                acc = ic->access;
                break;
            }
        }
    }
    ret->i = acc & ~(ACC_SUPER | ACC_SYNTHETIC) & 0x7fff;
}

static Class *class_for_name(Thread *t, Object *name_str, bool init, int loader)
{
    if (!name_str) {
        throw_npe(t, NULL);
        return NULL;
    }
    char *name = vm_string_utf8(name_str);
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
        else if (*p == '/')
            *p = '.';   /* "java/lang/String" is not a valid binary name */
    Class *c = NULL;
    if (name[0] && (name[0] != '[' || strchr(name, ';') || strlen(name) >= 2))
        c = load_class(t, name, loader);
    if (c && c->kind == CK_PRIMITIVE)
        c = NULL;
    if (!c && !t->exception) {
        char *dotted = vm_string_utf8(name_str);
        vm_throw(t, "java/lang/ClassNotFoundException", "%s", dotted);
        free(dotted);
    }
    free(name);
    if (c && init && !ensure_init(t, c))
        return NULL;
    return c;
}

/* The loader of the class that called Class.forName (the first frame
 * outside java.lang.Class). */
static int caller_loader(Thread *t)
{
    for (Frame *f = t->frame; f; f = f->prev)
        if (f->method->cls != cls_Class)
            return f->method->cls->loader;
    return LOADER_APP;
}

static void Class_forName0(Thread *t, Value *args, Value *ret)
{
    /* Our library passes a null loader for "the caller's loader"; any
     * loader object stands for the application loader. */
    int loader = args[2].l ? LOADER_APP : caller_loader(t);
    ret_mirror(t, class_for_name(t, args[0].l, args[1].i, loader), ret);
}

static void Class_forName1(Thread *t, Value *args, Value *ret)
{
    ret_mirror(t, class_for_name(t, args[0].l, true, LOADER_APP), ret);
}

static void Class_getPrimitiveClass(Thread *t, Value *args, Value *ret)
{
    char *n = vm_string_utf8(args[0].l);
    Class *c = NULL;
    for (int i = 0; i < 9; i++)
        if (prim_classes[i] && strcmp(prim_classes[i]->name, n) == 0)
            c = prim_classes[i];
    free(n);
    ret_mirror(t, c, ret);
}

static void Class_desiredAssertionStatus0(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Class *c = vm_mirror_class(args[0].l);
    ret->i = vm_assertions_enabled && c && c->loader == LOADER_APP;
}

static void Class_isRecord(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Class *c = this_class(args);
    ret->i = c->cf && c->cf->is_record && c->super && strcmp(c->super->name, "java/lang/Record") == 0;
}

static void Class_getSimpleBinaryName0(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ret->l = NULL;
    if (!c->cf)
        return;
    for (int i = 0; i < c->cf->n_inner; i++) {
        const CfInnerClass *ic = &c->cf->inner[i];
        if (ic->inner_class && strcmp(cf_class_name(c->cf, ic->inner_class), c->name) == 0) {
            if (ic->inner_name)
                ret->l = vm_new_string(t, cf_utf8(c->cf, ic->inner_name));
            else
                ret->l = vm_new_string(t, "");
            return;
        }
    }
}

static void Class_getDeclaringClass0(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ret->l = NULL;
    if (!c->cf)
        return;
    for (int i = 0; i < c->cf->n_inner; i++) {
        const CfInnerClass *ic = &c->cf->inner[i];
        if (ic->inner_class && ic->outer_class &&
            strcmp(cf_class_name(c->cf, ic->inner_class), c->name) == 0) {
            Class *o = resolve_class_name(t, c, cf_class_name(c->cf, ic->outer_class));
            ret_mirror(t, o, ret);
            return;
        }
    }
}

static void Class_getEnumConstants0(Thread *t, Value *args, Value *ret)
{
    Class *c = this_class(args);
    ret->l = NULL;
    if (!(c->access & ACC_ENUM) || !c->cf)
        return;
    char desc[600];
    snprintf(desc, sizeof desc, "()[L%s;", c->name);
    Method *m = find_declared_method(c, "values", desc);
    if (!m || !(m->access & ACC_STATIC) || !ensure_init(t, c))
        return;
    vm_invoke(t, m, NULL, ret);
}

static void Class_isEnum(Thread *t, Value *args, Value *ret)
{
    (void)t;
    Class *c = this_class(args);
    ret->i = (c->access & ACC_ENUM) && c->super && strcmp(c->super->name, "java/lang/Enum") == 0;
}

static void Class_getClassLoader0(Thread *t, Value *args, Value *ret)
{
    (void)t;
    (void)args;
    ret->l = NULL;
}

static void Class_initClass(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    ensure_init(t, this_class(args));
}

/* ---- java.lang.Throwable ------------------------------------------------------- */

static void Throwable_fillInBacktrace0(Thread *t, Value *args, Value *ret)
{
    ret->l = make_backtrace(t, args[0].l);
}

static void Throwable_getStackTraceElements0(Thread *t, Value *args, Value *ret)
{
    ret->l = backtrace_to_elements(t, args[1].l);
}

/* ---- java.lang.Thread -------------------------------------------------------- */

static void Thread_currentThread(Thread *t, Value *args, Value *ret)
{
    (void)args;
    ret->l = t->thread_obj;
}

static void Thread_sleep(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    int64_t ms = args[0].j;
    if (ms < 0) {
        vm_throw(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return;
    }
    thread_sleep(t, ms, 0);
}

static void Thread_sleep0(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    thread_sleep(t, args[0].j, args[2].i);
}

static void Thread_yield(Thread *t, Value *args, Value *ret)
{
    (void)args;
    (void)ret;
    thread_safepoint(t);
    sched_yield();
}

static void Thread_holdsLock(Thread *t, Value *args, Value *ret)
{
    Object *o = args[0].l;
    if (!o) {
        throw_npe(t, NULL);
        return;
    }
    ret->i = monitor_owned_by(t, o);
}

static void Thread_start0(Thread *t, Value *args, Value *ret)
{
    (void)ret;
    thread_start(t, args[0].l);
}

static void Thread_isAlive(Thread *t, Value *args, Value *ret)
{
    (void)t;
    ret->i = thread_is_alive(args[0].l);
}

static void Thread_interrupt0(Thread *t, Value *args, Value *ret)
{
    (void)t;
    (void)ret;
    thread_interrupt(args[0].l);
}

/* ---- java.lang.Runtime: the collector's figures ----------------------------- */

static void Runtime_maxMemory(Thread *t, Value *args, Value *ret)
{
    (void)t, (void)args;
    ret->j = vm_heap_max();
}

static void Runtime_totalMemory(Thread *t, Value *args, Value *ret)
{
    (void)t, (void)args;
    ret->j = vm_heap_total();
}

static void Runtime_freeMemory(Thread *t, Value *args, Value *ret)
{
    (void)t, (void)args;
    ret->j = vm_heap_free();
}

static void Runtime_gc(Thread *t, Value *args, Value *ret)
{
    (void)args, (void)ret;
    vm_gc(t);
}

void gc_ref_next_pending(Thread *t, Value *args, Value *ret);

/* ---- java.lang.String / Shutdown ------------------------------------------- */

static void String_intern(Thread *t, Value *args, Value *ret)
{
    ret->l = vm_intern(t, args[0].l);
}

static void Shutdown_halt0(Thread *t, Value *args, Value *ret)
{
    (void)t;
    (void)ret;
    fflush(stdout);
    fflush(stderr);
    exit(args[0].i);
}

#define OBJ "java/lang/Object"
#define CLS "java/lang/Class"
const NativeMethod vm_natives[] = {
    {OBJ, "getClass", "()Ljava/lang/Class;", Object_getClass},
    {OBJ, "hashCode", "()I", Object_hashCode},
    {OBJ, "clone", "()Ljava/lang/Object;", Object_clone},
    {OBJ, "notify", "()V", Object_notify},
    {OBJ, "notifyAll", "()V", Object_notifyAll},
    {OBJ, "wait", "(J)V", Object_wait},
    {OBJ, "wait0", "(J)V", Object_wait},
    {CLS, "getName0", "()Ljava/lang/String;", Class_getName},
    {CLS, "getName", "()Ljava/lang/String;", Class_getName},
    {CLS, "initClassName", "()Ljava/lang/String;", Class_getName},
    {CLS, "isInstance", "(Ljava/lang/Object;)Z", Class_isInstance},
    {CLS, "isAssignableFrom", "(Ljava/lang/Class;)Z", Class_isAssignableFrom},
    {CLS, "isInterface", "()Z", Class_isInterface},
    {CLS, "isArray", "()Z", Class_isArray},
    {CLS, "isPrimitive", "()Z", Class_isPrimitive},
    {CLS, "isHidden", "()Z", Class_isHidden},
    {CLS, "getComponentType", "()Ljava/lang/Class;", Class_getComponentType},
    {CLS, "getComponentType0", "()Ljava/lang/Class;", Class_getComponentType},
    {CLS, "getSuperclass", "()Ljava/lang/Class;", Class_getSuperclass},
    {CLS, "getSuperclass0", "()Ljava/lang/Class;", Class_getSuperclass},
    {CLS, "getInterfaces0", "()[Ljava/lang/Class;", Class_getInterfaces0},
    {CLS, "getModifiers", "()I", Class_getModifiers},
    {CLS, "getModifiers0", "()I", Class_getModifiers},
    {CLS, "forName0", "(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;", Class_forName0},
    {CLS, "forName0", "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;",
     Class_forName0},
    {CLS, "forName0", "(Ljava/lang/String;)Ljava/lang/Class;", Class_forName1},
    {CLS, "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", Class_getPrimitiveClass},
    {CLS, "desiredAssertionStatus0", "(Ljava/lang/Class;)Z", Class_desiredAssertionStatus0},
    {CLS, "isRecord", "()Z", Class_isRecord},
    {CLS, "isRecord0", "()Z", Class_isRecord},
    {CLS, "isEnum0", "()Z", Class_isEnum},
    {CLS, "getSimpleBinaryName0", "()Ljava/lang/String;", Class_getSimpleBinaryName0},
    {CLS, "getDeclaringClass0", "()Ljava/lang/Class;", Class_getDeclaringClass0},
    {CLS, "getEnumConstants0", "()[Ljava/lang/Object;", Class_getEnumConstants0},
    {CLS, "getClassLoader0", "()Ljava/lang/ClassLoader;", Class_getClassLoader0},
    {CLS, "initClass0", "()V", Class_initClass},
    {"java/lang/Throwable", "fillInBacktrace0", "()Ljava/lang/Object;", Throwable_fillInBacktrace0},
    {"java/lang/Throwable", "getStackTraceElements0",
     "(Ljava/lang/Object;)[Ljava/lang/StackTraceElement;", Throwable_getStackTraceElements0},
    {"java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", Thread_currentThread},
    {"java/lang/Thread", "sleep", "(J)V", Thread_sleep},
    {"java/lang/Thread", "sleep0", "(JI)V", Thread_sleep0},
    {"java/lang/Thread", "start0", "()V", Thread_start0},
    {"java/lang/Thread", "isAlive", "()Z", Thread_isAlive},
    {"java/lang/Thread", "interrupt0", "()V", Thread_interrupt0},
    {"java/lang/Thread", "yield", "()V", Thread_yield},
    {"java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", Thread_holdsLock},
    {"java/lang/String", "intern", "()Ljava/lang/String;", String_intern},
    {"java/lang/Runtime", "maxMemory", "()J", Runtime_maxMemory},
    {"java/lang/Runtime", "totalMemory", "()J", Runtime_totalMemory},
    {"java/lang/Runtime", "freeMemory", "()J", Runtime_freeMemory},
    {"java/lang/Runtime", "gc", "()V", Runtime_gc},
    {"java/lang/ref/Reference", "nextPending", "()Ljava/lang/ref/Reference;", gc_ref_next_pending},
    {"java/lang/Shutdown", "halt0", "(I)V", Shutdown_halt0},
    {0},
};
