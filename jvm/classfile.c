/*
 * classfile.c — parse and format-check one class file (JVMS ch. 4, §4.8).
 *
 * Design:
 *   - Every read goes through need(), which fails with "Truncated class
 *     file" before touching a byte past the end; errors unwind with
 *     longjmp to cf_parse(), which frees the arena.  So no check can be
 *     forgotten on an error path and nothing leaks.
 *   - The constant pool is scanned twice: scan_cp() walks the raw entries
 *     (tags, lengths, modified UTF-8) without allocating, which tells us
 *     exactly how much memory the pool needs; fill_cp() then builds it.
 *     HotSpot reports the first bad entry in file order, and so do we.
 *   - Memory: one arena per class file, its first chunk sized from the
 *     input (pool entries + string bytes + a share of the rest), so a
 *     typical class costs one malloc.  Every count is checked against the
 *     bytes left before anything is allocated for it, so the total is
 *     O(len) even for hostile input.
 *   - Messages follow HotSpot's classFileParser texts so that error output
 *     matches `java` on the same file.
 */
#include "jvm/classfile.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena -------------------------------------------------------------- */

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

typedef struct Parser {
    const uint8_t *p, *end, *start;
    ClassFile *cf;
    Chunk *arena;           /* newest chunk first */
    size_t rest_hint;       /* size for overflow chunks */
    CfError *err;
    const char *cname;      /* class name used in messages */
    int interface;          /* ACC_INTERFACE set */
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

#define CFE(ps, ...) fail((ps), CF_CLASS_FORMAT_ERROR, __VA_ARGS__)

static _Noreturn void truncated(Parser *ps)
{
    CFE(ps, "Truncated class file");
}

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

/* Zeroed, 8-aligned memory from the arena.  `n` is always bounded by a
 * count already checked against the input, so overflow chunks stay O(len). */
static void *alloc(Parser *ps, size_t n)
{
    Chunk *c = ps->arena;
    n = (n + 7) & ~(size_t)7;
    if (!c || c->size - c->used < n)
        c = chunk_new(ps, n > ps->rest_hint ? n : ps->rest_hint);
    void *r = c->data + c->used;
    c->used += n;
    memset(r, 0, n);
    return r;
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

static inline void need(Parser *ps, size_t n)
{
    if ((size_t)(ps->end - ps->p) < n)
        truncated(ps);
}

static inline size_t left(const Parser *ps)
{
    return (size_t)(ps->end - ps->p);
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

/* JVMS 4.4.7: no byte is 0 or in 0xf0..0xff; multi-byte forms are
 * 110xxxxx 10xxxxxx or 1110xxxx 10xxxxxx 10xxxxxx. */
static int valid_mutf8(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c >= 1 && c < 0x80) {
            i++;
        } else if ((c & 0xe0) == 0xc0) {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80)
                return 0;
            i += 2;
        } else if ((c & 0xf0) == 0xe0) {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
                return 0;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

/* Unqualified name (JVMS 4.2.2): non-empty, none of . ; [ /  — and for
 * methods also no < or >.  Returns the end of the name. */
static const char *skip_unqualified(const char *s, int method)
{
    const char *p = s;
    for (; *p; p++) {
        char c = *p;
        if (c == '.' || c == ';' || c == '[' || c == '/')
            break;
        if (method && (c == '<' || c == '>'))
            return NULL;
    }
    return p == s ? NULL : p;
}

/* Binary class name in internal form: unqualified names joined by '/'. */
static const char *skip_class_name(const char *s, char stop)
{
    for (;;) {
        const char *e = skip_unqualified(s, 0);
        if (!e)
            return NULL;
        if (*e == '/') {
            s = e + 1;
            continue;
        }
        return *e == stop ? e : NULL;
    }
}

/* One field type (JVMS 4.3.2); returns the byte after it or NULL. */
static const char *skip_field_type(const char *d)
{
    int dims = 0;
    while (*d == '[') {
        if (++dims > 255)
            return NULL;
        d++;
    }
    switch (*d) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        return d + 1;
    case 'L': {
        const char *e = skip_class_name(d + 1, ';');
        return e ? e + 1 : NULL;
    }
    default:
        return NULL;
    }
}

int cf_valid_field_descriptor(const char *d)
{
    const char *e = skip_field_type(d);
    return e && *e == 0;
}

/* Number of argument slots of a valid method descriptor, or -1. */
static int method_desc_slots(const char *d)
{
    int slots = 0;
    if (*d++ != '(')
        return -1;
    while (*d != ')') {
        const char *e = skip_field_type(d);
        if (!e)
            return -1;
        slots += (*d == 'J' || *d == 'D') ? 2 : 1;
        d = e;
    }
    d++;
    if (*d == 'V')
        return d[1] == 0 ? slots : -1;
    const char *e = skip_field_type(d);
    return e && *e == 0 ? slots : -1;
}

int cf_valid_method_descriptor(const char *d)
{
    int n = method_desc_slots(d);
    return n >= 0 && n <= 255;
}

int cf_valid_class_name(const char *name)
{
    if (name[0] == '[')
        return cf_valid_field_descriptor(name);
    return skip_class_name(name, 0) != NULL;
}

static int valid_field_name(const char *n)
{
    const char *e = skip_unqualified(n, 0);
    return e && *e == 0;
}

static int valid_method_name(const char *n)
{
    if (n[0] == '<')
        return strcmp(n, "<init>") == 0 || strcmp(n, "<clinit>") == 0;
    const char *e = skip_unqualified(n, 1);
    return e && *e == 0;
}

/* ---- constant pool ------------------------------------------------------ */

static int tag_supported(uint8_t tag, uint16_t major)
{
    switch (tag) {
    case CONST_Utf8: case CONST_Integer: case CONST_Float: case CONST_Long:
    case CONST_Double: case CONST_Class: case CONST_String: case CONST_Fieldref:
    case CONST_Methodref: case CONST_InterfaceMethodref: case CONST_NameAndType:
        return 1;
    case CONST_MethodHandle: case CONST_MethodType: case CONST_InvokeDynamic:
        return major >= 51 ? 1 : -1;
    case CONST_Dynamic:
        return major >= 55 ? 1 : -1;
    default:
        return 0;
    }
}

/* Walks the raw pool, checking tags, lengths and UTF-8; returns the bytes
 * needed for the string copies.  Leaves ps->p where it was. */
static size_t scan_cp(Parser *ps, uint16_t count, uint16_t major)
{
    const uint8_t *save = ps->p;
    size_t strbytes = 0;
    for (uint32_t i = 1; i < count; i++) {
        uint8_t tag = u1(ps);
        int ok = tag_supported(tag, major);
        if (ok == 0)
            CFE(ps, "Unknown constant tag %u in class file %s", tag, ps->cname);
        if (ok < 0)
            CFE(ps, "Class file version does not support constant tag %u in class file %s",
                tag, ps->cname);
        switch (tag) {
        case CONST_Utf8: {
            uint16_t n = u2(ps);
            need(ps, n);
            if (!valid_mutf8(ps->p, n))
                CFE(ps, "Illegal UTF8 string in constant pool in class file %s", ps->cname);
            ps->p += n;
            strbytes += n + 1;
            break;
        }
        case CONST_Long: case CONST_Double:
            skip(ps, 8);
            if (i + 1 >= count)
                CFE(ps, "Invalid constant pool entry %u in class file %s", i, ps->cname);
            i++;
            break;
        case CONST_Integer: case CONST_Float: case CONST_Fieldref: case CONST_Methodref:
        case CONST_InterfaceMethodref: case CONST_NameAndType: case CONST_Dynamic:
        case CONST_InvokeDynamic:
            skip(ps, 4);
            break;
        case CONST_MethodHandle:
            skip(ps, 3);
            break;
        default:        /* Class, String, MethodType */
            skip(ps, 2);
            break;
        }
    }
    ps->p = save;
    return strbytes;
}

static void fill_cp(Parser *ps, CpEntry *cp, uint16_t count)
{
    for (uint32_t i = 1; i < count; i++) {
        CpEntry *e = &cp[i];
        e->tag = *ps->p++;      /* scan_cp() checked every length */
        switch (e->tag) {
        case CONST_Utf8: {
            uint16_t n = u2(ps);
            char *s = alloc(ps, (size_t)n + 1);
            memcpy(s, ps->p, n);
            s[n] = 0;
            ps->p += n;
            e->utf8.s = s;
            e->utf8.len = n;
            break;
        }
        case CONST_Integer:
            e->i = (int32_t)u4(ps);
            break;
        case CONST_Float: {
            uint32_t bits = u4(ps);
            memcpy(&e->f, &bits, 4);
            break;
        }
        case CONST_Long: case CONST_Double: {
            uint64_t hi = u4(ps), lo = u4(ps);
            uint64_t bits = hi << 32 | lo;
            memcpy(&e->j, &bits, 8);    /* j and d share storage */
            i++;
            break;
        }
        case CONST_MethodHandle:
            e->kind = u1(ps);
            e->a = u2(ps);
            break;
        case CONST_Class: case CONST_String: case CONST_MethodType:
            e->a = u2(ps);
            break;
        default:
            e->a = u2(ps);
            e->b = u2(ps);
            break;
        }
    }
}

static inline int is_tag(const ClassFile *cf, uint32_t i, uint8_t tag)
{
    return i > 0 && i < cf->cp_count && cf->cp[i].tag == tag;
}

/* Index must be a Utf8 entry; returns its string. */
static const char *utf8_at(Parser *ps, uint32_t i)
{
    if (!is_tag(ps->cf, i, CONST_Utf8))
        CFE(ps, "Invalid constant pool index %u in class file %s", i, ps->cname);
    return ps->cf->cp[i].utf8.s;
}

static const char *class_at(Parser *ps, uint32_t i)
{
    if (!is_tag(ps->cf, i, CONST_Class))
        CFE(ps, "Invalid constant pool index %u in class file %s", i, ps->cname);
    return ps->cf->cp[ps->cf->cp[i].a].utf8.s;
}

/* JVMS 4.4.8: which entry each reference kind may point at. */
static void check_method_handle(Parser *ps, uint32_t i)
{
    const ClassFile *cf = ps->cf;
    const CpEntry *e = &cf->cp[i];
    uint32_t ref = e->a;
    int ok;
    switch (e->kind) {
    case 1: case 2: case 3: case 4:
        ok = is_tag(cf, ref, CONST_Fieldref);
        break;
    case 5: case 8:
        ok = is_tag(cf, ref, CONST_Methodref);
        break;
    case 6: case 7:
        ok = is_tag(cf, ref, CONST_Methodref) ||
             (cf->major >= 52 && is_tag(cf, ref, CONST_InterfaceMethodref));
        break;
    case 9:
        ok = is_tag(cf, ref, CONST_InterfaceMethodref);
        break;
    default:
        CFE(ps, "Bad method handle kind at constant pool index %u in class file %s",
            i, ps->cname);
    }
    if (!ok)
        CFE(ps, "Invalid constant pool index %u in class file %s", ref, ps->cname);
    if (e->kind >= 5) {
        const char *name = cf->cp[cf->cp[cf->cp[ref].b].a].utf8.s;
        int init = strcmp(name, "<init>") == 0;
        if (name[0] == '<' && !(e->kind == 8 && init))
            CFE(ps, "Bad method name at constant pool index %u in class file %s",
                i, ps->cname);
        if (e->kind == 8 && !init)
            CFE(ps, "Bad constructor name at constant pool index %u in class file %s",
                i, ps->cname);
    }
}

/* Cross-references: every index points at an entry of the right tag. */
static void link_cp(Parser *ps)
{
    ClassFile *cf = ps->cf;
    for (uint32_t i = 1; i < cf->cp_count; i++) {
        CpEntry *e = &cf->cp[i];
        switch (e->tag) {
        case CONST_Class: case CONST_String: case CONST_MethodType:
            utf8_at(ps, e->a);
            break;
        case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
            if (!is_tag(cf, e->a, CONST_Class))
                CFE(ps, "Invalid constant pool index %u in class file %s", e->a, ps->cname);
            if (!is_tag(cf, e->b, CONST_NameAndType))
                CFE(ps, "Invalid constant pool index %u in class file %s", e->b, ps->cname);
            break;
        case CONST_NameAndType:
            utf8_at(ps, e->a);
            utf8_at(ps, e->b);
            break;
        case CONST_Dynamic: case CONST_InvokeDynamic:
            if (!is_tag(cf, e->b, CONST_NameAndType))
                CFE(ps, "Invalid constant pool index %u in class file %s", e->b, ps->cname);
            break;
        default:
            break;
        }
    }
}

/* Names and descriptors of the pool's symbolic references (JVMS 4.2, 4.3). */
static void check_cp_symbols(Parser *ps)
{
    ClassFile *cf = ps->cf;
    for (uint32_t i = 1; i < cf->cp_count; i++) {
        CpEntry *e = &cf->cp[i];
        const char *name, *desc;
        switch (e->tag) {
        case CONST_Class:
            name = cf->cp[e->a].utf8.s;
            if (!cf_valid_class_name(name))
                CFE(ps, "Illegal class name \"%s\" in class file %s", name, ps->cname);
            break;
        case CONST_MethodType:
            desc = cf->cp[e->a].utf8.s;
            if (!cf_valid_method_descriptor(desc))
                CFE(ps, "Method \"%s\" in class %s has illegal signature \"%s\"",
                    "", ps->cname, desc);
            break;
        case CONST_Fieldref: case CONST_Dynamic:
            cf_name_and_type(cf, e->b, &name, &desc);
            if (!valid_field_name(name))
                CFE(ps, "Illegal field name \"%s\" in class %s", name, ps->cname);
            if (!cf_valid_field_descriptor(desc))
                CFE(ps, "Field \"%s\" in class %s has illegal signature \"%s\"",
                    name, ps->cname, desc);
            break;
        case CONST_Methodref: case CONST_InterfaceMethodref: case CONST_InvokeDynamic:
            cf_name_and_type(cf, e->b, &name, &desc);
            if (!valid_method_name(name) || strcmp(name, "<clinit>") == 0 ||
                (e->tag == CONST_InvokeDynamic && name[0] == '<'))
                CFE(ps, "Illegal method name \"%s\" in class %s", name, ps->cname);
            if (!cf_valid_method_descriptor(desc) ||
                (name[0] == '<' && desc[strlen(desc) - 1] != 'V'))
                CFE(ps, "Method \"%s\" in class %s has illegal signature \"%s\"",
                    name, ps->cname, desc);
            break;
        case CONST_MethodHandle:
            check_method_handle(ps, i);
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
    fill_cp(ps, cf->cp, count);
    link_cp(ps);
    check_cp_symbols(ps);
}

/* ---- access flags (JVMS 4.1, 4.5, 4.6; HotSpot's rules) ----------------- */

static int bad_visibility(uint16_t f)
{
    int n = !!(f & ACC_PUBLIC) + !!(f & ACC_PRIVATE) + !!(f & ACC_PROTECTED);
    return n > 1;
}

static void check_class_flags(Parser *ps, uint16_t f)
{
    int is_if = f & ACC_INTERFACE, is_abs = f & ACC_ABSTRACT, is_fin = f & ACC_FINAL;
    int ge15 = ps->cf->major >= 49;
    if ((is_abs && is_fin) || (is_if && !is_abs) ||
        (is_if && ge15 && (f & (ACC_SUPER | ACC_ENUM))) ||
        (!is_if && ge15 && (f & ACC_ANNOTATION)))
        CFE(ps, "Illegal class modifiers in class %s: 0x%X", ps->cname, f);
}

static void check_field_flags(Parser *ps, uint16_t f)
{
    int bad;
    if (ps->interface)
        bad = (f & (ACC_PUBLIC | ACC_STATIC | ACC_FINAL)) != (ACC_PUBLIC | ACC_STATIC | ACC_FINAL) ||
              (f & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE | ACC_TRANSIENT)) ||
              (ps->cf->major >= 49 && (f & ACC_ENUM));
    else
        bad = bad_visibility(f) || ((f & ACC_FINAL) && (f & ACC_VOLATILE));
    if (bad)
        CFE(ps, "Illegal field modifiers in class %s: 0x%X", ps->cname, f);
}

static void check_method_flags(Parser *ps, uint16_t f, const char *name)
{
    uint16_t major = ps->cf->major;
    int pub = !!(f & ACC_PUBLIC), priv = !!(f & ACC_PRIVATE);
    int abs = f & ACC_ABSTRACT, stat = f & ACC_STATIC, strict = f & ACC_STRICT;
    int bad;
    if (ps->interface) {
        if (major >= 52)
            bad = pub == priv ||
                  (f & (ACC_NATIVE | ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED)) ||
                  (abs && (priv || stat || (major < 61 && strict)));
        else if (major >= 49)
            bad = !pub || (f & (ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL |
                                ACC_SYNCHRONIZED | ACC_NATIVE | ACC_STRICT)) || !abs;
        else
            bad = !pub || (f & (ACC_STATIC | ACC_FINAL | ACC_NATIVE)) || !abs;
    } else if (bad_visibility(f)) {
        bad = 1;
    } else if (strcmp(name, "<init>") == 0) {
        bad = (f & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_ABSTRACT)) ||
              (major >= 49 && (f & ACC_BRIDGE));
    } else {
        bad = abs && ((f & (ACC_FINAL | ACC_NATIVE | ACC_PRIVATE | ACC_STATIC)) ||
                      (major >= 49 && ((f & ACC_SYNCHRONIZED) || (major < 61 && strict))));
    }
    if (bad)
        CFE(ps, "Method %s in class %s has illegal modifiers: 0x%X", name, ps->cname, f);
}

/* ---- attributes --------------------------------------------------------- */

/* Reads an attribute header; returns its name, sets *alen and checks that
 * the body fits. */
static const char *attr_header(Parser *ps, uint32_t *alen)
{
    uint16_t ni = u2(ps);
    uint32_t n = u4(ps);
    if (!is_tag(ps->cf, ni, CONST_Utf8))
        CFE(ps, "Invalid constant pool index %u in class file %s", ni, ps->cname);
    need(ps, n);
    *alen = n;
    return ps->cf->cp[ni].utf8.s;
}

static void parse_field(Parser *ps, CfField *fd)
{
    ClassFile *cf = ps->cf;
    fd->access = u2(ps);
    fd->name = utf8_at(ps, u2(ps));
    fd->desc = utf8_at(ps, u2(ps));
    check_field_flags(ps, fd->access);
    if (!valid_field_name(fd->name))
        CFE(ps, "Illegal field name \"%s\" in class %s", fd->name, ps->cname);
    if (!cf_valid_field_descriptor(fd->desc))
        CFE(ps, "Field \"%s\" in class %s has illegal signature \"%s\"",
            fd->name, ps->cname, fd->desc);
    uint16_t na = u2(ps);
    while (na--) {
        uint32_t alen;
        const char *an = attr_header(ps, &alen);
        const uint8_t *body = ps->p;
        if (strcmp(an, "ConstantValue") == 0 && (fd->access & ACC_STATIC)) {
            if (alen != 2)
                CFE(ps, "Invalid ConstantValue field attribute length %u in class file %s",
                    alen, ps->cname);
            if (fd->constant_value)
                CFE(ps, "Duplicate ConstantValue attribute in class file %s", ps->cname);
            uint16_t ci = u2(ps);
            uint8_t want;
            switch (fd->desc[0]) {
            case 'J': want = CONST_Long; break;
            case 'F': want = CONST_Float; break;
            case 'D': want = CONST_Double; break;
            case 'L': want = CONST_String; break;
            default: want = CONST_Integer; break;
            }
            if (ci == 0 || ci >= cf->cp_count)
                CFE(ps, "Bad initial value index %u in ConstantValue attribute in class file %s",
                    ci, ps->cname);
            if (cf->cp[ci].tag != want || (want == CONST_String &&
                                            strcmp(fd->desc, "Ljava/lang/String;") != 0) ||
                fd->desc[0] == '[')
                CFE(ps, "Inconsistent constant value type in class file %s", ps->cname);
            fd->constant_value = ci;
        } else {
            ps->p += alen;
        }
        (void)body;
    }
}

static void parse_line_numbers(Parser *ps, CfMethod *m, uint32_t alen)
{
    uint16_t n = u2(ps);
    if (alen != 2 + 4 * (uint32_t)n)
        CFE(ps, "Invalid LineNumberTable attribute length %u in class file %s", alen, ps->cname);
    CfLine *lines = alloc(ps, ((size_t)m->n_lines + n) * sizeof(CfLine));
    if (m->n_lines)
        memcpy(lines, m->lines, m->n_lines * sizeof(CfLine));
    for (uint16_t i = 0; i < n; i++) {
        CfLine *l = &lines[m->n_lines + i];
        l->start_pc = u2(ps);
        l->line = u2(ps);
        if (l->start_pc >= m->code_len)
            CFE(ps, "Invalid pc in LineNumberTable in class file %s", ps->cname);
    }
    if ((uint32_t)m->n_lines + n > 0xffff)
        CFE(ps, "Too many LineNumberTable entries in class file %s", ps->cname);
    m->n_lines = (uint16_t)(m->n_lines + n);
    m->lines = lines;
}

static void parse_code(Parser *ps, CfMethod *m, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    const uint8_t *body = ps->p;
    if (cf->major < 45 || (cf->major == 45 && cf->minor < 3)) {
        m->max_stack = u1(ps);
        m->max_locals = u1(ps);
        m->code_len = u2(ps);
    } else {
        m->max_stack = u2(ps);
        m->max_locals = u2(ps);
        m->code_len = u4(ps);
    }
    if (m->code_len == 0 || m->code_len > 65535)
        CFE(ps, "Invalid method Code length %u in class file %s", m->code_len, ps->cname);
    need(ps, m->code_len);
    uint8_t *code = alloc(ps, m->code_len);
    memcpy(code, ps->p, m->code_len);
    ps->p += m->code_len;
    m->code = code;

    uint16_t nh = u2(ps);
    need(ps, (size_t)nh * 8);
    m->n_handlers = nh;
    m->handlers = nh ? alloc(ps, nh * sizeof(CfHandler)) : NULL;
    for (uint16_t i = 0; i < nh; i++) {
        CfHandler *h = &m->handlers[i];
        h->start_pc = u2(ps);
        h->end_pc = u2(ps);
        h->handler_pc = u2(ps);
        h->catch_type = u2(ps);
        if (h->start_pc >= m->code_len || h->end_pc > m->code_len || h->start_pc >= h->end_pc ||
            h->handler_pc >= m->code_len)
            CFE(ps, "Illegal exception table range in class file %s", ps->cname);
        if (h->catch_type && !is_tag(cf, h->catch_type, CONST_Class))
            CFE(ps, "Catch type in exception table has bad constant type in class file %s",
                ps->cname);
    }

    uint16_t na = u2(ps);
    while (na--) {
        uint32_t sub;
        const char *an = attr_header(ps, &sub);
        if ((size_t)(ps->p - body) + sub > alen)
            CFE(ps, "Code segment has wrong length in class file %s", ps->cname);
        if (strcmp(an, "LineNumberTable") == 0)
            parse_line_numbers(ps, m, sub);
        else
            ps->p += sub;
    }
    if ((size_t)(ps->p - body) != alen)
        CFE(ps, "Code segment has wrong length in class file %s", ps->cname);
}

static void parse_exceptions(Parser *ps, CfMethod *m, uint32_t alen)
{
    uint16_t n = u2(ps);
    if (alen != 2 + 2 * (uint32_t)n)
        CFE(ps, "Exceptions attribute has wrong length in class file %s", ps->cname);
    if (m->exceptions)
        CFE(ps, "Multiple Exceptions attributes in class file %s", ps->cname);
    m->n_exceptions = n;
    m->exceptions = alloc(ps, (n ? n : 1) * sizeof(uint16_t));
    for (uint16_t i = 0; i < n; i++) {
        m->exceptions[i] = u2(ps);
        class_at(ps, m->exceptions[i]);
    }
}

static void parse_method(Parser *ps, CfMethod *m)
{
    m->access = u2(ps);
    m->name = utf8_at(ps, u2(ps));
    m->desc = utf8_at(ps, u2(ps));
    if (!valid_method_name(m->name))
        CFE(ps, "Illegal method name \"%s\" in class %s", m->name, ps->cname);
    int slots = method_desc_slots(m->desc);
    int init = strcmp(m->name, "<init>") == 0, clinit = strcmp(m->name, "<clinit>") == 0;
    if (slots < 0 || ((init || clinit) && m->desc[strlen(m->desc) - 1] != 'V') ||
        (clinit && strcmp(m->desc, "()V") != 0 && ps->cf->major >= 51))
        CFE(ps, "Method \"%s\" in class %s has illegal signature \"%s\"",
            m->name, ps->cname, m->desc);
    if (init && ps->interface)
        CFE(ps, "Interface cannot have a method named <init>, class file %s", ps->cname);
    if (clinit) {
        if (ps->cf->major < 51)
            m->access = ACC_STATIC;
        else if (!(m->access & ACC_STATIC))
            CFE(ps, "Method <clinit> is not static in class file %s", ps->cname);
    } else {
        check_method_flags(ps, m->access, m->name);
    }
    if (slots + !(m->access & ACC_STATIC) > 255)
        CFE(ps, "Too many arguments in method signature in class file %s", ps->cname);

    uint16_t na = u2(ps);
    while (na--) {
        uint32_t alen;
        const char *an = attr_header(ps, &alen);
        const uint8_t *body = ps->p;
        if (strcmp(an, "Code") == 0) {
            if (m->code)
                CFE(ps, "Multiple Code attributes in class file %s", ps->cname);
            parse_code(ps, m, alen);
        } else if (strcmp(an, "Exceptions") == 0) {
            parse_exceptions(ps, m, alen);
        } else {
            ps->p += alen;
        }
        (void)body;
    }
    int no_code = m->access & (ACC_NATIVE | ACC_ABSTRACT);
    if (no_code && m->code)
        CFE(ps, "Code attribute in native or abstract methods in class file %s", ps->cname);
    if (!no_code && !m->code)
        CFE(ps, "Absent Code attribute in method that is not native or abstract in class file %s",
            ps->cname);
}

/* ---- duplicate members -------------------------------------------------- */

static uint32_t hash2(const char *a, const char *b)
{
    uint32_t h = 2166136261u;
    for (; *a; a++)
        h = (h ^ (uint8_t)*a) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (; *b; b++)
        h = (h ^ (uint8_t)*b) * 16777619u;
    return h;
}

/* Open-addressing set over (name, desc) pairs; `stride` walks the member
 * array generically (CfField and CfMethod both start access/name/desc). */
static void check_duplicates(Parser *ps, const void *base, size_t stride, uint16_t n,
                             const char *what)
{
    if (n < 2)
        return;
    uint32_t cap = 4;
    while (cap < 2u * n)
        cap <<= 1;
    const char **slots = alloc(ps, cap * 2 * sizeof(char *));
    for (uint16_t i = 0; i < n; i++) {
        const char *const *nd = (const char *const *)((const char *)base + i * stride +
                                                      offsetof(CfField, name));
        const char *name = nd[0], *desc = nd[1];
        uint32_t h = hash2(name, desc) & (cap - 1);
        while (slots[2 * h]) {
            if (strcmp(slots[2 * h], name) == 0 && strcmp(slots[2 * h + 1], desc) == 0)
                CFE(ps, "Duplicate %s name \"%s\" with signature \"%s\" in class file %s",
                    what, name, desc, ps->cname);
            h = (h + 1) & (cap - 1);
        }
        slots[2 * h] = name;
        slots[2 * h + 1] = desc;
    }
}

_Static_assert(offsetof(CfField, name) == offsetof(CfMethod, name) &&
               offsetof(CfField, desc) == offsetof(CfMethod, desc),
               "check_duplicates relies on matching layouts");

/* ---- class attributes --------------------------------------------------- */

static void parse_bootstrap(Parser *ps, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    const uint8_t *body = ps->p;
    if (cf->bootstrap)
        CFE(ps, "Multiple BootstrapMethods attributes in class file %s", ps->cname);
    uint16_t n = u2(ps);
    if ((uint32_t)n * 4 > alen - 2 || alen < 2)
        CFE(ps, "Short length on BootstrapMethods in class file %s", ps->cname);
    cf->n_bootstrap = n;
    cf->bootstrap = alloc(ps, (n ? n : 1) * sizeof(CfBootstrap));
    for (uint16_t i = 0; i < n; i++) {
        CfBootstrap *b = &cf->bootstrap[i];
        b->method_handle = u2(ps);
        if (!is_tag(cf, b->method_handle, CONST_MethodHandle))
            CFE(ps, "bootstrap_method_index %u has bad constant type in class file %s",
                b->method_handle, ps->cname);
        b->n_args = u2(ps);
        if ((size_t)(ps->p - body) + 2u * b->n_args > alen)
            CFE(ps, "bootstrap_method_args_count %u is too big in class file %s",
                b->n_args, ps->cname);
        b->args = alloc(ps, (b->n_args ? b->n_args : 1) * sizeof(uint16_t));
        for (uint16_t k = 0; k < b->n_args; k++) {
            uint16_t a = u2(ps);
            uint8_t t = a < cf->cp_count ? cf->cp[a].tag : 0;
            if (!(t == CONST_Integer || t == CONST_Float || t == CONST_Long ||
                  t == CONST_Double || t == CONST_Class || t == CONST_String ||
                  t == CONST_MethodHandle || t == CONST_MethodType || t == CONST_Dynamic))
                CFE(ps, "Invalid constant pool index %u in class file %s", a, ps->cname);
            b->args[k] = a;
        }
    }
    if ((size_t)(ps->p - body) != alen)
        CFE(ps, "Bad length on BootstrapMethods in class file %s", ps->cname);
}

static void parse_inner_classes(Parser *ps, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    if (cf->inner)
        CFE(ps, "Multiple InnerClasses attributes in class file %s", ps->cname);
    uint16_t n = u2(ps);
    if (alen != 2 + 8 * (uint32_t)n)
        CFE(ps, "Wrong InnerClasses attribute length in class file %s", ps->cname);
    cf->n_inner = n;
    cf->inner = alloc(ps, (n ? n : 1) * sizeof(CfInnerClass));
    for (uint16_t i = 0; i < n; i++) {
        CfInnerClass *ic = &cf->inner[i];
        ic->inner_class = u2(ps);
        ic->outer_class = u2(ps);
        ic->inner_name = u2(ps);
        ic->access = u2(ps);
        if (!is_tag(cf, ic->inner_class, CONST_Class) ||
            (ic->outer_class && !is_tag(cf, ic->outer_class, CONST_Class)))
            CFE(ps, "Invalid constant pool index %u in class file %s",
                is_tag(cf, ic->inner_class, CONST_Class) ? ic->outer_class : ic->inner_class,
                ps->cname);
        if (ic->inner_name && !is_tag(cf, ic->inner_name, CONST_Utf8))
            CFE(ps, "Invalid constant pool index %u in class file %s", ic->inner_name,
                ps->cname);
        if (ic->inner_class == ic->outer_class)
            CFE(ps, "Class is both outer and inner class in class file %s", ps->cname);
    }
}

static const char **parse_class_list(Parser *ps, uint32_t alen, uint16_t *count, const char *what)
{
    uint16_t n = u2(ps);
    if (alen != 2 + 2 * (uint32_t)n)
        CFE(ps, "Wrong %s attribute length in class file %s", what, ps->cname);
    const char **v = alloc(ps, (n ? n : 1) * sizeof(char *));
    for (uint16_t i = 0; i < n; i++)
        v[i] = class_at(ps, u2(ps));
    *count = n;
    return v;
}

static void parse_record(Parser *ps, uint32_t alen)
{
    ClassFile *cf = ps->cf;
    const uint8_t *body = ps->p;
    if (cf->is_record)
        CFE(ps, "Multiple Record attributes in class file %s", ps->cname);
    uint16_t n = u2(ps);
    need(ps, (size_t)n * 6);
    cf->is_record = 1;
    cf->n_record = n;
    cf->record = alloc(ps, (n ? n : 1) * sizeof(CfRecordComponent));
    for (uint16_t i = 0; i < n; i++) {
        CfRecordComponent *rc = &cf->record[i];
        rc->name = utf8_at(ps, u2(ps));
        rc->desc = utf8_at(ps, u2(ps));
        if (!valid_field_name(rc->name))
            CFE(ps, "Illegal field name \"%s\" in class %s", rc->name, ps->cname);
        if (!cf_valid_field_descriptor(rc->desc))
            CFE(ps, "Field \"%s\" in class %s has illegal signature \"%s\"",
                rc->name, ps->cname, rc->desc);
        uint16_t na = u2(ps);
        while (na--) {
            uint32_t sub;
            attr_header(ps, &sub);
            ps->p += sub;
        }
    }
    if ((size_t)(ps->p - body) != alen)
        CFE(ps, "Record attribute has wrong length in class file %s", ps->cname);
}

static const char *single_index(Parser *ps, uint32_t alen, const char *what, int cls)
{
    if (alen != 2)
        CFE(ps, "Wrong %s attribute length %u in class file %s", what, alen, ps->cname);
    uint16_t i = u2(ps);
    return cls ? class_at(ps, i) : utf8_at(ps, i);
}

static void parse_class_attributes(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t na = u2(ps);
    while (na--) {
        uint32_t alen;
        const char *an = attr_header(ps, &alen);
        const uint8_t *body = ps->p;
        if (strcmp(an, "SourceFile") == 0) {
            cf->source_file = single_index(ps, alen, "SourceFile", 0);
        } else if (strcmp(an, "Signature") == 0) {
            cf->signature = single_index(ps, alen, "Signature", 0);
        } else if (strcmp(an, "NestHost") == 0 && cf->major >= 55) {
            if (cf->nest_host)
                CFE(ps, "Multiple NestHost attributes in class file %s", ps->cname);
            cf->nest_host = single_index(ps, alen, "NestHost", 1);
        } else if (strcmp(an, "NestMembers") == 0 && cf->major >= 55) {
            if (cf->nest_members)
                CFE(ps, "Multiple NestMembers attributes in class file %s", ps->cname);
            cf->nest_members = parse_class_list(ps, alen, &cf->n_nest_members, "NestMembers");
        } else if (strcmp(an, "InnerClasses") == 0) {
            parse_inner_classes(ps, alen);
        } else if (strcmp(an, "EnclosingMethod") == 0) {
            if (alen != 4)
                CFE(ps, "Wrong EnclosingMethod attribute length %u in class file %s",
                    alen, ps->cname);
            if (cf->enclosing_class)
                CFE(ps, "Multiple EnclosingMethod attributes in class file %s", ps->cname);
            cf->enclosing_class = class_at(ps, u2(ps));
            uint16_t mi = u2(ps);
            if (mi && !is_tag(cf, mi, CONST_NameAndType))
                CFE(ps, "Invalid or out-of-bounds method index in EnclosingMethod attribute in class file %s",
                    ps->cname);
        } else if (strcmp(an, "BootstrapMethods") == 0 && cf->major >= 51) {
            parse_bootstrap(ps, alen);
        } else if (strcmp(an, "Record") == 0 && cf->major >= 60) {
            parse_record(ps, alen);
        } else {
            ps->p += alen;
        }
        (void)body;
    }
    if (cf->nest_host && cf->nest_members)
        CFE(ps, "Conflicting NestHost and NestMembers attributes in class file %s", ps->cname);
}

/* (Invoke)Dynamic entries name a bootstrap method by index. */
static void check_bootstrap_refs(Parser *ps)
{
    ClassFile *cf = ps->cf;
    for (uint32_t i = 1; i < cf->cp_count; i++) {
        uint8_t t = cf->cp[i].tag;
        if (t != CONST_InvokeDynamic && t != CONST_Dynamic)
            continue;
        if (!cf->bootstrap)
            CFE(ps, "Missing BootstrapMethods attribute in class file %s", ps->cname);
        if (cf->cp[i].a >= cf->n_bootstrap)
            CFE(ps, "Short length on BootstrapMethods in class file %s", ps->cname);
    }
}

/* ---- the class file ----------------------------------------------------- */

/* UnsupportedClassVersionError rules of HotSpot (JDK 17: up to 61). */
static void check_version(Parser *ps, uint16_t major, uint16_t minor)
{
    char ext[200];
    snprintf(ext, sizeof ext, "%s", ps->cname);
    for (char *c = ext; *c; c++)
        if (*c == '/')
            *c = '.';
    if (major < 45)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s (class file version %u.%u) was compiled with an invalid major version",
             ext, major, minor);
    if (major > 61)
        fail(ps, CF_UNSUPPORTED_VERSION,
             "%s has been compiled by a more recent version of the Java Runtime "
             "(class file version %u.%u), this version of the Java Runtime only recognizes "
             "class file versions up to 61.0", ext, major, minor);
    if (major < 56 || minor == 0)
        return;
    if (minor == 65535) {
        if (major != 61)
            fail(ps, CF_UNSUPPORTED_VERSION,
                 "%s (class file version %u.%u) was compiled with preview features that are "
                 "unsupported. This version of the Java Runtime only recognizes preview "
                 "features for class file version 61.65535", ext, major, minor);
        fail(ps, CF_UNSUPPORTED_VERSION,
             "Preview features are not enabled for %s (class file version %u.%u). "
             "Try running with '--enable-preview'", ext, major, minor);
    }
    fail(ps, CF_UNSUPPORTED_VERSION,
         "%s (class file version %u.%u) was compiled with an invalid non-zero minor version",
         ext, major, minor);
}

static void parse_this_and_super(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t ti = u2(ps);
    if (!is_tag(cf, ti, CONST_Class))
        CFE(ps, "Invalid this class index %u in constant pool in class file %s", ti, ps->cname);
    cf->this_name = cf->cp[cf->cp[ti].a].utf8.s;
    if (cf->this_name[0] == '[')
        CFE(ps, "Bad class name in class file %s", ps->cname);
    uint16_t si = u2(ps);
    if (si == 0) {
        if (strcmp(cf->this_name, "java/lang/Object") != 0)
            CFE(ps, "Invalid superclass index %u in class file %s", si, ps->cname);
        return;
    }
    if (!is_tag(cf, si, CONST_Class))
        CFE(ps, "Invalid superclass index %u in class file %s", si, ps->cname);
    cf->super_name = cf->cp[cf->cp[si].a].utf8.s;
    if (cf->super_name[0] == '[')
        CFE(ps, "Bad superclass name in class file %s", ps->cname);
    if (ps->interface && strcmp(cf->super_name, "java/lang/Object") != 0)
        CFE(ps, "Interfaces must have java.lang.Object as superclass in class file %s",
            ps->cname);
}

static void parse_interfaces(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t n = u2(ps);
    need(ps, (size_t)n * 2);
    cf->n_interfaces = n;
    cf->interfaces = alloc(ps, (n ? n : 1) * sizeof(char *));
    for (uint16_t i = 0; i < n; i++) {
        uint16_t ii = u2(ps);
        if (!is_tag(cf, ii, CONST_Class))
            CFE(ps, "Interface name has bad constant pool index %u in class file %s",
                ii, ps->cname);
        cf->interfaces[i] = cf->cp[cf->cp[ii].a].utf8.s;
        if (cf->interfaces[i][0] == '[')
            CFE(ps, "Bad interface name in class file %s", ps->cname);
    }
    for (uint16_t i = 0; i < n; i++)
        for (uint16_t k = 0; k < i; k++)
            if (strcmp(cf->interfaces[i], cf->interfaces[k]) == 0)
                CFE(ps, "Duplicate interface name \"%s\" in class file %s",
                    cf->interfaces[i], ps->cname);
}

static void parse_members(Parser *ps)
{
    ClassFile *cf = ps->cf;
    uint16_t n = u2(ps);
    need(ps, (size_t)n * 8);
    cf->n_fields = n;
    cf->fields = alloc(ps, (n ? n : 1) * sizeof(CfField));
    for (uint16_t i = 0; i < n; i++)
        parse_field(ps, &cf->fields[i]);
    check_duplicates(ps, cf->fields, sizeof(CfField), n, "field");

    n = u2(ps);
    need(ps, (size_t)n * 8);
    cf->n_methods = n;
    cf->methods = alloc(ps, (n ? n : 1) * sizeof(CfMethod));
    for (uint16_t i = 0; i < n; i++)
        parse_method(ps, &cf->methods[i]);
    check_duplicates(ps, cf->methods, sizeof(CfMethod), n, "method");
}

static void parse_class(Parser *ps)
{
    need(ps, 8);
    uint32_t magic = u4(ps);
    if (magic != 0xCAFEBABE)
        CFE(ps, "Incompatible magic value %u in class file %s", magic, ps->cname);
    uint16_t minor = u2(ps), major = u2(ps);
    check_version(ps, major, minor);
    uint16_t count = u2(ps);
    if (count < 1)
        CFE(ps, "Illegal constant pool size %u in class file %s", count, ps->cname);
    size_t strbytes = scan_cp(ps, count, major);

    /* One chunk for the pool, its strings and (typically) everything else. */
    size_t rest = left(ps);
    ps->rest_hint = rest + 256;
    chunk_new(ps, sizeof(ClassFile) + (size_t)count * sizeof(CpEntry) + strbytes +
                  count * 8 + rest * 2 + 256);
    ClassFile *cf = ps->cf = alloc(ps, sizeof(ClassFile));
    cf->major = major;
    cf->minor = minor;
    parse_cp(ps, count);

    uint16_t flags = u2(ps);
    flags &= 0x7631 | (major >= 53 ? ACC_MODULE : 0);  /* recognized class modifiers */
    if ((flags & ACC_INTERFACE) && major < 50)
        flags |= ACC_ABSTRACT;
    cf->access = flags;
    ps->interface = (flags & ACC_INTERFACE) != 0;
    if (flags & ACC_MODULE)
        fail(ps, CF_CLASS_FORMAT_ERROR, "%s is not a class because access_flag ACC_MODULE is set",
             ps->cname);
    check_class_flags(ps, flags);
    parse_this_and_super(ps);
    parse_interfaces(ps);
    parse_members(ps);
    parse_class_attributes(ps);
    check_bootstrap_refs(ps);
    if (ps->p != ps->end)
        CFE(ps, "Extra bytes at the end of class file %s", ps->cname);
}

ClassFile *cf_parse(const uint8_t *data, size_t len, const char *expected_name, CfError *err)
{
    Parser ps = {
        .p = data, .end = data + len, .start = data, .err = err,
        .cname = expected_name ? expected_name : "<Unknown>",
    };
    err->kind = CF_OK;
    err->msg[0] = 0;
    if (setjmp(ps.jb)) {
        arena_free(ps.arena);
        return NULL;
    }
    parse_class(&ps);
    ps.cf->arena = ps.arena;
    return ps.cf;
}

void cf_free(ClassFile *cf)
{
    if (cf)
        arena_free(cf->arena);
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
