/*
 * test_refmap.c — the collector's reference maps (jvm/refmap.c).
 *
 * Truth: javac's StackMapTable.  At every frame javac records, the
 * verification types say which locals and stack slots hold references
 * (Object, Null, Uninitialized, UninitializedThis) and which hold
 * primitives.  The class files are parsed here independently of
 * jvm/classfile.c to find those tables, and for every frame:
 *   - the stack has the same depth, and each stack slot is a reference in
 *     our map exactly when javac says so;
 *   - a local javac types as a reference is a reference in our map (else
 *     the collector would miss a live object);
 *   - a local javac types as int/float/long/double is not.
 * (javac's "top" locals may be either: a dead reference may still be
 * traced.)  This runs over methods written to exercise the analysis,
 * every class of our java.base and the conformance corpus.
 *
 * jsr/ret cannot come from javac 17; a hand-assembled method checks the
 * subroutine rule (JVMS §4.10.2.4: locals the subroutine does not modify
 * keep, at each return site, the types they had at that jsr).
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "jvm/opcodes.h"
#include "jvm/refmap.h"
#include "jvm/runtime.h"
#include "jvm/tests/unit/testutil.h"

/* ---- an independent reader of the class-file bits we need ---------------- */

typedef struct Rd {
    const uint8_t *p, *end;
    int bad;
} Rd;

static uint32_t rd_u(Rd *r, int n)
{
    uint32_t v = 0;
    if (r->end - r->p < n) {
        r->bad = 1;
        r->p = r->end;
        return 0;
    }
    for (int i = 0; i < n; i++)
        v = v << 8 | *r->p++;
    return v;
}

static void rd_skip(Rd *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        r->bad = 1;
        r->p = r->end;
    } else {
        r->p += n;
    }
}

enum { VT_TOP, VT_INT, VT_FLOAT, VT_DOUBLE, VT_LONG, VT_NULL, VT_UNINIT_THIS, VT_OBJECT, VT_UNINIT };

static int vt_is_ref(int v) { return v == VT_NULL || v == VT_UNINIT_THIS || v == VT_OBJECT || v == VT_UNINIT; }
static int vt_wide(int v) { return v == VT_LONG || v == VT_DOUBLE; }

typedef struct Frame_ {
    uint32_t bci;
    int n_locals, n_stack;      /* in verification types */
    uint8_t locals[512], stack[512];
} SmFrame;

static int rd_vtype(Rd *r)
{
    int t = (int)rd_u(r, 1);
    if (t == VT_OBJECT || t == VT_UNINIT)
        rd_u(r, 2);
    if (t > VT_UNINIT)
        r->bad = 1;
    return t;
}

/* Expands verification types to slots: 1 = reference, 0 = primitive,
 * 2 = top (either). */
static int to_slots(const uint8_t *vt, int n, uint8_t *slots)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        slots[k++] = vt_is_ref(vt[i]) ? 1 : vt[i] == VT_TOP ? 2 : 0;
        if (vt_wide(vt[i]))
            slots[k++] = 0;
    }
    return k;
}

typedef struct Stats {
    int methods, frames, slots_checked, failures, dead_refs;
} Stats;

/* Initial frame locals from the descriptor (JVMS §4.10.1.6). */
static int initial_locals(const char *desc, int is_static, int is_init, uint8_t *vt)
{
    int n = 0;
    if (!is_static)
        vt[n++] = is_init ? VT_UNINIT_THIS : VT_OBJECT;
    for (const char *d = desc + 1; *d && *d != ')'; d++) {
        switch (*d) {
        case 'J': vt[n++] = VT_LONG; break;
        case 'D': vt[n++] = VT_DOUBLE; break;
        case 'F': vt[n++] = VT_FLOAT; break;
        case 'L': vt[n++] = VT_OBJECT; d = strchr(d, ';'); break;
        case '[':
            vt[n++] = VT_OBJECT;
            while (*d == '[')
                d++;
            if (*d == 'L')
                d = strchr(d, ';');
            break;
        default: vt[n++] = VT_INT; break;
        }
    }
    return n;
}

