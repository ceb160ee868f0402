/*
 * test_classfile.c — cf_parse() against two independent truths:
 *   - javap -v (the JDK's own class file reader) on classes javac 17
 *     compiles at test time from jvm/tests/unit/classfile-src (all .java files);
 *   - HotSpot's class file parser, through ClassLoader.defineClass in
 *     jvm/tests/unit/oracle/ClassFileOracle.java, on hostile inputs:
 *     hand-built malformed files, every-offset truncations and a fixed-seed
 *     mutation fuzz.  Exception class and message must match HotSpot's.
 *
 * Setup compiles once, builds every hostile input, and runs javap and the
 * oracle once each; the individual tests then only compare.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdint.h>

#include "jvm/classfile.h"
#include "jvm/tests/unit/testutil.h"

/* ---- corpus: compiled classes -------------------------------------------- */

typedef struct Sample {
    char *name;             /* internal name, "Features$Inner" */
    uint8_t *data;
    size_t len;
} Sample;

static char *tmp, *cls_dir;
static Sample samples[64];
static int n_samples;
static char *javap_out;

/* ---- corpus: oracle inputs and answers ------------------------------------ */

typedef struct Probe {
    char *name;             /* the name the loader asks for */
    uint8_t *data;
    size_t len;
    char *hotspot;          /* oracle's answer: "OK" or "java.lang.X: msg" */
} Probe;

static Probe *probes;
static size_t n_probes, cap_probes;

static size_t add_probe(const char *name, const uint8_t *data, size_t len)
{
    if (n_probes == cap_probes) {
        cap_probes = cap_probes ? 2 * cap_probes : 1024;
        probes = realloc(probes, cap_probes * sizeof *probes);
    }
    Probe *p = &probes[n_probes];
    p->name = strdup(name);
    p->data = malloc(len ? len : 1);
    memcpy(p->data, data, len);
    p->len = len;
    p->hotspot = NULL;
    return n_probes++;
}

/* Our answer in the oracle's format (message bytes escaped the same way). */
static char *our_answer(const char *name, const uint8_t *data, size_t len)
{
    CfError err;
    ClassFile *cf = cf_parse(data, len, name, &err);
    if (cf) {
        cf_free(cf);
        return strdup("OK");
    }
    const char *ec = cf_error_class(err.kind);
    size_t cap = strlen(ec) + 4 * strlen(err.msg) + 4, n = 0;
    char *s = malloc(cap);
    for (const char *c = ec; *c; c++)
        s[n++] = *c == '/' ? '.' : *c;
    s[n++] = ':';
    s[n++] = ' ';
    for (const unsigned char *c = (const unsigned char *)err.msg; *c; c++) {
        if (*c >= 0x20 && *c < 0x7f && *c != '\\')
            s[n++] = (char)*c;
        else
            n += (size_t)sprintf(s + n, "\\x%02x", *c);
    }
    s[n] = 0;
    return s;
}

/* HotSpot resolves a class's interfaces in the middle of parsing it, so a
 * file with an unloadable interface name fails with a loading error before
 * later format errors are seen; we load supers after parsing.  Those are
 * the only answers allowed to differ.  Our messages are also capped at
 * sizeof CfError.msg - 1 bytes. */
static int answers_agree(const char *hs, const char *us)
{
    if (strcmp(hs, us) == 0)
        return 1;
    size_t ul = strlen(us);
    if (ul > 200 && strncmp(hs, us, ul - 16) == 0)
        return 1;
    static const char *loading[] = {
        "java.lang.NoClassDefFoundError: ", "java.lang.IncompatibleClassChangeError: ",
        "java.lang.ClassCircularityError: ", "java.lang.IllegalAccessError: ",
    };
    for (size_t i = 0; i < sizeof loading / sizeof *loading; i++)
        if (strncmp(hs, loading[i], strlen(loading[i])) == 0 && !strstr(hs, "wrong name") &&
            !strstr(hs, "ACC_MODULE") &&
            (strcmp(us, "OK") == 0 || strncmp(us, "java.lang.ClassFormatError: ", 28) == 0))
            return 1;
    return 0;
}

/* ---- a tiny class file writer for hand-made hostile files ----------------- */

typedef struct B {
    uint8_t d[1 << 17];
    size_t n, count_at;
    uint16_t next;          /* next constant pool index */
} B;

static void b1(B *b, unsigned v) { b->d[b->n++] = (uint8_t)v; }
static void b2(B *b, unsigned v) { b1(b, v >> 8 & 0xff); b1(b, v & 0xff); }
static void b4(B *b, uint32_t v) { b2(b, v >> 16); b2(b, v & 0xffff); }
static void braw(B *b, const void *p, size_t n) { memcpy(b->d + b->n, p, n); b->n += n; }

static void begin(B *b, unsigned minor, unsigned major)
{
    b->n = 0;
    b4(b, 0xCAFEBABE);
    b2(b, minor);
    b2(b, major);
    b->count_at = b->n;
    b2(b, 0);
    b->next = 1;
}

static uint16_t utf8n(B *b, const void *s, size_t n)
{
    b1(b, 1);
    b2(b, (unsigned)n);
    braw(b, s, n);
    return b->next++;
}

static uint16_t utf8(B *b, const char *s) { return utf8n(b, s, strlen(s)); }

static uint16_t ent1(B *b, unsigned tag, unsigned a)
{
    b1(b, tag);
    b2(b, a);
    return b->next++;
}

static uint16_t ent2(B *b, unsigned tag, unsigned a, unsigned c)
{
    b1(b, tag);
    b2(b, a);
    b2(b, c);
    return b->next++;
}

static uint16_t klass(B *b, const char *name) { return ent1(b, 7, utf8(b, name)); }
static uint16_t nat(B *b, const char *n, const char *d)
{
    uint16_t ni = utf8(b, n), di = utf8(b, d);
    return ent2(b, 12, ni, di);
}

static uint16_t long_const(B *b, uint64_t v)
{
    b1(b, 5);
    b4(b, (uint32_t)(v >> 32));
    b4(b, (uint32_t)v);
    uint16_t i = b->next;
    b->next += 2;
    return i;
}

static void end_cp(B *b)
{
    b->d[b->count_at] = (uint8_t)(b->next >> 8);
    b->d[b->count_at + 1] = (uint8_t)b->next;
}

/* The common pool: this class T, java/lang/Object, "Code", m, ()V. */
typedef struct Std {
    uint16_t this_c, super_c, code, m, v_desc;
} Std;

static void std_pool(B *b, Std *s, const char *this_name)
{
    s->this_c = klass(b, this_name);
    s->super_c = klass(b, "java/lang/Object");
    s->code = utf8(b, "Code");
    s->m = utf8(b, "m");
    s->v_desc = utf8(b, "()V");
}

static void class_head(B *b, unsigned flags, unsigned this_c, unsigned super_c)
{
    b2(b, flags);
    b2(b, this_c);
    b2(b, super_c);
    b2(b, 0);               /* interfaces */
}

/* Code attribute with the given bytecode and an empty exception table. */
static void code_attr(B *b, unsigned code_idx, unsigned stack, unsigned locals,
                      const uint8_t *code, uint32_t len)
{
    b2(b, code_idx);
    b4(b, 12 + len);
    b2(b, stack);
    b2(b, locals);
    b4(b, len);
    braw(b, code, len);
    b2(b, 0);
    b2(b, 0);
}

static const uint8_t RET[] = { 0xb1 };  /* return */

/* A method: flags, name, descriptor, and a one-byte `return` Code unless
 * `with_code` is 0. */
static void method(B *b, const Std *s, unsigned flags, unsigned name, unsigned desc, int with_code)
{
    b2(b, flags);
    b2(b, name);
    b2(b, desc);
    b2(b, with_code ? 1 : 0);
    if (with_code)
        code_attr(b, s->code, 1, 1, RET, 1);
}

/* A complete valid class T with one static method m()V. */
static void simple_class(B *b, unsigned minor, unsigned major)
{
    Std s;
    begin(b, minor, major);
    std_pool(b, &s, "T");
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, 1);
    method(b, &s, 0x09, s.m, s.v_desc, 1);
    b2(b, 0);
}

/* ---- the hand-made cases: builder + HotSpot's expected answer ------------ */

typedef void (*Build)(B *b, char *expect);

#define CASE(id) static void id(B *b, char *expect)
#define EXPECT(...) sprintf(expect, __VA_ARGS__)

CASE(valid_minimal) { simple_class(b, 0, 61); EXPECT("OK"); }
CASE(valid_v45_3) { simple_class(b, 3, 45); EXPECT("OK"); }
CASE(valid_v52_minor7) { simple_class(b, 7, 52); EXPECT("OK"); }

CASE(bad_magic)
{
    simple_class(b, 0, 61);
    b->d[3] = 0xBF;
    EXPECT("java.lang.ClassFormatError: Incompatible magic value 3405691583 in class file T");
}

CASE(five_bytes)
{
    simple_class(b, 0, 61);
    b->n = 5;
    EXPECT("java.lang.ClassFormatError: Truncated class file");
}

CASE(version_62)
{
    simple_class(b, 0, 62);
    EXPECT("java.lang.UnsupportedClassVersionError: T has been compiled by a more recent version "
           "of the Java Runtime (class file version 62.0), this version of the Java Runtime only "
           "recognizes class file versions up to 61.0");
}

CASE(version_44)
{
    simple_class(b, 0, 44);
    EXPECT("java.lang.UnsupportedClassVersionError: T (class file version 44.0) was compiled "
           "with an invalid major version");
}

