/*
 * lang.c — natives of java.lang (System, Runtime, NullPointerException) and
 * java.lang.reflect.Array that need nothing beyond jvm/vm.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "jvm/vm.h"

extern char **environ;

/* ---- arrays ------------------------------------------------------------- */

static bool is_array(Object *o)
{
    return vm_class_name(o->cls)[0] == '[';
}

static bool is_ref_elem(char c)
{
    return c == 'L' || c == '[';
}

static int elem_size(char c)
{
    switch (c) {
    case 'Z': case 'B': return 1;
    case 'C': case 'S': return 2;
    case 'I': case 'F': return 4;
    default: return 8;      /* J, D and references */
    }
}

static const char *prim_name(char c)
{
    switch (c) {
    case 'Z': return "boolean";
    case 'B': return "byte";
    case 'C': return "char";
    case 'S': return "short";
    case 'I': return "int";
    case 'J': return "long";
    case 'F': return "float";
    case 'D': return "double";
    default: return "object array";
    }
}

/* Internal name to Java name ("java/lang/String" -> "java.lang.String"). */
static void java_name(const char *internal, char *buf, size_t size)
{
    size_t i = 0;
    for (; internal[i] && i + 1 < size; i++) buf[i] = internal[i] == '/' ? '.' : internal[i];
    buf[i] = 0;
}

/* Element class name of a reference array class "[Lx;" -> "x", "[[I" -> "[I". */
static void component_name(const char *arr, char *buf, size_t size)
{
    const char *c = arr + 1;
    if (*c == 'L') {
        size_t n = strlen(c + 1);
        snprintf(buf, size, "%.*s", (int)(n - 1), c + 1);
    } else {
        snprintf(buf, size, "%s", c);
    }
}

static void arraycopy_store_error(Thread *t, char se, char de)
{
    vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s[] into %s[]",
             prim_name(se), prim_name(de));
}

/* Bounds as HotSpot checks them, with its messages. */
static bool arraycopy_bounds(Thread *t, char se, int32_t slen, int32_t sp, char de, int32_t dlen, int32_t dp,
                             int32_t len)
{
    const char *oob = "java/lang/ArrayIndexOutOfBoundsException";
    if (sp < 0) {
        vm_throw(t, oob, "arraycopy: source index %d out of bounds for %s[%d]", sp, prim_name(se), slen);
    } else if (dp < 0) {
        vm_throw(t, oob, "arraycopy: destination index %d out of bounds for %s[%d]", dp, prim_name(de), dlen);
    } else if (len < 0) {
        vm_throw(t, oob, "arraycopy: length %d is negative", len);
    } else if ((uint32_t)len + (uint32_t)sp > (uint32_t)slen) {
        vm_throw(t, oob, "arraycopy: last source index %u out of bounds for %s[%d]", (uint32_t)len + (uint32_t)sp,
                 prim_name(se), slen);
    } else if ((uint32_t)len + (uint32_t)dp > (uint32_t)dlen) {
        vm_throw(t, oob, "arraycopy: last destination index %u out of bounds for %s[%d]",
                 (uint32_t)len + (uint32_t)dp, prim_name(de), dlen);
    } else {
        return true;
    }
    return false;
}

/* Copies references one by one, checking each against the destination's
 * element type; stops at the first that does not fit (HotSpot copies the
 * ones before it). */
static void copy_checked(Thread *t, ArrayObject *s, int32_t sp, ArrayObject *d, int32_t dp, int32_t len)
{
    char cname[512], sname[512], sjava[512], dname[512];
    component_name(vm_class_name(d->hdr.cls), cname, sizeof cname);
    Class *dc = vm_find_class(t, cname);
    if (!dc) return;
    Object **src = ARRAY_DATA(s, Object *), **dst = ARRAY_DATA(d, Object *);
    for (int32_t i = 0; i < len; i++) {
        Object *e = src[sp + i];
        if (e && !vm_is_subclass(e->cls, dc)) {
            /* HotSpot names the array types when no element could ever fit. */
            component_name(vm_class_name(s->hdr.cls), sname, sizeof sname);
            Class *sc = vm_find_class(t, sname);
            if (!sc) return;
            java_name(sname, sjava, sizeof sjava);
            java_name(cname, dname, sizeof dname);
            if (!vm_is_subclass(dc, sc))
                vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s[] into %s[]",
                         sjava, dname);
            else
                vm_throw(t, "java/lang/ArrayStoreException",
                         "arraycopy: element type mismatch: can not cast one of the elements of %s[] to the type "
                         "of the destination array, %s", sjava, dname);
            return;
        }
        vm_store_ref(&dst[dp + i], e);
    }
}