static void check_frame(const char *where, const RefMapAnalysis *a, uint16_t max_locals,
                        uint16_t max_stack, const SmFrame *f, Stats *st)
{
    uint8_t ours[1100], loc[1100], stk[1100];
    int depth = refmap_types(a, f->bci, ours);
    st->frames++;
    if (depth < 0) {
        printf("# %s bci %u: no state (%d)\n", where, f->bci, depth);
        st->failures++;
        return;
    }
    int nl = to_slots(f->locals, f->n_locals, loc);
    int ns = to_slots(f->stack, f->n_stack, stk);
    if (ns != depth || nl > max_locals || ns > max_stack) {
        printf("# %s bci %u: stack depth %d, javac says %d\n", where, f->bci, depth, ns);
        st->failures++;
        return;
    }
    for (int i = 0; i < nl; i++) {
        int r = ours[i] == RM_REF;
        st->slots_checked++;
        if ((loc[i] == 1 && !r) || (loc[i] == 0 && r)) {
            printf("# %s bci %u: local %d is %s, javac says %s\n", where, f->bci, i,
                   r ? "a reference" : "not a reference", loc[i] ? "reference" : "primitive");
            st->failures++;
        }
        if (loc[i] == 2 && r)
            st->dead_refs++;
    }
    for (int i = nl; i < max_locals; i++)
        if (ours[i] == RM_REF)
            st->dead_refs++;
    for (int i = 0; i < ns; i++) {
        int r = ours[max_locals + i] == RM_REF;
        st->slots_checked++;
        if ((stk[i] == 1) != r || stk[i] == 2) {
            printf("# %s bci %u: stack slot %d is %s, javac says %s\n", where, f->bci, i,
                   r ? "a reference" : "not a reference", stk[i] == 1 ? "reference" : "primitive");
            st->failures++;
        }
    }
}

/* Walks one StackMapTable, checking each frame. */
static void check_table(const char *where, Rd *r, const RefMapAnalysis *a, uint16_t max_locals,
                        uint16_t max_stack, const char *desc, int is_static, int is_init, Stats *st)
{
    SmFrame *f = calloc(1, sizeof *f);
    f->n_locals = initial_locals(desc, is_static, is_init, f->locals);
    uint32_t n = rd_u(r, 2);
    int64_t bci = -1;
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        int type = (int)rd_u(r, 1);
        uint32_t delta;
        f->n_stack = 0;
        if (type < 64) {
            delta = (uint32_t)type;
        } else if (type < 128) {
            delta = (uint32_t)type - 64;
            f->stack[f->n_stack++] = (uint8_t)rd_vtype(r);
        } else if (type == 247) {
            delta = rd_u(r, 2);
            f->stack[f->n_stack++] = (uint8_t)rd_vtype(r);
        } else if (type >= 248 && type <= 250) {
            delta = rd_u(r, 2);
            f->n_locals -= 251 - type;
        } else if (type == 251) {
            delta = rd_u(r, 2);
        } else if (type >= 252 && type <= 254) {
            delta = rd_u(r, 2);
            for (int k = 0; k < type - 251; k++)
                f->locals[f->n_locals++] = (uint8_t)rd_vtype(r);
        } else if (type == 255) {
            delta = rd_u(r, 2);
            f->n_locals = (int)rd_u(r, 2);
            for (int k = 0; k < f->n_locals; k++)
                f->locals[k] = (uint8_t)rd_vtype(r);
            f->n_stack = (int)rd_u(r, 2);
            for (int k = 0; k < f->n_stack; k++)
                f->stack[k] = (uint8_t)rd_vtype(r);
        } else {
            r->bad = 1;
            break;
        }
        bci = bci < 0 ? delta : bci + delta + 1;
        f->bci = (uint32_t)bci;
        if (f->n_locals < 0 || r->bad) {
            r->bad = 1;
            break;
        }
        check_frame(where, a, max_locals, max_stack, f, st);
    }
    free(f);
}

