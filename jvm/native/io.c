/*
 * io.c — natives of java.io: file descriptors for FileInputStream and
 * FileOutputStream (their int field "fd"), and File's queries.
 *
 * Data goes through a C buffer rather than straight into the Java array:
 * a blocking call runs between vm_blocking_begin/end, when other threads
 * may run (and a moving collector relocate objects), so it must not hold a
 * pointer into the heap; the argument slots are roots, re-read afterwards.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jvm/vm.h"

#define IO_CHUNK 65536

static int32_t fd_of(Object *stream)
{
    Field *f = vm_find_field(stream->cls, "fd", "I");
    return f ? FIELD_AT(stream, vm_field_offset(f), int32_t) : -1;
}

static bool check_range(Thread *t, Object *arr, int32_t off, int32_t len)
{
    if (!arr) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return false;
    }
    int32_t n = ((ArrayObject *)arr)->length;
    if (off < 0 || len < 0 || off > n - len) {
        vm_throw(t, "java/lang/IndexOutOfBoundsException", "Range [%d, %d + %d) out of bounds for length %d", off,
                 off, len, n);
        return false;
    }
    return true;
}

static void throw_io(Thread *t, int err)
{
    vm_throw(t, "java/io/IOException", "%s", strerror(err));
}

/* FileOutputStream.writeBytes(byte[] b, int off, int len) */
static void fos_write(Thread *t, Value *a, Value *r)
{
    (void)r;
    int32_t fd = fd_of(a[0].l), off = a[2].i, len = a[3].i;
    if (!check_range(t, a[1].l, off, len)) return;
    char buf[IO_CHUNK];
    while (len > 0) {
        int32_t n = len < IO_CHUNK ? len : IO_CHUNK;
        memcpy(buf, ARRAY_DATA((ArrayObject *)a[1].l, char) + off, (size_t)n);
        int err = 0;
        vm_blocking_begin(t);
        for (int32_t done = 0; done < n;) {
            ssize_t w = write(fd, buf + done, (size_t)(n - done));
            if (w < 0) {
                if (errno == EINTR) continue;
                err = errno;
                break;
            }
            done += (int32_t)w;
        }
        vm_blocking_end(t);
        if (err) {
            throw_io(t, err);
            return;
        }
        off += n;
        len -= n;
    }
}

/* FileInputStream.readBytes(byte[] b, int off, int len): bytes read, -1 at end. */
static void fis_read(Thread *t, Value *a, Value *r)
{
    int32_t fd = fd_of(a[0].l), off = a[2].i, len = a[3].i;
    if (!check_range(t, a[1].l, off, len)) return;
    if (len == 0) {
        r->i = 0;
        return;
    }
    char buf[IO_CHUNK];
    ssize_t n;
    vm_blocking_begin(t);
    do {
        n = read(fd, buf, (size_t)(len < IO_CHUNK ? len : IO_CHUNK));
    } while (n < 0 && errno == EINTR);
    int err = errno;
    vm_blocking_end(t);
    if (n < 0) {
        throw_io(t, err);
        return;
    }
    if (n == 0) {
        r->i = -1;
        return;
    }
    memcpy(ARRAY_DATA((ArrayObject *)a[1].l, char) + off, buf, (size_t)n);
    r->i = (int32_t)n;
}

static void fis_available(Thread *t, Value *a, Value *r)
{
    int32_t fd = fd_of(a[0].l);
    struct stat st;
    int n = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t cur = lseek(fd, 0, SEEK_CUR);
        r->i = cur >= 0 && st.st_size > cur ? (int32_t)(st.st_size - cur > INT_MAX ? INT_MAX : st.st_size - cur) : 0;
        return;
    }
    if (ioctl(fd, FIONREAD, &n) < 0) {
        if (errno == EBADF) {
            throw_io(t, errno);
            return;
        }
        n = 0;
    }
    r->i = n;
}

static void throw_not_found(Thread *t, const char *path, int err)
{
    vm_throw(t, "java/io/FileNotFoundException", "%s (%s)", path, strerror(err));
}

static int open_path(Thread *t, Object *jpath, int flags)
{
    char *path = vm_string_utf8(jpath);
    if (!path) {
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
        return -1;
    }
    int fd;
    do {
        fd = open(path, flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        throw_not_found(t, path, errno);
    } else {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            fd = -1;
            vm_throw(t, "java/io/FileNotFoundException", "%s (Is a directory)", path);
        }
    }
    free(path);
    return fd;
}

static void fis_open(Thread *t, Value *a, Value *r)
{
    r->i = open_path(t, a[0].l, O_RDONLY);
}

static void fos_open(Thread *t, Value *a, Value *r)
{
    r->i = open_path(t, a[0].l, O_WRONLY | O_CREAT | (a[1].i ? O_APPEND : O_TRUNC));
}

