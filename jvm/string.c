/*
 * string.c — java.lang.String objects made by the VM, and the intern table.
 *
 * Layout (see jvm/lib/CONTRACT.md): `byte[] value`, `byte coder`, `int hash`.
 * coder 0 is LATIN1 (one byte per char), 1 is UTF16 (two bytes per char,
 * little-endian, as the JDK stores it on x86).  Like the JDK with
 * CompactStrings, the VM always picks LATIN1 when every char fits.
 *
 * The intern table is an open-addressing hash set of String objects keyed by
 * their chars (String.hashCode's function); literals (ldc) go through it, so
 * equal literals are the same object.  It is a GC root (for_each_interned).
 */
#include <stdlib.h>

#include "jvm/runtime.h"

uint32_t str_value_off, str_coder_off, str_hash_off;

static Object **itab;
static uint32_t itab_cap, itab_count;

ArrayObject *string_value(Object *s) { return FIELD_AT(s, str_value_off, ArrayObject *); }
int string_coder(Object *s) { return FIELD_AT(s, str_coder_off, int8_t); }

int32_t vm_string_length(Object *s)
{
    ArrayObject *v = string_value(s);
    if (!v)
        return 0;
    return string_coder(s) ? v->length / 2 : v->length;
}

uint16_t vm_string_char_at(Object *s, int32_t i)
{
    ArrayObject *v = string_value(s);
    if (string_coder(s)) {
        uint8_t *b = ARRAY_DATA(v, uint8_t) + 2 * i;
        return (uint16_t)(b[0] | b[1] << 8);
    }
    return ARRAY_DATA(v, uint8_t)[i];
}

