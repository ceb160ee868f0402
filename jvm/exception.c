/*
 * exception.c — exceptions raised by the VM, exception-table search, and
 * Throwable backtraces.
 *
 * vm_throw() builds the exception the Java way (new + <init>(String)), so
 * Throwable's constructor runs fillInStackTrace() -> fillInBacktrace0(),
 * which lands in make_backtrace() below.  A backtrace is a long[] of
 * (Method*, bci) pairs: it holds no heap references, so it needs no GC
 * treatment; getStackTraceElements0() turns it into StackTraceElement[]
 * only when someone asks.
 *
 * Texts follow HotSpot 17: "Index 5 out of bounds for length 3", "/ by zero",
 * ClassCastException "class A cannot be cast to class B (A and B are in
 * unnamed module of loader 'app')".
 */
#include <stdarg.h>
#include <stdlib.h>

#include "jvm/runtime.h"

#define MAX_STACK_TRACE_DEPTH 1024     /* HotSpot's MaxJavaStackTraceDepth */

Object *preallocated_oome;
static Object *preallocated_soe;

Object *vm_new_throwable(Thread *t, const char *cls, const char *msg)
{
    Class *c = load_class(t, cls, LOADER_BOOT);
    if (!c) {
        if (!t->exception)
            vm_fatal("exception class %s not found (message: %s)", cls, msg ? msg : "");
        return NULL;
    }
    if (!ensure_init(t, c))
        return NULL;
    Object *o = vm_new_object(t, c);
    if (!o)
        return NULL;
    Object *s = NULL;
    VM_ROOT(t, o);
    if (msg)
        s = vm_new_string(t, msg);
    VM_ROOT(t, s);
    Method *ctor = find_declared_method(c, "<init>", msg ? "(Ljava/lang/String;)V" : "()V");
    bool ok = true;
    if (ctor) {
        Value args[2] = {{.l = o}, {.l = s}};
        ok = (!msg || s) && vm_invoke(t, ctor, args, NULL);
    } else if (msg) {
        vm_store_ref(&FIELD_AT(o, throwable_detail_off, Object *), s);
    }
    VM_UNROOT(t, 2);
    return ok ? o : NULL;
}

/* The preallocated errors are GC roots. */
void exception_roots(void (*fn)(Object **slot, void *ctx), void *ctx)
{
    if (preallocated_oome)
        fn(&preallocated_oome, ctx);
    if (preallocated_soe)
        fn(&preallocated_soe, ctx);
}

void exception_init(Thread *t)
{
    preallocated_oome = vm_new_throwable(t, "java/lang/OutOfMemoryError", "Java heap space");
    preallocated_soe = vm_new_throwable(t, "java/lang/StackOverflowError", NULL);
    t->exception = NULL;
}

void vm_throw(Thread *t, const char *cls, const char *fmt, ...)
{
    char buf[512], *msg = NULL;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
        msg = buf;
        if (n >= (int)sizeof buf) {
            msg = malloc((size_t)n + 1);
            va_start(ap, fmt);
            vsnprintf(msg, (size_t)n + 1, fmt, ap);
            va_end(ap);
        }
    }
    t->exception = NULL;
    Object *ex = vm_new_throwable(t, cls, msg);
    if (ex)
        t->exception = ex;
    if (msg && msg != buf)
        free(msg);
}

void vm_throw_object(Thread *t, Object *ex)
{
    t->exception = ex;
}

void throw_npe(Thread *t, const char *msg)
{
    char *m = NULL;
    Frame *f = t->frame;
    if (!msg && f && f->method->kind == MK_JAVA && f->method->cfm)
        m = npe_message(f->method, (uint32_t)(f->pc - f->method->code));
    if (msg || m)
        vm_throw(t, "java/lang/NullPointerException", "%s", msg ? msg : m);
    else
        vm_throw(t, "java/lang/NullPointerException", NULL);
    free(m);
}