/* Checks every method with code in one class file. */
static void check_class(const char *path, Stats *st)
{
    size_t len = 0;
    uint8_t *data = tu_read(path, &len);
    assert_non_null(data);
    CfError e;
    ClassFile *cf = cf_parse(data, len, NULL, &e);
    if (!cf) {
        printf("# %s: %s\n", path, e.msg);
        st->failures++;
        free(data);
        return;
    }
    Rd r = {data, data + len, 0};
    rd_skip(&r, 8);
    uint32_t cp_count = rd_u(&r, 2);
    const uint8_t **utf8 = calloc(cp_count, sizeof *utf8);
    uint32_t *utf8_len = calloc(cp_count, sizeof *utf8_len);
    for (uint32_t i = 1; i < cp_count && !r.bad; i++) {
        int tag = (int)rd_u(&r, 1);
        switch (tag) {
        case 1: utf8_len[i] = rd_u(&r, 2); utf8[i] = r.p; rd_skip(&r, utf8_len[i]); break;
        case 3: case 4: rd_skip(&r, 4); break;
        case 5: case 6: rd_skip(&r, 8); i++; break;
        case 7: case 8: case 16: case 19: case 20: rd_skip(&r, 2); break;
        case 15: rd_skip(&r, 3); break;
        default: rd_skip(&r, 4); break;    /* refs, NameAndType, (Invoke)Dynamic */
        }
    }
#define IS(idx, s) ((idx) < cp_count && utf8[idx] && utf8_len[idx] == strlen(s) && \
                    memcmp(utf8[idx], s, strlen(s)) == 0)
    rd_skip(&r, 6);
    rd_skip(&r, 2 * (size_t)rd_u(&r, 2));
    uint32_t n_fields = rd_u(&r, 2);
    for (uint32_t i = 0; i < n_fields && !r.bad; i++) {
        rd_skip(&r, 6);
        uint32_t na = rd_u(&r, 2);
        for (uint32_t k = 0; k < na; k++) {
            rd_skip(&r, 2);
            rd_skip(&r, rd_u(&r, 4));
        }
    }
    uint32_t n_methods = rd_u(&r, 2);
    assert_int_equal(n_methods, cf->n_methods);
    for (uint32_t i = 0; i < n_methods && !r.bad; i++) {
        const CfMethod *cm = &cf->methods[i];
        rd_skip(&r, 6);
        uint32_t na = rd_u(&r, 2);
        RefMapAnalysis *a = NULL;
        char where[400];
        snprintf(where, sizeof where, "%s.%s%s", cf->this_name, cm->name, cm->desc);
        if (cm->code) {
            RefMapCode c = {
                .code = cm->code, .code_len = cm->code_len,
                .max_locals = cm->max_locals, .max_stack = cm->max_stack,
                .desc = cm->desc, .is_static = (cm->access & ACC_STATIC) != 0,
                .handlers = cm->handlers, .n_handlers = cm->n_handlers, .cf = cf,
            };
            char err[200];
            a = refmap_analyze(&c, err, sizeof err);
            st->methods++;
            if (!a) {
                printf("# %s: analysis failed: %s\n", where, err);
                st->failures++;
            }
        }
        for (uint32_t k = 0; k < na && !r.bad; k++) {
            uint32_t name = rd_u(&r, 2), alen = rd_u(&r, 4);
            const uint8_t *aend = r.p + alen;
            if (IS(name, "Code") && a) {
                rd_skip(&r, 4);
                rd_skip(&r, rd_u(&r, 4));
                rd_skip(&r, 8 * (size_t)rd_u(&r, 2));
                uint32_t nca = rd_u(&r, 2);
                for (uint32_t j = 0; j < nca && !r.bad; j++) {
                    uint32_t cn = rd_u(&r, 2), clen = rd_u(&r, 4);
                    const uint8_t *cend = r.p + clen;
                    if (IS(cn, "StackMapTable"))
                        check_table(where, &r, a, cm->max_locals, cm->max_stack, cm->desc,
                                    (cm->access & ACC_STATIC) != 0, strcmp(cm->name, "<init>") == 0,
                                    st);
                    r.p = cend;
                }
            }
            r.p = aend;
        }
        refmap_free(a);
    }