CASE(version_60_minor_1)
{
    simple_class(b, 1, 60);
    EXPECT("java.lang.UnsupportedClassVersionError: T (class file version 60.1) was compiled "
           "with an invalid non-zero minor version");
}

CASE(preview_61)
{
    simple_class(b, 65535, 61);
    EXPECT("java.lang.UnsupportedClassVersionError: Preview features are not enabled for T "
           "(class file version 61.65535). Try running with '--enable-preview'");
}

CASE(preview_60)
{
    simple_class(b, 65535, 60);
    EXPECT("java.lang.UnsupportedClassVersionError: T (class file version 60.65535) was compiled "
           "with preview features that are unsupported. This version of the Java Runtime only "
           "recognizes preview features for class file version 61.65535");
}

CASE(cp_count_zero)
{
    simple_class(b, 0, 61);
    b->d[8] = b->d[9] = 0;
    EXPECT("java.lang.ClassFormatError: Illegal constant pool size 0 in class file T");
}

/* A class whose pool gets `extra` appended after the standard entries. */
static void with_pool(B *b, unsigned major, void (*extra)(B *b, const Std *s))
{
    Std s;
    begin(b, 0, major);
    std_pool(b, &s, "T");
    extra(b, &s);
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, 1);
    method(b, &s, 0x09, s.m, s.v_desc, 1);
    b2(b, 0);
}

static void x_tag2(B *b, const Std *s) { (void)s; b1(b, 2); b2(b, 0); b->next++; }
CASE(unknown_tag)
{
    with_pool(b, 61, x_tag2);
    EXPECT("java.lang.ClassFormatError: Unknown constant tag 2 in class file T");
}

static void x_mh(B *b, const Std *s) { (void)s; b1(b, 15); b1(b, 6); b2(b, 1); b->next++; }
CASE(tag_too_new)
{
    with_pool(b, 50, x_mh);
    EXPECT("java.lang.ClassFormatError: Class file version does not support constant tag 15 in class file T");
}

static void x_module(B *b, const Std *s) { ent1(b, 19, s->m); }
CASE(module_tag_in_class)
{
    with_pool(b, 61, x_module);
    EXPECT("java.lang.ClassFormatError: Unknown constant tag 19 in class file T");
}

CASE(acc_module)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    end_cp(b);
    class_head(b, 0x8000, s.this_c, 0);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.NoClassDefFoundError: T is not a class because access_flag ACC_MODULE is set");
}

static void x_utf8_long(B *b, const Std *s) { (void)s; b1(b, 1); b2(b, 0xffff); braw(b, "abc", 3); b->next++; }
CASE(utf8_past_end)
{
    with_pool(b, 61, x_utf8_long);
    EXPECT("java.lang.ClassFormatError: Truncated class file");
}

static void x_utf8_nul(B *b, const Std *s) { (void)s; utf8n(b, "a\0b", 3); }
CASE(utf8_nul_byte)
{
    with_pool(b, 61, x_utf8_nul);
    EXPECT("java.lang.ClassFormatError: Illegal UTF8 string in constant pool in class file T");
}

static void x_utf8_overlong(B *b, const Std *s) { (void)s; utf8n(b, "\xc1\x81", 2); }
CASE(utf8_overlong)
{
    with_pool(b, 61, x_utf8_overlong);
    EXPECT("java.lang.ClassFormatError: Illegal UTF8 string in constant pool in class file T");
}

static void x_utf8_f0(B *b, const Std *s) { (void)s; utf8n(b, "\xf0\x9f\x98\x80", 4); }
CASE(utf8_four_byte_form)
{
    with_pool(b, 61, x_utf8_f0);
    EXPECT("java.lang.ClassFormatError: Illegal UTF8 string in constant pool in class file T");
}

CASE(long_in_last_slot)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    b1(b, 5);
    b4(b, 0);
    b4(b, 1);
    unsigned at = b->next;
    b->next++;              /* declare the pool one short */
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Invalid constant pool entry %u in class file T", at);
}

static void x_class_to_long(B *b, const Std *s) { (void)s; uint16_t l = long_const(b, 7); ent1(b, 7, l); }
CASE(class_names_a_long)
{
    with_pool(b, 61, x_class_to_long);
    EXPECT("java.lang.ClassFormatError: Invalid constant pool index 8 in class file T");
}

static void x_mref_bad_nat(B *b, const Std *s) { ent2(b, 10, s->super_c, s->super_c); }
CASE(methodref_nat_is_class)
{
    with_pool(b, 61, x_mref_bad_nat);
    EXPECT("java.lang.ClassFormatError: Invalid constant pool index 4 in class file T");
}

static void x_mref_oob(B *b, const Std *s) { ent2(b, 9, s->this_c, 999); }
CASE(fieldref_index_out_of_range)
{
    with_pool(b, 61, x_mref_oob);
    EXPECT("java.lang.ClassFormatError: Invalid constant pool index 999 in class file T");
}

static void x_mh_kind10(B *b, const Std *s)
{
    uint16_t mr = ent2(b, 10, s->super_c, nat(b, "hashCode", "()I"));
    b1(b, 15);
    b1(b, 10);
    b2(b, mr);
    b->next++;
}
CASE(methodhandle_bad_kind)
{
    with_pool(b, 61, x_mh_kind10);
    EXPECT("java.lang.ClassFormatError: Bad method handle kind at constant pool index 12 in class file T");
}

static void x_mh_field_to_method(B *b, const Std *s)
{
    uint16_t mr = ent2(b, 10, s->super_c, nat(b, "hashCode", "()I"));
    b1(b, 15);
    b1(b, 1);
    b2(b, mr);
    b->next++;
}
CASE(methodhandle_getfield_on_method)
{
    with_pool(b, 61, x_mh_field_to_method);
    EXPECT("java.lang.ClassFormatError: Invalid constant pool index 11 in class file T (not a field)");
}

static void x_mh_new_not_init(B *b, const Std *s)
{
    uint16_t mr = ent2(b, 10, s->super_c, nat(b, "hashCode", "()V"));
    b1(b, 15);
    b1(b, 8);
    b2(b, mr);
    b->next++;
}
CASE(methodhandle_new_not_init)
{
    with_pool(b, 61, x_mh_new_not_init);
    EXPECT("java.lang.ClassFormatError: Bad constructor name at constant pool index 8 in class file T");
}

static void x_bad_class_name(B *b, const Std *s) { (void)s; klass(b, "a;b"); }
CASE(illegal_class_name)
{
    with_pool(b, 61, x_bad_class_name);
    EXPECT("java.lang.ClassFormatError: Illegal class name \"a;b\" in class file T");
}

static void x_slashes(B *b, const Std *s) { (void)s; klass(b, "a//b"); }
CASE(class_name_double_slash)
{
    with_pool(b, 61, x_slashes);
    EXPECT("java.lang.ClassFormatError: Illegal class name \"a//b\" in class file T");
}

static void x_mref_clinit(B *b, const Std *s) { ent2(b, 10, s->super_c, nat(b, "<clinit>", "()V")); }
CASE(methodref_to_clinit)
{
    with_pool(b, 61, x_mref_clinit);
    EXPECT("java.lang.ClassFormatError: Bad method name at constant pool index 8 in class file T");
}

/* A class with one field (name, descriptor, flags) and the usual method. */
static void with_field(B *b, unsigned class_flags, const char *name, const char *desc,
                       unsigned flags, int twice)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t n = utf8(b, name), d = utf8(b, desc);
    end_cp(b);
    class_head(b, class_flags, s.this_c, s.super_c);
    b2(b, twice ? 2 : 1);
    for (int i = 0; i <= twice; i++) {
        b2(b, flags);
        b2(b, n);
        b2(b, d);
        b2(b, 0);
    }
    b2(b, 0);
    b2(b, 0);
}

CASE(field_bad_descriptor)
{
    with_field(b, 0x21, "f", "Q", 0x02, 0);
    EXPECT("java.lang.ClassFormatError: Field \"f\" in class T has illegal signature \"Q\"");
}

CASE(field_void_descriptor)
{
    with_field(b, 0x21, "f", "V", 0x02, 0);
    EXPECT("java.lang.ClassFormatError: Field \"f\" in class T has illegal signature \"V\"");
}

CASE(field_256_dimensions)
{
    char d[300];
    memset(d, '[', 256);
    strcpy(d + 256, "I");
    with_field(b, 0x21, "f", d, 0x02, 0);
    EXPECT("java.lang.ClassFormatError: Array type descriptor has more than 255 dimensions in class file T");
}

CASE(field_255_dimensions_ok)
{
    char d[300];
    memset(d, '[', 255);
    strcpy(d + 255, "I");
    with_field(b, 0x21, "f", d, 0x02, 0);
    EXPECT("OK");
}

CASE(field_descriptor_bad_class)
{
    with_field(b, 0x21, "f", "La.b;", 0x02, 0);
    EXPECT("java.lang.ClassFormatError: Class name is empty or contains illegal character in "
           "descriptor in class file T");
}

CASE(field_bad_name)
{
    with_field(b, 0x21, "a.b", "I", 0x02, 0);
    EXPECT("java.lang.ClassFormatError: Illegal field name \"a.b\" in class T");
}

CASE(field_public_private)
{
    with_field(b, 0x21, "f", "I", 0x03, 0);
    EXPECT("java.lang.ClassFormatError: Illegal field modifiers in class T: 0x3");
}