/* Decodes modified UTF-8 into UTF-16; returns the number of chars. */
static int32_t mutf8_decode(const char *s, uint16_t *out)
{
    const uint8_t *p = (const uint8_t *)s;
    int32_t n = 0;
    while (*p) {
        uint16_t c;
        if (p[0] < 0x80) {
            c = p[0];
            p++;
        } else if ((p[0] & 0xe0) == 0xc0 && p[1]) {
            c = (uint16_t)((p[0] & 0x1f) << 6 | (p[1] & 0x3f));
            p += 2;
        } else if ((p[0] & 0xf0) == 0xe0 && p[1] && p[2]) {
            c = (uint16_t)((p[0] & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f));
            p += 3;
        } else if ((p[0] & 0xf8) == 0xf0 && p[1] && p[2] && p[3]) {
            /* 4-byte standard UTF-8 (from our own C strings): a surrogate pair */
            uint32_t cp = (uint32_t)(p[0] & 7) << 18 | (uint32_t)(p[1] & 0x3f) << 12 |
                          (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
            cp -= 0x10000;
            if (out) {
                out[n] = (uint16_t)(0xd800 | cp >> 10);
                out[n + 1] = (uint16_t)(0xdc00 | (cp & 0x3ff));
            }
            n += 2;
            p += 4;
            continue;
        } else {
            c = 0xfffd;
            p++;
        }
        if (out)
            out[n] = c;
        n++;
    }
    return n;
}

static Object *make_string(Thread *t, const uint16_t *chars, int32_t len)
{
    int latin1 = 1;
    for (int32_t i = 0; i < len && latin1; i++)
        latin1 = chars[i] < 256;
    ArrayObject *v = vm_new_prim_array(t, 'B', latin1 ? len : 2 * len);
    if (!v)
        return NULL;
    uint8_t *b = ARRAY_DATA(v, uint8_t);
    for (int32_t i = 0; i < len; i++) {
        if (latin1) {
            b[i] = (uint8_t)chars[i];
        } else {
            b[2 * i] = (uint8_t)chars[i];
            b[2 * i + 1] = (uint8_t)(chars[i] >> 8);
        }
    }
    VM_ROOT(t, v);
    Object *s = vm_new_object(t, cls_String);
    VM_UNROOT(t, 1);
    if (!s)
        return NULL;
    FIELD_AT(s, str_value_off, ArrayObject *) = v;
    FIELD_AT(s, str_coder_off, int8_t) = (int8_t)!latin1;
    return s;
}

Object *vm_new_string_utf16(Thread *t, const uint16_t *chars, int32_t len)
{
    return make_string(t, chars, len);
}

Object *string_from_latin1(Thread *t, const uint8_t *s, int32_t len)
{
    ArrayObject *v = vm_new_prim_array(t, 'B', len);
    if (!v)
        return NULL;
    memcpy(ARRAY_DATA(v, uint8_t), s, (size_t)len);
    VM_ROOT(t, v);
    Object *o = vm_new_object(t, cls_String);
    VM_UNROOT(t, 1);
    if (!o)
        return NULL;
    FIELD_AT(o, str_value_off, ArrayObject *) = v;
    return o;
}

Object *vm_new_string(Thread *t, const char *mutf8)
{
    const uint8_t *p = (const uint8_t *)mutf8;
    size_t n = strlen(mutf8);
    size_t i = 0;
    while (i < n && p[i] < 0x80)
        i++;
    if (i == n)
        return string_from_latin1(t, p, (int32_t)n);
    uint16_t small[256] = {0}, *buf = n <= 256 ? small : calloc(n, sizeof(uint16_t));
    int32_t len = mutf8_decode(mutf8, buf);
    Object *s = make_string(t, buf, len);
    if (buf != small)
        free(buf);
    return s;
}

/* ---- conversion to C ------------------------------------------------------ */

char *vm_string_utf8(Object *s)
{
    if (!s)
        return strdup("null");
    int32_t n = vm_string_length(s);
    char *out = malloc((size_t)n * 3 + 1), *o = out;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = vm_string_char_at(s, i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
            uint32_t d = vm_string_char_at(s, i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                i++;
            }
        }
        if (c < 0x80) {
            *o++ = (char)c;
        } else if (c < 0x800) {
            *o++ = (char)(0xc0 | c >> 6);
            *o++ = (char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *o++ = (char)(0xe0 | c >> 12);
            *o++ = (char)(0x80 | ((c >> 6) & 0x3f));
            *o++ = (char)(0x80 | (c & 0x3f));
        } else {
            *o++ = (char)(0xf0 | c >> 18);
            *o++ = (char)(0x80 | ((c >> 12) & 0x3f));
            *o++ = (char)(0x80 | ((c >> 6) & 0x3f));
            *o++ = (char)(0x80 | (c & 0x3f));
        }
    }
    *o = 0;
    return out;
}

/* ---- interning ----------------------------------------------------------- */

static uint32_t chars_hash(Object *s)
{
    uint32_t h = 0;
    int32_t n = vm_string_length(s);
    for (int32_t i = 0; i < n; i++)
        h = 31 * h + vm_string_char_at(s, i);
    return h;
}

static int string_equals(Object *a, Object *b)
{
    int32_t n = vm_string_length(a);
    if (n != vm_string_length(b))
        return 0;
    if (string_coder(a) == string_coder(b))
        return memcmp(ARRAY_DATA(string_value(a), uint8_t), ARRAY_DATA(string_value(b), uint8_t),
                      (size_t)string_value(a)->length) == 0;
    for (int32_t i = 0; i < n; i++)
        if (vm_string_char_at(a, i) != vm_string_char_at(b, i))
            return 0;
    return 1;
}

static void itab_grow(void)
{
    uint32_t ncap = itab_cap ? itab_cap * 2 : 1024;
    Object **nt = calloc(ncap, sizeof *nt);
    for (uint32_t i = 0; i < itab_cap; i++) {
        Object *s = itab[i];
        if (!s)
            continue;
        uint32_t k = chars_hash(s) & (ncap - 1);
        while (nt[k])
            k = (k + 1) & (ncap - 1);
        nt[k] = s;
    }
    free(itab);
    itab = nt;
    itab_cap = ncap;
}

Object *vm_intern(Thread *t, Object *str)
{
    (void)t;
    if (!str)
        return NULL;
    if ((itab_count + 1) * 2 > itab_cap)
        itab_grow();
    uint32_t k = chars_hash(str) & (itab_cap - 1);
    while (itab[k]) {
        if (string_equals(itab[k], str))
            return itab[k];
        k = (k + 1) & (itab_cap - 1);
    }
    itab[k] = str;
    itab_count++;
    return str;
}

Object *string_intern_mutf8(Thread *t, const char *mutf8)
{
    Object *s = vm_new_string(t, mutf8);
    return s ? vm_intern(t, s) : NULL;
}

/* The collector treats the table as weak (as HotSpot's StringTable): an
 * entry whose string is not otherwise reachable is dropped (alive() says
 * no); the others are passed to fn, which may move them.  Strings hash by
 * their chars, so moving them keeps their places; dropping entries breaks
 * probe chains, so the survivors are reinserted. */
void string_intern_sweep(int (*alive)(Object *o, void *ctx), void (*fn)(Object **, void *), void *ctx)
{
    uint32_t dropped = 0;
    for (uint32_t i = 0; i < itab_cap; i++) {
        if (!itab[i])
            continue;
        if (!alive(itab[i], ctx)) {
            itab[i] = NULL;
            dropped++;
        } else {
            fn(&itab[i], ctx);
        }
    }
    if (!dropped)
        return;
    itab_count -= dropped;
    Object **old = itab;
    itab = calloc(itab_cap, sizeof *itab);
    for (uint32_t i = 0; i < itab_cap; i++) {
        if (!old[i])
            continue;
        uint32_t k = chars_hash(old[i]) & (itab_cap - 1);
        while (itab[k])
            k = (k + 1) & (itab_cap - 1);
        itab[k] = old[i];
    }
    free(old);
}

void for_each_interned(void (*fn)(Object **, void *), void *arg)
{
    for (uint32_t i = 0; i < itab_cap; i++)
        if (itab[i])
            fn(&itab[i], arg);
}