void throw_soe(Thread *t)
{
    VMThread *vt = VMT(t);
    if (vt->in_soe) {
        t->exception = preallocated_soe;
        return;
    }
    vt->in_soe = 1;
    Value *saved = vt->stack_limit;
    vt->stack_limit = vt->stack_end - 64;
    vm_throw(t, "java/lang/StackOverflowError", NULL);
    if (!t->exception)
        t->exception = preallocated_soe;
    vt->stack_limit = saved;
    vt->in_soe = 0;
}

void throw_aioobe(Thread *t, int32_t index, int32_t length)
{
    vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d",
             index, length);
}

void describe_loader_module(Class *c, char *buf, size_t size)
{
    while (c->kind == CK_ARRAY)
        c = c->component;
    if (c->kind == CK_PRIMITIVE || c->loader == LOADER_BOOT)
        snprintf(buf, size, "module java.base of loader 'bootstrap'");
    else
        snprintf(buf, size, "unnamed module of loader 'app'");
}

void throw_class_cast(Thread *t, Class *from, Class *to)
{
    char la[160], lb[160];
    describe_loader_module(from, la, sizeof la);
    describe_loader_module(to, lb, sizeof lb);
    const char *a = class_java_name(from), *b = class_java_name(to);
    if (strcmp(la, lb) == 0)
        vm_throw(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s and %s are in %s)",
                 a, b, a, b, la);
    else
        vm_throw(t, "java/lang/ClassCastException",
                 "class %s cannot be cast to class %s (%s is in %s; %s is in %s)", a, b, a, la, b, lb);
}

/* ---- handler search ------------------------------------------------------- */

int32_t find_handler(Thread *t, Method *m, uint32_t bci, Object *ex)
{
    const CfMethod *cm = m->cfm;
    for (int i = 0; i < cm->n_handlers; i++) {
        const CfHandler *h = &cm->handlers[i];
        if (bci < h->start_pc || bci >= h->end_pc)
            continue;
        if (h->catch_type == 0)
            return h->handler_pc;
        /* Resolving the catch type may load a class; an error doing so is
         * not allowed to replace the exception in flight. */
        t->exception = NULL;
        VM_ROOT(t, ex);
        Class *k = resolve_class(t, m->cls, h->catch_type);
        VM_UNROOT(t, 1);
        t->exception = ex;
        if (k && is_subclass_of(ex->cls, k))
            return h->handler_pc;
    }
    return -1;
}

int method_line(Method *m, uint32_t bci)
{
    const CfMethod *cm = m->cfm;
    if (!cm || !cm->n_lines)
        return -1;
    int best = -1, best_pc = -1;
    for (int i = 0; i < cm->n_lines; i++)
        if (cm->lines[i].start_pc <= bci && cm->lines[i].start_pc > best_pc) {
            best_pc = cm->lines[i].start_pc;
            best = cm->lines[i].line;
        }
    return best;
}

/* ---- backtraces ---------------------------------------------------------- */

Object *make_backtrace(Thread *t, Object *throwable)
{
    Frame *f = t->frame;
    /* fillInBacktrace0 (native) and fillInStackTrace (any overload) */
    while (f && (strcmp(f->method->name, "fillInBacktrace0") == 0 ||
                 strcmp(f->method->name, "fillInStackTrace") == 0))
        f = f->prev;
    /* constructors of the throwable's own class chain */
    while (f && strcmp(f->method->name, "<init>") == 0 && throwable &&
           is_subclass_of(throwable->cls, f->method->cls))
        f = f->prev;
    int n = 0;
    for (Frame *g = f; g && n < MAX_STACK_TRACE_DEPTH; g = g->prev)
        if (!g->method->cls->hidden)
            n++;
    ArrayObject *bt = vm_new_prim_array(t, 'J', 2 * n);
    if (!bt)
        return NULL;
    int64_t *d = ARRAY_DATA(bt, int64_t);
    int k = 0;
    for (Frame *g = f; g && k < n; g = g->prev) {
        if (g->method->cls->hidden)
            continue;
        d[2 * k] = (int64_t)(intptr_t)g->method;
        d[2 * k + 1] = (g->flags & FRAME_NATIVE) ? -1 : (int64_t)(g->pc - g->method->code);
        k++;
    }
    return &bt->hdr;
}