CASE(field_final_volatile)
{
    with_field(b, 0x21, "f", "I", 0x50, 0);
    EXPECT("java.lang.ClassFormatError: Illegal field modifiers in class T: 0x50");
}

CASE(interface_field_not_static)
{
    with_field(b, 0x601, "f", "I", 0x11, 0);
    EXPECT("java.lang.ClassFormatError: Illegal field modifiers in class T: 0x11");
}

CASE(duplicate_field)
{
    with_field(b, 0x21, "f", "Ljava/lang/String;", 0x02, 1);
    EXPECT("java.lang.ClassFormatError: Duplicate field name \"f\" with signature "
           "\"Ljava.lang.String;\" in class file T");
}

CASE(interface_not_abstract)
{
    with_field(b, 0x201, "f", "I", 0x19, 0);
    EXPECT("java.lang.ClassFormatError: Illegal class modifiers in class T: 0x201");
}

CASE(class_final_abstract)
{
    with_field(b, 0x431, "f", "I", 0x19, 0);
    EXPECT("java.lang.ClassFormatError: Illegal class modifiers in class T: 0x431");
}

CASE(annotation_not_interface)
{
    with_field(b, 0x2021, "f", "I", 0x19, 0);
    EXPECT("java.lang.ClassFormatError: Illegal class modifiers in class T: 0x2021");
}

/* A class with one method (flags, name, descriptor, code or not). */
static void with_method(B *b, unsigned class_flags, const char *name, const char *desc,
                        unsigned flags, int with_code, int twice)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t n = utf8(b, name), d = utf8(b, desc);
    end_cp(b);
    class_head(b, class_flags, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, twice ? 2 : 1);
    for (int i = 0; i <= twice; i++)
        method(b, &s, flags, n, d, with_code);
    b2(b, 0);
}

CASE(method_unterminated_descriptor)
{
    with_method(b, 0x21, "m2", "(I", 0x09, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method \"m2\" in class T has illegal signature \"(I\"");
}

CASE(method_void_parameter)
{
    with_method(b, 0x21, "m2", "(V)V", 0x09, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method \"m2\" in class T has illegal signature \"(V)V\"");
}

CASE(method_trailing_garbage)
{
    with_method(b, 0x21, "m2", "()VV", 0x09, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method \"m2\" in class T has illegal signature \"()VV\"");
}

CASE(method_bad_name)
{
    with_method(b, 0x21, "<foo>", "()V", 0x09, 1, 0);
    EXPECT("java.lang.ClassFormatError: Illegal method name \"<foo>\" in class T");
}

CASE(method_abstract_final)
{
    with_method(b, 0x421, "m2", "()V", 0x411, 0, 0);
    EXPECT("java.lang.ClassFormatError: Method m2 in class T has illegal modifiers: 0x411");
}

CASE(init_static)
{
    with_method(b, 0x21, "<init>", "()V", 0x09, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method <init> in class T has illegal modifiers: 0x9");
}

CASE(init_returns_int)
{
    with_method(b, 0x21, "<init>", "()I", 0x01, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method \"<init>\" in class T has illegal signature \"()I\"");
}

CASE(clinit_not_static)
{
    with_method(b, 0x21, "<clinit>", "()V", 0x00, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method <clinit> is not static in class file T");
}

CASE(clinit_with_args)
{
    with_method(b, 0x21, "<clinit>", "(I)V", 0x08, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method \"<clinit>\" in class T has illegal signature \"(I)V\"");
}

CASE(interface_init)
{
    with_method(b, 0x601, "<init>", "()V", 0x01, 1, 0);
    EXPECT("java.lang.ClassFormatError: Interface cannot have a method named <init>, class file T");
}

CASE(interface_method_protected)
{
    with_method(b, 0x601, "m2", "()V", 0x04, 1, 0);
    EXPECT("java.lang.ClassFormatError: Method m2 in class T has illegal modifiers: 0x4");
}

CASE(duplicate_method)
{
    with_method(b, 0x21, "m2", "()V", 0x09, 1, 1);
    EXPECT("java.lang.ClassFormatError: Duplicate method name \"m2\" with signature \"()V\" in class file T");
}

CASE(missing_code)
{
    with_method(b, 0x21, "m2", "()V", 0x09, 0, 0);
    EXPECT("java.lang.ClassFormatError: Absent Code attribute in method that is not native or "
           "abstract in class file T");
}

CASE(abstract_with_code)
{
    with_method(b, 0x421, "m2", "()V", 0x401, 1, 0);
    EXPECT("java.lang.ClassFormatError: Code attribute in native or abstract methods in class file T");
}

CASE(native_without_code_ok)
{
    with_method(b, 0x21, "m2", "()V", 0x109, 0, 0);
    EXPECT("OK");
}

CASE(too_many_arguments)
{
    char d[300] = "(";
    memset(d + 1, 'I', 256);
    strcpy(d + 257, ")V");
    with_method(b, 0x21, "m2", d, 0x09, 0, 0);
    EXPECT("java.lang.ClassFormatError: Too many arguments in method signature in class file T");
}

/* A class whose single method m()V gets a hand-written Code attribute. */
static void with_code(B *b, void (*code)(B *b, const Std *s, uint16_t extra))
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t extra = utf8(b, "LineNumberTable");
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, 1);
    b2(b, 0x09);
    b2(b, s.m);
    b2(b, s.v_desc);
    b2(b, 1);
    code(b, &s, extra);
    b2(b, 0);
}

static void c_len0(B *b, const Std *s, uint16_t x) { (void)x; code_attr(b, s->code, 1, 1, RET, 0); }
CASE(code_length_zero)
{
    with_code(b, c_len0);
    EXPECT("java.lang.ClassFormatError: Invalid method Code length 0 in class file T");
}

static void c_len_big(B *b, const Std *s, uint16_t x)
{
    (void)x;
    static uint8_t big[65536];
    memset(big, 0xb1, sizeof big);
    code_attr(b, s->code, 1, 1, big, sizeof big);
}
CASE(code_length_65536)
{
    with_code(b, c_len_big);
    EXPECT("java.lang.ClassFormatError: Invalid method Code length 65536 in class file T");
}

static void c_attr_lies(B *b, const Std *s, uint16_t x)
{
    (void)x;
    size_t at = b->n;
    code_attr(b, s->code, 1, 1, RET, 1);
    b->d[at + 5] += 1;      /* attribute_length one too big */
    b1(b, 0);
}
CASE(code_attribute_length_lies)
{
    with_code(b, c_attr_lies);
    EXPECT("java.lang.ClassFormatError: Code segment has wrong length in class file T");
}

static void c_len_huge(B *b, const Std *s, uint16_t x)
{
    (void)x;
    b2(b, s->code);
    b4(b, 13);
    b2(b, 1);
    b2(b, 0);
    b4(b, 0x7fffffff);
    b1(b, 0xb1);
    b2(b, 0);
    b2(b, 0);
}
CASE(code_length_huge)
{
    with_code(b, c_len_huge);
    EXPECT("java.lang.ClassFormatError: Invalid method Code length 2147483647 in class file T");
}

/* Code with one exception handler (start, end, handler, catch type). */
static void handler_code(B *b, const Std *s, unsigned start, unsigned end, unsigned hpc,
                         unsigned type)
{
    static const uint8_t code[] = { 0x00, 0x00, 0xb1 };    /* nop nop return */
    b2(b, s->code);
    b4(b, 12 + 3 + 8);
    b2(b, 1);
    b2(b, 1);
    b4(b, 3);
    braw(b, code, 3);
    b2(b, 1);
    b2(b, start);
    b2(b, end);
    b2(b, hpc);
    b2(b, type);
    b2(b, 0);
}

static void c_range(B *b, const Std *s, uint16_t x) { (void)x; handler_code(b, s, 2, 1, 0, 0); }
CASE(handler_empty_range)
{
    with_code(b, c_range);
    EXPECT("java.lang.ClassFormatError: Illegal exception table range in class file T");
}

static void c_handler(B *b, const Std *s, uint16_t x) { (void)x; handler_code(b, s, 0, 2, 3, 0); }
CASE(handler_pc_outside_code)
{
    with_code(b, c_handler);
    EXPECT("java.lang.ClassFormatError: Illegal exception table handler in class file T");
}

static void c_catch(B *b, const Std *s, uint16_t x) { handler_code(b, s, 0, 2, 2, x); }
CASE(handler_catch_type_not_class)
{
    with_code(b, c_catch);
    EXPECT("java.lang.ClassFormatError: Catch type in exception table has bad constant type in class file T");
}

static void c_lnt(B *b, const Std *s, uint16_t lnt)
{
    b2(b, s->code);
    b4(b, 12 + 1 + 6 + 6);
    b2(b, 1);
    b2(b, 1);
    b4(b, 1);
    b1(b, 0xb1);
    b2(b, 0);
    b2(b, 1);
    b2(b, lnt);
    b4(b, 6);
    b2(b, 1);
    b2(b, 1);               /* start_pc 1 == code_length */
    b2(b, 7);
}
CASE(line_number_pc_outside_code)
{
    with_code(b, c_lnt);
    EXPECT("java.lang.ClassFormatError: Invalid pc in LineNumberTable in class file T");
}

static void c_args(B *b, const Std *s, uint16_t x) { (void)x; code_attr(b, s->code, 1, 0, RET, 1); }
CASE(code_fine_with_zero_locals_for_static)
{
    with_code(b, c_args);
    EXPECT("OK");
}

