/*
 * test_oldclass.c — class files older than javac 17 makes: version 49
 * (Java 5) with jsr/ret, jsr_w and wide ret, which the interpreter keeps for
 * old code.  javac no longer emits these, so the class file is assembled
 * here byte by byte.  Truth: HotSpot (`java`) runs the same file and must
 * print the same lines as bin/jvm.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "jvm/tests/unit/testutil.h"

typedef struct Buf {
    uint8_t b[4096];
    size_t n;
} Buf;

static void u1(Buf *b, unsigned v) { b->b[b->n++] = (uint8_t)v; }
static void u2(Buf *b, unsigned v) { u1(b, v >> 8); u1(b, v & 0xff); }
static void u4(Buf *b, unsigned v) { u2(b, v >> 16); u2(b, v & 0xffff); }
static void utf8(Buf *b, const char *s) { u1(b, 1); u2(b, (unsigned)strlen(s)); while (*s) u1(b, (uint8_t)*s++); }
static void ref(Buf *b, unsigned tag, unsigned x, unsigned y) { u1(b, tag); u2(b, x); if (tag != 7) u2(b, y); }

static void method(Buf *b, unsigned flags, unsigned name, unsigned desc, unsigned stack,
                   unsigned locals, const uint8_t *code, unsigned len)
{
    u2(b, flags); u2(b, name); u2(b, desc);
    u2(b, 1);                   /* attributes: Code */
    u2(b, 7);                   /* "Code" */
    u4(b, 12 + len);
    u2(b, stack); u2(b, locals); u4(b, len);
    for (unsigned i = 0; i < len; i++)
        u1(b, code[i]);
    u2(b, 0);                   /* exception table */
    u2(b, 0);                   /* attributes */
}

static size_t make_class(uint8_t **out)
{
    static Buf b;
    b.n = 0;
    u4(&b, 0xcafebabe);
    u2(&b, 0);
    u2(&b, 49);
    u2(&b, 29);                 /* constant pool count */
    utf8(&b, "Jsr");                        /* 1 */
    ref(&b, 7, 1, 0);                       /* 2 Class Jsr */
    utf8(&b, "java/lang/Object");           /* 3 */
    ref(&b, 7, 3, 0);                       /* 4 */
    utf8(&b, "main");                       /* 5 */
    utf8(&b, "([Ljava/lang/String;)V");     /* 6 */
    utf8(&b, "Code");                       /* 7 */
    utf8(&b, "java/lang/System");           /* 8 */
    ref(&b, 7, 8, 0);                       /* 9 */
    utf8(&b, "out");                        /* 10 */
    utf8(&b, "Ljava/io/PrintStream;");      /* 11 */
    ref(&b, 12, 10, 11);                    /* 12 NameAndType */
    ref(&b, 9, 9, 12);                      /* 13 Fieldref System.out */
    utf8(&b, "java/io/PrintStream");        /* 14 */
    ref(&b, 7, 14, 0);                      /* 15 */
    utf8(&b, "println");                    /* 16 */
    utf8(&b, "(I)V");                       /* 17 */
    ref(&b, 12, 16, 17);                    /* 18 */
    ref(&b, 10, 15, 18);                    /* 19 Methodref println(I) */
    utf8(&b, "f");                          /* 20 */
    utf8(&b, "(I)I");                       /* 21 */
    ref(&b, 12, 20, 21);                    /* 22 */
    ref(&b, 10, 2, 22);                     /* 23 Methodref Jsr.f */
    utf8(&b, "g");                          /* 24 */
    ref(&b, 12, 24, 21);                    /* 25 */
    ref(&b, 10, 2, 25);                     /* 26 Methodref Jsr.g */
    utf8(&b, "h");                          /* 27 */
    ref(&b, 12, 27, 21);                    /* 28 */
    u2(&b, 0x21);               /* public super */
    u2(&b, 2); u2(&b, 4);       /* this, super */
    u2(&b, 0);                  /* interfaces */
    u2(&b, 0);                  /* fields */
    u2(&b, 3);                  /* methods */
    /* static int f(int x): r = 0; jsr S; r += x; jsr S; return r;  S: r += 10; ret */
    static const uint8_t f[] = {
        0x03, 0x3c,             /* 0 iconst_0; istore_1 */
        0xa8, 0x00, 0x0c,       /* 2 jsr +12 -> 14 */
        0x1b, 0x1a, 0x60, 0x3c, /* 5 iload_1 iload_0 iadd istore_1 */
        0xa8, 0x00, 0x05,       /* 9 jsr +5 -> 14 */
        0x1b, 0xac,             /* 12 iload_1 ireturn */
        0x4d,                   /* 14 astore_2 */
        0x84, 0x01, 0x0a,       /* 15 iinc 1 10 */
        0xa9, 0x02,             /* 18 ret 2 */
    };
    method(&b, 0x09, 20, 21, 2, 3, f, sizeof f);
    /* static int g(int x): r = x; jsr_w S; return r;  S: wide astore 300; r += 41; wide ret 300 */
    static const uint8_t g[] = {
        0x1a, 0x3c,                     /* 0 iload_0 istore_1 */
        0xc9, 0x00, 0x00, 0x00, 0x0b,   /* 2 jsr_w +11 -> 13 */
        0x1b, 0xac,                     /* 7 iload_1 ireturn */
        0x00, 0x00, 0x00, 0x00,         /* 9 nops */
        0xc4, 0x3a, 0x01, 0x2c,         /* 13 wide astore 300 */
        0x84, 0x01, 0x29,               /* 17 iinc 1 41 */
        0xc4, 0xa9, 0x01, 0x2c,         /* 20 wide ret 300 */
    };
    method(&b, 0x09, 24, 21, 1, 301, g, sizeof g);
    /* main: println(f(3)); println(g(1)) */
    static const uint8_t m[] = {
        0xb2, 0x00, 0x0d, 0x06, 0xb8, 0x00, 0x17, 0xb6, 0x00, 0x13,  /* f(3) */
        0xb2, 0x00, 0x0d, 0x04, 0xb8, 0x00, 0x1a, 0xb6, 0x00, 0x13,  /* g(1) */
        0xb1,
    };
    method(&b, 0x09, 5, 6, 2, 1, m, sizeof m);
    u2(&b, 0);                  /* class attributes */
    *out = b.b;
    return b.n;
}

static void test_jsr_ret(void **state)
{
    (void)state;
    char *dir = tu_mkdtemp();
    assert_non_null(dir);
    uint8_t *cls;
    size_t n = make_class(&cls);
    char *path = tu_str("%s/Jsr.class", dir);
    assert_int_equal(tu_write(path, cls, n), 0);
    const char *bin = getenv("BIN") ? getenv("BIN") : "bin";
    char *want = tu_capture("java -Xshare:auto -cp %s Jsr 2>&1", dir);
    char *got = tu_capture("%s/jvm -cp %s Jsr 2>&1", bin, dir);
    assert_non_null(want);
    assert_non_null(got);
    assert_string_equal(want, "23\n42\n");  /* the control: HotSpot agrees with the comments */
    assert_string_equal(got, want);
    free(want);
    free(got);
    tu_rmrf(dir);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsr_ret),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
