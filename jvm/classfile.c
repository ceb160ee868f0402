/*
 * classfile.c — parse and format-check one class file (JVMS ch. 4, §4.8).
 *
 * The checks, their order and their messages follow HotSpot's class file
 * parser (JDK 17), so that `bin/jvm` and `java` report the same error for
 * the same hostile file: the first problem in file order wins, and
 * truncation is detected exactly where HotSpot's guarantee_more() would.
 *
 * Design:
 *   - Every read goes through need(), which fails with "Truncated class
 *     file" before touching a byte past the end.  Errors unwind with
 *     longjmp to cf_parse(), which frees the arena: no check can be
 *     forgotten on an error path and nothing leaks.
 *   - The constant pool is walked twice: scan_cp() checks tags, lengths and
 *     modified UTF-8 without allocating and so learns how much memory the
 *     pool needs; fill_cp() then builds it in one go.
 *   - Memory: one arena per class file whose first chunk is sized from the
 *     input, so a typical class costs one malloc.  Every count is checked
 *     against the bytes left before memory is reserved for it, so even a
 *     hostile file costs O(len).
 */
#include "jvm/classfile.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- parser state, errors, arena ---------------------------------------- */

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

typedef struct Parser {
    const uint8_t *p, *end;
    const uint8_t *p_pool_end;  /* where the constant pool ends (scan_cp) */
    ClassFile *cf;
    Chunk *arena;           /* newest chunk first */
    size_t rest_hint;       /* size for overflow chunks */
    CfError *err;
    const char *cname;      /* class name in messages (HotSpot's _class_name) */
    uint16_t major;
    int interface;          /* ACC_INTERFACE */
    int bad_constant;       /* first Module/Package tag seen, reported late */
    int max_bsm;            /* largest bootstrap index an (Invoke)Dynamic uses */
    uint8_t *checked;       /* per Utf8 entry: the CHK_* checks it has passed */
    uint16_t *slots;        /* per Utf8 entry passed as a method descriptor: arg slots */
    unsigned char *tmp, *tmp_end;   /* scratch region being bumped */
    Chunk *spill;           /* scratch chunks beyond cf_parse's stack buffer */
    jmp_buf jb;
} Parser;

static _Noreturn void fail(Parser *ps, CfErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static _Noreturn void fail(Parser *ps, CfErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    ps->err->kind = kind;
    va_start(ap, fmt);
    vsnprintf(ps->err->msg, sizeof ps->err->msg, fmt, ap);
    va_end(ap);
    longjmp(ps->jb, 1);
}

/* ClassFormatError whose format ends in "... class file %s" (or "class %s"). */
#define CFE(ps, fmt, ...) fail((ps), CF_CLASS_FORMAT_ERROR, fmt, __VA_ARGS__)
#define CFE0(ps, fmt) fail((ps), CF_CLASS_FORMAT_ERROR, fmt, (ps)->cname)

static Chunk *chunk_new(Parser *ps, size_t size)
{
    Chunk *c = malloc(sizeof(Chunk) + size);
    if (!c)
        fail(ps, CF_OUT_OF_MEMORY, "Java heap space");
    c->size = size;
    c->used = 0;
    c->next = ps->arena;
    ps->arena = c;
    return c;
}

/* 8-aligned memory from the arena.  Callers only ask for sizes
 * proportional to bytes already consumed, so overflow chunks stay O(len). */
static void *alloc_raw(Parser *ps, size_t n)
{
    Chunk *c = ps->arena;
    n = (n + 7) & ~(size_t)7;
    if (!n)
        n = 8;
    if (!c || c->size - c->used < n)
        c = chunk_new(ps, n > ps->rest_hint ? n : ps->rest_hint);
    void *r = c->data + c->used;
    c->used += n;
    return r;
}

static void *alloc(Parser *ps, size_t n)
{
    return memset(alloc_raw(ps, n), 0, n);
}

/* Scratch memory for tables that die with the parse (duplicate checks and
 * the like): cf_parse()'s stack buffer first, then malloc'd chunks, all
 * freed when cf_parse() returns.  Zeroed. */
static void *tmp_alloc(Parser *ps, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if ((size_t)(ps->tmp_end - ps->tmp) < n) {
        size_t size = n > 65536 ? n : 65536;
        Chunk *c = malloc(sizeof(Chunk) + size);
        if (!c)
            fail(ps, CF_OUT_OF_MEMORY, "Java heap space");
        c->next = ps->spill;
        ps->spill = c;
        ps->tmp = c->data;
        ps->tmp_end = c->data + size;
    }
    void *r = ps->tmp;
    ps->tmp += n;
    return memset(r, 0, n);
}

typedef struct TmpMark {
    unsigned char *tmp, *end;
} TmpMark;

static TmpMark tmp_mark(const Parser *ps)
{
    return (TmpMark){ ps->tmp, ps->tmp_end };
}

/* Frees what was allocated since `m`.  If that moved on to a new chunk,
 * the newest chunk is reused from its start (so repeated mark/release
 * cycles do not pile up chunks). */
static void tmp_release(Parser *ps, TmpMark m)
{
    if (m.end == ps->tmp_end)
        ps->tmp = m.tmp;
    else
        ps->tmp = ps->spill->data;
}

static void arena_free(Chunk *c)
{
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
}

/* ---- reading ------------------------------------------------------------ */

static inline size_t left(const Parser *ps)
{
    return (size_t)(ps->end - ps->p);
}

static inline void need(Parser *ps, size_t n)
{
    if (left(ps) < n)
        CFE(ps, "%s", "Truncated class file");
}

static inline uint8_t u1(Parser *ps)
{
    need(ps, 1);
    return *ps->p++;
}

static inline uint16_t u2(Parser *ps)
{
    need(ps, 2);
    uint16_t v = (uint16_t)(ps->p[0] << 8 | ps->p[1]);
    ps->p += 2;
    return v;
}

static inline uint32_t u4(Parser *ps)
{
    need(ps, 4);
    uint32_t v = (uint32_t)ps->p[0] << 24 | (uint32_t)ps->p[1] << 16 |
                 (uint32_t)ps->p[2] << 8 | ps->p[3];
    ps->p += 4;
    return v;
}

static inline void skip(Parser *ps, size_t n)
{
    need(ps, n);
    ps->p += n;
}

/* ---- modified UTF-8, names and descriptors (JVMS 4.4.7, 4.2, 4.3) -------- */

/* Modified UTF-8: no 0 bytes, no 4-byte forms, no stray continuation bytes;
 * like HotSpot (class files > 47) also no overlong forms except C0 80. */
static int valid_mutf8(const uint8_t *s, size_t n, int lenient)
{
    for (size_t i = 0; i < n; i++) {
        /* fast path: eight bytes all in 1..0x7f */
        while (i + 8 <= n) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            if (((v - 0x0101010101010101ull) | v) & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        uint8_t c = s[i];
        if (c == 0)
            return 0;
        if (c < 0x80)
            continue;
        switch (c >> 4) {
        case 0xc: case 0xd: {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80)
                return 0;
            unsigned v = (unsigned)(c & 0x1f) << 6 | (s[i + 1] & 0x3f);
            if (!lenient && v != 0 && v < 0x80)
                return 0;
            i += 1;
            break;
        }
        case 0xe: {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
                return 0;
            unsigned v = (unsigned)(c & 0xf) << 12 | (unsigned)(s[i + 1] & 0x3f) << 6 |
                         (s[i + 2] & 0x3f);
            if (!lenient && v < 0x800)
                return 0;
            i += 2;
            break;
        }
        default:
            return 0;
        }
    }
    return 1;
}

enum { LEGAL_CLASS, LEGAL_FIELD, LEGAL_METHOD };

/* Unqualified names (JVMS 4.2.2) exclude . ; [ and / — class names use '/'
 * as a separator between non-empty parts; method names also exclude < >. */
static int legal_unqualified(const char *s, size_t n, int type)
{
    static const uint8_t special[256] = {
        ['.'] = 1, [';'] = 1, ['['] = 1, ['/'] = 2, ['<'] = 3, ['>'] = 3,
    };
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t k = special[(uint8_t)s[i]];
        if (k == 0)
            continue;
        if (k == 1)
            return 0;
        if (k == 2 && (type != LEGAL_CLASS || i == 0 || i + 1 >= n || s[i + 1] == '/'))
            return 0;
        if (k == 3 && type == LEGAL_METHOD)
            return 0;
    }
    return 1;
}

/* One field type starting at `d` (JVMS 4.3.2), V allowed if `void_ok`.
 * Returns the byte after it or NULL.  With a parser, two malformations get
 * HotSpot's own messages instead of the caller's "illegal signature". */
static const char *skip_field_sig(Parser *ps, const char *d, int void_ok)
{
    unsigned dims = 0;
    for (;;) {
        switch (*d) {
        case 'V':
            if (!void_ok)
                return NULL;
            return d + 1;
        case 'Z': case 'B': case 'C': case 'S': case 'I': case 'F': case 'J': case 'D':
            return d + 1;
        case 'L': {
            const char *semi = strchr(d + 1, ';');
            if (!semi)
                return NULL;
            if (!legal_unqualified(d + 1, (size_t)(semi - d - 1), LEGAL_CLASS)) {
                if (ps)
                    CFE0(ps, "Class name is empty or contains illegal character in "
                             "descriptor in class file %s");
                return NULL;
            }
            return semi + 1;
        }
        case '[':
            if (++dims > 255) {
                if (ps)
                    CFE0(ps, "Array type descriptor has more than 255 dimensions in class file %s");
                return NULL;
            }
            d++;
            void_ok = 0;
            break;
        default:
            return NULL;
        }
    }
}

