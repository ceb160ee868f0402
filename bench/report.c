/*
 * Formatting figures, and the three outputs of a session: the terminal
 * summary, results.md (every figure beside the command that produced it, the
 * machine at the top) and runs.tsv (every run, for later analysis).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench/figures.h"
#include "bench/report.h"
#include "bench/seed.h"

static char *sig3(char *buf, size_t n, double v, const char *unit)
{
	const char *f = v < 9.995 ? "%.2f %s" : v < 99.95 ? "%.1f %s" : "%.0f %s";
	snprintf(buf, n, f, v, unit);
	return buf;
}

char *fmt_time(char *buf, size_t n, double s)
{
	if (!isfinite(s) || s < 0)
		snprintf(buf, n, "n/a");
	else if (s * 1e3 < 0.9995)
		snprintf(buf, n, "%.0f us", s * 1e6);
	else if (s < 0.9995)
		sig3(buf, n, s * 1e3, "ms");
	else
		sig3(buf, n, s, "s");
	return buf;
}

char *fmt_rss(char *buf, size_t n, double kib)
{
	if (!isfinite(kib) || kib < 0)
		snprintf(buf, n, "n/a");
	else if (kib < 999.5)
		snprintf(buf, n, "%.0f KiB", kib);
	else if (kib / 1024 < 999.5)
		sig3(buf, n, kib / 1024, "MiB");
	else
		sig3(buf, n, kib / (1024 * 1024), "GiB");
	return buf;
}

char *fmt_ratio(char *buf, size_t n, double r)
{
	if (!isfinite(r))
		snprintf(buf, n, "n/a");
	else
		snprintf(buf, n, r < 0.0995 ? "%.3fx" : "%.2fx", r);
	return buf;
}

char *fmt_summary(char *buf, size_t n, const struct summary *s, bool rss)
{
	char a[32], b[32], c[32];
	char *(*fmt)(char *, size_t, double) = rss ? fmt_rss : fmt_time;
	if (s->n < 2)
		snprintf(buf, n, "%s", fmt(a, sizeof a, s->median));
	else
		snprintf(buf, n, "%s (%s–%s)", fmt(a, sizeof a, s->median),
			 fmt(b, sizeof b, s->min), fmt(c, sizeof c, s->max));
	return buf;
}

static bool shell_safe(const char *w)
{
	return *w && strspn(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			       "0123456789_-+./:=,@%") == strlen(w);
}

char *shell_join(char *buf, size_t n, char *const argv[])
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; argv[i] && len + 1 < n; i++) {
		const char *w = argv[i];
		if (i)
			buf[len++] = ' ';
		if (shell_safe(w)) {
			len += snprintf(buf + len, n - len, "%s", w);
		} else {
			buf[len++] = '\'';
			for (; *w && len + 5 < n; w++)
				if (*w == '\'')
					len += snprintf(buf + len, n - len, "'\\''");
				else
					buf[len++] = *w;
			buf[len++] = '\'';
		}
		buf[len < n ? len : n - 1] = '\0';
	}
	return buf;
}

void cell_summary(const struct cell *c, enum metric m, struct summary *s)
{
	double v[MAX_RUNS];
	int k = 0;
	for (int i = 0; c->state == CELL_OK && i < c->n; i++)
		if (!isnan(cell_value(c, m, i)))
			v[k++] = cell_value(c, m, i);
	summarize(v, k, s);
}

const char *cell_text(char *buf, size_t n, const struct cell *c, enum metric m,
		      bool range)
{
	struct summary s;
	switch (c->state) {
	case CELL_OK:
		cell_summary(c, m, &s);
		if (range) {
			fmt_summary(buf, n, &s, m == M_RSS);
		} else if (m == M_RSS) {
			fmt_rss(buf, n, s.median);
		} else {
			fmt_time(buf, n, s.median);
		}
		if (m != M_RSS && spread_is_wide(&s))
			strncat(buf, " !", n - strlen(buf) - 1);
		return buf;
	case CELL_PENDING: return "…";
	case CELL_WRONG: return "WRONG";
	case CELL_FAILED: return "failed";
	case CELL_TIMEOUT: return "timeout";
	case CELL_ABSENT: return "absent";
	case CELL_NOREF: return "unverified";
	case CELL_UNUSED: return "";
	}
	return "?";
}

/* ---- comparisons ------------------------------------------------------ */