static void sys_arraycopy(Thread *t, Value *a, Value *r)
{
    (void)r;
    Object *src = a[0].l, *dst = a[2].l;
    int32_t sp = a[1].i, dp = a[3].i, len = a[4].i;
    char buf[512];
    if (!src || !dst) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    if (!is_array(src)) {
        java_name(vm_class_name(src->cls), buf, sizeof buf);
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: source type %s is not an array", buf);
        return;
    }
    char se = vm_class_name(src->cls)[1];
    if (!is_array(dst)) {
        java_name(vm_class_name(dst->cls), buf, sizeof buf);
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: destination type %s is not an array", buf);
        return;
    }
    char de = vm_class_name(dst->cls)[1];
    bool sref = is_ref_elem(se), dref = is_ref_elem(de);
    if (sref != dref || (!sref && se != de)) {
        arraycopy_store_error(t, sref ? 'L' : se, dref ? 'L' : de);
        return;
    }
    ArrayObject *s = (ArrayObject *)src, *d = (ArrayObject *)dst;
    if (!arraycopy_bounds(t, sref ? 'L' : se, s->length, sp, dref ? 'L' : de, d->length, dp, len)) return;
    if (len == 0) return;
    int size = elem_size(se);
    if (sref && src->cls != dst->cls && strcmp(vm_class_name(dst->cls), "[Ljava/lang/Object;") != 0 &&
        !vm_is_subclass(src->cls, dst->cls)) {
        copy_checked(t, s, sp, d, dp, len);
        return;
    }
    memmove(ARRAY_DATA(d, char) + (size_t)dp * size, ARRAY_DATA(s, char) + (size_t)sp * size, (size_t)len * size);
    if (sref)
        vm_refs_written(ARRAY_DATA(d, Object *) + dp, (size_t)len);
}

/* ---- time, identity, properties, environment ------------------------------ */

static void sys_nanotime(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    r->j = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void sys_millis(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    r->j = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* java.time.LocalDateTime.offsetSeconds0(J)I: local zone offset (TZ, /etc/localtime) at an instant. */
static void time_offset_seconds(Thread *t, Value *a, Value *r)
{
    (void)t;
    time_t secs = (time_t)a[0].j;
    struct tm tm;
    r->i = localtime_r(&secs, &tm) ? (int32_t)tm.tm_gmtoff : 0;
}

/* java.util.Date.local0(long epochSecond, int[] out) -> zone abbreviation: the local
 * calendar fields year, month 0-11, day, hour, minute, second, weekday (0 = Sunday),
 * UTC offset in seconds. */
static void date_local(Thread *t, Value *a, Value *r)
{
    time_t secs = (time_t)a[0].j;
    struct tm tm;
    if (!localtime_r(&secs, &tm)) {
        r->l = NULL;
        return;
    }
    ArrayObject *out = (ArrayObject *)a[2].l;   /* the long takes slots 0 and 1 */
    if (out && out->length >= 8) {
        int32_t *f = ARRAY_DATA(out, int32_t);
        f[0] = tm.tm_year + 1900;
        f[1] = tm.tm_mon;
        f[2] = tm.tm_mday;
        f[3] = tm.tm_hour;
        f[4] = tm.tm_min;
        f[5] = tm.tm_sec;
        f[6] = tm.tm_wday;
        f[7] = (int32_t)tm.tm_gmtoff;
    }
    r->l = tm.tm_zone ? vm_new_string(t, tm.tm_zone) : NULL;
}

static void sys_identity_hash(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = a[0].l ? vm_identity_hash(a[0].l) : 0;
}

/* The charset HotSpot 17 picks from the locale (setlocale + nl_langinfo):
 * UTF-8 locales give UTF-8, C/POSIX gives ANSI_X3.4-1968 (ASCII), other
 * glibc locales without a codeset suffix are ISO-8859-1. */
static const char *locale_encoding(void)
{
    const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    const char *loc = NULL;
    for (size_t i = 0; i < 3 && !loc; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) loc = v;
    }
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0) return "ANSI_X3.4-1968";
    const char *dot = strchr(loc, '.');
    if (dot) {
        if (strncasecmp(dot + 1, "utf-8", 5) == 0 || strncasecmp(dot + 1, "utf8", 4) == 0) return "UTF-8";
        if (strncasecmp(dot + 1, "iso-8859-1", 10) == 0 || strncasecmp(dot + 1, "iso88591", 8) == 0)
            return "ISO-8859-1";
        return "UTF-8";
    }
    return "ISO-8859-1";
}

