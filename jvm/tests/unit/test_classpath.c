/*
 * test_classpath.c — class path lookups in directories and jars.
 *
 * Truths: jars made by the JDK's `jar` tool (deflated and stored) must give
 * back the bytes of the files they were made from; manifests are judged by
 * `java -jar` (does HotSpot's launcher find p.Hello through them?); class
 * path spelling by `java -cp`.  A small zip writer below makes the hostile
 * archives: corrupt central directories, truncations, byte flips, and
 * entries whose declared size lies.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <zlib.h>

#include "jvm/classpath.h"
#include "jvm/tests/unit/testutil.h"

/* ---- allocation tracking (not under ASan, which owns malloc) ------------- */

#if defined(__SANITIZE_ADDRESS__)
#define CAN_TRACK 0
static size_t max_request;
static int tracking;
#else
#define CAN_TRACK 1
extern void *__libc_malloc(size_t);
extern void *__libc_realloc(void *, size_t);
static size_t max_request;
static int tracking;

void *malloc(size_t n)
{
    if (tracking && n > max_request)
        max_request = n;
    return __libc_malloc(n);
}

void *realloc(void *p, size_t n)
{
    if (tracking && n > max_request)
        max_request = n;
    return __libc_realloc(p, n);
}
#endif

/* ---- fixtures ---------------------------------------------------------- */

static char *tmp;
static char *hello_class;   /* p/Hello.class compiled at setup */
static uint8_t *hello;
static size_t hello_len;

typedef struct File {
    const char *name;
    uint8_t *data;
    size_t len;
} File;

static File files[5];

static int setup(void **state)
{
    (void)state;
    tmp = tu_mkdtemp();
    if (!tmp)
        return -1;
    /* a class for java -jar, and files of every shape for jars */
    if (tu_run("mkdir -p %s/src/p %s/tree/dir/sub %s/classes && printf '%%s' "
               "'package p; public class Hello { public static void main(String[] a) "
               "{ System.out.println(\"hi\"); } }' > %s/src/p/Hello.java && "
               "javac -d %s/classes %s/src/p/Hello.java", tmp, tmp, tmp, tmp, tmp, tmp) != 0)
        return -1;
    hello_class = tu_str("%s/classes/p/Hello.class", tmp);
    hello = tu_read(hello_class, &hello_len);
    uint64_t rng = 42;
    static const char *names[] = { "alpha.txt", "empty.txt", "omega.bin", "zeros.bin",
                                   "dir/sub/Hello.class" };
    static const size_t sizes[] = { 1000, 0, 300000, 1 << 20, 0 };
    for (int i = 0; i < 5; i++) {
        File *f = &files[i];
        f->name = names[i];
        f->len = sizes[i];
        f->data = calloc(1, f->len + 1);
        for (size_t k = 0; k < f->len; k++) {
            if (i == 0)
                f->data[k] = (uint8_t)("lorem ipsum dolor sit amet "[k % 27]);
            else if (i == 2)
                f->data[k] = (uint8_t)tu_rand(&rng);
        }
        if (i == 4) {
            free(f->data);
            f->data = malloc(hello_len);
            memcpy(f->data, hello, hello_len);
            f->len = hello_len;
        }
        char *p = tu_str("%s/tree/%s", tmp, f->name);
        tu_write(p, f->data, f->len);
        free(p);
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmrf(tmp);
    free(tmp);
    free(hello_class);
    free(hello);
    for (int i = 0; i < 5; i++)
        free(files[i].data);
    return 0;
}

static void assert_reads(ClassPath *cp, const char *name, const uint8_t *want, size_t want_len)
{
    size_t len = 12345;
    uint8_t *got = classpath_read(cp, name, &len);
    if (!got)
        fail_msg("%s not found", name);
    assert_int_equal(len, want_len);
    assert_memory_equal(got, want, want_len);
    free(got);
}

static void assert_absent(ClassPath *cp, const char *name)
{
    size_t len;
    uint8_t *got = classpath_read(cp, name, &len);
    if (got)
        fail_msg("%s unexpectedly found", name);
}

/* ---- a small zip writer -------------------------------------------------- */

typedef struct ZEntry {
    const char *name;
    const uint8_t *data;
    size_t len;
    int deflate;
    uint32_t claim;         /* declared uncompressed size if nonzero */
    size_t pad;             /* junk bytes after the compressed data */
} ZEntry;

typedef struct Zip {
    uint8_t *d;
    size_t n, cap;
    size_t local[8], central[8], cd_off, eocd_off;
} Zip;

static void zput(Zip *z, const void *p, size_t n)
{
    if (z->n + n > z->cap) {
        z->cap = (z->n + n) * 2;
        z->d = realloc(z->d, z->cap);
    }
    memcpy(z->d + z->n, p, n);
    z->n += n;
}

static void z16(Zip *z, unsigned v) { uint8_t b[2] = { (uint8_t)v, (uint8_t)(v >> 8) }; zput(z, b, 2); }
static void z32(Zip *z, uint32_t v) { z16(z, v & 0xffff); z16(z, v >> 16); }

static uint8_t *raw_deflate(const uint8_t *in, size_t n, size_t *out_len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&zs, n);
    uint8_t *out = malloc(cap);
    zs.next_in = (Bytef *)in;
    zs.avail_in = (uInt)n;
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    deflate(&zs, Z_FINISH);
    *out_len = zs.total_out;
    deflateEnd(&zs);
    return out;
}