#undef IS
    assert_false(r.bad);
    free(utf8);
    free(utf8_len);
    cf_free(cf);
    free(data);
}

static void check_tree(const char *dir, Stats *st)
{
    char *out = tu_capture("find '%s' -name '*.class' ! -name module-info.class | sort", dir);
    assert_non_null(out);
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n"))
        check_class(line, st);
    free(out);
}

/* ---- the tests ---------------------------------------------------------- */

static const char *const shapes_java =
    "import java.util.*;\n"
    "import java.util.function.*;\n"
    "public class Shapes {\n"
    "  Object f; static Object sf; long lf;\n"
    "  Shapes(Object o, boolean b) { this(b ? o : null, b ? 1 : 2); }\n"
    "  Shapes(Object o, int k) { f = o; lf = k; }\n"
    "  static int loops(int[] a, String s) {\n"
    "    int t = 0; for (int i = 0; i < a.length; i++) { String u = s + i; t += u.length(); }\n"
    "    for (Object o : List.of(s, s)) t += o.hashCode();\n"
    "    return t; }\n"
    "  static Object reuse(boolean b) {\n"
    "    { long x = 5; if (b) x++; sf = x; }\n"
    "    { String y = \"s\"; if (b) y = y + y; sf = y; }\n"
    "    { double z = 2; if (b) z /= 3; return z; } }\n"
    "  static String tryCatch(String s) {\n"
    "    Object a = s; int n = 0;\n"
    "    try { n = s.length(); a = null; a = Integer.valueOf(n); }\n"
    "    catch (NullPointerException e) { return \"npe\" + a; }\n"
    "    catch (RuntimeException | Error e) { return e.toString(); }\n"
    "    finally { sf = a; }\n"
    "    try (java.io.StringReader r = new java.io.StringReader(s)) { n += r.read(); } catch (java.io.IOException e) { n = -1; }\n"
    "    return a + \":\" + n; }\n"
    "  static int sw(Object o, int k) {\n"
    "    switch (k) { case 1: o = \"x\"; break; case 5: o = null; case 6: k++; break; default: return k; }\n"
    "    String s = switch (k) { case 2 -> \"two\"; case 3 -> { String q = \"t\" + k; yield q; } default -> o == null ? \"n\" : o.toString(); };\n"
    "    switch (s) { case \"two\": return 2; case \"n\": return 3; default: return s.length(); } }\n"
    "  static Object ternary(boolean b, Object x, long l) {\n"
    "    Object r = new Shapes(b ? x : (Object) \"y\", b ? 1 : (int) l);\n"
    "    return String.valueOf(b ? l : 2L) + (b ? x : r) + (x instanceof String s2 ? s2 : \"\"); }\n"
    "  synchronized Object sync(Object o) { synchronized (o) { f = o; if (f == null) throw new IllegalStateException(); } return this; }\n"
    "  static int[][] arrays(int n) { int[][] m = new int[n][n + 1]; Object[] os = new String[n]; long[] ls = {1, 2};\n"
    "    for (int[] row : m) row[0] = (int) ls[1]; os[0] = m.length > 0 ? \"a\" : null; return m; }\n"
    "  static Supplier<String> lambdas(String s, int k) { Function<Integer, String> f = i -> s + i + k; return () -> f.apply(k); }\n"
    "  static double mixed(double d, float f, long l, int i, Object o) {\n"
    "    double r = d; while (i-- > 0) { r += f * l; if (o == null) { Object t = new Object(); o = t; continue; } l ^= i; }\n"
    "    do { r /= 2; } while (r > 1 && o != null); return r; }\n"
    "  static long nested(String[] a) {\n"
    "    long s = 0; outer: for (String x : a) { try { try { s += Long.parseLong(x); } finally { s++; } }\n"
    "      catch (NumberFormatException e) { if (x.isEmpty()) break outer; else continue; } } return s; }\n"
    "  record P(int x, String y) {}\n"
    "  enum E { A, B; E other() { return this == A ? B : A; } }\n"
    "}\n";