/* Whether comparison k can be shown in this session at all. */
static bool comparison_present(const struct session *s, const struct comparison *k)
{
	return engine_index(s, k->num) >= 0 && engine_index(s, k->den) >= 0;
}

/* The ratio of comparison k on workload wi; NAN if not measured.
 * Returns false when k does not apply to that workload. */
static bool comparison_ratio(const struct session *s, const struct comparison *k,
			     int wi, double *r)
{
	if (!(s->w[wi]->kind & k->kinds) || !comparison_present(s, k))
		return false;
	const struct cell *a = session_cell(s, wi, engine_index(s, k->num));
	const struct cell *b = session_cell(s, wi, engine_index(s, k->den));
	if (a->state == CELL_UNUSED || b->state == CELL_UNUSED)
		return false;
	struct summary x, y;
	cell_summary(a, k->metric, &x);
	cell_summary(b, k->metric, &y);
	*r = ratio(x.median, y.median);
	return true;
}

static const char *verdict(double r, double target)
{
	if (isnan(target))
		return "(info)";
	return isnan(r) ? "n/a" : r <= target ? "met" : "MISSED";
}

static void comparison_head(char *buf, size_t n, const struct comparison *k)
{
	snprintf(buf, n, "%s/%s%s", k->num, k->den,
		 k->metric == M_RSS ? " RSS" : k->metric == M_CPU ? " CPU" : "");
}

/* ---- the main tables -------------------------------------------------- */

/* Rows: workloads; columns: size, each engine, then each comparison's ratio
 * with its verdict. range: show min–max (results.md) or medians only. */
static void main_table(struct table *t, const struct session *s, enum metric m,
		       bool range)
{
	char buf[160];
	table_init(t);
	table_col(t, "workload", false);
	table_col(t, "VMs", false);
	table_col(t, "size", true);
	for (int e = 0; e < s->ne; e++)
		table_col(t, s->e[e]->name, true);
	int kcol[16] = { 0 };
	for (int k = 0; k < ncomparisons && k < 16; k++) {
		kcol[k] = -1;
		if (comparisons[k].metric == m && comparison_present(s, &comparisons[k])) {
			comparison_head(buf, sizeof buf, &comparisons[k]);
			kcol[k] = table_col(t, buf, true);
		}
	}
	for (int w = 0; w < s->nw; w++) {
		int row = table_row(t);
		table_set(t, row, 0, "%s", s->w[w]->name);
		table_set(t, row, 1, "%s", s->w[w]->groups & G_JVM ? "process" : "system");
		table_set(t, row, 2, "%s", s->w[w]->size[s->tier] ? s->w[w]->size[s->tier] : "");
		for (int e = 0; e < s->ne; e++)
			table_set(t, row, 3 + e, "%s",
				  cell_text(buf, sizeof buf, session_cell(s, w, e), m, range));
		for (int k = 0; k < ncomparisons && k < 16; k++) {
			double r;
			if (kcol[k] < 0 || !comparison_ratio(s, &comparisons[k], w, &r))
				continue;
			char rb[32];
			if (isnan(r))
				table_set(t, row, kcol[k], "n/a");
			else if (isnan(comparisons[k].target))
				table_set(t, row, kcol[k], "%s", fmt_ratio(rb, sizeof rb, r));
			else
				table_set(t, row, kcol[k], "%s %s", fmt_ratio(rb, sizeof rb, r),
					  verdict(r, comparisons[k].target));
		}
	}
}

static void count_verdicts(const struct session *s, int *met, int *missed, int *na)
{
	*met = *missed = *na = 0;
	for (int k = 0; k < ncomparisons; k++)
		for (int w = 0; w < s->nw; w++) {
			double r;
			if (isnan(comparisons[k].target) ||
			    !comparison_ratio(s, &comparisons[k], w, &r))
				continue;
			if (isnan(r))
				++*na;
			else if (r <= comparisons[k].target)
				++*met;
			else
				++*missed;
		}
}

static int first_absent(const struct session *s)
{
	for (int e = 0; e < s->ne; e++)
		if (s->absent[e][0])
			return e;
	return -1;
}

