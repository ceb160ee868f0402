/*
 * What the report says about the machine: CPU, kernel, compiler, the VMs'
 * versions and whether HotSpot's class-data sharing (CDS) is on — its
 * start-up figures mean little without that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench.h"
#include "bench/runner.h"

#ifndef BENCH_WL_CFLAGS
#define BENCH_WL_CFLAGS "?"
#endif
#ifndef BENCH_RV_CC
#define BENCH_RV_CC "riscv64-linux-gnu-gcc"
#endif

static void cpu_model(char *buf, size_t n)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];
	snprintf(buf, n, "unknown CPU");
	while (f && fgets(line, sizeof line, f)) {
		char *colon = strchr(line, ':');
		if (strncmp(line, "model name", 10) != 0 || !colon)
			continue;
		colon += 1 + (colon[1] == ' ');
		snprintf(buf, n, "%.*s", (int)strcspn(colon, "\n"), colon);
		break;
	}
	if (f)
		fclose(f);
}

/* Lines 1 and 3 of `java -version` (stderr): the release and the VM. */
static void java_version(struct machine *m, const char *java)
{
	char *argv[] = { (char *)java, "-version", NULL };
	struct run_result r;
	if (run_measured(argv, 30, &r) == 0 && r.status == RUN_OK) {
		const char *l1 = r.err, *l2 = strchr(l1, '\n');
		const char *l3 = l2 ? strchr(l2 + 1, '\n') : NULL;
		snprintf(m->java, sizeof m->java, "%.*s", (int)strcspn(l1, "\n"), l1);
		if (l3)
			snprintf(m->java_vm, sizeof m->java_vm, "%.*s",
				 (int)strcspn(l3 + 1, "\n"), l3 + 1);
		m->cds = strstr(m->java_vm, "sharing") != NULL;
	}
	run_result_free(&r);
}

static void copy_line(char *dst, size_t n, char *const argv[])
{
	char *s = run_first_line(argv, 0);
	snprintf(dst, n, "%s", s ? s : "");
	free(s);
}

static long mem_total(void)
{
	FILE *f = fopen("/proc/meminfo", "r");
	long kb = 0;
	char line[128];
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "MemTotal: %ld kB", &kb) == 1)
			break;
	if (f)
		fclose(f);
	return kb;
}

static void git_commit(char *buf, size_t n)
{
	char *head[] = { "git", "rev-parse", "--short", "HEAD", NULL };
	char *dirty[] = { "git", "status", "--porcelain", "--untracked-files=no", NULL };
	char *h = run_first_line(head, 0), *d = h && *h ? run_first_line(dirty, 0) : NULL;
	snprintf(buf, n, "%s%s", h && *h ? h : "", d && *d ? " (uncommitted changes)" : "");
	free(h);
	free(d);
}

void machine_probe(struct machine *m, const struct paths *p)
{
	memset(m, 0, sizeof *m);
	time_t t = time(NULL);
	strftime(m->date, sizeof m->date, "%Y-%m-%d %H:%M:%S %Z", localtime(&t));
	cpu_model(m->cpu, sizeof m->cpu);
	m->ncpus = (int)sysconf(_SC_NPROCESSORS_ONLN);
	struct utsname u;
	if (uname(&u) == 0)
		snprintf(m->kernel, sizeof m->kernel, "%s %s %s", u.sysname, u.release,
			 u.machine);
	snprintf(m->cc, sizeof m->cc, "gcc %s, %s", __VERSION__, BENCH_WL_CFLAGS);
	java_version(m, p->java);
	char *jvm[] = { (char *)p->jvm, "-version", NULL };
	if (access(p->jvm, X_OK) == 0)
		copy_line(m->jvm, sizeof m->jvm, jvm);
	git_commit(m->commit, sizeof m->commit);
	char *qemu[] = { "qemu-system-riscv64", "--version", NULL };
	copy_line(m->qemu, sizeof m->qemu, qemu);
	char *rvcc[] = { BENCH_RV_CC, "--version", NULL };
	copy_line(m->rvcc, sizeof m->rvcc, rvcc);
	m->mem_kb = mem_total();
}
