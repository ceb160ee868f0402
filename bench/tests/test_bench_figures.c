/*
 * Unit tests of the derived figures and what shows them: percentages of
 * native (figures.c), the seed's tables (seed.c), the SVG charts (svg.c) and
 * the /proc parsers of the density test (density.c). A hand-made session
 * with known medians stands in for a run.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "bench/density.h"
#include "bench/figures.h"
#include "bench/seed.h"
#include "bench/svg.h"

static const struct workload wls[] = {
	{ "hello", "Hello", "", G_JVM, K_STARTUP, { 0 }, { 0 }, NULL },
	{ "fib", "Fib", "", G_JVM, K_THROUGHPUT, { "1", "1", "1" }, { 3, 3, 3 }, NULL },
	{ "sieve", "Sieve", "", G_JVM, K_THROUGHPUT, { "2", "2", "2" }, { 3, 3, 3 }, NULL },
	{ "hello", "Hello", "", G_HV, K_STARTUP, { 0 }, { 0 }, NULL },
	{ "fib", "Fib", "", G_HV, K_THROUGHPUT, { "3", "3", "3" }, { 3, 3, 3 }, NULL },
};
static const struct engine engs[] = {
	{ .name = "native", .groups = G_ALL, .kinds = K_ALL, .reference = true },
	{ .name = "jvm", .groups = G_JVM, .kinds = K_ALL },
	{ .name = "hv", .groups = G_HV, .kinds = K_ALL, .console = true, .guest_ram_mb = 256 },
	{ .name = "hotspot", .groups = G_JVM, .kinds = K_ALL },
};
#define NW (int)(sizeof wls / sizeof wls[0])
#define NE (int)(sizeof engs / sizeof engs[0])

/* Three runs around the given medians (x0.9, x1, x1.1). */
static void fill(struct session *s, int w, int e, double wall, double cold, double warm,
		 double peak, double boot, double rss_kb)
{
	static const double k[] = { 0.9, 1.0, 1.1 };
	struct cell *c = session_cell(s, w, e);
	c->w = s->w[w];
	c->e = s->e[e];
	c->state = CELL_OK;
	c->n = 3;
	for (int i = 0; i < 3; i++) {
		c->wall[i] = wall * k[i];
		c->cold[i] = cold * k[i];
		c->warm[i] = warm * k[i];
		c->peak[i] = peak * k[i];
		c->boot[i] = boot * k[i];
		c->rss_kb[i] = rss_kb;
	}
}

static struct session *fake(void)
{
	struct session *s = calloc(1, sizeof *s);
	s->nw = NW;
	s->ne = NE;
	s->runs = 3;
	s->tier = TIER_QUICK;
	s->no_density = true;
	for (int i = 0; i < NW; i++)
		s->w[i] = &wls[i];
	for (int i = 0; i < NE; i++)
		s->e[i] = &engs[i];
	s->cells = calloc(NW * NE, sizeof *s->cells);
	for (int w = 0; w < NW; w++)
		for (int e = 0; e < NE; e++) {
			session_cell(s, w, e)->state = engine_runs(&engs[e], &wls[w]) ? CELL_PENDING
										   : CELL_UNUSED;
			session_cell(s, w, e)->w = &wls[w];
			session_cell(s, w, e)->e = &engs[e];
		}
	/* start-up: wall, boot, RSS */
	fill(s, 0, 0, 0.001, NAN, NAN, NAN, NAN, 1024);
	fill(s, 0, 1, 0.02, NAN, NAN, NAN, NAN, 3 * 1024);
	fill(s, 0, 3, 0.1, NAN, NAN, NAN, NAN, 40 * 1024);
	fill(s, 3, 0, 0.001, NAN, NAN, NAN, NAN, 1024);
	fill(s, 3, 2, 0.9, NAN, NAN, NAN, 0.7, 36 * 1024);
	/* fib (process sizes): native warm 1; jvm cold 8, warm 4, peak 3 */
	fill(s, 1, 0, 3.2, 1.1, 1.0, 0.95, NAN, 1024);
	fill(s, 1, 1, 20, 8, 4, 3, NAN, 4096);
	fill(s, 1, 3, 2, 2, 0.5, 0.4, NAN, 40960);
	/* sieve: jvm as fast as native */
	fill(s, 2, 0, 3, 1, 1, 1, NAN, 1024);
	fill(s, 2, 1, 3, 1, 1, 1, NAN, 4096);
	session_cell(s, 2, 3)->state = CELL_WRONG; /* HotSpot printed a wrong checksum */
	/* fib (system sizes): native warm 0.5, hv warm 25 */
	fill(s, 4, 0, 1.6, 0.5, 0.5, 0.5, NAN, 1024);
	fill(s, 4, 2, 80, 26, 25, 24, 0.7, 40960);
	return s;
}

