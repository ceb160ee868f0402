/*
 * classpath.c — directories and jar files as `java -cp` takes them.
 *
 * Directories: one open/fstat/read per lookup.
 * Jars: on first use the file is mapped and its central directory indexed
 * into an open-addressing hash table (names point into the mapping, no
 * copies).  Every offset and length read from the zip is checked against
 * the mapping before use.  Inflating grows its buffer with the output
 * actually produced and never past the declared size (which must then
 * match exactly, as must the CRC), so a lying entry costs memory in
 * proportion to its real content, not to its claim.
 * Zip64 and encrypted entries are not supported (javac and jar never make
 * them for class files); such entries read as absent.
 *
 * Not thread-safe: a jar is opened lazily by the first lookup.
 */
#include "jvm/classpath.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

/* ---- jar (zip) files ---------------------------------------------------- */

typedef struct ZipEntry {
    const uint8_t *name;    /* into the mapping; not NUL-terminated */
    uint32_t name_len;
    uint32_t cd_off;        /* offset of its central directory record */
} ZipEntry;

typedef struct Jar {
    const uint8_t *map;
    size_t size;
    size_t base;            /* bytes prepended to the zip (offsets are relative to it) */
    ZipEntry *table;        /* open addressing, cap a power of two */
    uint32_t cap;
} Jar;

static inline uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t name_hash(const uint8_t *s, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--)
        h = (h ^ *s++) * 16777619u;
    return h;
}

/* Finds the end-of-central-directory record (it may be followed by a
 * comment of up to 65535 bytes). */
static const uint8_t *find_eocd(const uint8_t *map, size_t size)
{
    if (size < 22)
        return NULL;
    size_t lo = size > 22 + 65535 ? size - 22 - 65535 : 0;
    for (size_t i = size - 22 + 1; i-- > lo;) {
        const uint8_t *p = map + i;
        if (le32(p) == 0x06054b50 && i + 22 + le16(p + 20) == size)
            return p;
    }
    /* Tolerate trailing junk after the comment, as zip readers do. */
    for (size_t i = size - 22 + 1; i-- > lo;)
        if (le32(map + i) == 0x06054b50)
            return map + i;
    return NULL;
}

static void jar_insert(Jar *j, const uint8_t *name, uint32_t n, uint32_t cd_off)
{
    uint32_t h = name_hash(name, n) & (j->cap - 1);
    while (j->table[h].name) {
        /* First entry wins on duplicates, like java.util.zip. */
        if (j->table[h].name_len == n && memcmp(j->table[h].name, name, n) == 0)
            return;
        h = (h + 1) & (j->cap - 1);
    }
    j->table[h] = (ZipEntry){ name, n, cd_off };
}

/* Validates the central directory and builds the index; 0 on corruption. */
static int jar_index(Jar *j)
{
    const uint8_t *eocd = find_eocd(j->map, j->size);
    if (!eocd)
        return 0;
    uint32_t cd_size = le32(eocd + 12);
    size_t eocd_off = (size_t)(eocd - j->map);
    /* Like java.util.zip, locate the central directory just before the end
     * record; any difference from its recorded offset is prepended data. */
    if (cd_size > eocd_off || le32(eocd + 16) > eocd_off - cd_size)
        return 0;
    size_t cd_off = eocd_off - cd_size;
    j->base = cd_off - le32(eocd + 16);
    /* Count records first; each is at least 46 bytes, so this is bounded. */
    uint32_t n = 0;
    for (size_t p = cd_off; p < cd_off + cd_size;) {
        const uint8_t *r = j->map + p;
        if (cd_off + cd_size - p < 46 || le32(r) != 0x02014b50)
            return 0;
        size_t rl = 46u + le16(r + 28) + le16(r + 30) + le16(r + 32);
        if (rl > cd_off + cd_size - p)
            return 0;
        p += rl;
        n++;
    }
    j->cap = 16;
    while (j->cap < 2 * n)
        j->cap <<= 1;
    j->table = calloc(j->cap, sizeof(ZipEntry));
    if (!j->table)
        return 0;
    for (size_t p = cd_off; p < cd_off + cd_size;) {
        const uint8_t *r = j->map + p;
        uint16_t nl = le16(r + 28);
        if (nl)
            jar_insert(j, r + 46, nl, (uint32_t)p);
        p += 46u + nl + le16(r + 30) + le16(r + 32);
    }
    return 1;
}