/* Class-level attributes appended to an otherwise valid class. */
static void with_class_attr(B *b, void (*pool)(B *b, Std *s, uint16_t *ix),
                            void (*attrs)(B *b, const Std *s, const uint16_t *ix))
{
    Std s;
    uint16_t ix[8] = { 0 };
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    pool(b, &s, ix);
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0);
    b2(b, 1);
    method(b, &s, 0x09, s.m, s.v_desc, 1);
    attrs(b, &s, ix);
}

static void p_src(B *b, Std *s, uint16_t *ix) { (void)s; ix[0] = utf8(b, "SourceFile"); }
static void a_src_len(B *b, const Std *s, const uint16_t *ix)
{
    b2(b, 1);
    b2(b, ix[0]);
    b4(b, 3);
    b2(b, s->m);
    b1(b, 0);
}
CASE(sourcefile_wrong_length)
{
    with_class_attr(b, p_src, a_src_len);
    EXPECT("java.lang.ClassFormatError: Wrong SourceFile attribute length in class file T");
}

static void a_huge(B *b, const Std *s, const uint16_t *ix)
{
    (void)s;
    b2(b, 1);
    b2(b, ix[0] + 0);
    b4(b, 0x7fffffff);
    b2(b, 0);
}
static void p_unknown(B *b, Std *s, uint16_t *ix) { (void)s; ix[0] = utf8(b, "Whatever"); }
CASE(attribute_length_past_end)
{
    with_class_attr(b, p_unknown, a_huge);
    EXPECT("java.lang.ClassFormatError: Truncated class file");
}

static void a_none_extra(B *b, const Std *s, const uint16_t *ix)
{
    (void)s, (void)ix;
    b2(b, 0);
    b1(b, 0);
}
CASE(extra_bytes_at_end)
{
    with_class_attr(b, p_unknown, a_none_extra);
    EXPECT("java.lang.ClassFormatError: Extra bytes at the end of class file T");
}

static void p_indy(B *b, Std *s, uint16_t *ix)
{
    ix[0] = ent2(b, 18, 0, nat(b, "run", "()Ljava/lang/Runnable;"));
    ix[1] = utf8(b, "BootstrapMethods");
    uint16_t mr = ent2(b, 10, s->super_c, nat(b, "hashCode", "()I"));
    b1(b, 15);
    b1(b, 6);
    b2(b, mr);
    ix[2] = b->next++;
    ix[3] = utf8(b, "unused");
}
static void a_none(B *b, const Std *s, const uint16_t *ix) { (void)s, (void)ix; b2(b, 0); }
CASE(indy_without_bootstrap_methods)
{
    with_class_attr(b, p_indy, a_none);
    EXPECT("java.lang.ClassFormatError: Missing BootstrapMethods attribute in class file T");
}

static void a_bsm_empty(B *b, const Std *s, const uint16_t *ix)
{
    (void)s;
    b2(b, 1);
    b2(b, ix[1]);
    b4(b, 2);
    b2(b, 0);
}
CASE(indy_bootstrap_index_too_big)
{
    with_class_attr(b, p_indy, a_bsm_empty);
    EXPECT("java.lang.ClassFormatError: Short length on BootstrapMethods in class file T");
}

static void a_bsm_bad_arg(B *b, const Std *s, const uint16_t *ix)
{
    (void)s;
    b2(b, 1);
    b2(b, ix[1]);
    b4(b, 8);
    b2(b, 1);
    b2(b, ix[2]);
    b2(b, 1);
    b2(b, ix[3]);           /* a Utf8 is not a loadable constant */
}
CASE(bootstrap_argument_not_loadable)
{
    with_class_attr(b, p_indy, a_bsm_bad_arg);
    EXPECT("java.lang.ClassFormatError: argument_index %u has bad constant type in class file T", 18);
}

static void a_bsm_ok(B *b, const Std *s, const uint16_t *ix)
{
    (void)s;
    b2(b, 1);
    b2(b, ix[1]);
    b4(b, 6);
    b2(b, 1);
    b2(b, ix[2]);
    b2(b, 0);
}
CASE(bootstrap_methods_ok)
{
    with_class_attr(b, p_indy, a_bsm_ok);
    EXPECT("OK");
}

static void p_inner(B *b, Std *s, uint16_t *ix)
{
    ix[0] = utf8(b, "InnerClasses");
    ix[1] = klass(b, "T$I");
    (void)s;
}
static void a_inner_dup(B *b, const Std *s, const uint16_t *ix)
{
    b2(b, 1);
    b2(b, ix[0]);
    b4(b, 2 + 16);
    b2(b, 2);
    for (int i = 0; i < 2; i++) {
        b2(b, ix[1]);
        b2(b, s->this_c);
        b2(b, s->m);
        b2(b, 0x08);
    }
}
CASE(inner_classes_duplicate_entry)
{
    with_class_attr(b, p_inner, a_inner_dup);
    EXPECT("java.lang.ClassFormatError: Duplicate entry in InnerClasses attribute in class file T");
}

static void a_inner_self(B *b, const Std *s, const uint16_t *ix)
{
    b2(b, 1);
    b2(b, ix[0]);
    b4(b, 2 + 8);
    b2(b, 1);
    b2(b, s->this_c);
    b2(b, s->this_c);
    b2(b, 0);
    b2(b, 0);
}
CASE(inner_class_is_its_own_outer)
{
    with_class_attr(b, p_inner, a_inner_self);
    EXPECT("java.lang.ClassFormatError: Class is both outer and inner class in class file T");
}

/* Whole-class layout problems. */
CASE(wrong_name)
{
    simple_class(b, 0, 61);
    EXPECT("java.lang.NoClassDefFoundError: U (wrong name: T)");
}

CASE(this_class_is_utf8)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    end_cp(b);
    class_head(b, 0x21, s.code, s.super_c);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Invalid this class index %u in constant pool in class file T", s.code);
}

CASE(no_superclass)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    end_cp(b);
    class_head(b, 0x21, s.this_c, 0);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Invalid superclass index 0 in class file T");
}

CASE(interface_extends_class)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t t2 = klass(b, "java/lang/Number");
    end_cp(b);
    class_head(b, 0x601, s.this_c, t2);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Interfaces must have java.lang.Object as superclass in class file T");
}

CASE(duplicate_interface)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t r = klass(b, "java/lang/Runnable");
    end_cp(b);
    b2(b, 0x421);
    b2(b, s.this_c);
    b2(b, s.super_c);
    b2(b, 2);
    b2(b, r);
    b2(b, r);
    b2(b, 0);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Duplicate interface name \"java/lang/Runnable\" in class file T");
}

CASE(constant_value_wrong_type)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    uint16_t f = utf8(b, "f"), i = utf8(b, "I"), cv = utf8(b, "ConstantValue");
    uint16_t str = ent1(b, 8, f);
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 1);
    b2(b, 0x19);
    b2(b, f);
    b2(b, i);
    b2(b, 1);
    b2(b, cv);
    b4(b, 2);
    b2(b, str);
    b2(b, 0);
    b2(b, 0);
    EXPECT("java.lang.ClassFormatError: Inconsistent constant value type in class file T");
}

CASE(many_fields_count_lies)
{
    Std s;
    begin(b, 0, 61);
    std_pool(b, &s, "T");
    end_cp(b);
    class_head(b, 0x21, s.this_c, s.super_c);
    b2(b, 0xffff);          /* 65535 fields promised, none present */
    EXPECT("java.lang.ClassFormatError: Truncated class file");
}

typedef struct Case {
    const char *id;
    Build build;
    const char *name;       /* name the loader asks for */
    size_t probe;
    char expect[512];
} Case;

#define C(id) { #id, id, "T", 0, "" }
static Case cases[] = {
    C(valid_minimal), C(valid_v45_3), C(valid_v52_minor7), C(bad_magic), C(five_bytes),
    C(version_62), C(version_44), C(version_60_minor_1), C(preview_61), C(preview_60),
    C(cp_count_zero), C(unknown_tag), C(tag_too_new), C(module_tag_in_class), C(acc_module),
    C(utf8_past_end), C(utf8_nul_byte), C(utf8_overlong), C(utf8_four_byte_form),
    C(long_in_last_slot), C(class_names_a_long), C(methodref_nat_is_class),
    C(fieldref_index_out_of_range), C(methodhandle_bad_kind), C(methodhandle_getfield_on_method),
    C(methodhandle_new_not_init), C(illegal_class_name), C(class_name_double_slash),
    C(methodref_to_clinit), C(field_bad_descriptor), C(field_void_descriptor),
    C(field_256_dimensions), C(field_255_dimensions_ok), C(field_descriptor_bad_class),
    C(field_bad_name), C(field_public_private), C(field_final_volatile),
    C(interface_field_not_static), C(duplicate_field), C(interface_not_abstract),
    C(class_final_abstract), C(annotation_not_interface), C(method_unterminated_descriptor),
    C(method_void_parameter), C(method_trailing_garbage), C(method_bad_name),
    C(method_abstract_final), C(init_static), C(init_returns_int), C(clinit_not_static),
    C(clinit_with_args), C(interface_init), C(interface_method_protected), C(duplicate_method),
    C(missing_code), C(abstract_with_code), C(native_without_code_ok), C(too_many_arguments),
    C(code_length_zero), C(code_length_65536), C(code_attribute_length_lies),
    C(code_length_huge), C(handler_empty_range), C(handler_pc_outside_code),
    C(handler_catch_type_not_class), C(line_number_pc_outside_code),
    C(code_fine_with_zero_locals_for_static), C(sourcefile_wrong_length),
    C(attribute_length_past_end), C(extra_bytes_at_end), C(indy_without_bootstrap_methods),
    C(indy_bootstrap_index_too_big), C(bootstrap_argument_not_loadable), C(bootstrap_methods_ok),
    C(inner_classes_duplicate_entry), C(inner_class_is_its_own_outer),
    { "wrong_name", wrong_name, "U", 0, "" }, C(this_class_is_utf8), C(no_superclass),
    C(interface_extends_class), C(duplicate_interface), C(constant_value_wrong_type),
    C(many_fields_count_lies),
};
#define N_CASES (sizeof cases / sizeof *cases)