/* Cells without a figure, and how many figures are unsteady. */
static void terminal_problems(FILE *f, const struct session *s)
{
	int wide = 0, bad = 0;
	char buf[32];
	for (int w = 0; w < s->nw; w++)
		for (int e = 0; e < s->ne; e++) {
			const struct cell *c = session_cell(s, w, e);
			struct summary x;
			cell_summary(c, M_WALL, &x);
			wide += c->state == CELL_OK && spread_is_wide(&x);
			if (c->state == CELL_OK || c->state == CELL_UNUSED || c->state == CELL_ABSENT)
				continue;
			if (!bad++)
				fprintf(f, "\nNo figure for:\n");
			fprintf(f, "  %s on %s: %s%s%s\n", c->w->name, c->e->name,
				cell_text(buf, sizeof buf, c, M_WALL, false),
				c->note[0] ? ": " : "", c->note);
		}
	if (wide)
		fprintf(f, "\n%d wall-time figure%s with a spread over %.0f%%: a busy machine? "
			   "More --runs may help.\n", wide, wide == 1 ? "" : "s", SPREAD_WARN * 100);
}

void report_terminal(FILE *f, const struct session *s)
{
	seed_terminal(f, s);
	for (int e = 0; e < s->ne; e++)
		if (s->absent[e][0])
			fprintf(f, "%s%s (%s)", e == first_absent(s) ? "\nAbsent: " : "; ",
				s->e[e]->name, s->absent[e]);
	if (first_absent(s) >= 0)
		fprintf(f, "\n");
	int met, missed, na;
	count_verdicts(s, &met, &missed, &na);
	fprintf(f, "\nTargets: %d met, %d missed, %d not measured.\n", met, missed, na);
	for (int k = 0; k < ncomparisons; k++)
		if (!isnan(comparisons[k].target))
			fprintf(f, "  %s <= %.2fx\n", comparisons[k].label,
				comparisons[k].target);
	terminal_problems(f, s);
	fprintf(f, "\nCommands (in %s):\n", s->root);
	for (int e = 0; e < s->ne; e++) {
		char buf[1024];
		fprintf(f, "  %-12s %s%s\n", s->e[e]->name,
			engine_pattern(s->e[e], &s->paths, buf, sizeof buf),
			s->absent[e][0] ? "  (absent)" : "");
	}
}

/* ---- results.md ------------------------------------------------------- */

static void md_header(FILE *f, const struct session *s)
{
	const struct machine *m = &s->machine;
	fprintf(f, "# vmbench results, %s\n\n", m->date);
	fprintf(f, "- Command: `%s` (run in `%s`)\n", s->cmdline, s->root);
	fprintf(f, "- Machine: %s, %d logical CPUs, %.1f GiB RAM; %s\n", m->cpu, m->ncpus,
		m->mem_kb / 1048576.0, m->kernel);
	fprintf(f, "- Native builds: %s\n", m->cc);
	fprintf(f, "- riscv64 builds (qemu-user, guests): %s -static, same flags\n",
		m->rvcc[0] ? m->rvcc : "absent");
	fprintf(f, "- HotSpot: %s; %s; CDS %s\n", m->java[0] ? m->java : "absent",
		m->java_vm, m->cds ? "on (\"sharing\")" : "OFF");
	fprintf(f, "- jvm: `%s`: %s\n", s->paths.jvm, m->jvm[0] ? m->jvm : "absent");
	fprintf(f, "- hv: `%s`; QEMU: %s\n", s->paths.hv, m->qemu[0] ? m->qemu : "absent");
	if (s->paths.kernel)
		fprintf(f, "- Guest: kernel `%s`, initramfs `%s` (hv's busybox initramfs with "
			   "bench/guest's /bench appended), 256 MiB RAM, booted with `quiet "
			   "rdinit=/bench/init`\n", s->paths.kernel, s->paths.initrd);
	else
		fprintf(f, "- Guest: absent (%s)\n", s->paths.guest_why ? s->paths.guest_why
									 : "no system VM selected");
	fprintf(f, "- Commit: %s\n", m->commit[0] ? m->commit : "unknown");
	fprintf(f, "- Method: %d timed run%s per cell after %d warm-up run%s, engines "
		   "interleaved run by run; median (min–max); wall time from fork to "
		   "reap (CLOCK_MONOTONIC), CPU times and peak RSS from wait4(). Every "
		   "run's stdout is compared with the native build's: a wrong or failed "
		   "run is never timed. Workloads time each of their iterations "
		   "themselves (CLOCK_MONOTONIC; inside a guest, the guest's clock, which "
		   "hv and QEMU drive from the host's). `!` marks a spread "
		   "(max-min)/median above %.0f%%. Sizes: %s.\n\n",
		s->runs, s->runs == 1 ? "" : "s", s->warmup, s->warmup == 1 ? "" : "s",
		SPREAD_WARN * 100,
		s->tier == TIER_TINY ? "tiny" : s->tier == TIER_QUICK ? "quick" : "full");
}

