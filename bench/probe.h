/* probe.c — what each engine's workload can see of its host (isolation). */
#ifndef BENCH_PROBE_H
#define BENCH_PROBE_H

#include <stdbool.h>
#include <stddef.h>

struct session;
struct engine;

/* One engine's answers (bench/workloads/probe.c prints them). */
struct probe {
	const struct engine *e;
	bool ran;            /* the probe ran and printed all four lines */
	bool reads_host_file;
	bool sees_host_process;
	char kernel[64];     /* uname -r / os.version as the workload sees it */
	char machine[32];    /* uname -m / os.arch */
	char cmd[512];       /* the command, for the report */
	char note[160];      /* why it did not run */
};

/* Runs the probe once on every engine of s that starts whole programs
 * (native, the JVMs, qemu-user, the guests). */
void probe_run(struct session *s);
/* The probe of engine `name`, or NULL when it did not run. */
const struct probe *probe_of(const struct session *s, const char *name);

struct table;
/* "host's files readable, host's processes visible (the host's kernel)", or
 * why there is no answer. */
const char *probe_isolation_text(char *buf, size_t n, const struct session *s, const char *name);
/* "its own kernel 6.1.158 on riscv64". */
const char *probe_os_text(char *buf, size_t n, const struct session *s, const char *name);
/* Every engine's answers, with the command. */
void probe_table(struct table *t, const struct session *s);

#endif