/* ---- fuzz and truncation probes ------------------------------------------ */

enum { FUZZ_ORACLE = 2500, FUZZ_LOCAL = 20000, TRUNC_STRIDE = 5 };
static size_t fuzz_first, trunc_first, trunc_count;

/* One mutation of a sample, deterministic in the PRNG state. */
static uint8_t *mutate(uint64_t *rng, const Sample *s, size_t *len)
{
    uint8_t *b = malloc(s->len + 8);
    memcpy(b, s->data, s->len);
    size_t n = s->len;
    uint64_t r = tu_rand(rng);
    size_t at = (size_t)(tu_rand(rng) % n);
    switch (r % 6) {
    case 0: case 1:                             /* 1-3 random bytes */
        for (unsigned k = 0; k <= (r >> 8) % 3; k++)
            b[tu_rand(rng) % n] = (uint8_t)tu_rand(rng);
        break;
    case 2:                                     /* one bit */
        b[at] ^= (uint8_t)(1u << ((r >> 8) % 8));
        break;
    case 3: {                                   /* delete 1-4 bytes */
        size_t k = 1 + (r >> 8) % 4;
        if (at + k > n)
            k = n - at;
        memmove(b + at, b + at + k, n - at - k);
        n -= k;
        break;
    }
    case 4: {                                   /* insert 1-4 bytes */
        size_t k = 1 + (r >> 8) % 4;
        memmove(b + at + k, b + at, n - at);
        for (size_t i = 0; i < k; i++)
            b[at + i] = (uint8_t)tu_rand(rng);
        n += k;
        break;
    }
    default: {                                  /* a boundary u2 */
        static const uint16_t v[] = { 0, 1, 0x7fff, 0x8000, 0xffff };
        if (at + 1 < n) {
            uint16_t x = v[(r >> 8) % 5];
            b[at] = (uint8_t)(x >> 8);
            b[at + 1] = (uint8_t)x;
        }
        break;
    }
    }
    *len = n;
    return b;
}

/* ---- setup: compile, build probes, ask javap and HotSpot once ------------- */

static int load_samples(void)
{
    DIR *d = opendir(cls_dir);
    if (!d)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) && n_samples < 64) {
        size_t l = strlen(e->d_name);
        if (l < 7 || strcmp(e->d_name + l - 6, ".class") != 0)
            continue;
        Sample *s = &samples[n_samples++];
        s->name = strndup(e->d_name, l - 6);
        char *p = tu_str("%s/%s", cls_dir, e->d_name);
        s->data = tu_read(p, &s->len);
        free(p);
    }
    closedir(d);
    return n_samples > 10 ? 0 : -1;
}

static int has_bytes(const Sample *s, const char *needle)
{
    return memmem(s->data, s->len, needle, strlen(needle)) != NULL;
}

static void build_probes(void)
{
    B *b = malloc(sizeof *b);
    for (size_t i = 0; i < N_CASES; i++) {
        cases[i].build(b, cases[i].expect);
        cases[i].probe = add_probe(cases[i].name, b->d, b->n);
    }
    free(b);
    /* HotSpot over-reads a truncated MethodParameters attribute (it does
     * not bounds-check it), so only files without one are compared. */
    trunc_first = n_probes;
    for (int i = 0; i < n_samples; i++) {
        if (has_bytes(&samples[i], "MethodParameters"))
            continue;
        for (size_t n = 0; n < samples[i].len; n += TRUNC_STRIDE)
            add_probe(samples[i].name, samples[i].data, n);
    }
    trunc_count = n_probes - trunc_first;
    fuzz_first = n_probes;
    uint64_t rng = 0x9e3779b97f4a7c15ull;
    for (int k = 0; k < FUZZ_ORACLE; k++) {
        const Sample *s = &samples[tu_rand(&rng) % (uint64_t)n_samples];
        size_t len;
        uint8_t *m = mutate(&rng, s, &len);
        add_probe(s->name, m, len);
        free(m);
    }
}

static int ask_hotspot(void)
{
    char *list = tu_str("%s/probes.txt", tmp);
    FILE *f = fopen(list, "w");
    for (size_t i = 0; i < n_probes; i++) {
        char *p = tu_str("%s/p/%zu.bin", tmp, i);
        tu_write(p, probes[i].data, probes[i].len);
        fprintf(f, "%s\t%s\n", probes[i].name, p);
        free(p);
    }
    fclose(f);
    char *out = tu_capture("java -Xshare:auto -Doracle.dir=%s -cp %s ClassFileOracle < %s",
                           cls_dir, cls_dir, list);
    free(list);
    if (!out)
        return -1;
    size_t i = 0;
    for (char *line = out, *nl; i < n_probes && (nl = strchr(line, '\n')); line = nl + 1) {
        *nl = 0;
        probes[i++].hotspot = strdup(line);
    }
    free(out);
    return i == n_probes ? 0 : -1;
}

static int setup(void **state)
{
    (void)state;
    char *src = tu_src_dir(__FILE__);
    tmp = tu_mkdtemp();
    cls_dir = tu_str("%s/cls", tmp);
    if (!tmp || tu_run("mkdir -p %s/p && javac -g -d %s %s/classfile-src/*.java "
                       "%s/oracle/ClassFileOracle.java", tmp, cls_dir, src, src) != 0) {
        fprintf(stderr, "setup: javac failed\n");
        return -1;
    }
    free(src);
    if (load_samples() != 0)
        return -1;
    javap_out = tu_capture("cd %s && javap -v -p *.class", cls_dir);
    build_probes();
    if (!javap_out || ask_hotspot() != 0) {
        fprintf(stderr, "setup: javap or the HotSpot oracle failed\n");
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmrf(tmp);
    for (int i = 0; i < n_samples; i++) {
        free(samples[i].name);
        free(samples[i].data);
    }
    for (size_t i = 0; i < n_probes; i++) {
        free(probes[i].name);
        free(probes[i].data);
        free(probes[i].hotspot);
    }
    free(probes);
    free(javap_out);
    free(cls_dir);
    free(tmp);
    return 0;
}

/* ---- facts: the same description from javap's text and from cf_parse ----- */

typedef struct Facts {
    char **v;
    size_t n, cap;
} Facts;

static void addf(Facts *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(Facts *f, const char *fmt, ...)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? 2 * f->cap : 256;
        f->v = realloc(f->v, f->cap * sizeof *f->v);
    }
    va_list ap;
    va_start(ap, fmt);
    char *v = tu_fmt(fmt, ap);
    va_end(ap);
    size_t n = strlen(v);
    while (n && v[n - 1] == ' ')        /* javap drops trailing blanks */
        v[--n] = 0;
    f->v[f->n++] = v;
}

static void facts_free(Facts *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->v[i]);
    free(f->v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Strings compare only when plainly printable (javap escapes the rest). */
static const char *plain(const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c < 0x20 || *c >= 0x7f || *c == '\\')
            return "?";
    return s;
}

static const char *tag_name(uint8_t t)
{
    static const char *n[] = {
        [CONST_Utf8] = "Utf8", [CONST_Integer] = "Integer", [CONST_Float] = "Float",
        [CONST_Long] = "Long", [CONST_Double] = "Double", [CONST_Class] = "Class",
        [CONST_String] = "String", [CONST_Fieldref] = "Fieldref", [CONST_Methodref] = "Methodref",
        [CONST_InterfaceMethodref] = "InterfaceMethodref", [CONST_NameAndType] = "NameAndType",
        [CONST_MethodHandle] = "MethodHandle", [CONST_MethodType] = "MethodType",
        [CONST_Dynamic] = "Dynamic", [CONST_InvokeDynamic] = "InvokeDynamic",
    };
    return t < sizeof n / sizeof *n && n[t] ? n[t] : "?";
}

static int is_return_op(uint8_t op)
{
    return (op >= 0xac && op <= 0xb1) || op == 0xbf;
}