/* Argument slots of a method descriptor, or -1 if malformed. */
static int method_sig_slots(Parser *ps, const char *d)
{
    int slots = 0;
    if (*d++ != '(')
        return -1;
    for (const char *e; (e = skip_field_sig(ps, d, 0)); d = e)
        slots += (*d == 'J' || *d == 'D') ? 2 : 1;
    if (*d++ != ')')
        return -1;
    const char *e = skip_field_sig(ps, d, 1);
    return e && *e == 0 ? slots : -1;
}

static int legal_class_name(Parser *ps, const char *n, size_t len)
{
    if (n[0] == '[') {
        const char *e = skip_field_sig(ps, n, 0);
        return e && *e == 0;
    }
    return legal_unqualified(n, len, LEGAL_CLASS);
}

static int legal_method_name(const char *n, size_t len)
{
    if (n[0] == '<')
        return strcmp(n, "<init>") == 0 || strcmp(n, "<clinit>") == 0;
    return legal_unqualified(n, len, LEGAL_METHOD);
}

int cf_valid_field_descriptor(const char *d)
{
    const char *e = skip_field_sig(NULL, d, 0);
    return e && *e == 0;
}

int cf_valid_method_descriptor(const char *d)
{
    return method_sig_slots(NULL, d) >= 0;
}

int cf_valid_class_name(const char *name)
{
    return legal_class_name(NULL, name, strlen(name));
}

static _Noreturn void illegal_sig(Parser *ps, const char *what, const char *name, const char *sig)
{
    CFE(ps, "%s \"%s\" in class %s has illegal signature \"%s\"", what, name, ps->cname, sig);
}

static void check_field_sig(Parser *ps, const char *name, const char *sig)
{
    const char *e = skip_field_sig(ps, sig, 0);
    if (!e || *e)
        illegal_sig(ps, "Field", name, sig);
}

static int check_method_sig(Parser *ps, const char *name, const char *sig)
{
    int n = method_sig_slots(ps, sig);
    if (n < 0)
        illegal_sig(ps, "Method", name, sig);
    return n;
}

/* ---- constant pool ------------------------------------------------------ */

static inline int is_tag(const ClassFile *cf, uint32_t i, uint8_t tag)
{
    return i > 0 && i < cf->cp_count && cf->cp[i].tag == tag;
}

static inline const char *str_at(const ClassFile *cf, uint32_t i)
{
    return cf->cp[i].utf8.s;
}

/* Name and descriptor checks of Utf8 entry `i`, each done once per entry:
 * the members' names and descriptors are mostly the entries the pool's
 * NameAndTypes already had checked.  A check that passed once passes again,
 * so skipping it changes no outcome. */
enum { CHK_CLASS = 1, CHK_FIELD_NAME = 2, CHK_METHOD_NAME = 4, CHK_FIELD_SIG = 8, CHK_METHOD_SIG = 16 };

static void check_class_name(Parser *ps, uint16_t i)
{
    const CpEntry *e = &ps->cf->cp[i];
    if (ps->checked[i] & CHK_CLASS)
        return;
    if (!legal_class_name(ps, e->utf8.s, e->utf8.len))
        CFE(ps, "Illegal class name \"%s\" in class file %s", e->utf8.s, ps->cname);
    ps->checked[i] |= CHK_CLASS;
}

static void check_field_name(Parser *ps, uint16_t i)
{
    const CpEntry *e = &ps->cf->cp[i];
    if (ps->checked[i] & CHK_FIELD_NAME)
        return;
    if (!legal_unqualified(e->utf8.s, e->utf8.len, LEGAL_FIELD))
        CFE(ps, "Illegal field name \"%s\" in class %s", e->utf8.s, ps->cname);
    ps->checked[i] |= CHK_FIELD_NAME;
}

static void check_method_name(Parser *ps, uint16_t i)
{
    const CpEntry *e = &ps->cf->cp[i];
    if (ps->checked[i] & CHK_METHOD_NAME)
        return;
    if (!legal_method_name(e->utf8.s, e->utf8.len))
        CFE(ps, "Illegal method name \"%s\" in class %s", e->utf8.s, ps->cname);
    ps->checked[i] |= CHK_METHOD_NAME;
}

static void check_field_sig_at(Parser *ps, const char *name, uint16_t i)
{
    if (ps->checked[i] & CHK_FIELD_SIG)
        return;
    check_field_sig(ps, name, str_at(ps->cf, i));
    ps->checked[i] |= CHK_FIELD_SIG;
}

/* Returns the descriptor's argument slots. */
static int check_method_sig_at(Parser *ps, const char *name, uint16_t i)
{
    if (!(ps->checked[i] & CHK_METHOD_SIG)) {
        int n = check_method_sig(ps, name, str_at(ps->cf, i));
        ps->slots[i] = (uint16_t)(n < 0xffff ? n : 0xffff);
        ps->checked[i] |= CHK_METHOD_SIG;
    }
    return ps->slots[i];
}

/* Walks the raw pool as HotSpot's first pass does: tags, version gates,
 * lengths (each entry guarantees one more byte: the next tag or the access
 * flags), modified UTF-8.  Returns the bytes needed for string copies. */
static size_t scan_cp(Parser *ps, uint16_t count)
{
    const uint8_t *save = ps->p;
    size_t strbytes = 0;
    for (uint32_t i = 1; i < count; i++) {
        uint8_t tag = *ps->p++;         /* guaranteed by the previous entry */
        switch (tag) {
        case CONST_Class: case CONST_String:
            skip(ps, 2);
            break;
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
        case CONST_NameAndType: case CONST_Integer: case CONST_Float:
            skip(ps, 4);
            break;
        case CONST_MethodHandle: case CONST_MethodType: case CONST_InvokeDynamic:
        case CONST_Dynamic:
            if (ps->major < (tag == CONST_Dynamic ? 55 : 51))
                CFE(ps, "Class file version does not support constant tag %u in class file %s",
                    tag, ps->cname);
            skip(ps, tag == CONST_MethodType ? 2 : tag == CONST_MethodHandle ? 3 : 4);
            break;
        case CONST_Long: case CONST_Double:
            if (i + 1 >= count)
                CFE(ps, "Invalid constant pool entry %u in class file %s", i, ps->cname);
            skip(ps, 8);
            i++;
            break;
        case CONST_Utf8: {
            uint16_t n = u2(ps);
            need(ps, (size_t)n + 1);
            if (!valid_mutf8(ps->p, n, ps->major <= 47))
                CFE0(ps, "Illegal UTF8 string in constant pool in class file %s");
            ps->p += n;
            strbytes += (size_t)n + 1;
            continue;                   /* need() above covered the next tag */
        }
        case CONST_Module: case CONST_Package:
            if (ps->major >= 53) {
                skip(ps, 2);
                if (!ps->bad_constant)
                    ps->bad_constant = tag;
                break;
            }
            /* fall through */
        default:
            CFE(ps, "Unknown constant tag %u in class file %s", tag, ps->cname);
        }
        need(ps, 1);
    }
    ps->p_pool_end = ps->p;
    ps->p = save;
    return strbytes;
}

