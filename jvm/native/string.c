/*
 * string.c — per-character loops of java.lang.String, in C.  An interpreted
 * loop costs several bytecodes per character; these natives cost one call.
 * Arrays are re-read from the argument slots (GC roots) after anything
 * that allocates.
 */
#include <stdlib.h>
#include <string.h>

#include "jvm/vm.h"

#define BYTES(a) ARRAY_DATA((ArrayObject *)(a), uint8_t)
#define LEN(a) (((ArrayObject *)(a))->length)

/* String.hash0(byte[] value, byte coder): 31-polynomial over the chars. */
static void str_hash(Thread *t, Value *a, Value *r)
{
    (void)t;
    const uint8_t *v = BYTES(a[0].l);
    int32_t n = LEN(a[0].l);
    uint32_t h = 0;
    if (a[1].i == 0) {
        for (int32_t i = 0; i < n; i++) h = 31 * h + v[i];
    } else {
        for (int32_t i = 0; i + 1 < n; i += 2) h = 31 * h + (uint32_t)(v[i] | (v[i + 1] << 8));
    }
    r->i = (int32_t)h;
}

/* String.bytesEqual(byte[] a, byte[] b) */
static void str_bytes_equal(Thread *t, Value *a, Value *r)
{
    (void)t;
    int32_t n = LEN(a[0].l);
    r->i = n == LEN(a[1].l) && memcmp(BYTES(a[0].l), BYTES(a[1].l), (size_t)n) == 0;
}

/* String.compress0(char[] c, int off, int len): Latin-1 bytes, or null if some char is wider. */
static void str_compress(Thread *t, Value *a, Value *r)
{
    int32_t off = a[1].i, len = a[2].i;
    const uint16_t *c = ARRAY_DATA((ArrayObject *)a[0].l, uint16_t) + off;
    for (int32_t i = 0; i < len; i++)
        if (c[i] > 0xFF) {
            r->l = NULL;
            return;
        }
    ArrayObject *b = vm_new_prim_array(t, 'B', len);
    if (!b) return;
    c = ARRAY_DATA((ArrayObject *)a[0].l, uint16_t) + off;     /* the allocation may have moved it */
    uint8_t *d = ARRAY_DATA(b, uint8_t);
    for (int32_t i = 0; i < len; i++) d[i] = (uint8_t)c[i];
    r->l = &b->hdr;
}

/* String.copyLatin1(char[] src, int srcOff, byte[] dst, int dstOff, int len) */
static void str_copy_latin1(Thread *t, Value *a, Value *r)
{
    (void)t;
    const uint16_t *c = ARRAY_DATA((ArrayObject *)a[0].l, uint16_t) + a[1].i;
    uint8_t *d = BYTES(a[2].l) + a[3].i;
    int32_t len = a[4].i;
    for (int32_t i = 0; i < len; i++)
        if (c[i] > 0xFF) {
            r->i = 0;
            return;
        }
    for (int32_t i = 0; i < len; i++) d[i] = (uint8_t)c[i];
    r->i = 1;
}

/* String.inflate0(byte[] v, byte coder, char[] dst, int dstOff): all chars into dst. */
static void str_inflate(Thread *t, Value *a, Value *r)
{
    (void)t;
    (void)r;
    const uint8_t *v = BYTES(a[0].l);
    int32_t n = LEN(a[0].l);
    uint16_t *d = ARRAY_DATA((ArrayObject *)a[2].l, uint16_t) + a[3].i;
    if (a[1].i == 0) {
        for (int32_t i = 0; i < n; i++) d[i] = v[i];
    } else {
        memcpy(d, v, (size_t)n);        /* little-endian UTF-16 bytes are the chars */
    }
}

/* String.indexOf0(byte[] v, byte coder, int ch, int from): first index of a BMP char, or -1. */
static void str_index_of(Thread *t, Value *a, Value *r)
{
    (void)t;
    const uint8_t *v = BYTES(a[0].l);
    int32_t n = LEN(a[0].l) >> a[1].i, ch = a[2].i, from = a[3].i < 0 ? 0 : a[3].i;
    r->i = -1;
    if (a[1].i == 0) {
        if (ch < 0 || ch > 0xFF || from >= n) return;
        const uint8_t *p = memchr(v + from, ch, (size_t)(n - from));
        if (p) r->i = (int32_t)(p - v);
        return;
    }
    const uint16_t *u = (const uint16_t *)v;
    for (int32_t i = from; i < n; i++)
        if (u[i] == ch) {
            r->i = i;
            return;
        }
}

