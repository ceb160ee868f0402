/*
 * test_verify.c — the bytecode verifier (verify.c) inside the runtime.
 *
 * The VM is booted in process on the built class library.  Truths:
 *   - every class javac 17 makes from the conformance corpus is verifiable
 *     (javac emits StackMapTables that JVMS §4.10.1 accepts; HotSpot runs
 *     the corpus with verification on), so verify_class() must accept all
 *     of them; the time it takes is reported (a figure, not an assertion);
 *   - class files of version 49 with jsr/ret are verified by type
 *     inference; a valid one (the one test_oldclass.c runs) is accepted and
 *     a damaged copy gets the same verdict and message as from HotSpot
 *     (`java` run on the same file).
 * The comparison with HotSpot over many damaged files is run-verify.sh.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <time.h>
#include <dirent.h>
#include <cmocka.h>

#include "jvm/runtime.h"
#include "jvm/verify.h"
#include "jvm/tests/unit/testutil.h"

static Thread *T;
static char *dir;

static int setup(void **state)
{
    (void)state;
    dir = tu_mkdtemp();
    char *src = tu_src_dir(__FILE__);
    int rc = tu_run("javac -nowarn -d %s/corpus %s/../conformance/*.java 2>/dev/null", dir, src);
    free(src);
    if (rc != 0)
        return -1;
    char *old = tu_str("%s/old", dir);
    mkdir(old, 0755);   /* before the loader opens the class path */
    free(old);
    vm_opts.classpath = tu_str("%s/corpus:%s/old", dir, dir);
    vm_opts.bootclasspath = getenv("TEST_BOOTCLASSPATH");
    log_init();
    vm_default_properties();
    heap_init(64u << 20);
    loader_init();
    T = thread_create_main();
    vm_start(T);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmrf(dir);
    free(dir);
    return 0;
}

static char *pending_message(void)
{
    if (!T->exception)
        return strdup("(no exception)");
    Object *m = FIELD_AT(T->exception, throwable_detail_off, Object *);
    char *s = m ? vm_string_utf8(m) : NULL;
    char *r = tu_str("%s: %s", class_java_name(T->exception->cls), s ? s : "");
    free(s);
    return r;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void test_corpus_verifies(void **state)
{
    (void)state;
    char *cdir = tu_str("%s/corpus", dir);
    DIR *d = opendir(cdir);
    assert_non_null(d);
    Class *classes[4096];
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < 4096;) {
        size_t len = strlen(e->d_name);
        if (len < 7 || strcmp(e->d_name + len - 6, ".class"))
            continue;
        char *name = strndup(e->d_name, len - 6);
        Class *c = load_class(T, name, LOADER_APP);
        if (!c)
            fail_msg("loading %s failed", name);
        classes[n++] = c;
        free(name);
    }
    closedir(d);
    assert_true(n > 100);
    long methods = 0, code = 0;
    double t0 = now_ms();
    for (int i = 0; i < n; i++) {
        if (!verify_class(T, classes[i])) {
            char *m = pending_message();
            fail_msg("%s rejected: %s", classes[i]->name, m);
        }
        for (int k = 0; k < classes[i]->cf->n_methods; k++) {
            methods += classes[i]->cf->methods[k].code != NULL;
            code += classes[i]->cf->methods[k].code_len;
        }
    }
    double t1 = now_ms();
    print_message("# verified %d corpus classes, %ld methods, %ld bytes of code in %.1f ms\n", n, methods, code,
                  t1 - t0);
    free(cdir);
}

/* The version-49 class of test_oldclass.c: f(x) uses a subroutine twice,
 * g(x) reaches one through jsr_w and returns with wide ret. */
typedef struct Buf { uint8_t b[1024]; size_t n; } Buf;
static void u1(Buf *b, unsigned v) { b->b[b->n++] = (uint8_t)v; }
static void u2(Buf *b, unsigned v) { u1(b, v >> 8); u1(b, v & 0xff); }
static void u4(Buf *b, unsigned v) { u2(b, v >> 16); u2(b, v & 0xffff); }
static void utf8(Buf *b, const char *s) { u1(b, 1); u2(b, (unsigned)strlen(s)); while (*s) u1(b, (uint8_t)*s++); }