static Jar *jar_open(const char *path)
{
    /* O_NONBLOCK: a FIFO posing as a class file must not hang the open */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return NULL;
    struct stat st;
    Jar *j = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 22 &&
        (j = calloc(1, sizeof *j))) {
        j->size = (size_t)st.st_size;
        void *m = mmap(NULL, j->size, PROT_READ, MAP_PRIVATE, fd, 0);
        j->map = m == MAP_FAILED ? NULL : m;
        if (!j->map || !jar_index(j)) {
            if (j->map)
                munmap((void *)j->map, j->size);
            free(j->table);
            free(j);
            j = NULL;
        }
    }
    close(fd);
    return j;
}

static void jar_close(Jar *j)
{
    if (!j)
        return;
    munmap((void *)j->map, j->size);
    free(j->table);
    free(j);
}

static const ZipEntry *jar_lookup(const Jar *j, const char *name)
{
    size_t n = strlen(name);
    uint32_t h = name_hash((const uint8_t *)name, n) & (j->cap - 1);
    for (; j->table[h].name; h = (h + 1) & (j->cap - 1))
        if (j->table[h].name_len == n && memcmp(j->table[h].name, name, n) == 0)
            return &j->table[h];
    return NULL;
}

/* Inflates raw deflate data that must come to exactly `usize` bytes.  The
 * buffer starts small and doubles only as output arrives. */
static uint8_t *inflate_exact(const uint8_t *in, size_t in_len, size_t usize)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return NULL;
    size_t limit = usize + 1;           /* room for one byte too many */
    size_t cap = limit < 65536 ? limit : 65536;
    uint8_t *buf = malloc(cap);
    zs.next_in = (Bytef *)in;
    zs.avail_in = (uInt)in_len;
    int rc = Z_OK;
    while (buf) {
        zs.next_out = buf + zs.total_out;
        zs.avail_out = (uInt)(cap - zs.total_out);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END || (rc != Z_OK && rc != Z_BUF_ERROR))
            break;
        if (zs.avail_out > 0 || cap == limit)
            break;                      /* input exhausted, or too much output */
        size_t ncap = cap * 2 < limit ? cap * 2 : limit;
        uint8_t *nb = realloc(buf, ncap);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
        cap = ncap;
    }
    int ok = rc == Z_STREAM_END && zs.total_out == usize;
    inflateEnd(&zs);
    if (!ok) {
        free(buf);
        return NULL;
    }
    return buf;
}

static uint8_t *jar_read(const Jar *j, const char *name, size_t *len)
{
    const ZipEntry *e = jar_lookup(j, name);
    if (!e)
        return NULL;
    const uint8_t *r = j->map + e->cd_off;
    uint16_t flags = le16(r + 8), method = le16(r + 10);
    uint32_t crc = le32(r + 16), csize = le32(r + 20), usize = le32(r + 24);
    if (flags & 1)                          /* encrypted */
        return NULL;
    if (csize == 0xffffffffu || usize == 0xffffffffu || le32(r + 42) == 0xffffffffu)
        return NULL;                        /* zip64 */
    size_t loff = (size_t)le32(r + 42) + j->base;
    if (loff > j->size || j->size - loff < 30 || le32(j->map + loff) != 0x04034b50)
        return NULL;
    size_t data = loff + 30 + le16(j->map + loff + 26) + le16(j->map + loff + 28);
    if (data > j->size || j->size - data < csize)
        return NULL;
    /* Deflate cannot expand more than ~1032:1: a bigger claim is a lie. */
    if (method == 8 ? (uint64_t)usize > (uint64_t)csize * 1032 + 64
                    : method != 0 || usize != csize)
        return NULL;
    uint8_t *buf;
    if (method == 0) {
        buf = malloc(usize ? usize : 1);
        if (buf)
            memcpy(buf, j->map + data, usize);
    } else {
        buf = inflate_exact(j->map + data, csize, usize);
    }
    if (buf && crc32(0L, buf, usize) != crc) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        *len = usize;
    return buf;
}