static bool is_encoding_key(const char *k)
{
    return strcmp(k, "file.encoding") == 0 || strcmp(k, "native.encoding") == 0 ||
           strcmp(k, "sun.jnu.encoding") == 0;
}

/* Stores a C string into a String[] element (NULL stays null). */
static bool store_string(Thread *t, ArrayObject **arr, int32_t i, const char *s)
{
    if (!s) return true;
    Object *str = vm_new_string(t, s);
    if (!str) return false;
    vm_store_ref(&ARRAY_DATA(*arr, Object *)[i], str);
    return true;
}

static void sys_vm_properties(Thread *t, Value *a, Value *r)
{
    (void)a;
    const char *const *p = vm_properties();
    const char *enc = locale_encoding();
    int32_t n = 0;
    while (p && p[n]) n++;
    bool have_enc = false;
    for (int32_t i = 0; i + 1 < n; i += 2) have_enc |= strcmp(p[i], "file.encoding") == 0;
    Class *sc = vm_find_class(t, "java/lang/String");
    if (!sc) return;
    int32_t extra = have_enc ? 0 : 6;
    ArrayObject *arr = vm_new_object_array(t, sc, n + extra);
    if (!arr) return;
    VM_ROOT(t, arr);
    for (int32_t i = 0; i + 1 < n; i += 2) {
        /* The VM's default "UTF-8" is its guess; the locale decides as in HotSpot. */
        const char *v = is_encoding_key(p[i]) && strcmp(p[i + 1], "UTF-8") == 0 ? enc : p[i + 1];
        if (!store_string(t, &arr, i, p[i]) || !store_string(t, &arr, i + 1, v)) goto out;
    }
    if (!have_enc) {
        const char *keys[] = {"file.encoding", "native.encoding", "sun.jnu.encoding"};
        for (int k = 0; k < 3; k++)
            if (!store_string(t, &arr, n + 2 * k, keys[k]) || !store_string(t, &arr, n + 2 * k + 1, enc)) goto out;
    }
    r->l = &arr->hdr;
out:
    VM_UNROOT(t, 1);
}

static void sys_getenv(Thread *t, Value *a, Value *r)
{
    char *name = vm_string_utf8(a[0].l);
    const char *v = name ? getenv(name) : NULL;
    free(name);
    r->l = v ? vm_new_string(t, v) : NULL;
}

static void sys_environ(Thread *t, Value *a, Value *r)
{
    (void)a;
    int32_t n = 0;
    while (environ[n]) n++;
    Class *sc = vm_find_class(t, "java/lang/String");
    if (!sc) return;
    ArrayObject *arr = vm_new_object_array(t, sc, 2 * n);
    if (!arr) return;
    VM_ROOT(t, arr);
    for (int32_t i = 0; i < n; i++) {
        const char *eq = strchr(environ[i], '=');
        if (!eq) continue;
        char key[1024];
        snprintf(key, sizeof key, "%.*s", (int)(eq - environ[i]), environ[i]);
        if (!store_string(t, &arr, 2 * i, key) || !store_string(t, &arr, 2 * i + 1, eq + 1)) goto out;
    }
    r->l = &arr->hdr;
out:
    VM_UNROOT(t, 1);
}