static void method(Buf *b, unsigned name, unsigned desc, unsigned stack, unsigned locals, const uint8_t *code,
                   unsigned len)
{
    u2(b, 0x09); u2(b, name); u2(b, desc); u2(b, 1);
    u2(b, 7); u4(b, 12 + len); u2(b, stack); u2(b, locals); u4(b, len);
    for (unsigned i = 0; i < len; i++)
        u1(b, code[i]);
    u2(b, 0); u2(b, 0);
}

static size_t make_jsr_class(Buf *b, const char *name, int damage)
{
    b->n = 0;
    u4(b, 0xcafebabe); u2(b, 0); u2(b, 49);
    u2(b, 9);
    utf8(b, name);                      /* 1 */
    u1(b, 7); u2(b, 1);                 /* 2 Class */
    utf8(b, "java/lang/Object");        /* 3 */
    u1(b, 7); u2(b, 3);                 /* 4 */
    utf8(b, "f");                       /* 5 */
    utf8(b, "(I)I");                    /* 6 */
    utf8(b, "Code");                    /* 7 */
    utf8(b, "g");                       /* 8 */
    u2(b, 0x21); u2(b, 2); u2(b, 4); u2(b, 0); u2(b, 0);
    u2(b, 2);
    /* f: r = 0; jsr S; r += x; jsr S; return r;  S: astore_2; iinc 1 10; ret 2
     * damaged: S returns through local 1, which holds an int */
    uint8_t f[] = {0x03, 0x3c, 0xa8, 0x00, 0x0c, 0x1b, 0x1a, 0x60, 0x3c, 0xa8, 0x00, 0x05,
                   0x1b, 0xac, 0x4d, 0x84, 0x01, 0x0a, 0xa9, 0x02};
    if (damage)
        f[19] = 0x01;
    method(b, 5, 6, 2, 3, f, sizeof f);
    static const uint8_t g[] = {0x1a, 0x3c, 0xc9, 0x00, 0x00, 0x00, 0x0b, 0x1b, 0xac, 0x00, 0x00, 0x00, 0x00,
                                0xc4, 0x3a, 0x01, 0x2c, 0x84, 0x01, 0x29, 0xc4, 0xa9, 0x01, 0x2c};
    method(b, 8, 6, 1, 301, g, sizeof g);
    u2(b, 0);
    return b->n;
}

/* What HotSpot says when it links the class: "ok" or "<error class>: <message>". */
static char *hotspot_verdict(const char *cls)
{
    char *drv = tu_str("%s/old/Link.java", dir);
    const char *src = "public class Link { public static void main(String[] a) { try { Class.forName(a[0]);"
                      " System.out.print(\"ok\"); } catch (Throwable t) { System.out.print(t); } } }";
    if (tu_write(drv, src, strlen(src)) != 0)
        return NULL;
    char *r = tu_capture("java -Xshare:auto -cp %s/old %s %s 2>&1", dir, drv, cls);
    free(drv);
    return r;
}

static void check_old_class(const char *name, int damage)
{
    Buf b;
    char *old = tu_str("%s/old", dir);
    char *path = tu_str("%s/%s.class", old, name);
    assert_int_equal(tu_write(path, b.b, make_jsr_class(&b, name, damage)), 0);
    char *want = hotspot_verdict(name);
    assert_non_null(want);
    Class *c = load_class(T, name, LOADER_APP);
    assert_non_null(c);
    char *got = verify_class(T, c) ? strdup("ok") : pending_message();
    T->exception = NULL;
    assert_string_equal(got, want);
    free(got);
    free(want);
    free(path);
    free(old);
}

static void test_old_jsr_class_verifies(void **state)
{
    (void)state;
    check_old_class("Jsr", 0);
}

static void test_old_damaged_ret_rejected(void **state)
{
    (void)state;
    check_old_class("JsrBad", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus_verifies),
        cmocka_unit_test(test_old_jsr_class_verifies),
        cmocka_unit_test(test_old_damaged_ret_rejected),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
