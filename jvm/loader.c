/*
 * loader.c — the class table and class loading (JVMS §5.3).
 *
 * There are two loaders, as far as Java can tell: the boot loader (the
 * -Xbootclasspath, our java.base) and the application loader (-cp), which
 * delegates to the boot loader first.  Because of that delegation a name
 * always denotes one class, so one table keyed by name suffices; each Class
 * records which loader defined it (for ClassCastException texts, for
 * getClassLoader and for -Xlog:class+load's "source:").
 *
 * Loading a class parses it (classfile.c), loads its superclass and
 * interfaces (recursively; a class met again while its own supers are being
 * loaded is a ClassCircularityError), then prepares it (link.c).  Nothing is
 * initialized here.  Array classes are made on demand, primitive classes at
 * start-up.
 */
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "jvm/runtime.h"

ClassPath *boot_cp;

/* The application class path, one ClassPath per element so we know where a
 * class came from. */
typedef struct AppEntry {
    ClassPath *cp;
    char *source;
} AppEntry;
static AppEntry *app_entries;
static int n_app_entries;

static Class **table;
static uint32_t table_cap, table_count;

Class *prim_classes[9];

static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h;
}

Class *find_loaded(const char *name)
{
    if (!table)
        return NULL;
    uint32_t h = str_hash(name);
    for (Class *c = table[h & (table_cap - 1)]; c; c = c->next_in_table)
        if (c->hash == h && strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

void register_class(Class *c)
{
    if (table_count * 2 >= table_cap) {
        uint32_t ncap = table_cap ? table_cap * 2 : 512;
        Class **nt = calloc(ncap, sizeof *nt);
        for (uint32_t i = 0; i < table_cap; i++) {
            for (Class *e = table[i], *next; e; e = next) {
                next = e->next_in_table;
                e->next_in_table = nt[e->hash & (ncap - 1)];
                nt[e->hash & (ncap - 1)] = e;
            }
        }
        free(table);
        table = nt;
        table_cap = ncap;
    }
    c->hash = str_hash(c->name);
    c->next_in_table = table[c->hash & (table_cap - 1)];
    table[c->hash & (table_cap - 1)] = c;
    table_count++;
}

void for_each_class(void (*fn)(Class *, void *), void *arg)
{
    for (uint32_t i = 0; i < table_cap; i++)
        for (Class *c = table[i]; c; c = c->next_in_table)
            fn(c, arg);
}

/* ---- names ---------------------------------------------------------------- */

const char *class_java_name(Class *c)
{
    if (!c->java_name) {
        size_t n = strlen(c->name) + 1;
        c->java_name = malloc(n);
        name_to_java(c->name, c->java_name, n);
        /* hidden classes: "Host$$Lambda$14+0x..." is shown "Host$$Lambda$14/0x..." */
        char *plus = c->hidden ? strrchr(c->java_name, '+') : NULL;
        if (plus)
            *plus = '/';
    }
    return c->java_name;
}

const char *class_package_end(const char *name)
{
    while (*name == '[')
        name++;
    if (*name == 'L')
        name++;
    return strrchr(name, '/');
}

static size_t package_len(const char *name, const char **start)
{
    while (*name == '[')
        name++;
    if (*name == 'L' && strchr(name, ';'))
        name++;
    *start = name;
    const char *e = strrchr(name, '/');
    return e ? (size_t)(e - name) : 0;
}

/* Same runtime package: same loader and same package name. */
int same_package(Class *a, Class *b)
{
    if (a == b)
        return 1;
    if (a->loader != b->loader)
        return 0;
    const char *pa, *pb;
    size_t la = package_len(a->name, &pa), lb = package_len(b->name, &pb);
    return la == lb && memcmp(pa, pb, la) == 0;
}

/* ---- primitive and array classes ----------------------------------------- */

int prim_index(char type)
{
    switch (type) {
    case 'Z': return 0;
    case 'B': return 1;
    case 'C': return 2;
    case 'S': return 3;
    case 'I': return 4;
    case 'J': return 5;
    case 'F': return 6;
    case 'D': return 7;
    case 'V': return 8;
    }
    return -1;
}

Class *prim_class(char type)
{
    int i = prim_index(type);
    return i < 0 ? NULL : prim_classes[i];
}

static const char *const prim_names[9] = {"boolean", "byte", "char", "short", "int",
                                          "long", "float", "double", "void"};
static const char prim_chars[9] = "ZBCSIJFDV";

static void make_prim_classes(void)
{
    for (int i = 0; i < 9; i++) {
        Class *c = calloc(1, sizeof *c);
        c->name = prim_names[i];
        c->kind = CK_PRIMITIVE;
        c->elem_type = (uint8_t)prim_chars[i];
        c->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
        c->state = CS_INITIALIZED;
        c->loader = LOADER_BOOT;
        prim_classes[i] = c;
    }
}

static int elem_shift(char t)
{
    switch (t) {
    case 'Z': case 'B': return 0;
    case 'C': case 'S': return 1;
    case 'I': case 'F': return 2;
    default: return 3;
    }
}

Class *array_class_of(Thread *t, Class *elem)
{
    if (elem->array_class)
        return elem->array_class;
    if (elem->kind == CK_PRIMITIVE && elem->elem_type == 'V')
        return NULL;
    char *name;
    if (elem->kind == CK_PRIMITIVE) {
        name = malloc(3);
        name[0] = '[';
        name[1] = (char)elem->elem_type;
        name[2] = 0;
    } else if (elem->kind == CK_ARRAY) {
        size_t n = strlen(elem->name);
        name = malloc(n + 2);
        name[0] = '[';
        memcpy(name + 1, elem->name, n + 1);
    } else {
        size_t n = strlen(elem->name);
        name = malloc(n + 4);
        name[0] = '[';
        name[1] = 'L';
        memcpy(name + 2, elem->name, n);
        name[n + 2] = ';';
        name[n + 3] = 0;
    }
    Class *c = calloc(1, sizeof *c);
    c->name = name;
    c->kind = CK_ARRAY;
    c->component = elem;
    c->elem_type = (uint8_t)name[1];
    c->elem_shift = (uint8_t)elem_shift(name[1]);
    c->access = (uint16_t)((elem->access & ACC_PUBLIC) | ACC_FINAL | ACC_ABSTRACT);
    c->loader = elem->loader;
    c->super = cls_Object;
    c->depth = 1;
    c->supers = malloc(2 * sizeof(Class *));
    c->supers[0] = cls_Object;
    c->supers[1] = c;
    Class *ifs[2] = {cls_Cloneable, cls_Serializable};
    c->n_ifaces = c->n_direct_ifaces = 0;
    c->ifaces = c->direct_ifaces = malloc(2 * sizeof(Class *));
    for (int i = 0; i < 2; i++)
        if (ifs[i])
            c->ifaces[c->n_ifaces++] = ifs[i];
    c->n_direct_ifaces = c->n_ifaces;
    c->vtable = cls_Object->vtable;
    c->vtable_len = cls_Object->vtable_len;
    c->state = CS_INITIALIZED;
    c->source = elem->source;
    (void)t;
    elem->array_class = c;
    register_class(c);
    return c;
}

/* ---- loading from class files --------------------------------------------- */

/* Names whose superclasses are being loaded right now (ClassCircularityError). */
#define MAX_LOADING 256
static const char *loading_stack[MAX_LOADING];
static int n_loading;

static Class *load_super(Thread *t, Class *c, const char *name, int is_super)
{
    Class *s = load_class(t, name, c->loader);
    if (!s) {
        if (!t->exception)
            vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    char a[512], b[512];
    name_to_java(c->name, a, sizeof a);
    name_to_java(s->name, b, sizeof b);
    if (is_super) {
        if (is_interface(s)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "class %s has interface %s as super class", a, b);
            return NULL;
        }
        if (s->access & ACC_FINAL) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "class %s cannot inherit from final class %s", a, b);
            return NULL;
        }
    } else if (!is_interface(s)) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError",
                 "class %s can not implement %s, because it is not an interface (%s is in %s)", a, b,
                 b, s->loader == LOADER_BOOT ? "module java.base of loader 'bootstrap'"
                                             : "unnamed module of loader 'app'");
        return NULL;
    }
    return s;
}