static uint32_t rd4(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Builds the entries scan_cp() vetted; no bounds checks needed here. */
static void fill_cp(Parser *ps, CpEntry *cp, uint16_t count)
{
    const uint8_t *p = ps->p;
    for (uint32_t i = 1; i < count; i++) {
        CpEntry *e = &cp[i];
        e->tag = *p++;
        switch (e->tag) {
        case CONST_Utf8: {
            uint16_t n = (uint16_t)(p[0] << 8 | p[1]);
            char *s = alloc_raw(ps, (size_t)n + 1);
            memcpy(s, p + 2, n);
            s[n] = 0;
            e->utf8.s = s;
            e->utf8.len = n;
            p += 2 + n;
            break;
        }
        case CONST_Integer: case CONST_Float: {
            uint32_t bits = rd4(p);
            memcpy(&e->i, &bits, 4);    /* i and f share storage */
            p += 4;
            break;
        }
        case CONST_Long: case CONST_Double: {
            uint64_t bits = (uint64_t)rd4(p) << 32 | rd4(p + 4);
            memcpy(&e->j, &bits, 8);    /* j and d share storage */
            p += 8;
            i++;
            break;
        }
        case CONST_MethodHandle:
            e->kind = p[0];
            e->a = (uint16_t)(p[1] << 8 | p[2]);
            p += 3;
            break;
        case CONST_Class: case CONST_String: case CONST_MethodType:
        case CONST_Module: case CONST_Package:
            e->a = (uint16_t)(p[0] << 8 | p[1]);
            p += 2;
            break;
        default:
            e->a = (uint16_t)(p[0] << 8 | p[1]);
            e->b = (uint16_t)(p[2] << 8 | p[3]);
            p += 4;
            break;
        }
    }
    ps->p = p;
}

static void check_index(Parser *ps, int ok, uint32_t index)
{
    if (!ok)
        CFE(ps, "Invalid constant pool index %u in class file %s", index, ps->cname);
}

static void check_method_handle_ref(Parser *ps, const CpEntry *e, uint32_t i)
{
    const ClassFile *cf = ps->cf;
    uint32_t ref = e->a;
    check_index(ps, ref > 0 && ref < cf->cp_count, ref);
    uint8_t t = cf->cp[ref].tag;
    const char *what = NULL;
    switch (e->kind) {
    case 1: case 2: case 3: case 4:     /* get/put field/static */
        if (t != CONST_Fieldref)
            what = "(not a field)";
        break;
    case 5: case 8:                     /* invokeVirtual, newInvokeSpecial */
        if (t != CONST_Methodref)
            what = "(not a method)";
        break;
    case 6: case 7:                     /* invokeStatic, invokeSpecial */
        if (t != CONST_Methodref && !(ps->major >= 52 && t == CONST_InterfaceMethodref))
            what = "(not a method)";
        break;
    case 9:                             /* invokeInterface */
        if (t != CONST_InterfaceMethodref)
            what = "(not an interface method)";
        break;
    default:
        CFE(ps, "Bad method handle kind at constant pool index %u in class file %s",
            i, ps->cname);
    }
    if (what)
        CFE(ps, "Invalid constant pool index %u in class file %s %s", ref, ps->cname, what);
}

/* HotSpot's first verification pass: cross-references have the right tags. */
static void link_cp(Parser *ps)
{
    const ClassFile *cf = ps->cf;
    for (uint32_t i = 1; i < cf->cp_count; i++) {
        const CpEntry *e = &cf->cp[i];
        switch (e->tag) {
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
            check_index(ps, is_tag(cf, e->a, CONST_Class), e->a);
            check_index(ps, is_tag(cf, e->b, CONST_NameAndType), e->b);
            break;
        case CONST_NameAndType:
            check_index(ps, is_tag(cf, e->a, CONST_Utf8), e->a);
            check_index(ps, is_tag(cf, e->b, CONST_Utf8), e->b);
            break;
        case CONST_Class: case CONST_String: case CONST_MethodType:
            check_index(ps, is_tag(cf, e->a, CONST_Utf8), e->a);
            break;
        case CONST_MethodHandle:
            check_method_handle_ref(ps, e, i);
            break;
        case CONST_Dynamic: case CONST_InvokeDynamic:
            check_index(ps, is_tag(cf, e->b, CONST_NameAndType), e->b);
            if (e->a > ps->max_bsm)
                ps->max_bsm = e->a;
            break;
        case CONST_Long: case CONST_Double:
            i++;
            break;
        default:
            break;
        }
    }
}

static void check_name_and_type(Parser *ps, const CpEntry *e)
{
    const ClassFile *cf = ps->cf;
    const char *name = str_at(cf, e->a), *sig = str_at(cf, e->b);
    if (!sig[0])
        CFE(ps, "Illegal zero length constant pool entry at %d in class %s", e->b, ps->cname);
    if (!name[0])
        CFE(ps, "Illegal zero length constant pool entry at %d in class %s", e->a, ps->cname);
    if (sig[0] == '(') {
        check_method_name(ps, e->a);
        check_method_sig_at(ps, name, e->b);
    } else {
        check_field_name(ps, e->a);
        check_field_sig_at(ps, name, e->b);
    }
}

static void check_member_ref(Parser *ps, const CpEntry *e)
{
    const ClassFile *cf = ps->cf;
    const CpEntry *nt = &cf->cp[e->b];
    const char *name = str_at(cf, nt->a), *sig = str_at(cf, nt->b);
    if (e->tag == CONST_Fieldref) {
        if (sig[0] == '(')
            illegal_sig(ps, "Field", name, sig);
        return;
    }
    if (e->tag == CONST_Dynamic) {
        if (sig[0] == '(')
            illegal_sig(ps, "CONSTANT_Dynamic", name, sig);
        return;
    }
    if (sig[0] != '(')
        illegal_sig(ps, "Method", name, sig);
    if (e->tag == CONST_Methodref && name[0] == '<') {
        if (strcmp(name, "<init>") != 0)
            CFE(ps, "Bad method name at constant pool index %u in class file %s",
                nt->a, ps->cname);
        if (sig[strlen(sig) - 1] != 'V')
            illegal_sig(ps, "Method", name, sig);
    }
}

/* Kinds 5..8 name a method: only newInvokeSpecial may (and must) be <init>. */
static void check_method_handle_name(Parser *ps, const CpEntry *e)
{
    const ClassFile *cf = ps->cf;
    if (e->kind < 5 || e->kind > 8)
        return;
    uint16_t name_index = cf->cp[cf->cp[e->a].b].a;
    int init = strcmp(str_at(cf, name_index), "<init>") == 0;
    if (e->kind == 8 && !init)
        CFE(ps, "Bad constructor name at constant pool index %u in class file %s",
            name_index, ps->cname);
    if (e->kind != 8 && init)
        CFE(ps, "Bad method name at constant pool index %u in class file %s",
            name_index, ps->cname);
}

/* HotSpot's second pass: names and descriptors are well formed. */
static void check_cp_names(Parser *ps)
{
    const ClassFile *cf = ps->cf;
    for (uint32_t i = 1; i < cf->cp_count; i++) {
        const CpEntry *e = &cf->cp[i];
        switch (e->tag) {
        case CONST_Class:
            check_class_name(ps, e->a);
            break;
        case CONST_NameAndType:
            check_name_and_type(ps, e);
            break;
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
        case CONST_Dynamic: case CONST_InvokeDynamic:
            check_member_ref(ps, e);
            break;
        case CONST_MethodHandle:
            check_method_handle_name(ps, e);
            break;
        case CONST_MethodType:
            check_method_sig_at(ps, "type", e->a);
            break;
        default:
            break;
        }
    }
}

static void parse_cp(Parser *ps, uint16_t count)
{
    ClassFile *cf = ps->cf;
    cf->cp_count = count;
    cf->cp = alloc(ps, (size_t)count * sizeof(CpEntry));
    ps->checked = tmp_alloc(ps, count);
    ps->slots = tmp_alloc(ps, (size_t)count * sizeof(uint16_t));
    fill_cp(ps, cf->cp, count);
    if (ps->bad_constant)
        return;                 /* reported after the access flags, as HotSpot does */
    link_cp(ps);
    check_cp_names(ps);
}

/* Index must be a Utf8 entry (HotSpot's valid_symbol_at). */
static const char *symbol(Parser *ps, uint32_t i, const char *fmt)
{
    if (!is_tag(ps->cf, i, CONST_Utf8))
        fail(ps, CF_CLASS_FORMAT_ERROR, fmt, i, ps->cname);
    return str_at(ps->cf, i);
}

/* Index must be a Class entry; returns the class name. */
static const char *class_ref(Parser *ps, uint32_t i, const char *fmt)
{
    if (!is_tag(ps->cf, i, CONST_Class))
        fail(ps, CF_CLASS_FORMAT_ERROR, fmt, i, ps->cname);
    return str_at(ps->cf, ps->cf->cp[i].a);
}

/* ---- access flags (JVMS 4.1, 4.5, 4.6 as HotSpot enforces them) ---------- */

enum {
    RECOGNIZED_CLASS = 0x7631, RECOGNIZED_INNER = 0x763f,
    RECOGNIZED_FIELD = 0x50df, RECOGNIZED_METHOD = 0x1dff,
};

static int bad_visibility(unsigned f)
{
    return !!(f & ACC_PUBLIC) + !!(f & ACC_PRIVATE) + !!(f & ACC_PROTECTED) > 1;
}

static void check_class_flags(Parser *ps, unsigned f)
{
    if (f & ACC_MODULE)
        fail(ps, CF_NO_CLASS_DEF_FOUND,
             "%s is not a class because access_flag ACC_MODULE is set", ps->cname);
    int is_if = f & ACC_INTERFACE, abs = f & ACC_ABSTRACT, ge15 = ps->major >= 49;
    if ((abs && (f & ACC_FINAL)) || (is_if && !abs) ||
        (is_if && ge15 && (f & (ACC_SUPER | ACC_ENUM))) ||
        (!is_if && ge15 && (f & ACC_ANNOTATION)))
        CFE(ps, "Illegal class modifiers in class %s: 0x%X", ps->cname, f);
}

static void check_field_flags(Parser *ps, unsigned f)
{
    int bad;
    if (ps->interface)
        bad = (f & (ACC_PUBLIC | ACC_STATIC | ACC_FINAL)) != (ACC_PUBLIC | ACC_STATIC | ACC_FINAL) ||
              (f & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE | ACC_TRANSIENT)) ||
              (ps->major >= 49 && (f & ACC_ENUM));
    else
        bad = bad_visibility(f) || ((f & ACC_FINAL) && (f & ACC_VOLATILE));
    if (bad)
        CFE(ps, "Illegal field modifiers in class %s: 0x%X", ps->cname, f);
}

static int bad_interface_method_flags(unsigned f, uint16_t major)
{
    int pub = !!(f & ACC_PUBLIC), priv = !!(f & ACC_PRIVATE), abs = !!(f & ACC_ABSTRACT);
    if (major >= 52)
        return pub == priv || (f & (ACC_NATIVE | ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED)) ||
               (abs && (priv || (f & ACC_STATIC) || (major < 61 && (f & ACC_STRICT))));
    if (major >= 49)
        return !pub || !abs || (f & (ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL |
                                     ACC_SYNCHRONIZED | ACC_NATIVE | ACC_STRICT));
    return !pub || !abs || (f & (ACC_STATIC | ACC_FINAL | ACC_NATIVE));
}

static void check_method_flags(Parser *ps, unsigned f, const char *name)
{
    uint16_t major = ps->major;
    int bad;
    if (ps->interface)
        bad = bad_interface_method_flags(f, major);
    else if (bad_visibility(f))
        bad = 1;
    else if (strcmp(name, "<init>") == 0)
        bad = (f & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_ABSTRACT)) ||
              (major >= 49 && (f & ACC_BRIDGE));
    else
        bad = (f & ACC_ABSTRACT) &&
              ((f & (ACC_FINAL | ACC_NATIVE | ACC_PRIVATE | ACC_STATIC)) ||
               (major >= 49 && ((f & ACC_SYNCHRONIZED) || (major < 61 && (f & ACC_STRICT)))));
    if (bad)
        CFE(ps, "Method %s in class %s has illegal modifiers: 0x%X", name, ps->cname, f);
}

/* ---- attributes shared by fields, methods, record components, classes ---- */

