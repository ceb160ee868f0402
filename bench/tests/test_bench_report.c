/* Unit tests of bench/report.c and table.c: how figures are written. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bench/report.h"

#define S(fn, x) fn(buf, sizeof buf, x)

static void report_times(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(S(fmt_time, 0.000512), "512 us");
	assert_string_equal(S(fmt_time, 0.0012345), "1.23 ms");
	assert_string_equal(S(fmt_time, 0.0123), "12.3 ms");
	assert_string_equal(S(fmt_time, 0.123), "123 ms");
	assert_string_equal(S(fmt_time, 0.9996), "1.00 s"); /* not "1000 ms" */
	assert_string_equal(S(fmt_time, 1.234), "1.23 s");
	assert_string_equal(S(fmt_time, 12.34), "12.3 s");
	assert_string_equal(S(fmt_time, 123.4), "123 s");
	assert_string_equal(S(fmt_time, NAN), "n/a");
}

static void report_sizes(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(S(fmt_rss, 512), "512 KiB");
	assert_string_equal(S(fmt_rss, 1536), "1.50 MiB");
	assert_string_equal(S(fmt_rss, 37478), "36.6 MiB");
	assert_string_equal(S(fmt_rss, 300 * 1024), "300 MiB");
	assert_string_equal(S(fmt_rss, 2.5 * 1024 * 1024), "2.50 GiB");
}

static void report_ratios(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(S(fmt_ratio, 0.05234), "0.052x");
	assert_string_equal(S(fmt_ratio, 1.274), "1.27x");
	assert_string_equal(S(fmt_ratio, NAN), "n/a");
}

static void report_summaries(void **state)
{
	(void)state;
	char buf[64];
	struct summary one = { 1, 2.0, 2.0, 2.0 }, three = { 3, 1.0, 0.9, 1.1 };
	assert_string_equal(fmt_summary(buf, sizeof buf, &one, false), "2.00 s");
	assert_string_equal(fmt_summary(buf, sizeof buf, &three, false),
			    "1.00 s (900 ms–1.10 s)");
	struct summary rss = { 2, 2048, 1024, 3072 };
	assert_string_equal(fmt_summary(buf, sizeof buf, &rss, true),
			    "2.00 MiB (1.00 MiB–3.00 MiB)");
}

static void report_shell_quoting(void **state)
{
	(void)state;
	char buf[128];
	char *plain[] = { "java", "-Xint", "-cp", "build/rel/bench/classes", "Fib", "30", NULL };
	assert_string_equal(shell_join(buf, sizeof buf, plain),
			    "java -Xint -cp build/rel/bench/classes Fib 30");
	char *odd[] = { "sh", "-c", "echo it's", "", NULL };
	assert_string_equal(shell_join(buf, sizeof buf, odd), "sh -c 'echo it'\\''s' ''");
	char small[8];
	shell_join(small, sizeof small, plain); /* truncates, stays terminated */
	assert_true(strlen(small) < sizeof small);
}

static void report_widths(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("1 s (2–3)"), 9); /* the en dash is one column */
	assert_int_equal(text_width(""), 0);
}

/* Renders a table into a string. */
static char *render(const struct table *t, bool md)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	if (md)
		table_markdown(f, t);
	else
		table_text(f, t);
	fclose(f);
	return s;
}

static void report_tables(void **state)
{
	(void)state;
	struct table t;
	table_init(&t);
	table_col(&t, "name", false);
	table_col(&t, "time", true);
	int r = table_row(&t);
	table_set(&t, r, 0, "fib");
	table_set(&t, r, 1, "%d ms", 12);
	r = table_row(&t);
	table_set(&t, r, 0, "spectralnorm");
	table_set(&t, r, 1, "1–2 s");
	char *md = render(&t, true), *txt = render(&t, false);
	assert_string_equal(md, "| name         |  time |\n"
				"| ------------ | ----: |\n"
				"| fib          | 12 ms |\n"
				"| spectralnorm | 1–2 s |\n");
	assert_string_equal(txt, "name           time\n"
				 "fib           12 ms\n"
				 "spectralnorm  1–2 s\n");
	free(md);
	free(txt);
	table_free(&t);
}

static void report_table_rows_bounded(void **state)
{
	(void)state;
	struct table t;
	table_init(&t);
	table_col(&t, "x", false);
	for (int i = 0; i < TABLE_ROWS; i++)
		assert_int_equal(table_row(&t), i);
	assert_int_equal(table_row(&t), -1);
	table_set(&t, -1, 0, "ignored"); /* must not write anywhere */
	table_free(&t);
}

static struct cell *make_cell(enum cell_state st, int n, const double *wall)
{
	struct cell *c = calloc(1, sizeof *c);
	c->state = st;
	c->n = n;
	for (int i = 0; i < n; i++) {
		c->wall[i] = wall[i];
		c->user[i] = wall[i] / 2;
		c->sys[i] = 0.25;
		c->rss_kb[i] = 1024;
	}
	return c;
}

static void report_cells(void **state)
{
	(void)state;
	char buf[64];
	double steady[] = { 1.0, 1.02, 0.99 }, noisy[] = { 1.0, 1.5, 0.9 };
	struct cell *c = make_cell(CELL_OK, 3, steady);
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, false), "1.00 s");
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, true),
			    "1.00 s (990 ms–1.02 s)");
	assert_string_equal(cell_text(buf, sizeof buf, c, M_RSS, false), "1.00 MiB");
	/* CPU time is user + sys, run by run: 0.5+0.25, 0.51+0.25, 0.495+0.25. */
	assert_string_equal(cell_text(buf, sizeof buf, c, M_CPU, true),
			    "750 ms (745 ms–760 ms)");
	free(c);
	c = make_cell(CELL_OK, 3, noisy);
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, false), "1.00 s !");
	/* A wrong cell never shows a figure, even with runs recorded. */
	c->state = CELL_WRONG;
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, true), "WRONG");
	struct summary s;
	cell_summary(c, M_WALL, &s);
	assert_int_equal(s.n, 0);
	c->state = CELL_FAILED;
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, false), "failed");
	c->state = CELL_ABSENT;
	assert_string_equal(cell_text(buf, sizeof buf, c, M_WALL, false), "absent");
	free(c);
}

