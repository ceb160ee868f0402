/*
 * Density: how many idle instances of an engine fit in a memory budget,
 * found by launching them, not by dividing.
 *
 * For each engine with an idle command (a Java program blocked reading stdin;
 * a guest booted to a shell), instances are started one at a time, each
 * waited for until it says it is ready, and after each the summed PSS of all
 * of them is read from /proc/<pid>/smaps_rollup. PSS (proportional set size)
 * charges a page shared by k processes 1/k to each, so libjvm.so, HotSpot's
 * CDS archive or QEMU's code are counted once across instances, as the
 * machine's memory sees them. The launching stops when the sum exceeds the
 * budget (the last one did not fit) or at the cap; then every instance is
 * killed. For VMs, the guest RAM mapping (the anonymous mapping exactly the
 * size of --mem / -m) is found in /proc/<pid>/smaps so that an instance's
 * memory splits into guest RAM the guest touched and the VMM's own.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench/density.h"
#include "bench/report.h"
#include "bench/runner.h"
#include "bench/stats.h"

#define READY_TIMEOUT 120.0
#define MAX_INSTANCES 256

/* A "Field:   1234 kB" value from a /proc file; -1 when absent. */
double proc_kb(const char *path, const char *field)
{
	FILE *f = fopen(path, "r");
	char line[256];
	double v = -1;
	size_t n = strlen(field);
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, field, n) == 0 && line[n] == ':') {
			v = strtod(line + n + 1, NULL);
			break;
		}
	if (f)
		fclose(f);
	return v;
}

double smaps_mapping_rss(const char *path, double size_kb)
{
	FILE *f = fopen(path, "r");
	char line[512];
	double size = -1, found = -1;
	while (f && found < 0 && fgets(line, sizeof line, f)) {
		if (strncmp(line, "Size:", 5) == 0)
			size = strtod(line + 5, NULL);
		else if (strncmp(line, "Rss:", 4) == 0 && size == size_kb)
			found = strtod(line + 4, NULL);
	}
	if (f)
		fclose(f);
	return found;
}

static double pid_kb(pid_t pid, const char *file, const char *field)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, file);
	return proc_kb(path, field);
}

/* Summed PSS of the running instances. */
static double pss_sum(const struct child *c, int n)
{
	double sum = 0;
	for (int i = 0; i < n; i++) {
		double v = pid_kb(c[i].pid, "smaps_rollup", "Pss");
		sum += v > 0 ? v : 0;
	}
	return sum;
}

static void progress(const struct engine *e, int n, double sum_kb, double budget_kb)
{
	char a[32], b[32];
	if (!isatty(2))
		return;
	fprintf(stderr, "\r\033[K[density] %s: %d idle, PSS %s of %s", e->name, n,
		fmt_rss(a, sizeof a, sum_kb), fmt_rss(b, sizeof b, budget_kb));
	fflush(stderr);
}

/* The final per-instance figures, read while all n are up. */
static void measure(struct density *d, const struct child *c, int n, double ram_kb)
{
	double rss = 0, ram = 0;
	int nram = 0;
	d->pss_kb = pss_sum(c, n);
	for (int i = 0; i < n; i++) {
		rss += pid_kb(c[i].pid, "smaps_rollup", "Rss");
		if (ram_kb > 0) {
			char path[64];
			snprintf(path, sizeof path, "/proc/%d/smaps", (int)c[i].pid);
			double r = smaps_mapping_rss(path, ram_kb);
			if (r >= 0)
				ram += r, nram++;
		}
	}
	d->rss_kb = n ? rss / n : NAN;
	d->ram_rss_kb = nram ? ram / nram : NAN;
}

static void run_engine(struct session *s, struct density *d)
{
	static struct child c[MAX_INSTANCES];
	double ready[MAX_INSTANCES];
	char *argv[MAX_ARGV + 1];
	int n = 0, cap = s->cap < MAX_INSTANCES ? s->cap : MAX_INSTANCES;
	double sum = 0;
	if (engine_idle_argv(d->e, &s->paths, argv) < 0)
		return;
	shell_join(d->cmd, sizeof d->cmd, argv);
	while (n < cap) {
		if (child_start(argv, &c[n]) < 0) {
			snprintf(d->note, sizeof d->note, "could not start instance %d", n + 1);
			break;
		}
		double t = child_wait_for(&c[n], d->e->ready, READY_TIMEOUT);
		if (t < 0) {
			snprintf(d->note, sizeof d->note, "instance %d never said \"%s\"", n + 1,
				 d->e->ready);
			child_kill(&c[n]);
			break;
		}
		ready[n++] = t;
		sum = pss_sum(c, n);
		progress(d->e, n, sum, s->budget_kb);
		if (sum > s->budget_kb)
			break;
	}
	d->launched = n;
	d->capped = n == cap && sum <= s->budget_kb;
	if (sum > s->budget_kb) /* the last one did not fit */
		child_kill(&c[--n]);
	d->fit = n;
	/* Settle: a guest's shell, a JVM's last class loads. */
	usleep(300 * 1000);
	measure(d, c, n, d->e->guest_ram_mb * 1024.0);
	struct summary r;
	summarize(ready, n, &r);
	d->ready_s = r.median;
	for (int i = 0; i < n; i++)
		child_kill(&c[i]);
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	if (isatty(2))
		fprintf(stderr, "\r\033[K");
	fprintf(stderr, "[density] %s: %d idle instance%s fit in %.0f MiB%s\n", d->e->name, d->fit,
		d->fit == 1 ? "" : "s", s->budget_kb / 1024, d->capped ? " (cap reached)" : "");
}

void density_run(struct session *s)
{
	s->nd = 0;
	for (int e = 0; e < s->ne; e++) {
		if (!s->e[e]->idle[0] || s->absent[e][0])
			continue;
		struct density *d = &s->density[s->nd++];
		memset(d, 0, sizeof *d);
		d->e = s->e[e];
		d->ram_rss_kb = NAN;
		run_engine(s, d);
	}
}