static Class *define_from_bytes(Thread *t, const char *name, uint8_t *data, size_t len,
                                int loader, const char *source)
{
    CfError err;
    ClassFile *cf = cf_parse(data, len, name, &err);
    free(data);
    if (!cf) {
        vm_throw(t, cf_error_class(err.kind), "%s", err.msg);
        return NULL;
    }
    for (int i = 0; i < n_loading; i++) {
        if (strcmp(loading_stack[i], cf->this_name) == 0) {
            char jn[512];
            name_to_java(cf->this_name, jn, sizeof jn);
            vm_throw(t, "java/lang/ClassCircularityError", "%s", jn);
            cf_free(cf);
            return NULL;
        }
    }
    Class *c = calloc(1, sizeof *c);
    c->cf = cf;
    c->name = cf->this_name;
    c->access = cf->access;
    c->loader = (uint8_t)loader;
    c->source = source;
    c->kind = CK_INSTANCE;

    if (n_loading >= MAX_LOADING) {
        vm_throw(t, "java/lang/StackOverflowError", NULL);
        return NULL;
    }
    loading_stack[n_loading++] = c->name;
    Class *super = NULL;
    if (cf->super_name) {
        super = load_super(t, c, cf->super_name, 1);
    } else if (strcmp(c->name, "java/lang/Object") != 0) {
        vm_throw(t, "java/lang/ClassFormatError", "Invalid superclass index 0 in class file %s",
                 c->name);
    }
    c->super = super;
    c->n_direct_ifaces = cf->n_interfaces;
    c->direct_ifaces = calloc(cf->n_interfaces + 1, sizeof(Class *));
    for (int i = 0; i < cf->n_interfaces && !t->exception; i++)
        c->direct_ifaces[i] = load_super(t, c, cf->interfaces[i], 0);
    n_loading--;
    if (t->exception)
        return NULL;     /* the half-made class is dropped (leaked; rare) */
    if (super && is_interface(c) && super != cls_Object && cls_Object) {
        vm_throw(t, "java/lang/ClassFormatError", "Interfaces must have java.lang.Object as superclass");
        return NULL;
    }
    /* Another path (a super's static init cannot run here, but a recursive
     * load through an interface can) may have defined it meanwhile. */
    Class *dup = find_loaded(c->name);
    if (dup)
        return dup;
    if (!link_class(t, c))
        return NULL;
    register_class(c);
    log_class_load(c);
    return c;
}

