/*
 * testutil.h — small helpers shared by the C unit tests: temporary
 * directories, running tools (javac, javap, jar, java), reading and writing
 * files.  Header-only (each test is one translation unit).
 */
#ifndef JVM_TESTS_UNIT_TESTUTIL_H
#define JVM_TESTS_UNIT_TESTUTIL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <ftw.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Directory of the test sources (the Makefile compiles from the repo root
 * and tests/run.sh runs from there too). */
static inline char *tu_src_dir(const char *file)
{
    char *d = strdup(file);
    char *slash = strrchr(d, '/');
    if (slash)
        *slash = 0;
    else
        strcpy(d, ".");
    return d;
}

static inline char *tu_mkdtemp(void)
{
    char tmpl[] = "/tmp/twovm-unit-XXXXXX";
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

static inline int tu_rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    return remove(p);
}

static inline void tu_rmrf(const char *dir)
{
    if (dir)
        nftw(dir, tu_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static inline char *tu_fmt(const char *fmt, va_list ap)
{
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        abort();
    return s;
}

static inline char *tu_str(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline char *tu_str(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = tu_fmt(fmt, ap);
    va_end(ap);
    return s;
}

/* Runs a shell command; returns its exit status (or -1). */
static inline int tu_run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline int tu_run(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *cmd = tu_fmt(fmt, ap);
    va_end(ap);
    int rc = system(cmd);
    free(cmd);
    return rc == -1 ? -1 : WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/* Runs a shell command and returns its stdout (malloc'd, NUL-terminated). */
static inline char *tu_capture(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline char *tu_capture(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *cmd = tu_fmt(fmt, ap);
    va_end(ap);
    FILE *p = popen(cmd, "r");
    free(cmd);
    if (!p)
        return NULL;
    size_t n = 0, cap = 1 << 16;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n - 1, p)) > 0;) {
        n += got;
        if (cap - n < 2) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    pclose(p);
    if (buf)
        buf[n] = 0;
    return buf;
}

static inline uint8_t *tu_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    uint8_t *b = malloc(n > 0 ? (size_t)n : 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return b;
}

static inline int tu_write(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(data, 1, len, f);
    return fclose(f) == 0 && w == len ? 0 : -1;
}

/* Deterministic PRNG for fuzz loops (xorshift64*). */
static inline uint64_t tu_rand(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

#endif