static void report_engine_templates(void **state)
{
	(void)state;
	const struct engine *e = engine_find("hotspot-int");
	const struct workload *fib = workload_find("fib"), *hello = workload_find("hello");
	struct paths p = { .jvm = "bin/jvm", .java = "/usr/bin/java", .build = "b" };
	char *argv[MAX_ARGV], buf[256];
	assert_non_null(e);
	assert_non_null(fib);
	assert_int_equal(engine_argv(e, fib, TIER_QUICK, &p, argv), 7);
	shell_join(buf, sizeof buf, argv);
	char want[128];
	snprintf(want, sizeof want, "/usr/bin/java -Xint -cp b/classes Fib %s %d",
		 fib->size[TIER_QUICK], fib->iters[TIER_QUICK]);
	assert_string_equal(buf, want);
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	/* hello takes no size argument: the {size} word disappears. */
	assert_int_equal(engine_argv(engine_find("native"), hello, TIER_FULL, &p, argv), 1);
	assert_string_equal(argv[0], "b/native/hello");
	free(argv[0]);
	assert_string_equal(engine_pattern(e, &p, buf, sizeof buf),
			    "/usr/bin/java -Xint -cp b/classes <Class> <size> <iterations>");
	assert_string_equal(engine_pattern(engine_find("native"), &p, buf, sizeof buf),
			    "b/native/<name> <size> <iterations>");
}

/* A guest engine: placeholders inside a word ({job} in the kernel command
 * line), and absent with the reason when the guest is not built. */
static void report_guest_templates(void **state)
{
	(void)state;
	const struct engine *hv = engine_find("hv");
	struct paths p = { .jvm = "bin/jvm", .java = "java", .hv = "bin/hv", .build = "b",
			   .kernel = "/k/Image", .initrd = "b/guest/initrd.cpio" };
	const struct workload *fib = NULL;
	for (int i = 0; i < nworkloads; i++) /* the system-VM row of fib */
		if (strcmp(workloads[i].name, "fib") == 0 && workloads[i].groups == G_HV)
			fib = &workloads[i];
	assert_non_null(hv);
	assert_non_null(fib);
	assert_true(hv->console);
	char *argv[MAX_ARGV], buf[512], want[512];
	int n = engine_argv(hv, fib, TIER_QUICK, &p, argv);
	assert_int_equal(n, 9);
	snprintf(want, sizeof want, "console=ttyS0 quiet rdinit=/bench/init vmbench=fib:%s:%d",
		 fib->size[TIER_QUICK], fib->iters[TIER_QUICK]);
	assert_string_equal(argv[n - 1], want);
	assert_string_equal(argv[4], "/k/Image");
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	/* hello has neither size nor iterations: the job is the bare name */
	const struct workload *hello = NULL;
	for (int i = 0; i < nworkloads; i++)
		if (strcmp(workloads[i].name, "hello") == 0 && workloads[i].groups == G_HV)
			hello = &workloads[i];
	assert_non_null(hello);
	n = engine_argv(hv, hello, TIER_QUICK, &p, argv);
	assert_true(strstr(argv[n - 1], "vmbench=hello") != NULL);
	assert_string_equal(strstr(argv[n - 1], "vmbench="), "vmbench=hello");
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	/* the jvm engines do not run system-VM rows, and the reverse */
	assert_false(engine_runs(engine_find("jvm"), fib));
	assert_true(engine_runs(engine_find("native"), fib));
	assert_false(engine_runs(hv, workload_find("fib"))); /* the jvm row comes first */
	/* the idle command for the density test */
	assert_true(engine_idle_argv(hv, &p, argv) > 0);
	assert_string_equal(strstr(argv[8], "vmbench="), "vmbench=idle");
	for (int i = 0; argv[i]; i++)
		free(argv[i]);
	assert_int_equal(engine_idle_argv(engine_find("jvm-int"), &p, argv), -1);
	/* no VMM binary: absent, naming it */
	p.hv = "/nonexistent/hv";
	assert_string_equal(engine_absent(hv, &p, buf, sizeof buf), "/nonexistent/hv not found");
	/* no guest: absent, with what to do (the VMM itself is present: any
	 * executable stands for it, so that this test needs no built bin/hv) */
	p.hv = "/bin/sh";
	p.kernel = p.initrd = NULL;
	p.guest_why = "guest not built: run make hv-guest";
	const char *why = engine_absent(hv, &p, buf, sizeof buf);
	assert_non_null(why);
	assert_string_equal(why, "guest not built: run make hv-guest");
	assert_true(strstr(engine_pattern(hv, &p, buf, sizeof buf), "--kernel <kernel>") != NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(report_times),         cmocka_unit_test(report_sizes),
		cmocka_unit_test(report_ratios),        cmocka_unit_test(report_summaries),
		cmocka_unit_test(report_shell_quoting), cmocka_unit_test(report_widths),
		cmocka_unit_test(report_tables),        cmocka_unit_test(report_table_rows_bounded),
		cmocka_unit_test(report_cells),         cmocka_unit_test(report_engine_templates),
		cmocka_unit_test(report_guest_templates),
	};
	return cmocka_run_group_tests_name("bench_report", tests, NULL, NULL);
}
