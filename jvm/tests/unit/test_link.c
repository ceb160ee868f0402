/*
 * test_link.c — preparation and selection inside the runtime (link.c):
 * field layout, vtables, itables, subclass tests.  The VM is booted in
 * process on the built class library; the classes under test are compiled
 * by javac at test time.
 *
 * Truths: JVMS §2.4/§5.4.2 (every field has its own storage; a subclass
 * keeps its superclass's fields where they were), §5.4.5 (an overriding
 * method takes over its superclass's dispatch slot), §5.4.6 (selection: a
 * class's own method wins, else the maximally-specific default method).  The
 * layout rules our own design adds (natural alignment, the 16-byte header,
 * the reference map listing exactly the reference fields) are checked too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "jvm/runtime.h"
#include "jvm/tests/unit/testutil.h"

static Thread *T;
static char *dir;

static const char *src =
    "class A { byte b1; long l1; Object r1; int i1; short s1; char c1; double d1; boolean z1;"
    "          float f1; Object r2; static Object sr; static long sl; }\n"
    "class B extends A { int i2; byte b2; Object r3; long l2; String r4; }\n"
    "interface I { default String d() { return \"I\"; } String m(); }\n"
    "interface J extends I { default String d() { return \"J\"; } }\n"
    "class C implements J { public String m() { return \"C\"; } public String toString() { return \"c\"; } }\n"
    "class D extends C { public String m() { return \"D\"; } }\n";

static int setup(void **state)
{
    (void)state;
    dir = tu_mkdtemp();
    char *path = tu_str("%s/Cases.java", dir);
    if (tu_write(path, src, strlen(src)) != 0 || tu_run("javac -d %s %s", dir, path) != 0)
        return -1;
    free(path);
    vm_opts.classpath = dir;
    vm_opts.bootclasspath = getenv("TEST_BOOTCLASSPATH");  /* NULL: the built java.base */
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

static Class *cls(const char *name)
{
    Class *c = load_class(T, name, LOADER_APP);
    assert_non_null(c);
    return c;
}

static int size_of(char t)
{
    switch (t) {
    case 'J': case 'D': case 'L': case '[': return 8;
    case 'I': case 'F': return 4;
    case 'S': case 'C': return 2;
    default: return 1;
    }
}

/* Every instance field of c and its superclasses: aligned, inside the
 * object, after the header, no two overlapping. */
static void check_layout(Class *c)
{
    uint8_t used[512] = {0};
    int n_refs = 0;
    for (Class *k = c; k; k = k->super) {
        for (int i = 0; i < k->n_fields; i++) {
            Field *f = &k->fields[i];
            if (f->access & ACC_STATIC)
                continue;
            int sz = size_of(f->desc[0]);
            assert_true(f->offset >= sizeof(Object));
            assert_int_equal(f->offset % (unsigned)sz, 0);
            assert_true(f->offset + (unsigned)sz <= c->instance_size);
            for (int b = 0; b < sz; b++) {
                assert_int_equal(used[f->offset + (unsigned)b], 0);
                used[f->offset + (unsigned)b] = 1;
            }
            if (is_ref_type(f->desc[0])) {
                n_refs++;
                int found = 0;
                for (uint32_t r = 0; r < c->n_refs; r++)
                    found += c->ref_offsets[r] == f->offset;
                assert_int_equal(found, 1);
            }
        }
    }
    assert_int_equal(c->n_refs, n_refs);
}

static void test_field_layout(void **state)
{
    (void)state;
    Class *a = cls("A"), *b = cls("B");
    check_layout(a);
    check_layout(b);
    /* the superclass's fields stay where they are */
    assert_true(b->instance_size >= a->instance_size);
    Field *fa = find_declared_field(a, "l1", "J");
    assert_non_null(fa);
    assert_ptr_equal(lookup_field(b, "l1", "J"), fa);
    /* statics: one slot each, references listed */
    Field *sr = find_declared_field(a, "sr", "Ljava/lang/Object;");
    assert_non_null(sr);
    assert_int_equal(a->n_statics, 2);
    assert_int_equal(a->n_static_refs, 1);
    assert_int_equal(a->static_refs[0], sr->offset);
}

static void test_vtable(void **state)
{
    (void)state;
    Class *c = cls("C"), *d = cls("D");
    Method *cm = find_declared_method(c, "m", "()Ljava/lang/String;");
    Method *dm = find_declared_method(d, "m", "()Ljava/lang/String;");
    assert_true(cm->vtable_index >= 0);
    assert_int_equal(dm->vtable_index, cm->vtable_index);
    assert_ptr_equal(d->vtable[cm->vtable_index], dm);
    Method *ots = find_declared_method(cls_Object, "toString", "()Ljava/lang/String;");
    Method *cts = find_declared_method(c, "toString", "()Ljava/lang/String;");
    assert_int_equal(cts->vtable_index, ots->vtable_index);
    assert_ptr_equal(d->vtable[ots->vtable_index], cts);
    /* the inherited default d() has a slot in the class's vtable too */
    int k = vtable_find(d, "d", "()Ljava/lang/String;");
    assert_true(k >= 0);
    assert_string_equal(d->vtable[k]->cls->name, "J");
}

static void test_itable_selection(void **state)
{
    (void)state;
    Class *i = cls("I"), *d = cls("D"), *a = cls("A");
    Method *id = find_declared_method(i, "d", "()Ljava/lang/String;");
    Method *im = find_declared_method(i, "m", "()Ljava/lang/String;");
    Method *sel = itable_lookup(d, id);
    assert_non_null(sel);
    assert_string_equal(sel->cls->name, "J");     /* J.d is more specific than I.d */
    sel = itable_lookup(d, im);
    assert_non_null(sel);
    assert_string_equal(sel->cls->name, "D");     /* the class's own method wins */
    assert_null(itable_lookup(a, im));           /* A does not implement I */
    assert_true(is_subclass_of(d, i));
    assert_true(is_subclass_of(d, cls("C")));
    assert_false(is_subclass_of(a, i));
    assert_false(is_subclass_of(cls("C"), d));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_field_layout),
        cmocka_unit_test(test_vtable),
        cmocka_unit_test(test_itable_selection),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