static void our_facts(const ClassFile *cf, Facts *f)
{
    addf(f, "version %u.%u", cf->major, cf->minor);
    addf(f, "flags 0x%04x", cf->access);
    addf(f, "this %s", cf->this_name);
    addf(f, "super %s", cf->super_name);
    addf(f, "counts %u %u %u", cf->n_interfaces, cf->n_fields, cf->n_methods);
    for (unsigned i = 1; i < cf->cp_count; i++) {
        const CpEntry *e = &cf->cp[i];
        switch (e->tag) {
        case CONST_Utf8: addf(f, "cp %u Utf8 %s", i, plain(e->utf8.s)); break;
        case CONST_Integer: addf(f, "cp %u Integer %d", i, e->i); break;
        case CONST_Float: addf(f, "cp %u Float %a", i, (double)e->f); break;
        case CONST_Long: addf(f, "cp %u Long %lld", i, (long long)e->j); i++; break;
        case CONST_Double: addf(f, "cp %u Double %a", i, e->d); i++; break;
        case CONST_Class: case CONST_String: case CONST_MethodType:
            addf(f, "cp %u %s %u", i, tag_name(e->tag), e->a);
            break;
        case CONST_MethodHandle: addf(f, "cp %u MethodHandle %u %u", i, e->kind, e->a); break;
        default: addf(f, "cp %u %s %u %u", i, tag_name(e->tag), e->a, e->b); break;
        }
    }
    for (unsigned i = 0; i < cf->n_fields; i++) {
        const CfField *fd = &cf->fields[i];
        addf(f, "f%u %s %s 0x%04x", i, fd->name, fd->desc, fd->access);
        if (!fd->constant_value)
            continue;
        const CpEntry *e = &cf->cp[fd->constant_value];
        switch (e->tag) {
        case CONST_Integer: addf(f, "cv f%u int %d", i, e->i); break;
        case CONST_Long: addf(f, "cv f%u long %lld", i, (long long)e->j); break;
        case CONST_Float: addf(f, "cv f%u float %a", i, (double)e->f); break;
        case CONST_Double: addf(f, "cv f%u double %a", i, e->d); break;
        default: addf(f, "cv f%u String %s", i, plain(cf_utf8(cf, e->a))); break;
        }
    }
    for (unsigned i = 0; i < cf->n_methods; i++) {
        const CfMethod *m = &cf->methods[i];
        addf(f, "m%u %s %s 0x%04x", i, m->name, m->desc, m->access);
        if (m->code) {
            addf(f, "code m%u %u %u", i, m->max_stack, m->max_locals);
            if (is_return_op(m->code[m->code_len - 1]))
                addf(f, "codelen m%u %u", i, m->code_len);
        }
        for (unsigned k = 0; k < m->n_handlers; k++) {
            const CfHandler *h = &m->handlers[k];
            addf(f, "handler m%u %u %u %u %s", i, h->start_pc, h->end_pc, h->handler_pc,
                 h->catch_type ? cf_class_name(cf, h->catch_type) : "any");
        }
        for (unsigned k = 0; k < m->n_lines; k++)
            addf(f, "line m%u %u %u", i, m->lines[k].line, m->lines[k].start_pc);
        for (unsigned k = 0; k < m->n_exceptions; k++)
            addf(f, "throws m%u %s", i, cf_class_name(cf, m->exceptions[k]));
    }
    if (cf->source_file)
        addf(f, "source %s", cf->source_file);
    if (cf->signature)
        addf(f, "signature %s", plain(cf->signature));
    if (cf->nest_host)
        addf(f, "nesthost %s", cf->nest_host);
    for (unsigned i = 0; i < cf->n_nest_members; i++)
        addf(f, "nestmember %s", cf->nest_members[i]);
    if (cf->enclosing_class)
        addf(f, "enclosing %s", cf->enclosing_class);
    for (unsigned i = 0; i < cf->n_bootstrap; i++) {
        addf(f, "bsm %u %u", i, cf->bootstrap[i].method_handle);
        for (unsigned k = 0; k < cf->bootstrap[i].n_args; k++)
            addf(f, "bsmarg %u %u %u", i, k, cf->bootstrap[i].args[k]);
    }
    for (unsigned i = 0; i < cf->n_inner; i++)
        addf(f, "inner %u %u %u", cf->inner[i].inner_class, cf->inner[i].outer_class,
             cf->inner[i].inner_name);
    for (unsigned i = 0; i < cf->n_record; i++)
        addf(f, "record %s %s", cf->record[i].name, cf->record[i].desc);
}

/* Skips the indentation (trailing blanks may belong to a string value). */
static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

static int indent(const char *s)
{
    int n = 0;
    while (s[n] == ' ')
        n++;
    return n;
}

/* "#12" -> 12 */
static unsigned hashnum(const char *s)
{
    const char *h = strchr(s, '#');
    return h ? (unsigned)strtoul(h + 1, NULL, 10) : 0;
}

static void javap_cp_line(Facts *f, char *line)
{
    unsigned idx;
    char tag[32];
    int off = 0;
    if (sscanf(line, " #%u = %31s%n", &idx, tag, &off) != 2)
        return;
    char *eq = strstr(line, "= ");
    char *val = strlen(eq + 2) > 19 ? eq + 2 + 19 : (char *)"";
    char *ops = line + off;
    char *cmt = strstr(ops, "//");
    if (cmt && strcmp(tag, "Utf8") != 0)
        *cmt = 0;
    ops = trim(ops);
    unsigned a, b;
    if (strcmp(tag, "Utf8") == 0) {
        addf(f, "cp %u Utf8 %s", idx, plain(val));
    } else if (strcmp(tag, "Integer") == 0) {
        addf(f, "cp %u Integer %d", idx, (int)strtol(ops, NULL, 10));
    } else if (strcmp(tag, "Long") == 0) {
        addf(f, "cp %u Long %lld", idx, strtoll(ops, NULL, 10));
    } else if (strcmp(tag, "Float") == 0) {
        addf(f, "cp %u Float %a", idx, (double)strtof(ops, NULL));
    } else if (strcmp(tag, "Double") == 0) {
        addf(f, "cp %u Double %a", idx, strtod(ops, NULL));
    } else if (strcmp(tag, "MethodHandle") == 0 && sscanf(ops, "%u:#%u", &a, &b) == 2) {
        addf(f, "cp %u MethodHandle %u %u", idx, a, b);
    } else if (sscanf(ops, "#%u%*[.:]#%u", &a, &b) == 2) {
        addf(f, "cp %u %s %u %u", idx, tag, a, b);
    } else {
        addf(f, "cp %u %s %u", idx, tag, hashnum(ops));
    }
}

typedef struct JState {
    const char *this_name;
    int section;            /* 0 header, 1 pool, 2 members, 3 class attributes */
    char attr[64];          /* current class attribute */
    char member_name[512];
    char member_desc[512];
    int member;             /* index within fields or methods; -1 none */
    unsigned member_flags;
    int is_method, n_fields, n_methods;
    char sub[64];           /* current sub-table in a member */
    int insn_off, insn_ret, in_code;
    int bsm, bsm_arg;
} JState;

static void javap_member_end(Facts *f, JState *st)
{
    if (st->member >= 0 && st->is_method && st->in_code && st->insn_ret)
        addf(f, "codelen m%d %d", st->member, st->insn_off + 1);
    st->member = -1;
    st->in_code = 0;
    st->sub[0] = 0;
}

static void javap_member_header(JState *st, char *line)
{
    char *s = trim(line);
    char *paren = strchr(s, '(');
    char *end = paren ? paren : strrchr(s, ';');
    if (strcmp(s, "static {};") == 0) {
        strcpy(st->member_name, "<clinit>");
        return;
    }
    char *start = end;
    while (start > s && start[-1] != ' ')
        start--;
    snprintf(st->member_name, sizeof st->member_name, "%.*s", (int)(end - start), start);
    char internal[512];
    snprintf(internal, sizeof internal, "%s", st->member_name);
    for (char *c = internal; *c; c++)
        if (*c == '.')
            *c = '/';
    if (paren && strcmp(internal, st->this_name) == 0)
        strcpy(st->member_name, "<init>");
}

static void javap_member_line(Facts *f, JState *st, char *line)
{
    int ind = indent(line);
    char *s = trim(line);
    unsigned a, b, c, flags;
    char w1[256], w2[512];
    if (ind == 2) {
        javap_member_end(f, st);
        javap_member_header(st, line);
        st->member = -2;    /* known once the descriptor is read */
        return;
    }
    if (ind == 4) {
        st->sub[0] = 0;
        st->in_code = st->in_code == 1 ? 2 : st->in_code;
        if (sscanf(s, "descriptor: %511s", w2) == 1) {
            st->is_method = w2[0] == '(';
            st->member = st->is_method ? st->n_methods++ : st->n_fields++;
            snprintf(st->member_desc, sizeof st->member_desc, "%s", w2);
        } else if (sscanf(s, "flags: (0x%x)", &flags) == 1) {
            st->member_flags = flags;
            addf(f, "%c%d %s %s 0x%04x", st->is_method ? 'm' : 'f', st->member,
                 st->member_name, st->member_desc, flags);
        } else if (strncmp(s, "ConstantValue: ", 15) == 0 && (st->member_flags & ACC_STATIC)) {
            /* (JVMS 4.7.2: ignored on non-static fields, and so by cf_parse) */
            char *v = s + 15, *sp = strchr(v, ' ');
            *sp = 0;
            char *val = sp + 1;
            if (strcmp(v, "int") == 0)
                addf(f, "cv f%d int %d", st->member, (int)strtol(val, NULL, 10));
            else if (strcmp(v, "long") == 0)
                addf(f, "cv f%d long %lld", st->member, strtoll(val, NULL, 10));
            else if (strcmp(v, "float") == 0)
                addf(f, "cv f%d float %a", st->member, (double)strtof(val, NULL));
            else if (strcmp(v, "double") == 0)
                addf(f, "cv f%d double %a", st->member, strtod(val, NULL));
            else
                addf(f, "cv f%d String %s", st->member, plain(val));
        } else if (strcmp(s, "Code:") == 0) {
            st->in_code = 1;
        } else if (strcmp(s, "Exceptions:") == 0) {
            strcpy(st->sub, "throws");
        }
        return;
    }
    if (ind == 6 && sscanf(s, "stack=%u, locals=%u", &a, &b) == 2) {
        addf(f, "code m%d %u %u", st->member, a, b);
        return;
    }
    if (ind == 6 && s[strlen(s) - 1] == ':') {
        snprintf(st->sub, sizeof st->sub, "%s", s);
        return;
    }
    if (ind == 6 && strncmp(s, "StackMapTable:", 14) == 0) {
        strcpy(st->sub, "StackMapTable:");
        return;
    }
    if (strcmp(st->sub, "throws") == 0 && strncmp(s, "throws ", 7) == 0) {
        for (char *tok = strtok(s + 7, ", "); tok; tok = strtok(NULL, ", ")) {
            for (char *p = tok; *p; p++)
                if (*p == '.')
                    *p = '/';
            addf(f, "throws m%d %s", st->member, tok);
        }
    } else if (strcmp(st->sub, "Exception table:") == 0 &&
               sscanf(s, "%u %u %u %255s %511s", &a, &b, &c, w1, w2) >= 4) {
        addf(f, "handler m%d %u %u %u %s", st->member, a, b, c, strcmp(w1, "Class") == 0 ? w2 : "any");
    } else if (strcmp(st->sub, "LineNumberTable:") == 0 && sscanf(s, "line %u: %u", &a, &b) == 2) {
        addf(f, "line m%d %u %u", st->member, a, b);
    } else if (st->in_code == 1 && !st->sub[0] && sscanf(s, "%u: %255s", &a, w1) == 2 &&
               w1[0] >= 'a' && w1[0] <= 'z') {
        st->insn_off = (int)a;
        st->insn_ret = strcmp(w1, "athrow") == 0 || strstr(w1, "return") != NULL;
    }
}