static inline int is(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

/* The annotation attributes may each appear once per owner. */
enum { RVA = 1, RIA = 2, RVTA = 4, RITA = 8, RVPA = 16, RIPA = 32, ANNDEF = 64 };

static int annotation_bit(const char *n, int method)
{
    if (is(n, "RuntimeVisibleAnnotations")) return RVA;
    if (is(n, "RuntimeInvisibleAnnotations")) return RIA;
    if (is(n, "RuntimeVisibleTypeAnnotations")) return RVTA;
    if (is(n, "RuntimeInvisibleTypeAnnotations")) return RITA;
    if (method && is(n, "RuntimeVisibleParameterAnnotations")) return RVPA;
    if (method && is(n, "RuntimeInvisibleParameterAnnotations")) return RIPA;
    if (method && is(n, "AnnotationDefault")) return ANNDEF;
    return 0;
}

/* Skips an annotation-like attribute, rejecting a second one of its kind.
 * `owner` is "" / " for field" / " for method" / " for Record component". */
static int annotation_attr(Parser *ps, const char *name, uint32_t len, int *seen,
                           int method, const char *owner)
{
    int bit = annotation_bit(name, method);
    if (!bit)
        return 0;
    if (*seen & bit)
        CFE(ps, "Multiple %s attributes%s in class file %s", name, owner, ps->cname);
    *seen |= bit;
    skip(ps, len);
    return 1;
}

/* Attribute header: name index (must be Utf8, message per owner) and length. */
static const char *attr_header(Parser *ps, uint32_t *len, const char *fmt)
{
    need(ps, 6);
    uint16_t ni = u2(ps);
    *len = u4(ps);
    return symbol(ps, ni, fmt);
}

/* ---- fields ------------------------------------------------------------- */

static void check_constant_value(Parser *ps, uint16_t ci, const char *sig)
{
    const ClassFile *cf = ps->cf;
    if (ci == 0 || ci >= cf->cp_count)
        CFE(ps, "Bad initial value index %u in ConstantValue attribute in class file %s",
            ci, ps->cname);
    uint8_t t = cf->cp[ci].tag, want;
    switch (sig[0]) {
    case 'J': want = CONST_Long; break;
    case 'F': want = CONST_Float; break;
    case 'D': want = CONST_Double; break;
    case 'L':
        if (!is(sig, "Ljava/lang/String;") || t != CONST_String)
            CFE0(ps, "Bad string initial value in class file %s");
        return;
    case '[':
        CFE(ps, "Unable to set initial value %u in class file %s", ci, ps->cname);
    default: want = CONST_Integer; break;
    }
    if (t != want)
        CFE0(ps, "Inconsistent constant value type in class file %s");
}

static void parse_field_attributes(Parser *ps, CfField *fd)
{
    uint16_t na = u2(ps);
    int seen = 0, has_sig = 0;
    while (na--) {
        uint32_t len;
        const char *an = attr_header(ps, &len, "Invalid field attribute index %u in class file %s");
        if ((fd->access & ACC_STATIC) && is(an, "ConstantValue")) {
            if (fd->constant_value)
                CFE0(ps, "Duplicate ConstantValue attribute in class file %s");
            if (len != 2)
                CFE(ps, "Invalid ConstantValue field attribute length %u in class file %s",
                    len, ps->cname);
            uint16_t ci = u2(ps);
            check_constant_value(ps, ci, fd->desc);
            fd->constant_value = ci;
        } else if (is(an, "Synthetic") && len != 0) {
            CFE(ps, "Invalid Synthetic field attribute length %u in class file %s", len, ps->cname);
        } else if (is(an, "Deprecated") && len != 0) {
            CFE(ps, "Invalid Deprecated field attribute length %u in class file %s", len, ps->cname);
        } else if (ps->major >= 49 && is(an, "Signature")) {
            if (has_sig)
                CFE0(ps, "Multiple Signature attributes for field in class file %s");
            if (len != 2)
                CFE(ps, "Wrong size %u for field's Signature attribute in class file %s",
                    len, ps->cname);
            need(ps, 2);
            symbol(ps, u2(ps), "Invalid Signature attribute at constant pool index %u in class file %s");
            has_sig = 1;
        } else if (!(ps->major >= 49 && annotation_attr(ps, an, len, &seen, 0, " for field"))) {
            skip(ps, len);
        }
    }
}

static void parse_field(Parser *ps, CfField *fd)
{
    need(ps, 8);
    unsigned flags = u2(ps) & RECOGNIZED_FIELD;
    check_field_flags(ps, flags);
    fd->access = (uint16_t)flags;
    uint16_t ni = u2(ps);
    fd->name = symbol(ps, ni, "Invalid constant pool index %u for field name in class file %s");
    check_field_name(ps, ni);
    uint16_t di = u2(ps);
    fd->desc = symbol(ps, di, "Invalid constant pool index %u for field signature in class file %s");
    check_field_sig_at(ps, fd->name, di);
    parse_field_attributes(ps, fd);
}

/* ---- duplicate members -------------------------------------------------- */

static uint32_t hash_str(uint32_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static char *external_name(Parser *ps, const char *s)
{
    size_t n = strlen(s);
    char *r = alloc(ps, n + 1);
    for (size_t i = 0; i <= n; i++)
        r[i] = s[i] == '/' ? '.' : s[i];
    return r;
}

/* Open-addressing set of (name, desc) pairs; the member arrays are walked
 * through `stride` because CfField and CfMethod share name/desc offsets. */
static void check_duplicates(Parser *ps, const void *base, size_t stride, uint16_t n,
                             const char *what)
{
    if (n < 2)
        return;
    uint32_t cap = 4;
    while (cap < 2u * n)
        cap <<= 1;
    TmpMark mark = tmp_mark(ps);
    const char **slots = tmp_alloc(ps, (size_t)cap * 2 * sizeof(char *));
    for (uint32_t i = 0; i < n; i++) {
        const char *const *nd = (const char *const *)((const char *)base + i * stride +
                                                      offsetof(CfField, name));
        const char *name = nd[0], *desc = nd[1];
        uint32_t h = hash_str(hash_str(2166136261u, name) * 31, desc) & (cap - 1);
        for (; slots[2 * h]; h = (h + 1) & (cap - 1))
            if ((slots[2 * h] == name || is(slots[2 * h], name)) &&
                (slots[2 * h + 1] == desc || is(slots[2 * h + 1], desc)))
                CFE(ps, "Duplicate %s name \"%s\" with signature \"%s\" in class file %s",
                    what, name, external_name(ps, desc), ps->cname);
        slots[2 * h] = name;
        slots[2 * h + 1] = desc;
    }
    tmp_release(ps, mark);
}

_Static_assert(offsetof(CfField, name) == offsetof(CfMethod, name) &&
               offsetof(CfField, desc) == offsetof(CfMethod, desc),
               "check_duplicates relies on matching layouts");

/* ---- methods: Code and its tables ---------------------------------------- */

/* A LocalVariable(Type)Table seen in a Code attribute, checked for
 * duplicates once the whole method has been read (as HotSpot does). */
typedef struct LvtRef {
    struct LvtRef *next;
    const uint8_t *start;   /* entries, 10 bytes each */
    uint16_t n;
    int type_table;
} LvtRef;

typedef struct MethodCtx {
    CfMethod *m;
    int args;               /* argument slots including `this` */
    LvtRef *lvts;
    uint32_t n_lvt;         /* entries in LocalVariableTables */
} MethodCtx;

static void parse_line_numbers(Parser *ps, CfMethod *m, uint32_t alen)
{
    uint16_t n = u2(ps);
    if (alen != 2 + 4u * n)
        CFE0(ps, "LineNumberTable attribute has wrong length in class file %s");
    need(ps, 4u * n);
    if ((uint32_t)m->n_lines + n > 0xffff)      /* more than fits a u2 count */
        CFE0(ps, "LineNumberTable attribute has wrong length in class file %s");
    CfLine *lines = alloc(ps, ((size_t)m->n_lines + n) * sizeof(CfLine));
    if (m->n_lines)
        memcpy(lines, m->lines, m->n_lines * sizeof(CfLine));
    for (uint16_t i = 0; i < n; i++) {
        CfLine *l = &lines[m->n_lines + i];
        l->start_pc = u2(ps);
        l->line = u2(ps);
        if (l->start_pc >= m->code_len)
            CFE0(ps, "Invalid pc in LineNumberTable in class file %s");
    }
    m->n_lines = (uint16_t)(m->n_lines + n);
    m->lines = lines;
}

static void parse_local_vars(Parser *ps, MethodCtx *mc, uint32_t alen, int type_table)
{
    const char *tbl = type_table ? "LocalVariableTypeTable" : "LocalVariableTable";
    uint16_t n = u2(ps);
    if (alen != 2 + 10u * n)
        CFE(ps, "%s has wrong length in class file %s", tbl, ps->cname);
    need(ps, 10u * n);
    LvtRef *r = tmp_alloc(ps, sizeof *r);
    *r = (LvtRef){ mc->lvts, ps->p, n, type_table };
    mc->lvts = r;
    if (!type_table)
        mc->n_lvt += n;
    uint32_t code_len = mc->m->code_len;
    /* LocalVariableTable entries are kept for the runtime's NPE messages */
    CfMethod *m = mc->m;
    CfLocalVar *lv = NULL;
    if (!type_table && (uint32_t)m->n_locals + n <= 0xffff) {
        lv = alloc(ps, ((size_t)m->n_locals + n) * sizeof(CfLocalVar));
        if (m->n_locals)
            memcpy(lv, m->locals, m->n_locals * sizeof(CfLocalVar));
    }
    for (uint16_t i = 0; i < n; i++) {
        uint16_t start = u2(ps), length = u2(ps), ni = u2(ps), di = u2(ps), slot = u2(ps);
        if (start >= code_len)
            CFE(ps, "Invalid start_pc %u in %s in class file %s", start, tbl, ps->cname);
        if ((uint32_t)start + length > code_len)
            CFE(ps, "Invalid length %u in %s in class file %s", length, tbl, ps->cname);
        if (!is_tag(ps->cf, ni, CONST_Utf8))
            CFE(ps, "Name index %u in %s has bad constant type in class file %s",
                ni, tbl, ps->cname);
        if (!is_tag(ps->cf, di, CONST_Utf8))
            CFE(ps, "Signature index %u in %s has bad constant type in class file %s",
                di, tbl, ps->cname);
        const char *name = str_at(ps->cf, ni), *sig = str_at(ps->cf, di);
        check_field_name(ps, ni);
        int extra = 0;
        if (!type_table) {
            check_field_sig_at(ps, name, di);
            extra = is(sig, "J") || is(sig, "D");
        }
        if ((uint32_t)slot + extra >= mc->m->max_locals)
            CFE(ps, "Invalid index %u in %s in class file %s", slot, tbl, ps->cname);
        if (lv)
            lv[m->n_locals + i] = (CfLocalVar){start, length, slot, name, sig};
    }
    if (lv) {
        m->locals = lv;
        m->n_locals = (uint16_t)(m->n_locals + n);
    }
}

static uint64_t lvt_key(const uint8_t *e)
{
    /* start_pc, length, name index, slot: the identity of a local variable */
    return (uint64_t)rd4(e) << 32 | (uint32_t)e[4] << 24 | (uint32_t)e[5] << 16 |
           (uint32_t)e[8] << 8 | e[9];
}

/* No local variable twice in the LVTs; every LVTT entry matches one LVT
 * entry, at most once. */
static void check_local_var_tables(Parser *ps, MethodCtx *mc)
{
    if (mc->n_lvt == 0)
        return;
    uint32_t cap = 4;
    while (cap < 2 * mc->n_lvt)
        cap <<= 1;
    uint64_t *keys = tmp_alloc(ps, cap * sizeof(uint64_t));
    uint8_t *state = tmp_alloc(ps, cap);        /* 0 empty, 1 LVT, 2 LVT + LVTT */
    for (int pass = 0; pass < 2; pass++) {
        /* the list is newest first; HotSpot reports the first in file order */
        LvtRef *order[64], **v = order;
        uint32_t cnt = 0;
        for (LvtRef *r = mc->lvts; r; r = r->next)
            cnt += r->type_table == pass;
        if (cnt > 64)
            v = tmp_alloc(ps, cnt * sizeof *v);
        uint32_t k = cnt;
        for (LvtRef *r = mc->lvts; r; r = r->next)
            if (r->type_table == pass)
                v[--k] = r;
        for (uint32_t t = 0; t < cnt; t++) {
            for (uint16_t i = 0; i < v[t]->n; i++) {
                const uint8_t *e = v[t]->start + 10 * i;
                uint64_t key = lvt_key(e);
                const char *name = str_at(ps->cf, (uint16_t)(e[4] << 8 | e[5]));
                uint32_t h = (uint32_t)((key * 0x9e3779b97f4a7c15ull) >> 32) & (cap - 1);
                while (state[h] && keys[h] != key)
                    h = (h + 1) & (cap - 1);
                if (pass == 0) {
                    if (state[h] && ps->major >= 49)
                        CFE(ps, "Duplicated LocalVariableTable attribute entry for '%s' in class file %s",
                            name, ps->cname);
                    keys[h] = key;
                    state[h] = 1;
                } else if (!state[h]) {
                    CFE(ps, "LVTT entry for '%s' in class file %s does not match any LVT entry",
                        name, ps->cname);
                } else if (state[h] == 2) {
                    CFE(ps, "Duplicated LocalVariableTypeTable attribute entry for '%s' in class file %s",
                        name, ps->cname);
                } else {
                    state[h] = 2;
                }
            }
        }
    }
}

static void parse_exception_table(Parser *ps, CfMethod *m)
{
    need(ps, 2);
    uint16_t n = u2(ps);
    need(ps, 8u * n);
    m->n_handlers = n;
    m->handlers = n ? alloc(ps, n * sizeof(CfHandler)) : NULL;
    for (uint16_t i = 0; i < n; i++) {
        CfHandler *h = &m->handlers[i];
        h->start_pc = u2(ps);
        h->end_pc = u2(ps);
        h->handler_pc = u2(ps);
        h->catch_type = u2(ps);
        if (h->start_pc >= h->end_pc || h->end_pc > m->code_len)
            CFE0(ps, "Illegal exception table range in class file %s");
        if (h->handler_pc >= m->code_len)
            CFE0(ps, "Illegal exception table handler in class file %s");
        if (h->catch_type && !is_tag(ps->cf, h->catch_type, CONST_Class))
            CFE0(ps, "Catch type in exception table has bad constant type in class file %s");
    }
}

static void parse_code(Parser *ps, MethodCtx *mc, uint32_t alen)
{
    CfMethod *m = mc->m;
    if (m->access & (ACC_NATIVE | ACC_ABSTRACT))
        CFE0(ps, "Code attribute in native or abstract methods in class file %s");
    if (m->code)
        CFE0(ps, "Multiple Code attributes in class file %s");
    need(ps, 8);
    m->max_stack = u2(ps);
    m->max_locals = u2(ps);
    m->code_len = u4(ps);
    if (mc->args > m->max_locals)
        CFE0(ps, "Arguments can't fit into locals in class file %s");
    if (m->code_len == 0 || m->code_len > 65535)
        CFE(ps, "Invalid method Code length %u in class file %s", m->code_len, ps->cname);
    need(ps, m->code_len);
    uint8_t *code = alloc_raw(ps, m->code_len);
    memcpy(code, ps->p, m->code_len);
    ps->p += m->code_len;
    m->code = code;
    parse_exception_table(ps, m);

    need(ps, 2);
    uint16_t na = u2(ps);
    size_t total = 8 + (size_t)m->code_len + 2 + 2 + 8u * m->n_handlers;
    int stackmap = 0;
    while (na--) {
        uint32_t len;
        const char *an = attr_header(ps, &len, "Invalid code attribute name index %u in class file %s");
        total += 6 + (size_t)len;
        if (is(an, "LineNumberTable")) {
            parse_line_numbers(ps, m, len);
        } else if (is(an, "LocalVariableTable")) {
            parse_local_vars(ps, mc, len, 0);
        } else if (ps->major >= 49 && is(an, "LocalVariableTypeTable")) {
            parse_local_vars(ps, mc, len, 1);
        } else if (ps->major >= 50 && is(an, "StackMapTable")) {
            if (stackmap)
                CFE0(ps, "Multiple StackMapTable attributes in class file %s");
            stackmap = 1;
            need(ps, len);      /* kept for the verifier (verify.c) */
            uint8_t *smt = alloc_raw(ps, len);
            memcpy(smt, ps->p, len);
            m->stackmap = smt;
            m->stackmap_len = len;
            skip(ps, len);
        } else {
            skip(ps, len);
        }
    }
    if (alen != total)
        CFE0(ps, "Code segment has wrong length in class file %s");
}

static void parse_checked_exceptions(Parser *ps, CfMethod *m, uint32_t alen)
{
    if (m->exceptions)
        CFE0(ps, "Multiple Exceptions attributes in class file %s");
    need(ps, 2);
    uint16_t n = u2(ps);
    need(ps, 2u * n);
    m->n_exceptions = n;
    m->exceptions = alloc(ps, n * sizeof(uint16_t));
    for (uint16_t i = 0; i < n; i++) {
        m->exceptions[i] = u2(ps);
        class_ref(ps, m->exceptions[i],
                  "Exception name has bad type at constant pool %u in class file %s");
    }
    if (alen != 2 + 2u * n)
        CFE0(ps, "Exceptions attribute has wrong length in class file %s");
}

static void parse_method_attributes(Parser *ps, MethodCtx *mc)
{
    CfMethod *m = mc->m;
    uint16_t na = u2(ps);
    int seen = 0, has_sig = 0, has_params = 0;
    while (na--) {
        uint32_t len;
        const char *an = attr_header(ps, &len, "Invalid method attribute name index %u in class file %s");
        if (is(an, "Code")) {
            parse_code(ps, mc, len);
        } else if (is(an, "Exceptions")) {
            parse_checked_exceptions(ps, m, len);
        } else if (is(an, "MethodParameters")) {
            if (has_params)
                CFE0(ps, "Multiple MethodParameters attributes in class file %s");
            has_params = 1;
            uint8_t n = u1(ps);
            if (len != 1 + 4u * n)
                CFE(ps, "Invalid MethodParameters method attribute length %u in class file", len);
            skip(ps, 4u * n);
        } else if (is(an, "Synthetic") && len != 0) {
            CFE(ps, "Invalid Synthetic method attribute length %u in class file %s", len, ps->cname);
        } else if (is(an, "Deprecated") && len != 0) {
            CFE(ps, "Invalid Deprecated method attribute length %u in class file %s", len, ps->cname);
        } else if (ps->major >= 49 && is(an, "Signature")) {
            if (has_sig)
                CFE0(ps, "Multiple Signature attributes for method in class file %s");
            if (len != 2)
                CFE(ps, "Invalid Signature attribute length %u in class file %s", len, ps->cname);
            need(ps, 2);
            symbol(ps, u2(ps), "Invalid Signature attribute at constant pool index %u in class file %s");
            has_sig = 1;
        } else if (!(ps->major >= 49 && annotation_attr(ps, an, len, &seen, 1, " for method"))) {
            skip(ps, len);
        }
    }
}

static void parse_method(Parser *ps, CfMethod *m)
{
    need(ps, 8);
    unsigned flags = u2(ps);
    uint16_t ni = u2(ps);
    m->name = symbol(ps, ni, "Illegal constant pool index %u for method name in class file %s");
    check_method_name(ps, ni);
    uint16_t di = u2(ps);
    m->desc = symbol(ps, di, "Illegal constant pool index %u for method signature in class file %s");
    int init = is(m->name, "<init>"), clinit = is(m->name, "<clinit>");
    if (clinit) {
        /* other flags of a class initializer are ignored (JVMS 4.6) */
        if (ps->major < 51)
            flags = ACC_STATIC;
        else if (flags & ACC_STATIC)
            flags &= ACC_STATIC | (ps->major <= 60 ? ACC_STRICT : 0);
        else
            CFE0(ps, "Method <clinit> is not static in class file %s");
    } else {
        check_method_flags(ps, flags, m->name);
    }
    if (init && ps->interface)
        CFE0(ps, "Interface cannot have a method named <init>, class file %s");
    size_t dl = strlen(m->desc);
    if ((clinit && ps->major >= 51 && !is(m->desc, "()V")) ||
        (m->name[0] == '<' && dl > 0 && m->desc[dl - 1] != 'V'))
        illegal_sig(ps, "Method", m->name, m->desc);
    MethodCtx mc = { .m = m };
    mc.args = !(flags & ACC_STATIC) + check_method_sig_at(ps, m->name, di);
    if (mc.args > 255)
        CFE0(ps, "Too many arguments in method signature in class file %s");
    m->access = (uint16_t)(flags & RECOGNIZED_METHOD);

    TmpMark mark = tmp_mark(ps);         /* LVT bookkeeping is per method */
    parse_method_attributes(ps, &mc);
    if (!(m->access & (ACC_NATIVE | ACC_ABSTRACT)) && !m->code)
        CFE0(ps, "Absent Code attribute in method that is not native or abstract in class file %s");
    check_local_var_tables(ps, &mc);
    tmp_release(ps, mark);
}

/* ---- class attributes --------------------------------------------------- */

typedef struct ClassAttrs {
    const uint8_t *inner, *nest_members, *record, *permitted;
    uint32_t inner_len, nest_members_len, record_len, permitted_len;
    int has_inner, has_enclosing, has_bootstrap, has_source, has_sde, has_sig;
    int has_nest_host, has_nest_members, has_record, has_permitted, annotations;
} ClassAttrs;

static int loadable_tag(uint8_t t)
{
    switch (t) {
    case CONST_Integer: case CONST_Float: case CONST_Long: case CONST_Double:
    case CONST_Class: case CONST_String: case CONST_MethodHandle: case CONST_MethodType:
    case CONST_Dynamic:
        return 1;
    default:
        return 0;
    }
}

static void parse_bootstrap_methods(Parser *ps, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    const uint8_t *start = ps->p;
    if (alen < 2)
        CFE(ps, "Invalid BootstrapMethods attribute length %u in class file %s", alen, ps->cname);
    need(ps, alen);
    uint16_t n = u2(ps);
    if (ps->max_bsm >= n)
        CFE0(ps, "Short length on BootstrapMethods in class file %s");
    /* HotSpot copies the attribute into one u2 array: two header slots per
     * method, then (method, argc, args...) — which must fit. */
    uint32_t operands = 2u * n + (alen - 2) / 2, fill = 2u * n;
    cf->n_bootstrap = n;
    cf->bootstrap = alloc(ps, n * sizeof(CfBootstrap));
    for (uint16_t i = 0; i < n; i++) {
        CfBootstrap *b = &cf->bootstrap[i];
        need(ps, 4);
        b->method_handle = u2(ps);
        b->n_args = u2(ps);
        if (!is_tag(cf, b->method_handle, CONST_MethodHandle))
            CFE(ps, "bootstrap_method_index %u has bad constant type in class file %s",
                b->method_handle, ps->cname);
        if (fill + 1 + b->n_args >= operands)
            CFE0(ps, "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments "
                     "value in class file %s");
        fill += 2u + b->n_args;
        need(ps, 2u * b->n_args);
        b->args = alloc(ps, b->n_args * sizeof(uint16_t));
        for (uint16_t k = 0; k < b->n_args; k++) {
            uint16_t a = u2(ps);
            if (!(a > 0 && a < cf->cp_count && loadable_tag(cf->cp[a].tag)))
                CFE(ps, "argument_index %u has bad constant type in class file %s", a, ps->cname);
            b->args[k] = a;
        }
    }
    if ((size_t)(ps->p - start) != alen)
        CFE0(ps, "Bad length on BootstrapMethods in class file %s");
}

static void parse_enclosing_method(Parser *ps, ClassAttrs *ca, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    if (ca->has_enclosing)
        CFE0(ps, "Multiple EnclosingMethod attributes in class file %s");
    ca->has_enclosing = 1;
    if (alen != 4)
        CFE(ps, "Wrong EnclosingMethod attribute length %u in class file %s", alen, ps->cname);
    need(ps, 4);
    uint16_t ci = u2(ps), mi = u2(ps);
    if (ci == 0)
        CFE0(ps, "Invalid class index in EnclosingMethod attribute in class file %s");
    if (!is_tag(cf, ci, CONST_Class))
        CFE0(ps, "Invalid or out-of-bounds class index in EnclosingMethod attribute in class file %s");
    if (mi && !is_tag(cf, mi, CONST_NameAndType))
        CFE0(ps, "Invalid or out-of-bounds method index in EnclosingMethod attribute in class file %s");
    cf->enclosing_class = str_at(cf, cf->cp[ci].a);
}

/* Attributes known only from some version on (HotSpot's nesting). */
static int parse_newer_attribute(Parser *ps, ClassAttrs *ca, const char *an, uint32_t len)
{
    ClassFile *cf = ps->cf;
    if (ps->major >= 51 && is(an, "BootstrapMethods")) {
        if (ca->has_bootstrap)
            CFE0(ps, "Multiple BootstrapMethods attributes in class file %s");
        ca->has_bootstrap = 1;
        parse_bootstrap_methods(ps, len);
    } else if (annotation_attr(ps, an, len, &ca->annotations, 0, "")) {
        /* skipped */
    } else if (ps->major < 55) {
        return 0;
    } else if (is(an, "NestMembers")) {
        if (ca->has_nest_members)
            CFE0(ps, "Multiple NestMembers attributes in class file %s");
        ca->has_nest_members = 1;
        if (ca->has_nest_host)
            CFE0(ps, "Conflicting NestHost and NestMembers attributes in class file %s");
        ca->nest_members = ps->p;
        ca->nest_members_len = len;
        skip(ps, len);
    } else if (is(an, "NestHost")) {
        if (ca->has_nest_host)
            CFE0(ps, "Multiple NestHost attributes in class file %s");
        ca->has_nest_host = 1;
        if (ca->has_nest_members)
            CFE0(ps, "Conflicting NestMembers and NestHost attributes in class file %s");
        if (len != 2)
            CFE0(ps, "Wrong NestHost attribute length in class file %s");
        need(ps, 2);
        cf->nest_host = class_ref(ps, u2(ps),
                                  "Nest-host class_info_index %u has bad constant type in class file %s");
    } else if (ps->major < 60) {
        return 0;
    } else {
        if (is(an, "Record")) {
            if (ca->has_record)
                CFE0(ps, "Multiple Record attributes in class file %s");
            ca->has_record = 1;
            ca->record = ps->p;
            ca->record_len = len;
        } else if (ps->major >= 61 && is(an, "PermittedSubclasses")) {
            if (ca->has_permitted)
                CFE0(ps, "Multiple PermittedSubclasses attributes in class file %s");
            if (cf->access & ACC_FINAL)
                CFE0(ps, "PermittedSubclasses attribute in final class file %s");
            ca->has_permitted = 1;
            ca->permitted = ps->p;
            ca->permitted_len = len;
        }
        skip(ps, len);
    }
    return 1;
}

static void parse_class_attribute(Parser *ps, ClassAttrs *ca, const char *an, uint32_t len)
{
    ClassFile *cf = ps->cf;
    if (is(an, "SourceFile")) {
        if (len != 2)
            CFE0(ps, "Wrong SourceFile attribute length in class file %s");
        if (ca->has_source)
            CFE0(ps, "Multiple SourceFile attributes in class file %s");
        ca->has_source = 1;
        need(ps, 2);
        cf->source_file = symbol(ps, u2(ps),
                                 "Invalid SourceFile attribute at constant pool index %u in class file %s");
    } else if (is(an, "SourceDebugExtension")) {
        if (ca->has_sde)
            CFE0(ps, "Multiple SourceDebugExtension attributes in class file %s");
        ca->has_sde = 1;
        skip(ps, len);
    } else if (is(an, "InnerClasses")) {
        if (ca->has_inner)
            CFE0(ps, "Multiple InnerClasses attributes in class file %s");
        ca->has_inner = 1;
        ca->inner = ps->p;
        ca->inner_len = len;
        skip(ps, len);
    } else if (is(an, "Synthetic") && len != 0) {
        CFE(ps, "Invalid Synthetic classfile attribute length %u in class file %s", len, ps->cname);
    } else if (is(an, "Deprecated") && len != 0) {
        CFE(ps, "Invalid Deprecated classfile attribute length %u in class file %s", len, ps->cname);
    } else if (is(an, "Synthetic") || is(an, "Deprecated") || ps->major < 49) {
        skip(ps, len);
    } else if (is(an, "Signature")) {
        if (ca->has_sig)
            CFE0(ps, "Multiple Signature attributes in class file %s");
        ca->has_sig = 1;
        if (len != 2)
            CFE(ps, "Wrong Signature attribute length %u in class file %s", len, ps->cname);
        cf->signature = symbol(ps, u2(ps),
                               "Invalid constant pool index %u in Signature attribute in class file %s");
    } else if (is(an, "EnclosingMethod")) {
        parse_enclosing_method(ps, ca, len);
    } else if (!parse_newer_attribute(ps, ca, an, len)) {
        skip(ps, len);
    }
}

/* Index of the first InnerClasses entry whose inner class has `name`. */
typedef struct InnerIndex {
    uint32_t cap;
    int32_t *slot;          /* entry index or -1 */
} InnerIndex;

static int32_t inner_find(const ClassFile *cf, const InnerIndex *ix, const CfInnerClass *ic,
                          const char *name)
{
    uint32_t h = hash_str(2166136261u, name) & (ix->cap - 1);
    for (; ix->slot[h] >= 0; h = (h + 1) & (ix->cap - 1))
        if (is(str_at(cf, cf->cp[ic[ix->slot[h]].inner_class].a), name))
            return ix->slot[h];
    return -1;
}

/* HotSpot ignores an InnerClasses attribute whose outer_class chains loop;
 * it rejects an entry repeated verbatim, unless that loop or an entry
 * naming the same inner class index comes first (in its scan order). */
static int inner_classes_ignored(Parser *ps, CfInnerClass *ic, uint16_t n)
{
    const ClassFile *cf = ps->cf;
    InnerIndex ix = { 4, NULL };
    while (ix.cap < 2u * n)
        ix.cap <<= 1;
    ix.slot = tmp_alloc(ps, ix.cap * sizeof(int32_t));
    memset(ix.slot, 0xff, ix.cap * sizeof(int32_t));
    for (uint16_t i = 0; i < n; i++) {
        const char *name = str_at(cf, cf->cp[ic[i].inner_class].a);
        if (inner_find(cf, &ix, ic, name) < 0) {
            uint32_t h = hash_str(2166136261u, name) & (ix.cap - 1);
            while (ix.slot[h] >= 0)
                h = (h + 1) & (ix.cap - 1);
            ix.slot[h] = i;
        }
    }
    /* next[i]: the entry for i's outer class; colour walk finds cycles */
    int32_t *next = tmp_alloc(ps, n * sizeof(int32_t));
    uint8_t *state = tmp_alloc(ps, n);          /* 0 new, 1 on path, 2 done, 3 reaches a loop */
    int32_t *path = tmp_alloc(ps, n * sizeof(int32_t));
    for (uint16_t i = 0; i < n; i++)
        next[i] = ic[i].outer_class ? inner_find(cf, &ix, ic, str_at(cf, cf->cp[ic[i].outer_class].a)) : -1;
    for (uint16_t i = 0; i < n; i++) {
        int32_t len = 0, x = i;
        while (x >= 0 && state[x] == 0) {
            state[x] = 1;
            path[len++] = x;
            x = next[x];
        }
        uint8_t result = (x >= 0 && (state[x] == 1 || state[x] == 3)) ? 3 : 2;
        while (len)
            state[path[--len]] = result;
    }
    /* first later entry with the same inner_class index, found backwards */
    int32_t *later = tmp_alloc(ps, n * sizeof(int32_t));
    int32_t *last = tmp_alloc(ps, (size_t)cf->cp_count * sizeof(int32_t));
    memset(last, 0xff, (size_t)cf->cp_count * sizeof(int32_t));
    for (int32_t i = n - 1; i >= 0; i--) {
        later[i] = last[ic[i].inner_class];
        last[ic[i].inner_class] = i;
    }
    for (uint16_t i = 0; i < n; i++) {
        if (state[i] == 3)
            return 1;
        int32_t y = later[i];
        if (y < 0)
            continue;
        if (ic[y].outer_class == ic[i].outer_class && ic[y].inner_name == ic[i].inner_name &&
            ic[y].access == ic[i].access)
            CFE0(ps, "Duplicate entry in InnerClasses attribute in class file %s");
        return 1;
    }
    return 0;
}

static void parse_inner_classes(Parser *ps, ClassAttrs *ca)
{
    ClassFile *cf = ps->cf;
    const uint8_t *resume = ps->p;
    uint16_t n = 0;
    if (ca->has_inner) {
        ps->p = ca->inner;
        need(ps, 2);
        n = u2(ps);
    }
    need(ps, 8u * n);
    CfInnerClass *ic = alloc(ps, n * sizeof(CfInnerClass));
    for (uint16_t i = 0; i < n; i++) {
        ic[i].inner_class = u2(ps);
        class_ref(ps, ic[i].inner_class, "inner_class_info_index %u has bad constant type in class file %s");
        ic[i].outer_class = u2(ps);
        if (ic[i].outer_class)
            class_ref(ps, ic[i].outer_class, "outer_class_info_index %u has bad constant type in class file %s");
        ic[i].inner_name = u2(ps);
        if (ic[i].inner_name)
            symbol(ps, ic[i].inner_name, "inner_name_index %u has bad constant type in class file %s");
        if (ic[i].inner_class == ic[i].outer_class)
            CFE0(ps, "Class is both outer and inner class in class file %s");
        unsigned flags = u2(ps) & (RECOGNIZED_INNER | (ps->major >= 53 ? ACC_MODULE : 0));
        if ((flags & ACC_INTERFACE) && ps->major < 50)
            flags |= ACC_ABSTRACT;
        check_class_flags(ps, flags);
        ic[i].access = (uint16_t)flags;
    }
    cf->n_inner = n;
    cf->inner = ic;
    TmpMark mark = tmp_mark(ps);
    if (ps->major >= 49 && inner_classes_ignored(ps, ic, n))
        cf->n_inner = 0;
    tmp_release(ps, mark);
    if (ca->has_inner && ps->major >= 49 && ca->inner_len != 2 + 8u * n)
        CFE0(ps, "Wrong InnerClasses attribute length in class file %s");
    ps->p = resume;
}

static void parse_nest_members(Parser *ps, ClassAttrs *ca)
{
    ClassFile *cf = ps->cf;
    const uint8_t *resume = ps->p;
    ps->p = ca->nest_members;
    need(ps, 2);
    uint16_t n = u2(ps);
    need(ps, 2u * n);
    cf->n_nest_members = n;
    cf->nest_members = alloc(ps, n * sizeof(char *));
    for (uint16_t i = 0; i < n; i++)
        cf->nest_members[i] = class_ref(ps, u2(ps),
            "Nest member class_info_index %u has bad constant type in class file %s");
    if (ca->nest_members_len != 2 + 2u * n)
        CFE0(ps, "Wrong NestMembers attribute length in class file %s");
    ps->p = resume;
}

static void parse_record_component(Parser *ps, CfRecordComponent *rc, size_t *size)
{
    need(ps, 6);
    uint16_t ni = u2(ps);
    rc->name = symbol(ps, ni, "Invalid constant pool index %u for name in Record attribute in class file %s");
    check_field_name(ps, ni);
    uint16_t di = u2(ps);
    rc->desc = symbol(ps, di,
                      "Invalid constant pool index %u for descriptor in Record attribute in class file %s");
    check_field_sig_at(ps, rc->name, di);
    uint16_t na = u2(ps);
    int seen = 0, has_sig = 0;
    *size += 6;
    while (na--) {
        uint32_t len;
        const char *an = attr_header(ps, &len, "Invalid Record attribute name index %u in class file %s");
        *size += 6 + (size_t)len;
        if (is(an, "Signature")) {
            if (has_sig)
                CFE0(ps, "Multiple Signature attributes for Record component in class file %s");
            if (len != 2)
                CFE(ps, "Invalid Signature attribute length %u in Record component in class file %s",
                    len, ps->cname);
            need(ps, 2);
            symbol(ps, u2(ps), "Invalid Signature attribute at constant pool index %u in class file %s");
            has_sig = 1;
        } else if (!annotation_attr(ps, an, len, &seen, 0, " for Record component")) {
            skip(ps, len);
        }
    }
}

static void parse_record(Parser *ps, ClassAttrs *ca)
{
    ClassFile *cf = ps->cf;
    const uint8_t *resume = ps->p;
    ps->p = ca->record;
    need(ps, 2);
    uint16_t n = u2(ps);
    size_t size = 2;
    cf->is_record = 1;
    cf->n_record = n;
    /* each component takes at least 6 bytes: size the array by what is left */
    cf->record = alloc(ps, (n < left(ps) / 6 ? n : left(ps) / 6) * sizeof(CfRecordComponent));
    for (uint16_t i = 0; i < n; i++)
        parse_record_component(ps, &cf->record[i], &size);
    if (ca->record_len != size)
        CFE0(ps, "Record attribute has wrong length in class file %s");
    ps->p = resume;
}

static void parse_permitted(Parser *ps, ClassAttrs *ca)
{
    const uint8_t *resume = ps->p;
    ps->p = ca->permitted;
    need(ps, 2);
    uint16_t n = u2(ps);
    need(ps, 2u * n);
    for (uint16_t i = 0; i < n; i++)
        class_ref(ps, u2(ps), "Permitted subclass class_info_index %u has bad constant type in class file %s");
    if (ca->permitted_len != 2 + 2u * n)
        CFE0(ps, "Wrong PermittedSubclasses attribute length in class file %s");
    ps->p = resume;
}

static void parse_class_attributes(Parser *ps)
{
    ClassAttrs ca = { 0 };
    need(ps, 2);
    uint16_t na = u2(ps);
    while (na--) {
        uint32_t len;
        const char *an = attr_header(ps, &len, "Attribute name has bad constant pool index %u in class file %s");
        parse_class_attribute(ps, &ca, an, len);
    }
    if (ca.has_inner || ca.has_enclosing)
        parse_inner_classes(ps, &ca);
    if (ca.has_nest_members)
        parse_nest_members(ps, &ca);
    if (ca.has_record)
        parse_record(ps, &ca);
    if (ca.has_permitted)
        parse_permitted(ps, &ca);
    if (ps->max_bsm >= 0 && !ca.has_bootstrap)
        CFE0(ps, "Missing BootstrapMethods attribute in class file %s");
}

/* ---- the class file ----------------------------------------------------- */

/* UnsupportedClassVersionError rules of HotSpot 17 (majors 45..61). */
static void check_version(Parser *ps, uint16_t major, uint16_t minor)
{
    const char *n = ps->cname;
    if (major < 45)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s (class file version %u.%u) was compiled with an invalid major version",
             n, major, minor);
    if (major > 61)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s has been compiled by a more recent version of the Java Runtime "
             "(class file version %u.%u), this version of the Java Runtime only recognizes "
             "class file versions up to 61.0", n, major, minor);
    if (major < 56 || minor == 0)
        return;
    if (minor != 65535)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s (class file version %u.%u) was compiled with an invalid non-zero minor version",
             n, major, minor);
    if (major != 61)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s (class file version %u.%u) was compiled with preview features that are "
             "unsupported. This version of the Java Runtime only recognizes preview "
             "features for class file version 61.65535", n, major, minor);
    fail(ps, CF_UNSUPPORTED_VERSION,
         "Preview features are not enabled for %s (class file version %u.%u). "
         "Try running with '--enable-preview'", n, major, minor);
}