/* ---- Runtime ----------------------------------------------------------- */

static int64_t physical_memory(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? (int64_t)pages * size : (int64_t)1 << 32;
}

static void rt_processors(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    r->i = n > 0 ? (int32_t)n : 1;
}

/* HotSpot's defaults: max heap 1/4 of physical memory, initial 1/64.  The
 * runtime's vm_natives may report its own heap's real figures instead. */
static void rt_max_memory(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    r->j = physical_memory() / 4;
}

static void rt_total_memory(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    r->j = physical_memory() / 64;
}

static void rt_free_memory(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    r->j = physical_memory() / 64 - (4 << 20);
}

static void rt_gc(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    (void)r;
}

/* ---- exceptions --------------------------------------------------------- */

/* The runtime computes helpful messages when it raises a NullPointerException;
 * one a program constructs itself has none. */
static void npe_extended_message(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)a;
    r->l = NULL;
}

/* ---- java.lang.reflect.Array ---------------------------------------------- */

static void array_new(Thread *t, Value *a, Value *r)
{
    Class *comp = vm_mirror_class(a[0].l);
    int32_t len = a[1].i;
    const char *cn = vm_class_name(comp);
    static const char *const prims[] = {"boolean", "byte", "char", "short", "int", "long", "float", "double", "void"};
    static const char codes[] = "ZBCSIJFDV";
    for (int i = 0; i < 9; i++) {
        if (strcmp(cn, prims[i]) == 0) {
            if (codes[i] == 'V') {
                vm_throw(t, "java/lang/IllegalArgumentException", NULL);
                return;
            }
            ArrayObject *arr = vm_new_prim_array(t, codes[i], len);
            r->l = arr ? &arr->hdr : NULL;
            return;
        }
    }
    if (len < 0) {
        vm_throw(t, "java/lang/NegativeArraySizeException", "%d", len);
        return;
    }
    ArrayObject *arr = vm_new_object_array(t, comp, len);
    r->l = arr ? &arr->hdr : NULL;
}

static void array_length(Thread *t, Value *a, Value *r)
{
    Object *o = a[0].l;
    if (!o) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    if (!is_array(o)) {
        vm_throw(t, "java/lang/IllegalArgumentException", "Argument is not an array");
        return;
    }
    r->i = ((ArrayObject *)o)->length;
}

const NativeMethod lang_natives[] = {
    {"java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", sys_arraycopy},
    {"java/lang/System", "nanoTime", "()J", sys_nanotime},
    {"java/lang/System", "currentTimeMillis", "()J", sys_millis},
    {"java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", sys_identity_hash},
    {"java/lang/System", "vmProperties", "()[Ljava/lang/String;", sys_vm_properties},
    {"java/lang/System", "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", sys_getenv},
    {"java/lang/System", "environ0", "()[Ljava/lang/String;", sys_environ},
    {"java/lang/Runtime", "availableProcessors", "()I", rt_processors},
    {"java/lang/Runtime", "maxMemory", "()J", rt_max_memory},
    {"java/lang/Runtime", "totalMemory", "()J", rt_total_memory},
    {"java/lang/Runtime", "freeMemory", "()J", rt_free_memory},
    {"java/lang/Runtime", "gc", "()V", rt_gc},
    {"java/lang/NullPointerException", "getExtendedNPEMessage", "()Ljava/lang/String;", npe_extended_message},
    {"java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", array_new},
    {"java/time/LocalDateTime", "offsetSeconds0", "(J)I", time_offset_seconds},
    {"java/util/Date", "local0", "(J[I)Ljava/lang/String;", date_local},
    {"java/lang/reflect/Array", "getLength", "(Ljava/lang/Object;)I", array_length},
    {0},
};
