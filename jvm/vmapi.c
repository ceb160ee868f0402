/*
 * vmapi.c — the parts of the vm.h API not covered elsewhere: classes and
 * mirrors, member lookup, allocation, properties and exit.
 */
#include <limits.h>
#include <stdlib.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "jvm/runtime.h"

uint32_t class_vmclass_off;

Class *vm_find_class(Thread *t, const char *name)
{
    Class *c = load_class(t, name, LOADER_APP);
    if (!c && !t->exception)
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
    return c;
}

bool vm_init_class(Thread *t, Class *c) { return ensure_init(t, c); }

Object *vm_class_mirror(Thread *t, Class *c)
{
    if (likely(c->mirror != NULL))
        return c->mirror;
    Object *m = vm_new_object(t, cls_Class);
    if (!m)
        return NULL;
    FIELD_AT(m, class_vmclass_off, int64_t) = (int64_t)(intptr_t)c;
    c->mirror = m;
    return m;
}

Class *vm_mirror_class(Object *mirror)
{
    return mirror ? (Class *)(intptr_t)FIELD_AT(mirror, class_vmclass_off, int64_t) : NULL;
}

bool vm_is_subclass(Class *c, Class *of) { return is_subclass_of(c, of); }
const char *vm_class_name(Class *c) { return c->name; }

Field *vm_find_field(Class *c, const char *name, const char *desc)
{
    return lookup_field(c, name, desc);
}

Method *vm_find_method(Class *c, const char *name, const char *desc)
{
    return is_interface(c) ? lookup_interface_method(c, name, desc) : lookup_method(c, name, desc);
}

uint32_t vm_field_offset(Field *f) { return f->offset; }
Value *vm_static_slot(Field *f) { return &f->cls->statics[f->offset]; }

/* ---- allocation ------------------------------------------------------------ */

Object *vm_new_object(Thread *t, Class *c)
{
    Object *o = heap_alloc(t, c->instance_size);
    if (o)
        o->cls = c;
    return o;
}

ArrayObject *vm_new_array(Thread *t, Class *ac, int32_t length)
{
    if (length < 0) {
        vm_throw(t, "java/lang/NegativeArraySizeException", "%d", length);
        return NULL;
    }
    if (length >= INT32_MAX - 1) {
        vm_throw(t, "java/lang/OutOfMemoryError", "Requested array size exceeds VM limit");
        return NULL;
    }
    size_t size = sizeof(ArrayObject) + ((size_t)length << ac->elem_shift);
    ArrayObject *a = (ArrayObject *)heap_alloc(t, size);
    if (!a)
        return NULL;
    a->hdr.cls = ac;
    a->length = length;
    return a;
}

ArrayObject *vm_new_prim_array(Thread *t, char type, int32_t length)
{
    Class *pc = prim_class(type);
    if (!pc || type == 'V') {
        vm_throw(t, "java/lang/IllegalArgumentException", "bad array type '%c'", type);
        return NULL;
    }
    Class *ac = pc->array_class ? pc->array_class : array_class_of(t, pc);
    return vm_new_array(t, ac, length);
}

ArrayObject *vm_new_object_array(Thread *t, Class *elem, int32_t length)
{
    Class *ac = array_class_of(t, elem);
    return ac ? vm_new_array(t, ac, length) : NULL;
}

static size_t object_size(Object *o)
{
    Class *c = o->cls;
    if (c->kind == CK_ARRAY)
        return align8(sizeof(ArrayObject) + ((size_t)((ArrayObject *)o)->length << c->elem_shift));
    return c->instance_size;
}

Object *vm_clone(Thread *t, Object *o)
{
    size_t size = object_size(o);
    VM_ROOT(t, o);
    Object *n = heap_alloc(t, size);
    VM_UNROOT(t, 1);
    if (!n)
        return NULL;
    memcpy(n, o, size);
    n->mark = 0;
    return n;
}

/* ---- properties ---------------------------------------------------------- */

static const char **props;
static int n_props, cap_props;

static void set_prop(const char *k, const char *v)
{
    for (int i = 0; i < n_props; i += 2)
        if (strcmp(props[i], k) == 0) {
            props[i + 1] = v;
            return;
        }
    if (n_props + 3 > cap_props) {
        cap_props = cap_props ? cap_props * 2 : 64;
        props = realloc(props, (size_t)cap_props * sizeof *props);
    }
    props[n_props++] = k;
    props[n_props++] = v;
    props[n_props] = NULL;
}

void vm_set_property(const char *k, const char *v) { set_prop(k, v); }

/* Defaults as HotSpot 17 on Linux/x86-64 reports them; -D overrides. */
void vm_default_properties(void)
{
    char cwd[PATH_MAX];
    const char *home = getenv("HOME"), *user = getenv("USER");
    set_prop("java.version", "17.0.15");
    set_prop("java.version.date", "2025-04-15");
    set_prop("java.specification.version", "17");
    set_prop("java.specification.name", "Java Platform API Specification");
    set_prop("java.specification.vendor", "Oracle Corporation");
    set_prop("java.vm.specification.version", "17");
    set_prop("java.vm.version", "17-twovm");
    set_prop("java.vm.name", "twovm jvm");
    set_prop("java.vm.vendor", "twovm");
    set_prop("java.vendor", "twovm");
    set_prop("java.runtime.name", "twovm jvm Runtime Environment");
    set_prop("java.runtime.version", "17-twovm");
    set_prop("java.class.version", "61.0");
    set_prop("java.home", JVM_DEFAULT_BOOTCLASSPATH);
    set_prop("java.class.path", vm_opts.classpath ? vm_opts.classpath : ".");
    set_prop("java.io.tmpdir", "/tmp");
    set_prop("java.library.path", "/usr/lib");
    set_prop("os.name", "Linux");
    set_prop("os.arch", "amd64");
    static struct utsname uts; /* the kernel's release, as HotSpot reports it */
    set_prop("os.version", uname(&uts) == 0 ? uts.release : "");
    set_prop("file.separator", "/");
    set_prop("path.separator", ":");
    set_prop("line.separator", "\n");
    set_prop("file.encoding", "UTF-8");
    set_prop("native.encoding", "UTF-8");
    set_prop("sun.jnu.encoding", "UTF-8");
    set_prop("sun.arch.data.model", "64");
    set_prop("user.dir", getcwd(cwd, sizeof cwd) ? strdup(cwd) : "/");
    set_prop("user.home", home ? home : "/");
    set_prop("user.name", user ? user : "?");
}

const char *vm_get_property(const char *key)
{
    for (int i = 0; i < n_props; i += 2)
        if (strcmp(props[i], key) == 0)
            return props[i + 1];
    return NULL;
}

const char *const *vm_properties(void) { return props; }

/* ---- exit ---------------------------------------------------------------- */

static int shutting_down;

_Noreturn void vm_exit(Thread *t, int status)
{
    if (!shutting_down && t) {
        shutting_down = 1;
        Class *sd = load_class(t, "java/lang/Shutdown", LOADER_BOOT);
        Method *m = sd ? find_declared_method(sd, "shutdown", "()V") : NULL;
        t->exception = NULL;
        if (m && ensure_init(t, m->cls))
            vm_invoke(t, m, NULL, NULL);
        t->exception = NULL;
    }
    fflush(stdout);
    fflush(stderr);
    exit(status);
}