static void test_shapes_against_javac(void **state)
{
    (void)state;
    char *dir = tu_mkdtemp();
    assert_non_null(dir);
    char *src = tu_str("%s/Shapes.java", dir);
    assert_int_equal(tu_write(src, shapes_java, strlen(shapes_java)), 0);
    assert_int_equal(tu_run("javac -d %s %s", dir, src), 0);
    Stats st = {0};
    check_tree(dir, &st);
    printf("# Shapes: %d methods, %d frames, %d slots, %d dead refs traced\n", st.methods, st.frames,
           st.slots_checked, st.dead_refs);
    assert_int_equal(st.failures, 0);
    assert_true(st.frames > 60);
    tu_rmrf(dir);
    free(src);
    free(dir);
}

static void test_java_base_against_javac(void **state)
{
    (void)state;
    Stats st = {0};
    check_tree(JVM_DEFAULT_BOOTCLASSPATH, &st);
    printf("# java.base: %d methods, %d frames, %d slots, %d dead refs traced\n", st.methods, st.frames,
           st.slots_checked, st.dead_refs);
    assert_int_equal(st.failures, 0);
    assert_true(st.methods > 3000);
    assert_true(st.frames > 5000);
}

static void test_corpus_against_javac(void **state)
{
    (void)state;
    char *dir = tu_mkdtemp();
    assert_non_null(dir);
    assert_int_equal(tu_run("javac -J-XX:TieredStopAtLevel=1 -nowarn -Xlint:none -d %s "
                            "jvm/tests/conformance/*.java >/dev/null 2>&1", dir), 0);
    Stats st = {0};
    check_tree(dir, &st);
    printf("# corpus: %d methods, %d frames, %d slots\n", st.methods, st.frames, st.slots_checked);
    assert_int_equal(st.failures, 0);
    assert_true(st.frames > 1000);
    tu_rmrf(dir);
    free(dir);
}

/* ---- subroutines -------------------------------------------------------- */

static int types_at(const RefMapAnalysis *a, uint32_t bci, uint8_t *out)
{
    int d = refmap_types(a, bci, out);
    assert_true(d >= 0);
    return d;
}

/* static void m(Object o, int i):
 *    0 aload_0; 1 astore_2        local2 = reference
 *    2 jsr 20                     site A
 *    5 aload_2; 6 pop             local2 must still be a reference here
 *    7 iconst_1; 8 istore_2       local2 = int
 *    9 jsr 20                     site B
 *   12 iload_2; 13 pop; 14 return local2 an int here
 *   15..19 nop
 *   20 astore_3                   the subroutine: return address in local3
 *   21 aload_0; 22 astore_1       it writes local1 (an int before) with a reference
 *   23 ret 3                                                                   */
static void test_jsr_keeps_unmodified_locals(void **state)
{
    (void)state;
    static const uint8_t code[] = {
        0x2a, 0x4d, 0xa8, 0x00, 0x12, 0x2c, 0x57, 0x04, 0x3d, 0xa8, 0x00, 0x0b,
        0x1c, 0x57, 0xb1, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x4e, 0x2a, 0x4c, 0xa9, 0x03,
    };
    ClassFile cf = {.cp_count = 1};
    RefMapCode c = {.code = code, .code_len = sizeof code, .max_locals = 4, .max_stack = 2,
                    .desc = "(Ljava/lang/Object;I)V", .is_static = 1, .cf = &cf};
    char err[200];
    RefMapAnalysis *a = refmap_analyze(&c, err, sizeof err);
    if (!a)
        printf("# %s\n", err);
    assert_non_null(a);
    uint8_t t[8];
    assert_int_equal(types_at(a, 5, t), 0);
    assert_int_equal(t[0], RM_REF);
    assert_int_equal(t[1], RM_REF);      /* written by the subroutine */
    assert_int_equal(t[2], RM_REF);      /* from site A, not merged with site B */
    assert_true(t[3] >= RM_RET);
    assert_int_equal(types_at(a, 12, t), 0);
    assert_int_equal(t[1], RM_REF);
    assert_int_equal(t[2], RM_VAL);
    assert_int_equal(types_at(a, 20, t), 1);
    assert_true(t[4] >= RM_RET);          /* the return address on the stack */
    assert_int_equal(t[1], RM_VAL);      /* int at A, reference at B */
    assert_int_equal(t[2], RM_VAL);
    assert_int_equal(types_at(a, 23, t), 0);
    assert_int_equal(t[1], RM_REF);
    assert_int_equal(refmap_types(a, 15, t), -2);   /* unreachable */
    assert_int_equal(refmap_types(a, 3, t), -1);    /* inside an instruction */
    refmap_free(a);
}