/* String.compare0(byte[] a, byte coderA, byte[] b, byte coderB): compareTo over chars. */
static void str_compare(Thread *t, Value *a, Value *r)
{
    (void)t;
    const uint8_t *x = BYTES(a[0].l), *y = BYTES(a[2].l);
    int cx = a[1].i, cy = a[3].i;
    int32_t n1 = LEN(a[0].l) >> cx, n2 = LEN(a[2].l) >> cy, lim = n1 < n2 ? n1 : n2;
    for (int32_t i = 0; i < lim; i++) {
        int c1 = cx ? ((const uint16_t *)x)[i] : x[i];
        int c2 = cy ? ((const uint16_t *)y)[i] : y[i];
        if (c1 != c2) {
            r->i = c1 - c2;
            return;
        }
    }
    r->i = n1 - n2;
}

/* ---- charsets (ids as jdk.internal.util.Charsets: 0 ASCII, 1 ISO-8859-1, 2 UTF-8) ---- */

enum { CS_ASCII, CS_LATIN1, CS_UTF8 };

static bool is_high(uint16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_low(uint16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/* Encodes n chars (Latin-1 bytes or UTF-16 units) into out (NULL: just count).
 * Unmappable chars become '?', a surrogate pair counting as one char. */
static int32_t encode_chars(const uint8_t *v, int32_t n, bool utf16, int cs, uint8_t *out)
{
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        uint16_t c = utf16 ? ((const uint16_t *)v)[i] : v[i];
        bool pair = utf16 && is_high(c) && i + 1 < n && is_low(((const uint16_t *)v)[i + 1]);
        if (cs != CS_UTF8) {
            uint16_t max = cs == CS_ASCII ? 0x7F : 0xFF;
            if (out) out[k] = c <= max ? (uint8_t)c : '?';
            k++;
            if (pair) i++;
        } else if (c < 0x80) {
            if (out) out[k] = (uint8_t)c;
            k++;
        } else if (c < 0x800) {
            if (out) {
                out[k] = (uint8_t)(0xC0 | (c >> 6));
                out[k + 1] = (uint8_t)(0x80 | (c & 0x3F));
            }
            k += 2;
        } else if (pair) {
            uint32_t cp = 0x10000 + (((uint32_t)c - 0xD800) << 10) + (((const uint16_t *)v)[++i] - 0xDC00);
            if (out) {
                out[k] = (uint8_t)(0xF0 | (cp >> 18));
                out[k + 1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
                out[k + 2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
                out[k + 3] = (uint8_t)(0x80 | (cp & 0x3F));
            }
            k += 4;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            if (out) out[k] = '?';
            k++;
        } else {
            if (out) {
                out[k] = (uint8_t)(0xE0 | (c >> 12));
                out[k + 1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
                out[k + 2] = (uint8_t)(0x80 | (c & 0x3F));
            }
            k += 3;
        }
    }
    return k;
}

/* String.encode0(byte[] value, byte coder, int charset) -> byte[] */
static void str_encode(Thread *t, Value *a, Value *r)
{
    bool utf16 = a[1].i != 0;
    int cs = a[2].i;
    int32_t n = LEN(a[0].l) >> utf16;
    int32_t len = encode_chars(BYTES(a[0].l), n, utf16, cs, NULL);
    ArrayObject *b = vm_new_prim_array(t, 'B', len);
    if (!b) return;
    encode_chars(BYTES(a[0].l), n, utf16, cs, ARRAY_DATA(b, uint8_t));
    r->l = &b->hdr;
}

/* Second-byte limits that exclude overlongs and out-of-range code points. */
static bool second_ok(int b0, int b1)
{
    if (b0 == 0xE0) return b1 >= 0xA0;
    if (b0 == 0xF0) return b1 >= 0x90;
    if (b0 == 0xF4) return b1 <= 0x8F;
    return true;
}

/* UTF-8 to UTF-16 with the JDK's replacement rules: one U+FFFD per maximal
 * bad prefix, one for an encoded surrogate, one for a truncated tail.  When
 * the input may continue (!eoi), a truncated tail is left undecoded and its
 * length stored in *pending. */
static int32_t decode_utf8_part(const uint8_t *b, int32_t n, uint16_t *out, bool eoi, int32_t *pending)
{
    *pending = 0;
    int32_t i = 0, k = 0;
    while (i < n) {
        int b0 = b[i];
        if (b0 < 0x80) {
            out[k++] = (uint16_t)b0;
            i++;
            continue;
        }
        int need;
        uint32_t cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) need = 1, cp = b0 & 0x1F;
        else if (b0 >= 0xE0 && b0 <= 0xEF) need = 2, cp = b0 & 0x0F;
        else if (b0 >= 0xF0 && b0 <= 0xF4) need = 3, cp = b0 & 0x07;
        else {
            out[k++] = 0xFFFD;
            i++;
            continue;
        }
        int j = 1;
        bool bad = false;
        for (; j <= need; j++) {
            if (i + j >= n) break;
            int bj = b[i + j];
            if ((bj & 0xC0) != 0x80 || (j == 1 && !second_ok(b0, bj))) {
                bad = true;
                break;
            }
            cp = (cp << 6) | (uint32_t)(bj & 0x3F);
        }
        if (!bad && j <= need) {           /* truncated at the end */
            if (!eoi) {
                *pending = n - i;
                break;
            }
            out[k++] = 0xFFFD;
            break;
        }
        if (bad) {
            out[k++] = 0xFFFD;
            i += j;
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            out[k++] = 0xFFFD;
        } else if (cp >= 0x10000) {
            out[k++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            out[k++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            out[k++] = (uint16_t)cp;
        }
        i += need + 1;
    }
    return k;
}

static int32_t decode_utf8(const uint8_t *b, int32_t n, uint16_t *out)
{
    int32_t pending;
    return decode_utf8_part(b, n, out, true, &pending);
}

/* Charsets.decodeChunk0(byte[] b, int off, int end, int cs, char[] out, int pos, boolean eoi):
 * as Charsets.decodeInto: the new pos, or -(pos + 1) - (pending << 24) when
 * an incomplete sequence is left at the end. */
static void cs_decode_chunk(Thread *t, Value *a, Value *r)
{
    (void)t;
    int32_t off = a[1].i, end = a[2].i, cs = a[3].i, pos = a[5].i;
    const uint8_t *b = BYTES(a[0].l) + off;
    uint16_t *out = ARRAY_DATA((ArrayObject *)a[4].l, uint16_t) + pos;
    int32_t n = end - off, k, pending = 0;
    if (cs == CS_UTF8) {
        k = decode_utf8_part(b, n, out, a[6].i != 0, &pending);
    } else {
        for (int32_t i = 0; i < n; i++) out[i] = (cs == CS_ASCII && b[i] > 0x7F) ? 0xFFFD : b[i];
        k = n;
    }
    r->i = pending ? -(pos + k + 1) - (pending << 24) : pos + k;
}

/* String.decode0(byte[] b, int off, int len, int charset) -> String */
static void str_decode(Thread *t, Value *a, Value *r)
{
    int32_t off = a[1].i, len = a[2].i;
    int cs = a[3].i;
    uint16_t stackbuf[256];
    uint16_t *out = len <= 256 ? stackbuf : malloc((size_t)len * sizeof *out);
    if (!out) {
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
        return;
    }
    const uint8_t *b = BYTES(a[0].l) + off;
    int32_t n;
    if (cs == CS_UTF8) {
        n = decode_utf8(b, len, out);
    } else {
        for (int32_t i = 0; i < len; i++) out[i] = (cs == CS_ASCII && b[i] > 0x7F) ? 0xFFFD : b[i];
        n = len;
    }
    r->l = vm_new_string_utf16(t, out, n);
    if (out != stackbuf) free(out);
}

const NativeMethod string_natives[] = {
    {"jdk/internal/util/Charsets", "decodeChunk0", "([BIII[CIZ)I", cs_decode_chunk},
    {"java/lang/String", "encode0", "([BBI)[B", str_encode},
    {"java/lang/String", "decode0", "([BIII)Ljava/lang/String;", str_decode},
    {"java/lang/String", "hash0", "([BB)I", str_hash},
    {"java/lang/String", "bytesEqual", "([B[B)Z", str_bytes_equal},
    {"java/lang/String", "compress0", "([CII)[B", str_compress},
    {"java/lang/String", "copyLatin1", "([CI[BII)Z", str_copy_latin1},
    {"java/lang/String", "inflate0", "([BB[CI)V", str_inflate},
    {"java/lang/String", "indexOf0", "([BBII)I", str_index_of},
    {"java/lang/String", "compare0", "([BB[BB)I", str_compare},
    {0},
};
