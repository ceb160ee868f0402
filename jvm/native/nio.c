/*
 * nio.c — natives of java.nio.file (class java.nio.file.UnixOps): the few
 * system calls Files needs beyond java.io.File, each returning 0 or the
 * errno, so the library can throw the JDK's exception for the cause
 * (NoSuchFileException, FileAlreadyExistsException, ...).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jvm/vm.h"

/* UnixOps.stat0(String path, boolean follow, long[] out): out = mode, size,
 * mtime (ns since the epoch), inode, device, link count. */
static void ops_stat(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *p = vm_string_utf8(a[0].l);
    if (!p) {
        r->i = ENOMEM;
        return;
    }
    struct stat st;
    int rc = a[1].i ? stat(p, &st) : lstat(p, &st);
    int err = rc == 0 ? 0 : errno;
    free(p);
    ArrayObject *out = (ArrayObject *)a[2].l;
    if (err == 0 && out && out->length >= 6) {
        int64_t *v = ARRAY_DATA(out, int64_t);
        v[0] = st.st_mode;
        v[1] = st.st_size;
        v[2] = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
        v[3] = (int64_t)st.st_ino;
        v[4] = (int64_t)st.st_dev;
        v[5] = (int64_t)st.st_nlink;
    }
    r->i = err;
}

/* One-path calls: mkdir(path, 0777), unlink, rmdir, create (O_CREAT|O_EXCL). */
static int one_path(Value *a, int op)
{
    char *p = vm_string_utf8(a[0].l);
    if (!p) return ENOMEM;
    int rc;
    switch (op) {
    case 0: rc = mkdir(p, 0777); break;
    case 1: rc = unlink(p); break;
    case 2: rc = rmdir(p); break;
    default: {
        int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0666);
        rc = fd < 0 ? -1 : close(fd);
        break;
    }
    }
    int err = rc == 0 ? 0 : errno;
    free(p);
    return err;
}

static void ops_mkdir(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = one_path(a, 0);
}

static void ops_unlink(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = one_path(a, 1);
}

static void ops_rmdir(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = one_path(a, 2);
}

static void ops_create(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = one_path(a, 3);
}

/* UnixOps.rename0(String from, String to) */
static void ops_rename(Thread *t, Value *a, Value *r)
{
    (void)t;
    char *from = vm_string_utf8(a[0].l), *to = vm_string_utf8(a[1].l);
    int err = ENOMEM;
    if (from && to) err = rename(from, to) == 0 ? 0 : errno;
    free(from);
    free(to);
    r->i = err;
}

/* UnixOps.strerror0(int errno) */
static void ops_strerror(Thread *t, Value *a, Value *r)
{
    r->l = vm_new_string(t, strerror(a[0].i));
}

const NativeMethod nio_natives[] = {
    {"java/nio/file/UnixOps", "stat0", "(Ljava/lang/String;Z[J)I", ops_stat},
    {"java/nio/file/UnixOps", "mkdir0", "(Ljava/lang/String;)I", ops_mkdir},
    {"java/nio/file/UnixOps", "unlink0", "(Ljava/lang/String;)I", ops_unlink},
    {"java/nio/file/UnixOps", "rmdir0", "(Ljava/lang/String;)I", ops_rmdir},
    {"java/nio/file/UnixOps", "create0", "(Ljava/lang/String;)I", ops_create},
    {"java/nio/file/UnixOps", "rename0", "(Ljava/lang/String;Ljava/lang/String;)I", ops_rename},
    {"java/nio/file/UnixOps", "strerror0", "(I)Ljava/lang/String;", ops_strerror},
    {0},
};
