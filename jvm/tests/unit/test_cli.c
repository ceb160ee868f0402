/*
 * test_cli.c — the jvm command line, against `java` (HotSpot 17) as the
 * truth: error texts and exit statuses of bad options and missing classes,
 * -version, -jar, and the shape of -Xlog:class+load lines (HotSpot runs with
 * -Xshare:off so that its boot classes also say "source: jrt:/java.base").
 * -XX:+TraceBytecodes exists only in debug builds of HotSpot, so its truth
 * is javap: the traced mnemonics of main must be main's bytecodes in order.
 */
#include <regex.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "jvm/tests/unit/testutil.h"

static char *dir, *jvm;

static const char *hello =
    "public class Hello {\n"
    "  public static void main(String[] a) {\n"
    "    int n = a.length;\n"
    "    System.out.println(\"Hello \" + n);\n"
    "  }\n"
    "}\n";

static int setup(void **state)
{
    (void)state;
    dir = tu_mkdtemp();
    char *src = tu_str("%s/Hello.java", dir);
    int rc = tu_write(src, hello, strlen(hello));
    free(src);
    if (rc || tu_run("cd %s && javac -d out Hello.java && (cd out && jar --create --file ../app.jar "
                     "--main-class Hello Hello.class)", dir) != 0)
        return -1;
    const char *bin = getenv("BIN") ? getenv("BIN") : "bin";
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return -1;
    jvm = bin[0] == '/' ? tu_str("%s/jvm", bin) : tu_str("%s/%s/jvm", cwd, bin);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmrf(dir);
    free(dir);
    free(jvm);
    return 0;
}

/* Output (stdout+stderr) and exit status of a command run in dir. */
static char *run(int *status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *run(int *status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *cmd = tu_fmt(fmt, ap);
    va_end(ap);
    char *full = tu_str("cd %s && (%s) > out.txt 2>&1; echo $? > rc.txt", dir, cmd);
    free(cmd);
    tu_run("%s", full);
    free(full);
    char *p = tu_str("%s/rc.txt", dir);
    size_t n;
    uint8_t *rc = tu_read(p, &n);
    free(p);
    char *rcs = rc ? strndup((char *)rc, n) : NULL;
    *status = rcs ? atoi(rcs) : -1;
    free(rc);
    free(rcs);
    p = tu_str("%s/out.txt", dir);
    uint8_t *raw = tu_read(p, &n);
    free(p);
    char *out = raw ? strndup((char *)raw, n) : strdup("");
    free(raw);
    return out;
}

static void same_output(const char *args)
{
    int s1, s2;
    char *want = run(&s1, "java -Xshare:auto %s", args);
    char *got = run(&s2, "%s %s", jvm, args);
    assert_string_equal(got, want);
    assert_int_equal(s2, s1);
    free(want);
    free(got);
}

static void test_errors(void **state)
{
    (void)state;
    same_output("-cp out Nope");
    same_output("-cp out pkg.Nope");
    same_output("-foo");
    same_output("-Xmxfoo -cp out Hello");
    same_output("-Xss1q -cp out Hello");
}

static void test_runs(void **state)
{
    (void)state;
    same_output("-cp out Hello x y");
    same_output("-jar app.jar 1 2 3");
    same_output("-cp out:app.jar -Dk=v -Xint -Xss512k -Xmx64m Hello");
    int s;
    char *v = run(&s, "%s -version", jvm);
    assert_int_equal(s, 0);
    assert_true(strncmp(v, "openjdk version \"17", 19) == 0);
    free(v);
}

/* "java.lang.Object source: jrt:/java.base" etc.: the part after the
 * uptime, for the class named. */
static char *log_line(const char *out, const char *cls)
{
    regex_t re;
    assert_int_equal(regcomp(&re, "^\\[[0-9]+\\.[0-9]{3}s\\]\\[info\\]\\[class,load\\] ([^ ]+) source: (.*)$",
                             REG_EXTENDED | REG_NEWLINE), 0);
    const char *p = out;
    regmatch_t m[3];
    char *found = NULL;
    while (!found && regexec(&re, p, 3, m, 0) == 0) {
        if ((size_t)(m[1].rm_eo - m[1].rm_so) == strlen(cls) && strncmp(p + m[1].rm_so, cls, strlen(cls)) == 0)
            found = strndup(p + m[1].rm_so, (size_t)(m[0].rm_eo - m[1].rm_so));
        p += m[0].rm_eo;
    }
    regfree(&re);
    return found;
}

static void test_class_load_log(void **state)
{
    (void)state;
    const char *cases[] = {"-cp out Hello", "-jar app.jar"};
    for (int i = 0; i < 2; i++) {
        int s1, s2;
        char *want = run(&s1, "java -Xshare:off -Xlog:class+load %s", cases[i]);
        char *got = run(&s2, "%s -Xlog:class+load %s", jvm, cases[i]);
        const char *classes[] = {"java.lang.Object", "java.lang.String", "Hello"};
        for (int k = 0; k < 3; k++) {
            char *w = log_line(want, classes[k]), *g = log_line(got, classes[k]);
            assert_non_null(w);
            assert_non_null(g);
            assert_string_equal(g, w);
            free(w);
            free(g);
        }
        free(want);
        free(got);
    }
}

static void test_trace_bytecodes(void **state)
{
    (void)state;
    int s;
    char *javap = run(&s, "javap -c -cp out Hello");
    char *trace = run(&s, "%s -XX:+TraceBytecodes -cp out Hello", jvm);
    assert_int_equal(s, 0);
    /* javap: "       0: aload_0" ... in main; the trace: "[tid] <n> <bci>  <op>..." */
    const char *m = strstr(javap, "void main(");
    assert_non_null(m);
    const char *t = strstr(trace, "static void Hello.main(java.lang.String[])\n");
    assert_non_null(t);
    int checked = 0;
    for (const char *line = strchr(m, '\n') + 1; *line && checked < 4; line = strchr(line, '\n') + 1) {
        int bci;
        char op[64];
        if (sscanf(line, " %d: %63s", &bci, op) != 2)
            continue;
        char want[128];
        snprintf(want, sizeof want, " %d  %s", bci, op);
        const char *hit = strstr(t, want);
        assert_non_null(hit);
        t = hit;
        checked++;
    }
    assert_int_equal(checked, 4);
    free(javap);
    free(trace);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_runs),
        cmocka_unit_test(test_class_load_log),
        cmocka_unit_test(test_trace_bytecodes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