static void parse_this_class(Parser *ps, const char *expected)
{
    ClassFile *cf = ps->cf;
    uint16_t ti = u2(ps);
    cf->this_name = class_ref(ps, ti, "Invalid this class index %u in constant pool in class file %s");
    if (cf->this_name[0] == '[')
        CFE0(ps, "Bad class name in class file %s");
    if (!expected)
        ps->cname = cf->this_name;
    else if (!is(expected, cf->this_name))
        fail(ps, CF_NO_CLASS_DEF_FOUND, "%s (wrong name: %s)", expected, cf->this_name);
}

static void parse_super_class(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t si = u2(ps);
    if (si == 0) {
        if (!is(ps->cname, "java/lang/Object"))
            CFE(ps, "Invalid superclass index %u in class file %s", si, ps->cname);
        return;
    }
    cf->super_name = class_ref(ps, si, "Invalid superclass index %u in class file %s");
    if (cf->super_name[0] == '[')
        CFE0(ps, "Bad superclass name in class file %s");
}

static void parse_interfaces(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t n = u2(ps);
    cf->n_interfaces = n;
    cf->interfaces = alloc(ps, (n < left(ps) / 2 ? n : left(ps) / 2) * sizeof(char *));
    for (uint16_t i = 0; i < n; i++) {
        const char *name = class_ref(ps, u2(ps),
                                     "Interface name has bad constant pool index %u in class file %s");
        if (name[0] == '[')
            CFE0(ps, "Bad interface name in class file %s");
        cf->interfaces[i] = name;
    }
    if (n < 2)
        return;
    uint32_t cap = 4;
    while (cap < 2u * n)
        cap <<= 1;
    TmpMark mark = tmp_mark(ps);
    const char **set = tmp_alloc(ps, cap * sizeof(char *));
    for (uint16_t i = 0; i < n; i++) {
        uint32_t h = hash_str(2166136261u, cf->interfaces[i]) & (cap - 1);
        for (; set[h]; h = (h + 1) & (cap - 1))
            if (is(set[h], cf->interfaces[i]))
                CFE(ps, "Duplicate interface name \"%s\" in class file %s",
                    cf->interfaces[i], ps->cname);
        set[h] = cf->interfaces[i];
    }
    tmp_release(ps, mark);
}

