/*
 * boot.c — VM start-up (see jvm/lib/CONTRACT.md): the well-known classes
 * and field offsets, Object/String/Class initialization, the preallocated
 * errors, the main Thread object, System.initPhase1().  main.c calls
 * vm_start() after parsing the command line; unit tests can call it too.
 */
#include <stdlib.h>

#include "jvm/runtime.h"

VMOptions vm_opts = {
    .heap_max = 0,              /* 0: a quarter of physical memory (heap_default_max) */
    .stack_size = 1u << 20,
};

Class *cls_Object, *cls_String, *cls_Class, *cls_Throwable, *cls_Thread, *cls_Cloneable,
    *cls_Serializable;
uint32_t throwable_backtrace_off, throwable_stacktrace_off, throwable_detail_off,
    throwable_cause_off;

static Class *boot_class(Thread *t, const char *name)
{
    Class *c = load_class(t, name, LOADER_BOOT);
    if (!c) {
        fprintf(stderr, "Error occurred during initialization of VM\n"
                        "java.lang.NoClassDefFoundError: %s\n", name);
        exit(1);
    }
    return c;
}

static uint32_t field_off(Class *c, const char *name, const char *desc)
{
    Field *f = find_declared_field(c, name, desc);
    if (!f || (f->access & ACC_STATIC))
        vm_fatal("%s.%s %s missing from the class library", c->name, name, desc);
    return f->offset;
}

_Noreturn void boot_failed(Thread *t, const char *what)
{
    fflush(stdout);
    fprintf(stderr, "Error occurred during initialization of VM\n%s failed\n", what);
    if (t->exception)
        uncaught_exception(t);
    exit(1);
}

static void create_main_thread(Thread *t)
{
    Class *tc = boot_class(t, "java/lang/Thread");
    cls_Thread = tc;
    if (!ensure_init(t, tc))
        boot_failed(t, "java.lang.Thread initialization");
    Object *o = vm_new_object(t, tc);
    t->thread_obj = o;
    thread_attach_object(t, o);
    Method *ctor = find_declared_method(tc, "<init>", "(Ljava/lang/String;)V");
    Object *name = vm_new_string(t, "main");
    if (ctor) {
        Value args[2] = {{.l = t->thread_obj}, {.l = name}};
        if (!vm_invoke(t, ctor, args, NULL))
            boot_failed(t, "java.lang.Thread(\"main\")");
    }
}

void vm_start(Thread *t)
{
    cls_Object = boot_class(t, "java/lang/Object");
    cls_String = boot_class(t, "java/lang/String");
    cls_Class = boot_class(t, "java/lang/Class");
    cls_Cloneable = boot_class(t, "java/lang/Cloneable");
    cls_Serializable = boot_class(t, "java/io/Serializable");
    /* Arrays of primitives made during boot need Object's vtable: fine now. */
    str_value_off = field_off(cls_String, "value", "[B");
    str_coder_off = field_off(cls_String, "coder", "B");
    str_hash_off = field_off(cls_String, "hash", "I");
    class_vmclass_off = field_off(cls_Class, "vmClass", "J");
    cls_Throwable = boot_class(t, "java/lang/Throwable");
    throwable_detail_off = field_off(cls_Throwable, "detailMessage", "Ljava/lang/String;");
    throwable_cause_off = field_off(cls_Throwable, "cause", "Ljava/lang/Throwable;");
    throwable_stacktrace_off = field_off(cls_Throwable, "stackTrace", "[Ljava/lang/StackTraceElement;");
    throwable_backtrace_off = field_off(cls_Throwable, "backtrace", "Ljava/lang/Object;");
    if (!ensure_init(t, cls_Object) || !ensure_init(t, cls_String) || !ensure_init(t, cls_Class))
        boot_failed(t, "java.lang.Object/String/Class initialization");
    exception_init(t);
    create_main_thread(t);
    Class *sys = boot_class(t, "java/lang/System");
    Method *init = find_declared_method(sys, "initPhase1", "()V");
    if (!ensure_init(t, sys))
        boot_failed(t, "java.lang.System initialization");
    if (init && !vm_invoke(t, init, NULL, NULL))
        boot_failed(t, "System.initPhase1()");
}