/* Writes a zip of `n` entries after `prefix` bytes of junk. */
static void make_zip(Zip *z, const ZEntry *e, int n, size_t prefix, const char *comment)
{
    memset(z, 0, sizeof *z);
    for (size_t i = 0; i < prefix; i++)
        zput(z, "J", 1);
    uint32_t crc[8];
    size_t csize[8];
    for (int i = 0; i < n; i++) {
        size_t clen = e[i].len;
        uint8_t *c = e[i].deflate ? raw_deflate(e[i].data, e[i].len, &clen) : NULL;
        crc[i] = (uint32_t)crc32(0L, e[i].data, (uInt)e[i].len);
        csize[i] = clen + e[i].pad;
        z->local[i] = z->n - prefix;
        z32(z, 0x04034b50);
        z16(z, 20);
        z16(z, 0);
        z16(z, e[i].deflate ? 8 : 0);
        z32(z, 0);
        z32(z, crc[i]);
        z32(z, (uint32_t)csize[i]);
        z32(z, e[i].claim ? e[i].claim : (uint32_t)e[i].len);
        z16(z, (unsigned)strlen(e[i].name));
        z16(z, 0);
        zput(z, e[i].name, strlen(e[i].name));
        zput(z, c ? c : e[i].data, clen);
        for (size_t k = 0; k < e[i].pad; k++)
            zput(z, "\0", 1);
        free(c);
    }
    z->cd_off = z->n;
    for (int i = 0; i < n; i++) {
        z->central[i] = z->n;
        z32(z, 0x02014b50);
        z16(z, 20);
        z16(z, 20);
        z16(z, 0);
        z16(z, e[i].deflate ? 8 : 0);
        z32(z, 0);
        z32(z, crc[i]);
        z32(z, (uint32_t)csize[i]);
        z32(z, e[i].claim ? e[i].claim : (uint32_t)e[i].len);
        z16(z, (unsigned)strlen(e[i].name));
        z16(z, 0);
        z16(z, 0);
        z16(z, 0);
        z16(z, 0);
        z32(z, 0);
        z32(z, (uint32_t)z->local[i]);
        zput(z, e[i].name, strlen(e[i].name));
    }
    z->eocd_off = z->n;
    z32(z, 0x06054b50);
    z16(z, 0);
    z16(z, 0);
    z16(z, (unsigned)n);
    z16(z, (unsigned)n);
    z32(z, (uint32_t)(z->eocd_off - z->cd_off));
    z32(z, (uint32_t)(z->cd_off - prefix));
    z16(z, comment ? (unsigned)strlen(comment) : 0);
    if (comment)
        zput(z, comment, strlen(comment));
}

static char *write_zip(const Zip *z, const char *name)
{
    char *p = tu_str("%s/%s", tmp, name);
    tu_write(p, z->d, z->n);
    return p;
}

/* ---- directories and class path spelling --------------------------------- */