/* ---- the class path ----------------------------------------------------- */

typedef struct CpElem {
    char *path;
    int is_jar;
    int jar_state;          /* 0 not yet opened, 1 open, -1 unusable */
    Jar *jar;
} CpElem;

struct ClassPath {
    CpElem *elems;
    size_t n, cap;
};

static void cp_add(ClassPath *cp, const char *path, size_t n)
{
    struct stat st;
    char *p = strndup(path, n);
    if (!p || stat(p, &st) != 0 || !(S_ISDIR(st.st_mode) || S_ISREG(st.st_mode))) {
        free(p);
        return;
    }
    if (cp->n == cp->cap) {
        size_t cap = cp->cap ? cp->cap * 2 : 8;
        CpElem *e = realloc(cp->elems, cap * sizeof *e);
        if (!e) {
            free(p);
            return;
        }
        cp->elems = e;
        cp->cap = cap;
    }
    cp->elems[cp->n++] = (CpElem){ .path = p, .is_jar = S_ISREG(st.st_mode) };
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_jar_suffix(const char *s)
{
    size_t n = strlen(s);
    return n > 4 && (strcmp(s + n - 4, ".jar") == 0 || strcmp(s + n - 4, ".JAR") == 0);
}

/* A "dir/ *" element (no space) means every jar in dir, as the java
 * launcher expands it. */
static void cp_add_wildcard(ClassPath *cp, const char *dir, size_t n)
{
    char *d = strndup(dir, n);
    DIR *dh = d ? opendir(n ? d : ".") : NULL;
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *de;
    while (dh && (de = readdir(dh))) {
        if (!has_jar_suffix(de->d_name))
            continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        names[count] = malloc(n + strlen(de->d_name) + 2);
        if (!names[count])
            break;
        strcpy(names[count], d);
        if (n)
            strcat(names[count], "/");
        strcat(names[count], de->d_name);
        count++;
    }
    if (dh)
        closedir(dh);
    qsort(names, count, sizeof *names, cmp_str);
    for (size_t i = 0; i < count; i++) {
        cp_add(cp, names[i], strlen(names[i]));
        free(names[i]);
    }
    free(names);
    free(d);
}

/* Returned when even the ClassPath cannot be allocated. */
static ClassPath empty_path;

ClassPath *classpath_open(const char *spec)
{
    ClassPath *cp = calloc(1, sizeof *cp);
    if (!cp)
        return &empty_path;      /* "never NULL": an empty path finds nothing */
    if (!spec)
        spec = ".";
    for (const char *s = spec;;) {
        const char *e = strchr(s, ':');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 0)
            cp_add(cp, ".", 1);     /* an empty element is the current directory */
        else if (n >= 1 && s[n - 1] == '*' && (n == 1 || s[n - 2] == '/'))
            cp_add_wildcard(cp, s, n >= 2 ? n - 2 : 0);
        else
            cp_add(cp, s, n);
        if (!e)
            break;
        s = e + 1;
    }
    return cp;
}

void classpath_close(ClassPath *cp)
{
    if (!cp || cp == &empty_path)
        return;
    for (size_t i = 0; i < cp->n; i++) {
        jar_close(cp->elems[i].jar);
        free(cp->elems[i].path);
    }
    free(cp->elems);
    free(cp);
}