/* Nested subroutine with jsr_w and wide ret (JVMS allows both):
 *    0 aconst_null; 1 astore_1         local1 = reference
 *    2 jsr_w 10                        outer subroutine
 *    7 aload_1; 8 areturn              still a reference after both returns
 *   10 wide astore 5                   outer: return address in local5
 *   14 jsr 22                          inner subroutine
 *   17 wide ret 5
 *   21 nop
 *   22 astore_2                        inner: return address in local2
 *   23 iconst_0; 24 istore_3           writes local3 (int)
 *   25 ret 2                                                                   */
static void test_nested_jsr_wide(void **state)
{
    (void)state;
    static const uint8_t code[] = {
        0x01, 0x4c, 0xc9, 0x00, 0x00, 0x00, 0x08, 0x2b, 0xb0, 0x00,
        0xc4, 0x3a, 0x00, 0x05, 0xa8, 0x00, 0x08, 0xc4, 0xa9, 0x00, 0x05, 0x00,
        0x4d, 0x03, 0x3e, 0xa9, 0x02,
    };
    ClassFile cf = {.cp_count = 1};
    RefMapCode c = {.code = code, .code_len = sizeof code, .max_locals = 6, .max_stack = 1,
                    .desc = "()Ljava/lang/Object;", .is_static = 1, .cf = &cf};
    char err[200];
    RefMapAnalysis *a = refmap_analyze(&c, err, sizeof err);
    if (!a)
        printf("# %s\n", err);
    assert_non_null(a);
    uint8_t t[8];
    assert_int_equal(types_at(a, 7, t), 0);
    assert_int_equal(t[1], RM_REF);
    assert_int_equal(t[3], RM_VAL);
    assert_true(t[5] >= RM_RET);
    assert_int_equal(types_at(a, 17, t), 0);
    assert_int_equal(t[1], RM_REF);
    assert_true(t[5] >= RM_RET);
    refmap_free(a);
}

/* Malformed code is refused, not mis-analysed. */
static void test_malformed(void **state)
{
    (void)state;
    ClassFile cf = {.cp_count = 1};
    char err[200];
    static const uint8_t underflow[] = {0x57, 0xb1};                /* pop; return */
    static const uint8_t mismatch[] = {0x03, 0x99, 0x00, 0x04, 0x03, 0xb1};  /* depth 0 vs 1 */
    static const uint8_t off_end[] = {0x03};                        /* iconst_0 */
    static const uint8_t mid[] = {0xa7, 0x00, 0x01, 0xb1};          /* goto into itself */
    const uint8_t *cases[] = {underflow, mismatch, off_end, mid};
    uint32_t lens[] = {sizeof underflow, sizeof mismatch, sizeof off_end, sizeof mid};
    for (int i = 0; i < 4; i++) {
        RefMapCode c = {.code = cases[i], .code_len = lens[i], .max_locals = 1, .max_stack = 2,
                        .desc = "()V", .is_static = 1, .cf = &cf};
        RefMapAnalysis *a = refmap_analyze(&c, err, sizeof err);
        assert_null(a);
        assert_true(err[0] != 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsr_keeps_unmodified_locals),
        cmocka_unit_test(test_nested_jsr_wide),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_shapes_against_javac),
        cmocka_unit_test(test_java_base_against_javac),
        cmocka_unit_test(test_corpus_against_javac),
    };
    return cmocka_run_group_tests_name("refmap", tests, NULL, NULL);
}