static void fd_close(Thread *t, Value *a, Value *r)
{
    (void)r;
    if (close(a[0].i) < 0 && errno != EINTR) throw_io(t, errno);
}

/* ---- File --------------------------------------------------------------- */

/* Runs fn on the path argument (args[0]); missing path -> false/-1. */
static char *path_arg(Value *a)
{
    return vm_string_utf8(a[0].l);
}

static void file_mode(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    struct stat st;
    r->i = p && stat(p, &st) == 0 ? (int32_t)st.st_mode : -1;
    free(p);
}

static void file_length(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    struct stat st;
    r->j = p && stat(p, &st) == 0 ? (int64_t)st.st_size : 0;
    free(p);
}

static void file_mtime(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    struct stat st;
    r->j = p && stat(p, &st) == 0 ? (int64_t)st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000 : 0;
    free(p);
}

static void file_delete(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    r->i = p && remove(p) == 0;
    free(p);
}

static void file_mkdir(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    r->i = p && mkdir(p, 0777) == 0;
    free(p);
}

/* 1 created, 0 already there, -1 error */
static void file_create(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    int fd = p ? open(p, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666) : -1;
    if (fd >= 0) {
        close(fd);
        r->i = 1;
    } else {
        r->i = errno == EEXIST ? 0 : -1;
    }
    free(p);
}

static void file_access(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = path_arg(a);
    int mode = (a[1].i & 4 ? R_OK : 0) | (a[1].i & 2 ? W_OK : 0) | (a[1].i & 1 ? X_OK : 0);
    r->i = p && access(p, mode) == 0;
    free(p);
}

static void file_rename(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *from = vm_string_utf8(a[0].l), *to = vm_string_utf8(a[1].l);
    r->i = from && to && rename(from, to) == 0;
    free(from);
    free(to);
}

static void file_canonicalize(Thread *t, Value *a, Value *r)
{
    char *p = path_arg(a);
    char *real = p ? realpath(p, NULL) : NULL;
    r->l = real ? vm_new_string(t, real) : NULL;
    free(real);
    free(p);
}

/* Directory entries (no "." or ".."), unsorted as the JDK returns them; null if not a directory. */
static void file_list(Thread *t, Value *a, Value *r)
{
    char *p = path_arg(a);
    DIR *d = p ? opendir(p) : NULL;
    free(p);
    if (!d) {
        r->l = NULL;
        return;
    }
    char **names = NULL;
    int32_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = realloc(names, (size_t)cap * sizeof *names);
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    Class *sc = vm_find_class(t, "java/lang/String");
    ArrayObject *arr = sc ? vm_new_object_array(t, sc, n) : NULL;
    if (arr) {
        VM_ROOT(t, arr);
        for (int32_t i = 0; i < n; i++) {
            Object *s = vm_new_string(t, names[i]);
            if (!s) break;
            vm_store_ref(&ARRAY_DATA(arr, Object *)[i], s);
        }
        VM_UNROOT(t, 1);
        if (!vm_exception_pending(t)) r->l = &arr->hdr;
    }
    for (int32_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

const NativeMethod io_natives[] = {
    {"java/io/FileOutputStream", "writeBytes", "([BII)V", fos_write},
    {"java/io/FileOutputStream", "open0", "(Ljava/lang/String;Z)I", fos_open},
    {"java/io/FileInputStream", "readBytes", "([BII)I", fis_read},
    {"java/io/FileInputStream", "available0", "()I", fis_available},
    {"java/io/FileInputStream", "open0", "(Ljava/lang/String;)I", fis_open},
    {"java/io/FileInputStream", "close0", "(I)V", fd_close},
    {"java/io/File", "mode0", "(Ljava/lang/String;)I", file_mode},
    {"java/io/File", "length0", "(Ljava/lang/String;)J", file_length},
    {"java/io/File", "lastModified0", "(Ljava/lang/String;)J", file_mtime},
    {"java/io/File", "delete0", "(Ljava/lang/String;)Z", file_delete},
    {"java/io/File", "mkdir0", "(Ljava/lang/String;)Z", file_mkdir},
    {"java/io/File", "create0", "(Ljava/lang/String;)I", file_create},
    {"java/io/File", "access0", "(Ljava/lang/String;I)Z", file_access},
    {"java/io/File", "rename0", "(Ljava/lang/String;Ljava/lang/String;)Z", file_rename},
    {"java/io/File", "canonicalize0", "(Ljava/lang/String;)Ljava/lang/String;", file_canonicalize},
    {"java/io/File", "list0", "(Ljava/lang/String;)[Ljava/lang/String;", file_list},
    {0},
};