static void drop(struct session *s)
{
	free(s->cells);
	free(s);
}

static void figures_percent_of_native(void **state)
{
	(void)state;
	struct session *s = fake();
	bool by_wall;
	/* every phase against native's steady state */
	assert_true(fabs(pct_native(s, 1, 1, M_WARM, &by_wall) - 25) < 1e-9);
	assert_false(by_wall);
	assert_true(fabs(pct_native(s, 1, 1, M_COLD, NULL) - 12.5) < 1e-9);
	assert_true(fabs(pct_native(s, 1, 1, M_PEAK, NULL) - 100.0 / 3) < 1e-9);
	assert_true(fabs(pct_native(s, 1, 3, M_WARM, NULL) - 200) < 1e-9); /* faster */
	assert_true(fabs(pct_native(s, 4, 2, M_WARM, NULL) - 2) < 1e-9);
	/* a wrong cell has no figure */
	assert_true(isnan(pct_native(s, 2, 3, M_WARM, NULL)));
	/* geometric mean of 25% and 100% is 50% */
	int n;
	assert_true(fabs(pct_geomean(s, 1, M_WARM, NULL, &n) - 50) < 1e-9);
	assert_int_equal(n, 2);
	const char *only_fib[] = { "fib", NULL };
	assert_true(fabs(pct_geomean(s, 1, M_WARM, only_fib, &n) - 25) < 1e-9);
	assert_int_equal(n, 1);
	/* hv runs only the system-VM rows */
	assert_int_equal(row_of(s, "fib", K_THROUGHPUT, 2), 4);
	assert_true(fabs(startup_median(s, 2, M_BOOT) - 0.7) < 1e-9);
	assert_true(fabs(startup_median(s, 1, M_WALL) - 0.02) < 1e-9);
	/* an engine without iteration times is compared by wall time */
	struct cell *c = session_cell(s, 1, 3);
	for (int i = 0; i < 3; i++)
		c->warm[i] = NAN;
	assert_true(fabs(pct_native(s, 1, 3, M_WARM, &by_wall) - 160) < 1e-9);
	assert_true(by_wall);
	drop(s);
}

static char *render(void (*fn)(FILE *, const struct session *), const struct session *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	fn(f, s);
	fclose(f);
	return buf;
}

static void seed_tables_show_claims_beside_figures(void **state)
{
	(void)state;
	char buf[32];
	assert_string_equal(fmt_pct(buf, sizeof buf, 123.4), "123%");
	assert_string_equal(fmt_pct(buf, sizeof buf, 45.61), "45.6%");
	assert_string_equal(fmt_pct(buf, sizeof buf, 4.561), "4.56%");
	assert_string_equal(fmt_pct(buf, sizeof buf, 0.4561), "0.456%");
	assert_string_equal(fmt_pct(buf, sizeof buf, NAN), "n/a");

	struct session *s = fake();
	struct table t;
	speed_table(&t, s, M_WARM);
	/* columns: workload, sizes, jvm, hv, hotspot (native is the baseline) */
	assert_int_equal(t.ncols, 5);
	assert_string_equal(t.head[2], "jvm");
	assert_string_equal(t.cell[0][0], "fib");
	assert_string_equal(t.cell[0][1], "1 / 3");
	assert_string_equal(t.cell[0][2], "25.0%");
	assert_string_equal(t.cell[0][3], "2.00%");
	assert_string_equal(t.cell[0][4], "200%");
	assert_string_equal(t.cell[1][4], "WRONG");
	assert_string_equal(t.cell[2][0], "geometric mean");
	assert_string_equal(t.cell[2][2], "50.0%");
	table_free(&t);

	char *md = render(seed_markdown, s);
	/* part 3: the claims and the figures on one line */
	assert_non_null(strstr(md, "| Performance (steady state, % of native) | 80-95% "));
	assert_non_null(strstr(md, "| 50.0% "));
	assert_non_null(strstr(md, "| 95-98% "));
	assert_non_null(strstr(md, "| 2.00% "));
	assert_non_null(strstr(md, "| 1-2 sec "));
	assert_non_null(strstr(md, "| 20.0 ms ")); /* jvm's start-up */
	assert_non_null(strstr(md, "| 700 ms "));  /* hv: boot to first userspace line */
	/* part 1C: phases as % of native, with what they mean in time */
	/* jvm cold: fib 12.5%, sieve 100%: geometric mean 35.4% */
	assert_non_null(strstr(md, "35.4% (2.83x slower)"));
	/* part 2C: hv's CPU row (fib) */
	assert_non_null(strstr(md, "2.00% (50.0x slower)"));
	/* what this bench cannot measure says so */
	assert_non_null(strstr(md, "| Isolation "));
	assert_non_null(strstr(md, "not measured"));
	assert_non_null(strstr(md, "## I/O: emulation vs virtio\n\nNot run in this session"));
	free(md);
	drop(s);
}