static void md_engines(FILE *f, const struct session *s)
{
	struct table t;
	table_init(&t);
	table_col(&t, "engine", false);
	table_col(&t, "what", false);
	table_col(&t, "command", false);
	table_col(&t, "status", false);
	for (int e = 0; e < s->ne; e++) {
		char tmpl[256];
		engine_pattern(s->e[e], &s->paths, tmpl, sizeof tmpl);
		int row = table_row(&t);
		table_set(&t, row, 0, "%s", s->e[e]->name);
		table_set(&t, row, 1, "%s", s->e[e]->label);
		table_set(&t, row, 2, "`%s`", tmpl);
		table_set(&t, row, 3, "%s", s->absent[e][0] ? s->absent[e] : "present");
	}
	fprintf(f, "## Engines\n\n");
	table_markdown(f, &t);
	table_free(&t);
}

static void md_targets(FILE *f, const struct session *s)
{
	struct table t;
	char a[32], b[32];
	table_init(&t);
	table_col(&t, "comparison", false);
	table_col(&t, "workload", false);
	table_col(&t, "ratio of medians", true);
	table_col(&t, "target", true);
	table_col(&t, "verdict", false);
	for (int k = 0; k < ncomparisons; k++)
		for (int w = 0; w < s->nw; w++) {
			double r;
			if (!comparison_ratio(s, &comparisons[k], w, &r))
				continue;
			int row = table_row(&t);
			table_set(&t, row, 0, "%s", comparisons[k].label);
			table_set(&t, row, 1, "%s", s->w[w]->name);
			table_set(&t, row, 2, "%s", fmt_ratio(a, sizeof a, r));
			if (!isnan(comparisons[k].target))
				table_set(&t, row, 3, "<= %s",
					  fmt_ratio(b, sizeof b, comparisons[k].target));
			table_set(&t, row, 4, "%s", verdict(r, comparisons[k].target));
		}
	fprintf(f, "## Targets\n\n");
	if (t.nrows)
		table_markdown(f, &t);
	else
		fprintf(f, "No comparison had both of its engines in this run.\n");
	table_free(&t);
}

static void md_warnings(FILE *f, const struct session *s)
{
	int n = 0;
	char a[32], b[32];
	fprintf(f, "## Warnings\n\n");
	for (int w = 0; w < s->nw; w++)
		for (int e = 0; e < s->ne; e++) {
			const struct cell *c = session_cell(s, w, e);
			struct summary x;
			cell_summary(c, M_WALL, &x);
			if (c->state == CELL_OK && spread_is_wide(&x)) {
				fprintf(f, "- %s on %s: wide spread, %.0f%% (%s to %s)\n",
					c->w->name, c->e->name, spread(&x) * 100,
					fmt_time(a, sizeof a, x.min), fmt_time(b, sizeof b, x.max));
				n++;
			} else if (c->state != CELL_OK && c->state != CELL_UNUSED &&
				   c->state != CELL_ABSENT) {
				fprintf(f, "- %s on %s: %s%s%s\n", c->w->name, c->e->name,
					cell_text(a, sizeof a, c, M_WALL, false),
					c->note[0] ? ": " : "", c->note);
				n++;
			}
		}
	if (!n)
		fprintf(f, "None.\n");
	fprintf(f, "\n");
}