Object *backtrace_to_elements(Thread *t, Object *backtrace)
{
    /* rooted first: loading StackTraceElement may already collect */
    ArrayObject *bt = (ArrayObject *)backtrace, *arr = NULL;
    VM_ROOT(t, bt);
    VM_ROOT(t, arr);
    Class *ste = vm_find_class(t, "java/lang/StackTraceElement");
    Method *ctor = ste ? find_declared_method(ste, "<init>",
                                              "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V")
                       : NULL;
    if (ste && !ctor)
        vm_throw(t, "java/lang/InternalError", "StackTraceElement(String,String,String,int) missing");
    if (!ctor || !vm_init_class(t, ste)) {
        VM_UNROOT(t, 2);
        return NULL;
    }
    int n = bt ? bt->length / 2 : 0;
    arr = vm_new_object_array(t, ste, n);
    if (!arr) {
        VM_UNROOT(t, 2);
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        Method *m = (Method *)(intptr_t)ARRAY_DATA(bt, int64_t)[2 * i];
        int64_t bci = ARRAY_DATA(bt, int64_t)[2 * i + 1];
        Object *e = vm_new_object(t, ste), *cn = NULL, *mn = NULL, *fn = NULL;
        VM_ROOT(t, e);
        VM_ROOT(t, cn);
        VM_ROOT(t, mn);
        VM_ROOT(t, fn);
        bool ok = e && (cn = vm_new_string(t, class_java_name(m->cls))) &&
                  (mn = vm_new_string(t, m->name));
        if (ok && m->cls->cf && m->cls->cf->source_file)
            ok = (fn = vm_new_string(t, m->cls->cf->source_file)) != NULL;
        if (ok) {
            int line = (m->access & ACC_NATIVE) ? -2 : bci < 0 ? -1 : method_line(m, (uint32_t)bci);
            Value args[5] = {{.l = e}, {.l = cn}, {.l = mn}, {.l = fn}, {.i = line}};
            ok = vm_invoke(t, ctor, args, NULL);
        }
        if (ok)
            vm_store_ref(&ARRAY_DATA(arr, Object *)[i], e);
        VM_UNROOT(t, 4);
        if (!ok) {
            VM_UNROOT(t, 2);
            return NULL;
        }
    }
    VM_UNROOT(t, 2);
    return &arr->hdr;
}

/* ---- uncaught exceptions ------------------------------------------------- */

static void print_fallback(Thread *t, Object *ex)
{
    Object *msg = FIELD_AT(ex, throwable_detail_off, Object *);
    char *m = msg ? vm_string_utf8(msg) : NULL;
    char *name = NULL;
    Field *nf = t->thread_obj ? lookup_field(t->thread_obj->cls, "name", "Ljava/lang/String;") : NULL;
    if (nf && FIELD_AT(t->thread_obj, nf->offset, Object *))
        name = vm_string_utf8(FIELD_AT(t->thread_obj, nf->offset, Object *));
    fflush(stdout);
    fprintf(stderr, "Exception in thread \"%s\" %s%s%s\n", name ? name : "main",
            class_java_name(ex->cls), m ? ": " : "", m ? m : "");
    free(m);
    free(name);
}

/* Hands the exception to Thread.dispatchUncaughtException, which prints it
 * as HotSpot does; if even that fails, prints a one-line summary. */
void uncaught_exception(Thread *t)
{
    Object *ex = t->exception;
    t->exception = NULL;
    VM_ROOT(t, ex);
    bool ok = false;
    if (t->thread_obj) {
        Value args[2] = {{.l = t->thread_obj}, {.l = ex}};
        ok = vm_invoke_virtual(t, t->thread_obj, "dispatchUncaughtException",
                               "(Ljava/lang/Throwable;)V", args, NULL);
    }
    if (!ok) {
        t->exception = NULL;
        print_fallback(t, ex);
    }
    VM_UNROOT(t, 1);
}
