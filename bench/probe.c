/*
 * The isolation probe: the seed's "Isolation: weak (process) / strong
 * (hardware)" and "OS flexibility: none / full", observed rather than
 * claimed.  vmbench writes a file with a random token on the host and runs
 * bench/workloads/probe.c (Probe.java on the JVMs) once per engine with that
 * file's path and vmbench's pid.  The probe reports whether it could read
 * the file, whether it can see vmbench in /proc, and the kernel release and
 * machine it believes it runs on.  It only looks: nothing is changed.
 *
 * A process-level VM (a JVM, qemu-user) runs on the host's kernel and sees
 * what any process of the user sees; a guest of a system-level VM has its
 * own kernel, file system and process table, and sees none of the host's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench.h"
#include "bench/probe.h"
#include "bench/report.h"
#include "bench/runner.h"
#include "bench/seed.h"

/* "probe <key> <value>" in out (a guest's console may add \r); value copied
 * to buf, NULL when the line is absent. */
static const char *answer(const char *out, const char *key, char *buf, size_t n)
{
	char pat[64];
	snprintf(pat, sizeof pat, "probe %s ", key);
	for (const char *l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		if (strncmp(l, pat, strlen(pat)) == 0) {
			const char *v = l + strlen(pat);
			size_t len = strcspn(v, "\r\n");
			snprintf(buf, n, "%.*s", (int)(len < n ? len : n - 1), v);
			return buf;
		}
	return NULL;
}

static void probe_one(struct probe *p, const struct session *s, const char *token,
		      char *size)
{
	struct workload w = { "probe", "Probe", "the isolation probe", p->e->groups, K_STARTUP,
			      { size, size, size }, { 0 }, NULL };
	char *argv[MAX_ARGV], got[256], vis[32];
	if (engine_argv(p->e, &w, s->tier, &s->paths, argv) < 0) {
		snprintf(p->note, sizeof p->note, "cannot build its command");
		return;
	}
	shell_join(p->cmd, sizeof p->cmd, argv);
	struct run_result r;
	run_measured(argv, s->timeout, &r);
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	const char *out = r.out ? r.out : "";
	if (answer(out, "host-file", got, sizeof got) && answer(out, "host-process", vis, sizeof vis) &&
	    answer(out, "kernel", p->kernel, sizeof p->kernel) &&
	    answer(out, "machine", p->machine, sizeof p->machine)) {
		p->ran = true;
		p->reads_host_file = strcmp(got, token) == 0;
		p->sees_host_process = strcmp(vis, "visible") == 0;
	} else {
		snprintf(p->note, sizeof p->note, "no answer (%s)",
			 r.status == RUN_OK ? "output without the probe's lines" : "failed");
	}
	run_result_free(&r);
}

void probe_run(struct session *s)
{
	char file[64], token[64], size[128];
	snprintf(file, sizeof file, "/tmp/vmbench-probe-%d", (int)getpid());
	srand((unsigned)time(NULL) ^ (unsigned)getpid());
	snprintf(token, sizeof token, "vmbench-host-token-%08x%08x", (unsigned)rand(),
		 (unsigned)rand());
	FILE *f = fopen(file, "w");
	if (!f)
		return;
	fprintf(f, "%s\n", token);
	fclose(f);
	snprintf(size, sizeof size, "%s %d", file, (int)getpid());
	for (int e = 0; e < s->ne; e++) {
		struct probe *p = &s->probe[e];
		*p = (struct probe){ .e = s->e[e] };
		if (!(s->e[e]->kinds & K_STARTUP) || s->absent[e][0])
			continue;
		fprintf(stderr, "vmbench: isolation probe on %s\n", s->e[e]->name);
		probe_one(p, s, token, size);
	}
	unlink(file);
}

const struct probe *probe_of(const struct session *s, const char *name)
{
	for (int e = 0; e < s->ne; e++)
		if (s->probe[e].e && s->probe[e].ran && strcmp(s->e[e]->name, name) == 0)
			return &s->probe[e];
	return NULL;
}

/* ---- the report ---------------------------------------------------------- */

/* Whether engine p's workload saw the host's kernel (native's answer). */
static bool host_kernel(const struct session *s, const struct probe *p)
{
	const struct probe *n = probe_of(s, "native");
	return n && strcmp(n->kernel, p->kernel) == 0;
}

const char *probe_isolation_text(char *buf, size_t n, const struct session *s, const char *name)
{
	const struct probe *p = probe_of(s, name);
	if (!p)
		return why_none(s, name);
	snprintf(buf, n, "host's files %s, host's processes %s (%s kernel)",
		 p->reads_host_file ? "readable" : "unreadable",
		 p->sees_host_process ? "visible" : "not visible",
		 host_kernel(s, p) ? "the host's" : "its own");
	return buf;
}

const char *probe_os_text(char *buf, size_t n, const struct session *s, const char *name)
{
	const struct probe *p = probe_of(s, name);
	if (!p)
		return why_none(s, name);
	snprintf(buf, n, "%s %s on %s", host_kernel(s, p) ? "the host's kernel" : "its own kernel",
		 p->kernel, p->machine);
	return buf;
}

void probe_table(struct table *t, const struct session *s)
{
	table_init(t);
	table_col(t, "engine", false);
	table_col(t, "host's file", false);
	table_col(t, "host's processes", false);
	table_col(t, "kernel seen", false);
	table_col(t, "machine seen", false);
	table_col(t, "command", false);
	for (int e = 0; e < s->ne; e++) {
		const struct probe *p = &s->probe[e];
		if (!p->e || (!p->ran && !p->note[0]))
			continue;
		int r = table_row(t);
		table_set(t, r, 0, "%s", p->e->name);
		if (!p->ran) {
			table_set(t, r, 1, "%s", p->note);
		} else {
			table_set(t, r, 1, "%s", p->reads_host_file ? "read it" : "cannot read it");
			table_set(t, r, 2, "%s", p->sees_host_process ? "sees vmbench" : "does not see vmbench");
			table_set(t, r, 3, "%s%s", p->kernel, host_kernel(s, p) ? " (the host's)" : "");
			table_set(t, r, 4, "%s", p->machine);
		}
		table_set(t, r, 5, "`%s`", p->cmd);
	}
}