static void javap_class_attr_line(Facts *f, JState *st, char *line)
{
    int ind = indent(line);
    char *s = trim(line);
    unsigned a, b;
    char w[512];
    if (ind == 0) {
        char *colon = strchr(s, ':');
        snprintf(st->attr, sizeof st->attr, "%.*s", colon ? (int)(colon - s) : 0, s);
        char *cmt = strstr(s, "// ");
        if (strcmp(st->attr, "SourceFile") == 0 && sscanf(s, "SourceFile: \"%511[^\"]", w) == 1)
            addf(f, "source %s", w);
        else if (strcmp(st->attr, "Signature") == 0 && cmt)
            addf(f, "signature %s", plain(cmt + 3));
        else if (strcmp(st->attr, "NestHost") == 0 && sscanf(s, "NestHost: class %511s", w) == 1)
            addf(f, "nesthost %s", w);
        else if (strcmp(st->attr, "EnclosingMethod") == 0 && cmt &&
                 sscanf(s, "EnclosingMethod: #%u.#%u", &a, &b) == 2) {
            char *name = cmt + 3, *dot = b ? strrchr(name, '.') : NULL;
            addf(f, "enclosing %.*s", dot ? (int)(dot - name) : (int)strlen(name), name);
        }
        st->bsm = -1;
        return;
    }
    if (strcmp(st->attr, "NestMembers") == 0 && ind == 2) {
        addf(f, "nestmember %s", s);
    } else if (strcmp(st->attr, "BootstrapMethods") == 0) {
        if (ind == 2 && sscanf(s, "%u: #%u", &a, &b) == 2) {
            st->bsm = (int)a;
            st->bsm_arg = 0;
            addf(f, "bsm %u %u", a, b);
        } else if (ind == 6 && sscanf(s, "#%u", &a) == 1) {
            addf(f, "bsmarg %d %d %u", st->bsm, st->bsm_arg++, a);
        }
    } else if (strcmp(st->attr, "InnerClasses") == 0 && ind == 2) {
        char *semi = strchr(s, ';');
        *semi = 0;
        char *hash = strchr(s, '#'), *eqs = strchr(hash, '='), *of = strstr(hash, " of ");
        unsigned inner, outer = of ? hashnum(of) : 0, name = 0;
        if (eqs) {
            name = hashnum(hash);
            inner = hashnum(eqs);
        } else {
            inner = hashnum(hash);
        }
        addf(f, "inner %u %u %u", inner, outer, name);
    } else if (strcmp(st->attr, "Record") == 0) {
        if (ind == 2) {
            char *semi = strrchr(s, ';'), *sp = semi;
            while (sp > s && sp[-1] != ' ')
                sp--;
            snprintf(st->member_name, sizeof st->member_name, "%.*s", (int)(semi - sp), sp);
        } else if (ind == 4 && sscanf(s, "descriptor: %511s", w) == 1) {
            addf(f, "record %s %s", st->member_name, w);
        }
    }
}

/* Facts from one class's section of `javap -v -p` output. */
static void javap_facts(char *text, const char *this_name, Facts *f)
{
    JState st = { .this_name = this_name, .member = -1 };
    unsigned minor = 0, a, b, c;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (st.section == 0) {
            unsigned major, flags;
            char *cmt = strstr(line, "// ");
            if (sscanf(line, "  minor version: %u", &minor) == 1)
                continue;
            if (sscanf(line, "  major version: %u", &major) == 1)
                addf(f, "version %u.%u", major, minor);
            else if (sscanf(line, "  flags: (0x%x)", &flags) == 1)
                addf(f, "flags 0x%04x", flags);
            else if (strncmp(line, "  this_class:", 13) == 0 && cmt)
                addf(f, "this %s", cmt + 3);
            else if (strncmp(line, "  super_class:", 14) == 0 && cmt)
                addf(f, "super %s", cmt + 3);
            else if (sscanf(line, "  interfaces: %u, fields: %u, methods: %u", &a, &b, &c) == 3)
                addf(f, "counts %u %u %u", a, b, c);
            else if (strcmp(line, "Constant pool:") == 0)
                st.section = 1;
        } else if (st.section == 1) {
            if (strcmp(line, "{") == 0)
                st.section = 2;
            else
                javap_cp_line(f, line);
        } else if (st.section == 2) {
            if (strcmp(line, "}") == 0) {
                javap_member_end(f, &st);
                st.section = 3;
            } else if (*trim(line)) {
                javap_member_line(f, &st, line);
            }
        } else {
            javap_class_attr_line(f, &st, line);
        }
    }
}

/* The javap section for one class ("Classfile .../Name.class" up to the next). */
static char *javap_section(const char *name)
{
    char *key = tu_str("/%s.class\n", name);
    char *at = javap_out;
    char *found = NULL;
    while ((at = strstr(at, "Classfile "))) {
        char *eol = strchr(at, '\n');
        if (eol && (size_t)(eol + 1 - at) >= strlen(key) &&
            strncmp(eol + 1 - strlen(key), key, strlen(key)) == 0) {
            char *next = strstr(eol, "\nClassfile ");
            found = strndup(at, next ? (size_t)(next - at) : strlen(at));
            break;
        }
        at = eol ? eol : at + 1;
    }
    free(key);
    return found;
}

/* ---- tests: javac classes ------------------------------------------------ */

static void test_javac_classes_parse(void **state)
{
    (void)state;
    for (int i = 0; i < n_samples; i++) {
        CfError err;
        ClassFile *cf = cf_parse(samples[i].data, samples[i].len, samples[i].name, &err);
        if (!cf)
            fail_msg("%s: %s", samples[i].name, err.msg);
        assert_int_equal(err.kind, CF_OK);
        assert_string_equal(cf->this_name, samples[i].name);
        cf_free(cf);
    }
}

static void test_structure_matches_javap(void **state)
{
    (void)state;
    int bad = 0;
    for (int i = 0; i < n_samples; i++) {
        CfError err;
        ClassFile *cf = cf_parse(samples[i].data, samples[i].len, samples[i].name, &err);
        assert_non_null(cf);
        char *sec = javap_section(samples[i].name);
        assert_non_null(sec);
        Facts ours = { 0 }, theirs = { 0 };
        our_facts(cf, &ours);
        javap_facts(sec, cf->this_name, &theirs);
        qsort(ours.v, ours.n, sizeof *ours.v, cmp_str);
        qsort(theirs.v, theirs.n, sizeof *theirs.v, cmp_str);
        size_t a = 0, b = 0;
        while (a < ours.n || b < theirs.n) {
            int c = a == ours.n ? 1 : b == theirs.n ? -1 : strcmp(ours.v[a], theirs.v[b]);
            if (c == 0) {
                a++, b++;
                continue;
            }
            if (bad++ < 30)
                print_message("%s: %s %s\n", samples[i].name, c < 0 ? "only ours:  " : "only javap: ",
                              c < 0 ? ours.v[a] : theirs.v[b]);
            c < 0 ? a++ : b++;
        }
        assert_true(ours.n > 8);
        facts_free(&ours);
        facts_free(&theirs);
        free(sec);
        cf_free(cf);
    }
    assert_int_equal(bad, 0);
}

static ClassFile *parse_sample(const char *name)
{
    for (int i = 0; i < n_samples; i++)
        if (strcmp(samples[i].name, name) == 0) {
            CfError err;
            return cf_parse(samples[i].data, samples[i].len, name, &err);
        }
    return NULL;
}

static const CfMethod *find_method(const ClassFile *cf, const char *name, const char *desc)
{
    for (unsigned i = 0; i < cf->n_methods; i++)
        if (strcmp(cf->methods[i].name, name) == 0 && strcmp(cf->methods[i].desc, desc) == 0)
            return &cf->methods[i];
    return NULL;
}