static uint8_t *read_boot(const char *path, size_t *len)
{
    return boot_cp ? classpath_read(boot_cp, path, len) : NULL;
}

Class *load_class(Thread *t, const char *name, int loader)
{
    Class *c = find_loaded(name);
    if (c)
        return c;
    if (name[0] == '[') {
        const char *e = name + 1;
        Class *elem;
        if (*e == 'L') {
            size_t n = strlen(e);
            if (n < 3 || e[n - 1] != ';')
                return NULL;
            char *inner = strndup(e + 1, n - 2);
            elem = load_class(t, inner, loader);
            free(inner);
        } else if (*e == '[') {
            elem = load_class(t, e, loader);
        } else {
            elem = e[1] == 0 ? prim_class(*e) : NULL;
            if (elem && elem->elem_type == 'V')
                elem = NULL;
        }
        return elem ? array_class_of(t, elem) : NULL;
    }
    if (!cf_valid_class_name(name) || strlen(name) > 1000)
        return NULL;
    size_t n = strlen(name), len;
    char *path = malloc(n + 7);
    memcpy(path, name, n);
    memcpy(path + n, ".class", 7);
    uint8_t *data = read_boot(path, &len);
    const char *source = "jrt:/java.base";
    int def_loader = LOADER_BOOT;
    if (!data && loader == LOADER_APP) {
        for (int i = 0; i < n_app_entries && !data; i++) {
            data = classpath_read(app_entries[i].cp, path, &len);
            source = app_entries[i].source;
        }
        def_loader = LOADER_APP;
    }
    free(path);
    if (!data)
        return NULL;
    return define_from_bytes(t, name, data, len, def_loader, source);
}

Class *define_synthetic_class(Thread *t, const char *name, Class *super, Class **ifaces,
                              int n_ifaces, int loader)
{
    Class *c = calloc(1, sizeof *c);
    c->name = name;
    c->access = ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
    c->loader = (uint8_t)loader;
    c->kind = CK_INSTANCE;
    c->super = super;
    c->n_direct_ifaces = (uint16_t)n_ifaces;
    c->direct_ifaces = calloc((size_t)n_ifaces + 1, sizeof(Class *));
    memcpy(c->direct_ifaces, ifaces, (size_t)n_ifaces * sizeof(Class *));
    c->hidden = 1;
    (void)t;
    return c;
}

/* "file:/abs/dir/" or "file:/abs/x.jar", as HotSpot's class+load shows. */
static char *source_url(const char *entry)
{
    char abs[PATH_MAX];
    if (!realpath(entry, abs))
        snprintf(abs, sizeof abs, "%s", entry);
    size_t n = strlen(abs);
    int dir = n < 4 || strcmp(abs + n - 4, ".jar") != 0;
    char *s = malloc(n + 8);
    sprintf(s, "file:%s%s", abs, dir && (n == 0 || abs[n - 1] != '/') ? "/" : "");
    return s;
}

void loader_init(void)
{
    make_prim_classes();
    boot_cp = classpath_open(vm_opts.bootclasspath ? vm_opts.bootclasspath : JVM_DEFAULT_BOOTCLASSPATH);
    const char *cp = vm_opts.classpath ? vm_opts.classpath : ".";
    char *copy = strdup(cp), *save = NULL;
    int cap = 4;
    app_entries = malloc((size_t)cap * sizeof *app_entries);
    for (char *e = strtok_r(copy, ":", &save); e; e = strtok_r(NULL, ":", &save)) {
        if (!*e)
            continue;
        if (n_app_entries == cap)
            app_entries = realloc(app_entries, (size_t)(cap *= 2) * sizeof *app_entries);
        app_entries[n_app_entries].cp = classpath_open(e);
        app_entries[n_app_entries].source = source_url(e);
        n_app_entries++;
    }
    free(copy);
}