static uint8_t *read_file(const char *path, size_t *len)
{
    /* O_NONBLOCK: a FIFO posing as a class file must not hang the open */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return NULL;
    struct stat st;
    uint8_t *buf = NULL;
    /* Java arrays stop at 2 GB; nothing bigger is a class or resource */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < INT32_MAX) {
        size_t size = (size_t)st.st_size, got = 0;
        buf = malloc(size ? size : 1);
        while (buf && got < size) {
            ssize_t r = read(fd, buf + got, size - got);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        if (buf && got != size) {
            free(buf);
            buf = NULL;
        }
        *len = size;
    }
    close(fd);
    return buf;
}

static uint8_t *dir_read(const char *dir, const char *name, size_t *len)
{
    size_t dl = strlen(dir), nl = strlen(name);
    char stackbuf[512];
    char *path = dl + nl + 2 <= sizeof stackbuf ? stackbuf : malloc(dl + nl + 2);
    if (!path)
        return NULL;
    memcpy(path, dir, dl);
    path[dl] = '/';
    memcpy(path + dl + 1, name, nl + 1);
    uint8_t *r = read_file(path, len);
    if (path != stackbuf)
        free(path);
    return r;
}

uint8_t *classpath_read(ClassPath *cp, const char *path, size_t *len)
{
    for (size_t i = 0; cp && i < cp->n; i++) {
        CpElem *e = &cp->elems[i];
        uint8_t *r;
        if (!e->is_jar) {
            r = dir_read(e->path, path, len);
        } else {
            if (e->jar_state == 0) {
                e->jar = jar_open(e->path);
                e->jar_state = e->jar ? 1 : -1;
            }
            r = e->jar ? jar_read(e->jar, path, len) : NULL;
        }
        if (r)
            return r;
    }
    return NULL;
}

/* ---- manifest ----------------------------------------------------------- */

/* The value of `key` in a manifest's main section, by java.util.jar's
 * rules: lines end in CRLF, LF or CR (an unterminated last line does not
 * count); a line starting with one space continues the previous one; a
 * header is "Name: value" (colon and space); the main section ends at the
 * first empty line; names are case-insensitive.  The launcher trims the
 * value.  NULL if absent or the section is malformed. */
static char *manifest_value(const uint8_t *m, size_t n, const char *key)
{
    size_t kl = strlen(key);
    char *line = malloc(n + 1), *found = NULL;
    int bad = 0;
    size_t i = 0;
    while (line && !bad) {
        size_t ll = 0;
        int terminated = 0;
        for (;;) {              /* one logical line */
            while (i < n && m[i] != '\r' && m[i] != '\n')
                line[ll++] = (char)m[i++];
            terminated = i < n;
            if (i < n && m[i] == '\r')
                i++;
            if (i < n && m[i] == '\n')
                i++;
            if (!terminated || i >= n || m[i] != ' ')
                break;
            i++;                /* continuation: drop the space, join */
        }
        line[ll] = 0;
        if (!terminated || ll == 0)
            break;              /* unterminated last line, or end of section */
        char *colon = strchr(line, ':');
        if (!colon || colon == line || colon[1] != ' ') {
            bad = 1;
            break;
        }
        if ((size_t)(colon - line) == kl && strncasecmp(line, key, kl) == 0 && !found) {
            char *v = colon + 2, *end = v + strlen(v);
            while (*v == ' ' || *v == '\t')
                v++;
            while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
                *--end = 0;
            found = strdup(v);
        }
    }
    free(line);
    if (bad) {
        free(found);
        return NULL;
    }
    return found && *found ? found : (free(found), NULL);
}

char *jar_main_class(const char *jar_path)
{
    Jar *j = jar_open(jar_path);
    if (!j)
        return NULL;
    size_t len;
    uint8_t *mf = jar_read(j, "META-INF/MANIFEST.MF", &len);
    jar_close(j);
    if (!mf)
        return NULL;
    char *v = manifest_value(mf, len, "Main-Class");
    free(mf);
    return v;
}
