/*
 * Running a session: every workload, every engine, N times.
 *
 * Runs are interleaved: for each workload there are warm-up + N rounds, and
 * each round runs every engine once, so that drift on the machine (another
 * job starting, the CPU clocking down) hits all engines alike instead of
 * whichever happened to run last. The reference engine (native) goes first
 * in each round so its output is known before anyone else's is checked; the
 * others take turns at going first.
 *
 * An engine that fails or prints a wrong checksum is not run again on that
 * workload: its cell shows why, never a time.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench/output.h"
#include "bench/report.h"
#include "bench/runner.h"
#include "bench/schedule.h"

static void first_line(char *dst, size_t n, const char *s)
{
	while (*s == '\n')
		s++;
	snprintf(dst, n, "%.*s", (int)strcspn(s, "\n"), s);
}

/* The first two lines of s, joined: the second often says what the first
 * only announces ("Error occurred during initialization of VM"). */
static void two_lines(char *dst, size_t n, const char *s)
{
	first_line(dst, n, s);
	s += strspn(s, "\n");
	s += strcspn(s, "\n");
	s += strspn(s, "\n");
	if (*s) {
		size_t len = strlen(dst);
		snprintf(dst + len, n - len, " / %.*s", (int)strcspn(s, "\n"), s);
	}
}

/* Sets up the cells of workload wi: argv, command text, or why they are
 * not run. */
static void prepare(struct session *s, int wi)
{
	const struct workload *w = s->w[wi];
	for (int e = 0; e < s->ne; e++) {
		struct cell *c = session_cell(s, wi, e);
		c->w = w;
		c->e = s->e[e];
		if (!engine_runs(c->e, w) || engine_argv(c->e, w, s->tier, &s->paths, c->argv) < 0)
			c->state = CELL_UNUSED;
		else if (s->absent[e][0])
			c->state = CELL_ABSENT;
		else
			c->state = CELL_PENDING;
		if (c->argv[0])
			shell_join(c->cmd, sizeof c->cmd, c->argv);
	}
}

/* The last non-empty line of s, without its "\r". */
static void last_line(char *dst, size_t n, const char *s)
{
	const char *best = "";
	size_t best_len = 0;
	while (s && *s) {
		size_t len = strcspn(s, "\n"), l = len;
		while (l > 0 && s[l - 1] == '\r')
			l--;
		if (l > 0)
			best = s, best_len = l;
		s += len + (s[len] == '\n');
	}
	snprintf(dst, n, "%.*s", (int)(best_len < n ? best_len : n - 1), best);
}

static void failed(struct cell *c, const struct run_result *r)
{
	c->state = r->status == RUN_TIMEOUT ? CELL_TIMEOUT : CELL_FAILED;
	char last[120] = "";
	if (r->status == RUN_TIMEOUT) { /* what it was doing: its last words */
		last_line(last, sizeof last, r->err && r->err[strspn(r->err, "\r\n")] ? r->err
											   : r->out);
		snprintf(c->note, sizeof c->note, "killed after the time limit%s%s%s",
			 last[0] ? "; last line: \"" : "", last, last[0] ? "\"" : "");
	}
	else if (r->err && r->err[strspn(r->err, "\n")])
		two_lines(c->note, sizeof c->note, r->err);
	else if (r->status == RUN_SIGNAL)
		snprintf(c->note, sizeof c->note, "killed by signal %d", r->code);
	else
		snprintf(c->note, sizeof c->note, "exit status %d", r->code);
}

/* Runs c once and separates what it printed; false (c failed) when the
 * run or, for a guest, its console transcript is unusable. */
static bool run_parsed(struct session *s, struct cell *c, struct run_result *r,
		       struct parsed *p)
{
	if (c->e->console)
		run_marked(c->argv, s->timeout, "VMBENCH-START", r);
	else
		run_measured(c->argv, s->timeout, r);
	memset(p, 0, sizeof *p);
	if (r->status != RUN_OK) {
		failed(c, r);
		return false;
	}
	if (!c->e->console) {
		parse_process(r->out, r->err, p);
		return true;
	}
	if (parse_console(r->out, p) < 0) {
		c->state = CELL_FAILED;
		snprintf(c->note, sizeof c->note, "%s", p->error);
		return false;
	}
	if (p->status != 0) {
		c->state = CELL_FAILED;
		first_line(c->note, sizeof c->note, p->out);
		size_t len = strlen(c->note);
		snprintf(c->note + len, sizeof c->note - len, "%sexit status %d in the guest",
			 len ? " / " : "", p->status);
		return false;
	}
	return true;
}

static void record(struct cell *c, const struct run_result *r, const struct parsed *p)
{
	int i = c->n++;
	c->wall[i] = r->wall;
	c->user[i] = r->user;
	c->sys[i] = r->sys;
	c->rss_kb[i] = r->maxrss_kb;
	c->boot[i] = r->marker;
	iter_phases(p->iter, p->niters, &c->cold[i], &c->warm[i], &c->peak[i]);
}

