/*
 * log.c — the VM's clock and its diagnostic output: -Xlog:class+load lines in
 * HotSpot's unified-logging decoration ("[0.012s][info][class,load] ..."),
 * warnings, fatal errors.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

#include "jvm/runtime.h"

static struct timespec start_time;

void log_init(void)
{
    clock_gettime(CLOCK_MONOTONIC, &start_time);
}

double log_uptime(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start_time.tv_sec) + (now.tv_nsec - start_time.tv_nsec) / 1e9;
}

/* HotSpot logs to stdout by default; boot classes come from "jrt:/java.base",
 * application classes from the directory or jar URL they were found in. */
void log_class_load(Class *c)
{
    if (!vm_opts.log_class_load)
        return;
    printf("[%.3fs][info][class,load] %s source: %s\n", log_uptime(), class_java_name(c),
           c->source ? c->source : "__VM_Internal__");
}

void vm_warn(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("OpenJDK 64-Bit Server VM warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

_Noreturn void vm_fatal(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("jvm: fatal: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(134);
}