/* What the Java language says these classes must look like (JLS/JVMS), as a
 * check that does not go through javap. */
static void test_language_facts(void **state)
{
    (void)state;
    ClassFile *cf = parse_sample("Point");
    assert_non_null(cf);
    assert_true(cf->is_record);
    assert_int_equal(cf->n_record, 2);
    assert_string_equal(cf->record[0].name, "x");
    assert_string_equal(cf->record[1].desc, "I");
    assert_string_equal(cf->super_name, "java/lang/Record");
    assert_int_equal(cf->major, 61);
    assert_true(cf->n_bootstrap >= 1);      /* ObjectMethods for equals/hashCode/toString */
    cf_free(cf);

    cf = parse_sample("Planet");
    assert_true(cf->access & ACC_ENUM);
    assert_string_equal(cf->super_name, "java/lang/Enum");
    assert_non_null(find_method(cf, "values", "()[LPlanet;"));
    cf_free(cf);

    cf = parse_sample("Greeter");
    assert_true((cf->access & (ACC_INTERFACE | ACC_ABSTRACT)) == (ACC_INTERFACE | ACC_ABSTRACT));
    const CfMethod *m = find_method(cf, "greet", "()Ljava/lang/String;");
    assert_non_null(m);
    assert_non_null(m->code);               /* default method */
    m = find_method(cf, "name", "()Ljava/lang/String;");
    assert_null(m->code);
    assert_true(m->access & ACC_ABSTRACT);
    m = find_method(cf, "decorate", "(Ljava/lang/String;)Ljava/lang/String;");
    assert_true(m->access & ACC_PRIVATE);
    assert_non_null(find_method(cf, "of", "(Ljava/lang/String;)LGreeter;"));
    cf_free(cf);

    cf = parse_sample("Marker");
    assert_true(cf->access & ACC_ANNOTATION);
    assert_string_equal(cf->interfaces[0], "java/lang/annotation/Annotation");
    cf_free(cf);

    cf = parse_sample("Features");
    m = find_method(cf, "nativeMethod", "(I)I");
    assert_true(m->access & ACC_NATIVE);
    assert_null(m->code);
    m = find_method(cf, "longMath", "(JD)J");
    assert_int_equal(m->n_exceptions, 2);
    assert_true(m->n_handlers >= 3);
    assert_non_null(find_method(cf, "<clinit>", "()V"));
    assert_string_equal(cf->source_file, "Features.java");
    assert_non_null(cf->signature);
    int longs = 0;
    for (unsigned i = 1; i < cf->cp_count; i++)
        if (cf->cp[i].tag == CONST_Long && cf->cp[i].j == -9000000000LL) {
            assert_int_equal(cf->cp[i + 1].tag, 0);     /* the unusable second slot */
            longs++;
        }
    assert_int_equal(longs, 1);
    cf_free(cf);

    cf = parse_sample("Features$1Local");
    assert_string_equal(cf->enclosing_class, "Features");
    assert_string_equal(cf->nest_host, "Features");
    cf_free(cf);

    cf = parse_sample("Outer$Level1$Level2$Level3");
    assert_string_equal(cf->nest_host, "Outer");
    assert_true(cf->n_inner >= 2);
    cf_free(cf);
}

/* Every proper prefix of a valid class file is a truncated class file. */
static void test_truncation_every_offset(void **state)
{
    (void)state;
    size_t checked = 0;
    for (int i = 0; i < n_samples; i++) {
        for (size_t n = 0; n < samples[i].len; n++) {
            uint8_t *copy = malloc(n ? n : 1);     /* exact size: ASan sees any over-read */
            memcpy(copy, samples[i].data, n);
            CfError err;
            ClassFile *cf = cf_parse(copy, n, samples[i].name, &err);
            free(copy);
            if (cf || err.kind != CF_CLASS_FORMAT_ERROR || strcmp(err.msg, "Truncated class file") != 0)
                fail_msg("%s prefix %zu: %s", samples[i].name, n, cf ? "parsed" : err.msg);
            checked++;
        }
    }
    assert_true(checked > 10000);
}

static void test_truncation_matches_hotspot(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = trunc_first; i < trunc_first + trunc_count; i++) {
        char *us = our_answer(probes[i].name, probes[i].data, probes[i].len);
        if (strcmp(us, probes[i].hotspot) != 0 && bad++ < 10)
            print_message("%s[%zu]: hotspot \"%s\", ours \"%s\"\n", probes[i].name, probes[i].len,
                          probes[i].hotspot, us);
        free(us);
    }
    assert_true(trunc_count > 1000);
    assert_int_equal(bad, 0);
}

/* ---- tests: fuzzing ------------------------------------------------------- */

static void test_fuzz_matches_hotspot(void **state)
{
    (void)state;
    int bad = 0, errors = 0;
    for (size_t i = fuzz_first; i < n_probes; i++) {
        char *us = our_answer(probes[i].name, probes[i].data, probes[i].len);
        errors += strcmp(us, "OK") != 0;
        if (!answers_agree(probes[i].hotspot, us) && bad++ < 10)
            print_message("mutation %zu of %s: hotspot \"%s\", ours \"%s\"\n", i - fuzz_first,
                          probes[i].name, probes[i].hotspot, us);
        free(us);
    }
    assert_int_equal(bad, 0);
    assert_true(errors > FUZZ_ORACLE / 2);  /* the mutations do hit checks */
}

/* Many more mutations, without the oracle: no crash (ASan/UBSan in
 * `make check SAN=1`), a proper error kind and message, or a success. */
static void test_fuzz_no_crash(void **state)
{
    (void)state;
    uint64_t rng = 12345;
    int ok = 0;
    for (int k = 0; k < FUZZ_LOCAL; k++) {
        const Sample *s = &samples[tu_rand(&rng) % (uint64_t)n_samples];
        size_t len;
        uint8_t *m = mutate(&rng, s, &len);
        uint8_t *exact = malloc(len);
        memcpy(exact, m, len);
        free(m);
        CfError err;
        ClassFile *cf = cf_parse(exact, len, s->name, &err);
        if (cf) {
            ok++;
            assert_int_equal(err.kind, CF_OK);
            assert_true(cf->this_name != NULL && cf->cp_count > 0);
            cf_free(cf);
        } else {
            assert_true(err.kind == CF_CLASS_FORMAT_ERROR || err.kind == CF_UNSUPPORTED_VERSION ||
                        err.kind == CF_NO_CLASS_DEF_FOUND);
            assert_true(err.msg[0] != 0);
        }
        free(exact);
    }
    assert_true(ok > 0 && ok < FUZZ_LOCAL);
}

/* ---- tests: hand-made cases ---------------------------------------------- */

static void run_case(const Case *c)
{
    const Probe *p = &probes[c->probe];
    char *us = our_answer(p->name, p->data, p->len);
    if (strcmp(p->hotspot, c->expect) != 0)
        fail_msg("%s: HotSpot says \"%s\", the test expects \"%s\"", c->id, p->hotspot, c->expect);
    if (strcmp(us, c->expect) != 0)
        fail_msg("%s: we say \"%s\", HotSpot \"%s\"", c->id, us, c->expect);
    free(us);
}

static void test_case(void **state)
{
    run_case((const Case *)*state);
}

static void test_descriptor_helpers(void **state)
{
    (void)state;
    assert_true(cf_valid_field_descriptor("I"));
    assert_true(cf_valid_field_descriptor("[[Ljava/lang/String;"));
    assert_false(cf_valid_field_descriptor("V"));
    assert_false(cf_valid_field_descriptor("L;"));
    assert_false(cf_valid_field_descriptor("Ljava/lang/String"));
    assert_false(cf_valid_field_descriptor("II"));
    assert_false(cf_valid_field_descriptor(""));
    assert_true(cf_valid_method_descriptor("()V"));
    assert_true(cf_valid_method_descriptor("(IJ[Ljava/lang/Object;)Ljava/lang/String;"));
    assert_false(cf_valid_method_descriptor("()"));
    assert_false(cf_valid_method_descriptor("(V)V"));
    assert_false(cf_valid_method_descriptor("(I)[V"));
    assert_true(cf_valid_class_name("java/lang/String"));
    assert_true(cf_valid_class_name("[I"));
    assert_true(cf_valid_class_name("Foo$Bar"));
    assert_false(cf_valid_class_name("java.lang.String"));
    assert_false(cf_valid_class_name("/a"));
    assert_false(cf_valid_class_name("a/"));
    assert_false(cf_valid_class_name(""));
    assert_false(cf_valid_class_name("[V"));
    assert_string_equal(cf_error_class(CF_CLASS_FORMAT_ERROR), "java/lang/ClassFormatError");
    assert_string_equal(cf_error_class(CF_UNSUPPORTED_VERSION), "java/lang/UnsupportedClassVersionError");
    assert_string_equal(cf_error_class(CF_NO_CLASS_DEF_FOUND), "java/lang/NoClassDefFoundError");
}

int main(void)
{
    struct CMUnitTest tests[8 + N_CASES];
    size_t n = 0;
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_javac_classes_parse);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_structure_matches_javap);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_language_facts);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_truncation_every_offset);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_truncation_matches_hotspot);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_fuzz_matches_hotspot);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_fuzz_no_crash);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_descriptor_helpers);
    for (size_t i = 0; i < N_CASES; i++)
        tests[n++] = (struct CMUnitTest){ cases[i].id, test_case, NULL, NULL, &cases[i] };
    return _cmocka_run_group_tests("classfile", tests, n, setup, teardown);
}