static int count(const char *s, const char *what)
{
	int n = 0;
	for (; (s = strstr(s, what)); s++)
		n++;
	return n;
}

static void svg_charts(void **state)
{
	(void)state;
	assert_true(fabs(log_scale(1, 0.1, 100, 0, 300) - 100) < 1e-9);
	assert_true(fabs(log_scale(100, 0.1, 100, 0, 300) - 300) < 1e-9);
	assert_true(fabs(log_scale(0.001, 0.1, 100, 0, 300)) < 1e-9); /* clamped */
	assert_true(fabs(log_scale(NAN, 0.1, 100, 0, 300)) < 1e-9);
	assert_true(fabs(log_scale(1e9, 0.1, 100, 0, 300) - 300) < 1e-9);
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	svg_escape(f, "a<b & \"c\">");
	fclose(f);
	assert_string_equal(buf, "a&lt;b &amp; &quot;c&quot;&gt;");
	free(buf);

	/* labels: moved down past those in the way, and the search ends even
	 * where y + 13 - y is not exactly 13 (it hung on such values) */
	double lx[] = { 100, 100, 500 }, ly[] = { 0.1, 13.2, 0.1 };
	assert_true(fabs(label_y(lx, ly, 3, 100, 0.1) - 27.2) < 1e-9);
	assert_true(label_y(lx, ly, 3, 300, 0.1) == 0.1); /* nothing in the way */
	double one_x[] = { 10 }, one_y[] = { 26.3 }; /* 26.3 + 13 - 26.3 < 13 */
	assert_true(fabs(label_y(one_x, one_y, 1, 10, 26.3) - 40.3) < 1e-9);
	double same_x[8], same_y[8];
	for (int i = 0; i < 8; i++)
		same_x[i] = 10, same_y[i] = 0.1 + 13.0 * i;
	double y = label_y(same_x, same_y, 8, 10, 0.1);
	assert_true(y >= same_y[7] + 13);

	struct session *s = fake();
	char *svg = render(svg_speed, s);
	assert_true(strncmp(svg, "<?xml", 5) == 0);
	assert_non_null(strstr(svg, "</svg>\n"));
	/* jvm: fib, sieve, mean; hv: fib, mean; hotspot: fib, mean */
	assert_int_equal(count(svg, "class=\"bar\""), 7);
	assert_non_null(strstr(svg, "<title>jvm on fib: 25% of native</title>"));
	free(svg);
	svg = render(svg_startup_memory, s);
	/* native, jvm, hv and hotspot have start-up figures */
	assert_int_equal(count(svg, "class=\"point\""), 4);
	assert_non_null(strstr(svg, "<title>hv: 0.7 s, 36 MiB</title>"));
	assert_int_equal(count(svg, "class=\"claim\""), 2);
	free(svg);
	drop(s);
}

static void density_parsers(void **state)
{
	(void)state;
	char path[] = "/tmp/vmbench-smaps-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	const char *text = "55d0-55d1 r--p 00000000 08:01 123 /usr/bin/hv\n"
			   "Size:                  4 kB\nRss:                   4 kB\n"
			   "Pss:                   2 kB\n"
			   "7fbb3640-7fbb4640 rw-p 00000000 00:00 0\n"
			   "Size:             262144 kB\nKernelPageSize:        4 kB\n"
			   "Rss:               23008 kB\nPss:               23008 kB\n";
	assert_int_equal(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
	assert_true(smaps_mapping_rss(path, 262144) == 23008);
	assert_true(smaps_mapping_rss(path, 131072) == -1);
	assert_true(proc_kb(path, "Pss") == 2); /* the first one */
	assert_true(proc_kb(path, "Swap") == -1);
	unlink(path);
	/* the real thing: this process has some PSS */
	assert_true(proc_kb("/proc/self/smaps_rollup", "Pss") > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(figures_percent_of_native),
		cmocka_unit_test(seed_tables_show_claims_beside_figures),
		cmocka_unit_test(svg_charts),
		cmocka_unit_test(density_parsers),
	};
	return cmocka_run_group_tests_name("bench_figures", tests, NULL, NULL);
}