static void parse_members(Parser *ps)
{
    ClassFile *cf = ps->cf;
    need(ps, 2);
    uint16_t n = u2(ps);
    /* every member takes at least 8 bytes, so never reserve more than fits */
    cf->n_fields = n;
    cf->fields = alloc(ps, (n < left(ps) / 8 ? n : left(ps) / 8) * sizeof(CfField));
    for (uint16_t i = 0; i < n; i++)
        parse_field(ps, &cf->fields[i]);
    check_duplicates(ps, cf->fields, sizeof(CfField), n, "field");

    need(ps, 2);
    n = u2(ps);
    cf->n_methods = n;
    cf->methods = alloc(ps, (n < left(ps) / 8 ? n : left(ps) / 8) * sizeof(CfMethod));
    for (uint16_t i = 0; i < n; i++)
        parse_method(ps, &cf->methods[i]);
    check_duplicates(ps, cf->methods, sizeof(CfMethod), n, "method");
}

/* Bytes the arena will need after the constant pool, from a quick look at
 * the rest of the file (the member counts, which sit behind the
 * interfaces and the fields).  Only an estimate: a malformed file just
 * gets a guess, and the parse proper finds what is wrong with it. */
static size_t estimate_rest(const uint8_t *p, const uint8_t *end)
{
    size_t rest = (size_t)(end - p), est = rest + rest / 2 + 512;
    const uint8_t *q = p + 6;
    if (end - q < 2)
        return est;
    size_t n_if = (size_t)(q[0] << 8 | q[1]);
    q += 2 + 2 * n_if;
    if (q > end || end - q < 2)
        return est;
    size_t n_fields = (size_t)(q[0] << 8 | q[1]);
    q += 2;
    for (size_t i = 0; i < n_fields; i++) {
        if (end - q < 8)
            return est;
        size_t na = (size_t)(q[6] << 8 | q[7]);
        q += 8;
        for (size_t k = 0; k < na; k++) {
            if (end - q < 6)
                return est;
            uint32_t len = (uint32_t)q[2] << 24 | (uint32_t)q[3] << 16 | (uint32_t)q[4] << 8 | q[5];
            if ((size_t)(end - q) - 6 < len)
                return est;
            q += 6 + len;
        }
    }
    if (end - q < 2)
        return est;
    size_t n_methods = (size_t)(q[0] << 8 | q[1]);
    return est + n_if * sizeof(char *) + n_fields * sizeof(CfField) + n_methods * sizeof(CfMethod);
}