static void md_commands(FILE *f, const struct session *s)
{
	struct table t;
	char a[96], b[32], c[32], d[96];
	table_init(&t);
	table_col(&t, "workload", false);
	table_col(&t, "engine", false);
	table_col(&t, "command", false);
	table_col(&t, "wall", true);
	table_col(&t, "user", true);
	table_col(&t, "sys", true);
	table_col(&t, "peak RSS", true);
	table_col(&t, "runs", true);
	for (int w = 0; w < s->nw; w++)
		for (int e = 0; e < s->ne; e++) {
			const struct cell *x = session_cell(s, w, e);
			if (x->state == CELL_UNUSED || x->state == CELL_ABSENT)
				continue;
			struct summary u, y;
			summarize(x->user, x->state == CELL_OK ? x->n : 0, &u);
			summarize(x->sys, x->state == CELL_OK ? x->n : 0, &y);
			int row = table_row(&t);
			table_set(&t, row, 0, "%s", x->w->name);
			table_set(&t, row, 1, "%s", x->e->name);
			table_set(&t, row, 2, "`%s`", x->cmd);
			table_set(&t, row, 3, "%s", cell_text(a, sizeof a, x, M_WALL, true));
			if (x->state != CELL_OK)
				continue;
			table_set(&t, row, 4, "%s", fmt_time(b, sizeof b, u.median));
			table_set(&t, row, 5, "%s", fmt_time(c, sizeof c, y.median));
			table_set(&t, row, 6, "%s", cell_text(d, sizeof d, x, M_RSS, true));
			table_set(&t, row, 7, "%d", x->n);
		}
	fprintf(f, "## Every figure with its command\n\n"
		   "Commands run in `%s`; user and sys are medians.\n\n", s->root);
	table_markdown(f, &t);
	table_free(&t);
}

void report_markdown(FILE *f, const struct session *s)
{
	struct table t;
	md_header(f, s);
	md_engines(f, s);
	fprintf(f, "\n");
	seed_markdown(f, s);
	fprintf(f, "## Wall time\n\nWhole processes: VM start-up and every iteration; for "
		   "the system VMs, boot to power-off.\n\n");
	main_table(&t, s, M_WALL, true);
	table_markdown(f, &t);
	table_free(&t);
	fprintf(f, "\n## CPU time (user+sys)\n\n"
		   "Steadier than wall time when other jobs share the machine; HotSpot's JIT "
		   "and GC threads count here too.\n\n");
	main_table(&t, s, M_CPU, true);
	table_markdown(f, &t);
	table_free(&t);
	fprintf(f, "\n## Peak RSS\n\nFrom wait4(); for the system VMs it includes the guest "
		   "RAM the guest touched.\n\n");
	main_table(&t, s, M_RSS, true);
	table_markdown(f, &t);
	table_free(&t);
	fprintf(f, "\n");
	md_targets(f, s);
	fprintf(f, "\n");
	md_warnings(f, s);
	md_commands(f, s);
}

/* ---- runs.tsv --------------------------------------------------------- */

static const char *state_name(enum cell_state st)
{
	static const char *names[] = { "pending", "ok", "wrong", "failed", "timeout",
				       "absent", "noref", "unused" };
	return (unsigned)st < sizeof names / sizeof names[0] ? names[st] : "?";
}

void report_tsv(FILE *f, const struct session *s)
{
	fprintf(f, "workload\tengine\tsize\trun\twall_s\tuser_s\tsys_s\tmaxrss_kib\tstate\tcommand"
		   "\tboot_s\tcold_s\twarm_s\tpeak_s\tgroup\n");
	for (int w = 0; w < s->nw; w++)
		for (int e = 0; e < s->ne; e++) {
			const struct cell *c = session_cell(s, w, e);
			const char *size = c->w->size[s->tier] ? c->w->size[s->tier] : "-";
			const char *group = c->w->groups & G_JVM ? "process" : "system";
			if (c->state == CELL_UNUSED)
				continue;
			if (c->state != CELL_OK || c->n == 0) {
				fprintf(f, "%s\t%s\t%s\t0\t\t\t\t\t%s\t%s\t\t\t\t\t%s\n", c->w->name,
					c->e->name, size, state_name(c->state), c->cmd, group);
				continue;
			}
			for (int r = 0; r < c->n; r++) {
				fprintf(f, "%s\t%s\t%s\t%d\t%.6f\t%.6f\t%.6f\t%.0f\t%s\t%s",
					c->w->name, c->e->name, size, r + 1, c->wall[r],
					c->user[r], c->sys[r], c->rss_kb[r],
					state_name(c->state), c->cmd);
				const double v[] = { c->boot[r], c->cold[r], c->warm[r], c->peak[r] };
				for (int k = 0; k < 4; k++)
					if (isnan(v[k]))
						fputs("\t", f);
					else
						fprintf(f, "\t%.6f", v[k]);
				fprintf(f, "\t%s\n", group);
			}
		}
}
