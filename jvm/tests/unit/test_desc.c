/*
 * test_desc.c — descriptor helpers of the runtime (jvm/desc.c).
 *
 * Truths: slot counts and return types as JVMS §4.3.3 and §2.6.1 define
 * them (long and double take two local slots); the Java spelling of a
 * method, as HotSpot prints it in NoSuchMethodError messages, checked
 * against what `javap` prints for methods javac compiled from source.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "jvm/runtime.h"
#include "jvm/tests/unit/testutil.h"

static void test_arg_slots(void **state)
{
    (void)state;
    int n;
    assert_int_equal(desc_arg_slots("()V", &n), 0);
    assert_int_equal(n, 0);
    assert_int_equal(desc_arg_slots("(IJ)V", &n), 3);
    assert_int_equal(n, 2);
    assert_int_equal(desc_arg_slots("(DLjava/lang/String;[J[[D)I", &n), 5);
    assert_int_equal(n, 4);
    assert_int_equal(desc_arg_slots("(ZBCSFL[;)V", &n), 6);
    assert_int_equal(desc_arg_slots("([Ljava/lang/Object;JJ)J", &n), 5);
    assert_int_equal(n, 3);
}

static void test_ret_type(void **state)
{
    (void)state;
    assert_int_equal(desc_ret_type("()V"), 'V');
    assert_int_equal(desc_ret_type("(J)D"), 'D');
    assert_int_equal(desc_ret_type("()[I"), '[');
    assert_int_equal(desc_ret_type("(I)Ljava/lang/String;"), 'L');
    assert_int_equal(desc_slots('J'), 2);
    assert_int_equal(desc_slots('D'), 2);
    assert_int_equal(desc_slots('V'), 0);
    assert_int_equal(desc_slots('I'), 1);
    assert_int_equal(desc_slots('L'), 1);
}

static void test_java_type(void **state)
{
    (void)state;
    char b[128];
    desc_java_type("I", b, sizeof b);
    assert_string_equal(b, "int");
    desc_java_type("[[Ljava/lang/String;", b, sizeof b);
    assert_string_equal(b, "java.lang.String[][]");
    desc_java_type("[Z", b, sizeof b);
    assert_string_equal(b, "boolean[]");
    assert_string_equal(desc_next("[[JI") , "I");
    assert_string_equal(desc_next("Ljava/lang/Object;[I"), "[I");
}

/* javap -s -p: "  <modifiers> <ret> <name>(<params>);" then "    descriptor: ..." */
static void test_against_javap(void **state)
{
    (void)state;
    char *dir = tu_mkdtemp();
    assert_non_null(dir);
    char *src = tu_str("%s/Sigs.java", dir);
    const char *java =
        "public class Sigs {\n"
        "  static int a(int x, long y, java.lang.String[][] z) { return 0; }\n"
        "  void b() {}\n"
        "  public static double[] c(boolean p, byte q, char r, short s, float t, double u) { return null; }\n"
        "  private Object d(java.util.Map m, Sigs[] self) { return null; }\n"
        "  protected static long e(long a, double b, Object[] c) { return 0; }\n"
        "}\n";
    assert_int_equal(tu_write(src, java, strlen(java)), 0);
    assert_int_equal(tu_run("javac -d %s %s", dir, src), 0);
    char *out = tu_capture("javap -s -p -cp %s Sigs", dir);
    assert_non_null(out);
    int checked = 0;
    for (char *line = strtok(out, "\n"), *prev = NULL; line; prev = line, line = strtok(NULL, "\n")) {
        char *d = strstr(line, "descriptor: (");
        if (!d || !prev || !strchr(prev, '('))
            continue;
        d += strlen("descriptor: ");
        /* prev: "  static int a(int, long, java.lang.String[][]);" */
        char *sig = strdup(prev);
        char *semi = strrchr(sig, ';');
        if (semi)
            *semi = 0;
        char *paren = strchr(sig, '(');
        *paren = 0;
        char *name = strrchr(sig, ' ') + 1;
        *paren = '(';
        if (strncmp(name, "Sigs(", 5) == 0) {   /* the constructor: no return type */
            free(sig);
            continue;
        }
        char *ret_end = name - 1;
        char *ret = ret_end - 1;
        while (ret > sig && ret[-1] != ' ')
            ret--;
        char want[512];
        snprintf(want, sizeof want, "%.*s Sigs.%s", (int)(ret_end - ret), ret, name);
        char mname[64];
        snprintf(mname, sizeof mname, "%.*s", (int)(paren - name), name);
        char got[512];
        method_java_sig("Sigs", mname, d, got, sizeof got);
        assert_string_equal(got, want);
        int n, slots = desc_arg_slots(d, &n);
        int commas = 0, params = strchr(paren, ')') - paren > 1;
        for (char *p = paren; *p && *p != ')'; p++)
            commas += *p == ',';
        assert_int_equal(n, params ? commas + 1 : 0);
        assert_true(slots >= n);
        free(sig);
        checked++;
    }
    assert_int_equal(checked, 5);
    free(out);
    tu_rmrf(dir);
    free(src);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arg_slots),
        cmocka_unit_test(test_ret_type),
        cmocka_unit_test(test_java_type),
        cmocka_unit_test(test_against_javap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