static void parse_class(Parser *ps, const char *expected)
{
    need(ps, 8);
    uint32_t magic = u4(ps);
    if (magic != 0xCAFEBABE)
        CFE(ps, "Incompatible magic value %u in class file %s", magic, ps->cname);
    uint16_t minor = u2(ps), major = u2(ps);
    check_version(ps, major, minor);
    ps->major = major;
    need(ps, 3);
    uint16_t count = u2(ps);
    if (count < 1)
        CFE(ps, "Illegal constant pool size %u in class file %s", count, ps->cname);
    size_t strbytes = scan_cp(ps, count);

    /* One chunk for the pool, its strings and (typically) all the rest. */
    const uint8_t *pool_end = ps->p_pool_end;
    size_t rest = estimate_rest(pool_end, ps->end);
    ps->rest_hint = (size_t)(ps->end - pool_end) / 2 + 1024;
    chunk_new(ps, sizeof(ClassFile) + (size_t)count * sizeof(CpEntry) + strbytes + rest);
    ClassFile *cf = ps->cf = alloc(ps, sizeof(ClassFile));
    cf->major = major;
    cf->minor = minor;
    parse_cp(ps, count);

    need(ps, 8);
    unsigned flags = u2(ps) & (RECOGNIZED_CLASS | (major >= 53 ? ACC_MODULE : 0));
    if ((flags & ACC_INTERFACE) && major < 50)
        flags |= ACC_ABSTRACT;
    check_class_flags(ps, flags);
    if (ps->bad_constant)
        CFE(ps, "Unknown constant tag %u in class file %s", ps->bad_constant, ps->cname);
    cf->access = (uint16_t)flags;
    ps->interface = (flags & ACC_INTERFACE) != 0;

    parse_this_class(ps, expected);
    parse_super_class(ps);
    parse_interfaces(ps);
    parse_members(ps);
    parse_class_attributes(ps);
    if (ps->p != ps->end)
        CFE0(ps, "Extra bytes at the end of class file %s");

    /* checks HotSpot makes after the format pass, before loading supers */
    if (cf->super_name == NULL && cf->n_interfaces)
        CFE0(ps, "java.lang.Object cannot implement an interface in class file %s");
    if (ps->interface && cf->super_name && !is(cf->super_name, "java/lang/Object"))
        CFE0(ps, "Interfaces must have java.lang.Object as superclass in class file %s");
}