/* One run of cell c; ref is the reference output (NULL: c is the reference,
 * and *ref_out receives its output the first time). */
static void run_once(struct session *s, struct cell *c, bool timed, const char *ref,
		     char **ref_out)
{
	struct run_result r;
	struct parsed p;
	if (!run_parsed(s, c, &r, &p)) {
		/* failed: the cell says why */
	} else if (!ref && !*ref_out) {
		*ref_out = strdup(p.out);
	} else if (strcmp(p.out, ref ? ref : *ref_out) != 0) {
		char got[100], want[100];
		first_line(got, sizeof got, p.out);
		first_line(want, sizeof want, ref ? ref : *ref_out);
		c->state = CELL_WRONG;
		snprintf(c->note, sizeof c->note, "printed \"%s\", expected \"%s\"", got, want);
	}
	if (c->state == CELL_PENDING && timed && c->n < MAX_RUNS)
		record(c, &r, &p);
	parsed_free(&p);
	run_result_free(&r);
}

static void progress(const struct session *s, int wi, int round, const char *engine)
{
	if (!isatty(2))
		return;
	fprintf(stderr, "\r\033[K[%d/%d] %s: round %d/%d, %s", wi + 1, s->nw, s->w[wi]->name,
		round + 1, s->warmup + s->runs, engine);
	fflush(stderr);
}

/* The line left on the terminal once a workload is done: per engine the
 * steady-state iteration time (throughput) or the whole run (start-up; for a
 * guest, boot to its first userspace line). */
static void summary_line(const struct session *s, int wi)
{
	const struct workload *w = s->w[wi];
	char buf[96];
	if (isatty(2))
		fprintf(stderr, "\r\033[K");
	fprintf(stderr, "[%d/%d] %s%s%s (%s, %s):", wi + 1, s->nw, w->name,
		w->size[s->tier] ? " " : "", w->size[s->tier] ? w->size[s->tier] : "",
		w->groups & G_JVM ? "process VMs" : w->groups & G_IO ? "I/O" : "system VMs",
		w->kind & K_THROUGHPUT ? "warm iteration" : "start-up");
	for (int e = 0; e < s->ne; e++) {
		const struct cell *c = session_cell(s, wi, e);
		enum metric m = w->kind & K_THROUGHPUT ? M_WARM : c->e->console ? M_BOOT : M_WALL;
		if (c->state == CELL_OK && c->n && isnan(c->warm[0]) && m == M_WARM)
			m = M_WALL; /* an engine without iteration times */
		if (c->state != CELL_UNUSED)
			fprintf(stderr, "  %s %s", c->e->name, cell_text(buf, sizeof buf, c, m, false));
	}
	fprintf(stderr, "\n");
}

static int reference_engine(const struct session *s)
{
	for (int e = 0; e < s->ne; e++)
		if (s->e[e]->reference)
			return e;
	return -1;
}

static void run_workload(struct session *s, int wi)
{
	int ref = reference_engine(s), others = s->ne - (ref >= 0);
	char *ref_out = NULL;
	prepare(s, wi);
	for (int round = 0; round < s->warmup + s->runs; round++) {
		bool timed = round >= s->warmup;
		if (ref >= 0) {
			struct cell *c = session_cell(s, wi, ref);
			if (c->state == CELL_PENDING) {
				progress(s, wi, round, c->e->name);
				run_once(s, c, timed, NULL, &ref_out);
			}
		}
		for (int k = 0; k < others; k++) {
			int e = (round + k) % others;
			e += ref >= 0 && e >= ref; /* skip over the reference */
			struct cell *c = session_cell(s, wi, e);
			if (c->state != CELL_PENDING)
				continue;
			if (!ref_out) {
				c->state = CELL_NOREF;
				snprintf(c->note, sizeof c->note, "no reference output to check against");
				continue;
			}
			progress(s, wi, round, c->e->name);
			run_once(s, c, timed, ref_out, NULL);
		}
	}
	for (int e = 0; e < s->ne; e++) {
		struct cell *c = session_cell(s, wi, e);
		if (c->state == CELL_PENDING)
			c->state = CELL_OK;
	}
	free(ref_out);
	summary_line(s, wi);
}

void session_run(struct session *s)
{
	s->cells = calloc((size_t)s->nw * s->ne, sizeof *s->cells);
	if (!s->cells)
		abort();
	for (int wi = 0; wi < s->nw; wi++)
		run_workload(s, wi);
}

void session_free(struct session *s)
{
	for (int i = 0; s->cells && i < s->nw * s->ne; i++)
		for (int j = 0; s->cells[i].argv[j]; j++)
			free(s->cells[i].argv[j]);
	free(s->cells);
	s->cells = NULL;
}