static void test_directory(void **state)
{
    (void)state;
    char *dir = tu_str("%s/tree", tmp);
    ClassPath *cp = classpath_open(dir);
    for (int i = 0; i < 5; i++)
        assert_reads(cp, files[i].name, files[i].data, files[i].len);
    assert_absent(cp, "missing.class");
    assert_absent(cp, "dir/sub");          /* a directory is not a resource */
    /* a FIFO named like a class must not block the lookup (the alarm
     * kills the test if it does) */
    char *fifo = tu_str("%s/Fifo.class", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    alarm(10);
    assert_absent(cp, "Fifo.class");
    alarm(0);
    unlink(fifo);
    free(fifo);
    classpath_close(cp);
    free(dir);
}

static void test_order_and_missing_elements(void **state)
{
    (void)state;
    char *spec = tu_str("/nonexistent/dir:%s/tree:%s/classes", tmp, tmp);
    ClassPath *cp = classpath_open(spec);
    assert_reads(cp, "dir/sub/Hello.class", files[4].data, files[4].len);
    assert_reads(cp, "p/Hello.class", hello, hello_len);
    classpath_close(cp);
    free(spec);
    /* the first element that has a name wins */
    char *a = tu_str("%s/a", tmp), *b = tu_str("%s/b", tmp);
    tu_run("mkdir -p %s %s && printf first > %s/x.txt && printf second > %s/x.txt", a, b, a, b);
    spec = tu_str("%s:%s", b, a);
    cp = classpath_open(spec);
    assert_reads(cp, "x.txt", (const uint8_t *)"second", 6);
    classpath_close(cp);
    free(spec);
    free(a);
    free(b);
}

/* `java -cp ""` and `java -cp "/nonexistent::"` find classes in the
 * current directory; so must we. */
static void test_empty_element_is_current_directory(void **state)
{
    (void)state;
    char *cls = tu_str("%s/classes", tmp);
    char *out = tu_capture("cd %s && java -cp '/nonexistent::' p.Hello 2>&1", cls);
    assert_string_equal(out, "hi\n");
    free(out);
    char old[4096];
    assert_non_null(getcwd(old, sizeof old));
    assert_int_equal(chdir(cls), 0);
    ClassPath *cp = classpath_open("/nonexistent::");
    ClassPath *cp2 = classpath_open("");
    size_t l1 = 0, l2 = 0;
    uint8_t *r1 = classpath_read(cp, "p/Hello.class", &l1);
    uint8_t *r2 = classpath_read(cp2, "p/Hello.class", &l2);
    assert_int_equal(chdir(old), 0);
    assert_non_null(r1);
    assert_non_null(r2);
    assert_int_equal(l1, hello_len);
    assert_memory_equal(r2, hello, hello_len);
    free(r1);
    free(r2);
    classpath_close(cp);
    classpath_close(cp2);
    free(cls);
}

static void test_wildcard(void **state)
{
    (void)state;
    assert_int_equal(tu_run("mkdir -p %s/wild && cd %s/tree && jar cf %s/wild/one.jar alpha.txt && "
                            "jar cf %s/wild/two.jar omega.bin && cd %s/classes && "
                            "jar cf %s/wild/three.jar p", tmp, tmp, tmp, tmp, tmp, tmp), 0);
    char *spec = tu_str("%s/wild/*", tmp);
    char *out = tu_capture("java -cp '%s' p.Hello 2>&1", spec);
    assert_string_equal(out, "hi\n");          /* HotSpot expands it too */
    free(out);
    ClassPath *cp = classpath_open(spec);
    assert_reads(cp, "alpha.txt", files[0].data, files[0].len);
    assert_reads(cp, "omega.bin", files[2].data, files[2].len);
    assert_reads(cp, "p/Hello.class", hello, hello_len);
    classpath_close(cp);
    free(spec);
    spec = tu_str("%s/wild/*.jar", tmp);       /* not a wildcard */
    cp = classpath_open(spec);
    assert_absent(cp, "alpha.txt");
    classpath_close(cp);
    free(spec);
}

/* ---- jars made by the jar tool -------------------------------------------- */

static void check_jar_tool(const char *flags, const char *jar)
{
    char *path = tu_str("%s/%s", tmp, jar);
    assert_int_equal(tu_run("cd %s/tree && jar %s %s .", tmp, flags, path), 0);
    ClassPath *cp = classpath_open(path);
    for (int i = 0; i < 5; i++)
        assert_reads(cp, files[i].name, files[i].data, files[i].len);
    assert_absent(cp, "nothere.txt");
    assert_absent(cp, "ALPHA.TXT");            /* names are case-sensitive */
    classpath_close(cp);
    assert_null(jar_main_class(path));         /* no Main-Class given */
    free(path);
}

static void test_jar_tool_deflated(void **state)
{
    (void)state;
    check_jar_tool("cf", "deflated.jar");
}

static void test_jar_tool_stored(void **state)
{
    (void)state;
    check_jar_tool("cf0", "stored.jar");
}

static void test_jar_tool_main_class(void **state)
{
    (void)state;
    char *path = tu_str("%s/main.jar", tmp);
    assert_int_equal(tu_run("jar --create --file %s --main-class p.Hello -C %s/classes .", path, tmp), 0);
    char *out = tu_capture("java -jar %s 2>&1", path);
    assert_string_equal(out, "hi\n");
    free(out);
    char *mc = jar_main_class(path);
    assert_non_null(mc);
    assert_string_equal(mc, "p.Hello");
    free(mc);
    ClassPath *cp = classpath_open(path);
    assert_reads(cp, "p/Hello.class", hello, hello_len);
    classpath_close(cp);
    free(path);
}

/* ---- our own zips: layouts the jar tool does not make --------------------- */

static void test_zip_layouts(void **state)
{
    (void)state;
    ZEntry e[] = {
        { "alpha.txt", files[0].data, files[0].len, 1, 0, 0 },
        { "omega.bin", files[2].data, files[2].len, 0, 0, 0 },
        { "empty.txt", files[1].data, 0, 1, 0, 0 },
        { "empty2.txt", files[1].data, 0, 0, 0, 0 },
    };
    Zip z;
    /* data before the zip (self-extracting style), and a trailing comment */
    make_zip(&z, e, 4, 1000, "a comment");
    char *p = write_zip(&z, "layout.zip");
    ClassPath *cp = classpath_open(p);
    assert_reads(cp, "alpha.txt", files[0].data, files[0].len);
    assert_reads(cp, "omega.bin", files[2].data, files[2].len);
    assert_reads(cp, "empty.txt", files[1].data, 0);
    assert_reads(cp, "empty2.txt", files[1].data, 0);
    classpath_close(cp);
    free(p);
    free(z.d);
    /* HotSpot agrees that the prefixed zip is a usable class path entry */
    ZEntry h = { "p/Hello.class", hello, hello_len, 1, 0, 0 };
    make_zip(&z, &h, 1, 77, NULL);
    p = write_zip(&z, "prefixed.jar");
    char *out = tu_capture("java -cp %s p.Hello 2>&1", p);
    assert_string_equal(out, "hi\n");
    free(out);
    cp = classpath_open(p);
    assert_reads(cp, "p/Hello.class", hello, hello_len);
    classpath_close(cp);
    free(p);
    free(z.d);
}

/* Corruptions that must read as "not there", never crash. */
static void test_corrupt_central_directory(void **state)
{
    (void)state;
    ZEntry e[] = {
        { "alpha.txt", files[0].data, files[0].len, 1, 0, 0 },
        { "omega.bin", files[2].data, 4000, 0, 0, 0 },
    };
    Zip z;
    make_zip(&z, e, 2, 0, NULL);
    struct { const char *what; size_t at; uint32_t v; int width; const char *read; } bad[] = {
        { "central signature", z.central[0], 0x12345678, 4, "alpha.txt" },
        { "cd size too big", z.eocd_off + 12, 0x7fffffff, 4, "alpha.txt" },
        { "cd offset too big", z.eocd_off + 16, 0x7fffffff, 4, "alpha.txt" },
        { "name length past cd", z.central[1] + 28, 0xffff, 2, "alpha.txt" },
        { "extra length past cd", z.central[0] + 30, 0xfff0, 2, "alpha.txt" },
        { "local offset past end", z.central[0] + 42, 0x7ffffff0, 4, "alpha.txt" },
        { "local signature", z.local[0], 0, 4, "alpha.txt" },
        { "csize past end", z.central[0] + 20, 0x7ffffff0, 4, "alpha.txt" },
        { "crc", z.central[0] + 16, 0xdeadbeef, 4, "alpha.txt" },
        { "method", z.central[0] + 10, 12, 2, "alpha.txt" },
        { "stored size mismatch", z.central[1] + 24, 3999, 4, "omega.bin" },
        { "encrypted", z.central[0] + 8, 1, 2, "alpha.txt" },
        { "end signature", z.eocd_off, 0, 4, "alpha.txt" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Zip c = z;
        c.d = malloc(z.n);
        memcpy(c.d, z.d, z.n);
        for (int k = 0; k < bad[i].width; k++)
            c.d[bad[i].at + (size_t)k] = (uint8_t)(bad[i].v >> (8 * k));
        char *p = write_zip(&c, "corrupt.zip");
        ClassPath *cp = classpath_open(p);
        size_t len;
        const char *name = bad[i].read;
        uint8_t *got = classpath_read(cp, name, &len);
        if (got)
            fail_msg("%s: %s still read", bad[i].what, name);
        classpath_close(cp);
        free(p);
        free(c.d);
    }
    free(z.d);
}

/* Every prefix of a jar, and thousands of one-byte changes: each read gives
 * exactly the original bytes or nothing (the CRC sees to it). */
static void test_truncated_and_mutated_jars(void **state)
{
    (void)state;
    ZEntry e[] = {
        { "alpha.txt", files[0].data, files[0].len, 1, 0, 0 },
        { "p/Hello.class", hello, hello_len, 1, 0, 0 },
        { "omega.bin", files[2].data, 300, 0, 0, 0 },
    };
    Zip z;
    make_zip(&z, e, 3, 0, NULL);
    char *p = tu_str("%s/mut.zip", tmp);
    int found = 0;
    for (size_t n = 0; n <= z.n; n++) {
        tu_write(p, z.d, n);
        ClassPath *cp = classpath_open(p);
        size_t len;
        uint8_t *got = classpath_read(cp, "p/Hello.class", &len);
        if (got) {
            assert_int_equal(len, hello_len);
            assert_memory_equal(got, hello, hello_len);
            found++;
            free(got);
        }
        classpath_close(cp);
    }
    assert_int_equal(found, 1);                 /* only the whole file */
    uint64_t rng = 7;
    uint8_t *m = malloc(z.n);
    int intact = 0;
    for (int k = 0; k < 3000; k++) {
        memcpy(m, z.d, z.n);
        m[tu_rand(&rng) % z.n] = (uint8_t)tu_rand(&rng);
        tu_write(p, m, z.n);
        ClassPath *cp = classpath_open(p);
        for (int i = 0; i < 3; i++) {
            size_t len;
            uint8_t *got = classpath_read(cp, e[i].name, &len);
            if (!got)
                continue;
            assert_int_equal(len, e[i].len);
            assert_memory_equal(got, e[i].data, e[i].len);
            intact++;
            free(got);
        }
        classpath_close(cp);
    }
    assert_true(intact > 3000);                 /* most flips spare most entries */
    free(m);
    free(p);
    free(z.d);
}

/* Declared sizes that lie: memory must follow the real data, not the claim. */
static void test_lying_sizes(void **state)
{
    (void)state;
    uint8_t *zeros = calloc(1, 10 << 20);
    ZEntry e[] = {
        /* claims 4 GB from a few bytes: beyond deflate's ratio */
        { "huge.bin", (const uint8_t *)"0123456789", 10, 1, 0xfffffff0u, 0 },
        /* claims 150 MB; 200 kB of input makes that ratio plausible, but
         * the stream ends after 10 bytes */
        { "padded.bin", (const uint8_t *)"0123456789", 10, 1, 150000000u, 200000 },
        /* 10 MB of real zeros declared as 100 bytes */
        { "bomb.bin", zeros, 10 << 20, 1, 100, 0 },
        /* a stored entry whose sizes disagree */
        { "short.bin", (const uint8_t *)"0123456789", 10, 0, 5, 0 },
    };
    Zip z;
    make_zip(&z, e, 4, 0, NULL);
    char *p = write_zip(&z, "lies.zip");
    ClassPath *cp = classpath_open(p);
    for (int i = 0; i < 4; i++) {
        max_request = 0;
        tracking = 1;
        size_t len;
        uint8_t *got = classpath_read(cp, e[i].name, &len);
        tracking = 0;
        if (got)
            fail_msg("%s: a lying entry was accepted", e[i].name);
        if (CAN_TRACK && max_request > (1u << 20))
            fail_msg("%s: allocated %zu bytes for a lie", e[i].name, max_request);
    }
    classpath_close(cp);
    free(p);
    free(z.d);
    free(zeros);
}

/* ---- manifests, judged by `java -jar` -------------------------------------- */

typedef struct Manifest {
    const char *id, *text;
} Manifest;

static const Manifest manifests[] = {
    { "plain", "Manifest-Version: 1.0\nMain-Class: p.Hello\n" },
    { "crlf continuation", "Manifest-Version: 1.0\r\nMain-Class: p.He\r\n llo\r\nCreated-By: x\r\n\r\n" },
    { "cr only", "Manifest-Version: 1.0\rMain-Class: p.Hello\r" },
    { "long continued", "Manifest-Version: 1.0\nMain-Class: \n p\n .\n H\n ello\n" },
    { "lower-case name", "Manifest-Version: 1.0\nmain-class: p.Hello\n" },
    { "blanks around value", "Manifest-Version: 1.0\nMain-Class:   p.Hello  \t\n" },
    { "slashes", "Main-Class: p/Hello\n" },
    { "unterminated last line", "Manifest-Version: 1.0\nMain-Class: p.Hello" },
    { "only in a later section", "Manifest-Version: 1.0\n\nName: x\nMain-Class: p.Hello\n" },
    { "no space after colon", "Manifest-Version: 1.0\nMain-Class:p.Hello\n" },
    { "empty value", "Manifest-Version: 1.0\nMain-Class: \n" },
    { "no main class", "Manifest-Version: 1.0\nCreated-By: me\n" },
};

static void test_manifest(void **state)
{
    const Manifest *m = (const Manifest *)*state;
    ZEntry e[] = {
        { "META-INF/MANIFEST.MF", (const uint8_t *)m->text, strlen(m->text), 1, 0, 0 },
        { "p/Hello.class", hello, hello_len, 1, 0, 0 },
    };
    Zip z;
    make_zip(&z, e, 2, 0, NULL);
    char *p = write_zip(&z, "manifest.jar");
    char *out = tu_capture("java -jar %s 2>/dev/null", p);
    int hotspot_runs = strcmp(out, "hi\n") == 0;
    char *mc = jar_main_class(p);
    if (mc)
        for (char *c = mc; *c; c++)
            if (*c == '/')
                *c = '.';
    int ours = mc && strcmp(mc, "p.Hello") == 0;
    if (hotspot_runs != ours)
        fail_msg("%s: java -jar %s, we read Main-Class %s", m->id,
                 hotspot_runs ? "runs p.Hello" : "fails", mc ? mc : "(none)");
    free(mc);
    free(out);
    free(p);
    free(z.d);
}

static void test_main_class_of_non_jars(void **state)
{
    (void)state;
    char *dir = tu_str("%s/tree", tmp), *txt = tu_str("%s/tree/alpha.txt", tmp);
    assert_null(jar_main_class(dir));
    assert_null(jar_main_class(txt));
    assert_null(jar_main_class("/nonexistent.jar"));
    ZEntry e = { "p/Hello.class", hello, hello_len, 1, 0, 0 };
    Zip z;
    make_zip(&z, &e, 1, 0, NULL);
    char *p = write_zip(&z, "nomanifest.jar");
    assert_null(jar_main_class(p));
    free(p);
    free(z.d);
    free(dir);
    free(txt);
}

int main(void)
{
    enum { N_MF = sizeof manifests / sizeof *manifests };
    struct CMUnitTest tests[16 + N_MF];
    size_t n = 0;
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_directory);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_order_and_missing_elements);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_empty_element_is_current_directory);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_wildcard);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_jar_tool_deflated);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_jar_tool_stored);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_jar_tool_main_class);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_zip_layouts);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_corrupt_central_directory);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_truncated_and_mutated_jars);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_lying_sizes);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_main_class_of_non_jars);
    char *ids[N_MF];
    for (size_t i = 0; i < N_MF; i++) {
        ids[i] = tu_str("manifest: %s", manifests[i].id);
        tests[n++] = (struct CMUnitTest){ ids[i], test_manifest, NULL, NULL, (void *)&manifests[i] };
    }
    int rc = _cmocka_run_group_tests("classpath", tests, n, setup, teardown);
    for (size_t i = 0; i < N_MF; i++)
        free(ids[i]);
    return rc;
}