ClassFile *cf_parse(const uint8_t *data, size_t len, const char *expected_name, CfError *err)
{
    _Alignas(16) unsigned char scratch[8192];
    Parser ps = {
        .p = data, .end = data + len, .err = err, .max_bsm = -1,
        .cname = expected_name ? expected_name : "<Unknown>",
        .tmp = scratch, .tmp_end = scratch + sizeof scratch,
    };
    err->kind = CF_OK;
    err->msg[0] = 0;
    if (setjmp(ps.jb)) {
        /* ps lives in memory (its address escaped), so these reads are sound */
        arena_free(*(Chunk *volatile *)&ps.arena);
        arena_free(*(Chunk *volatile *)&ps.spill);
        return NULL;
    }
    parse_class(&ps, expected_name);
    arena_free(ps.spill);
    ps.cf->arena = ps.arena;
    return ps.cf;
}

void cf_free(ClassFile *cf)
{
    if (cf)
        arena_free(cf->arena);
}

const char *cf_error_class(CfErrorKind kind)
{
    switch (kind) {
    case CF_CLASS_FORMAT_ERROR: return "java/lang/ClassFormatError";
    case CF_UNSUPPORTED_VERSION: return "java/lang/UnsupportedClassVersionError";
    case CF_OUT_OF_MEMORY: return "java/lang/OutOfMemoryError";
    case CF_NO_CLASS_DEF_FOUND: return "java/lang/NoClassDefFoundError";
    default: return NULL;
    }
}

const char *cf_utf8(const ClassFile *cf, uint16_t index)
{
    return cf->cp[index].utf8.s;
}

const char *cf_class_name(const ClassFile *cf, uint16_t index)
{
    return cf->cp[cf->cp[index].a].utf8.s;
}

void cf_name_and_type(const ClassFile *cf, uint16_t nat_index, const char **name, const char **desc)
{
    const CpEntry *nt = &cf->cp[nat_index];
    *name = cf->cp[nt->a].utf8.s;
    *desc = cf->cp[nt->b].utf8.s;
}
