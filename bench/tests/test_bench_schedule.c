/*
 * Unit tests of bench/schedule.c with stand-in engines (shell commands):
 * checksums are checked against the reference, wrong or failed cells carry
 * no figures, and engines take turns run by run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "bench/schedule.h"

static const struct workload wl = { "seven", NULL, "test", G_ALL, K_ALL, { "7", "7", "7" },
				    { 0, 0, 0 }, NULL };

static struct engine eng(const char *name, bool ref, const char *a0, const char *a1,
			 const char *a2)
{
	return (struct engine){ .name = name, .label = name, .groups = G_ALL, .kinds = K_ALL,
				.reference = ref, .argv = { a0, a1, a2, NULL } };
}

static void setup(struct session *s, const struct engine *e, int ne, int runs)
{
	memset(s, 0, sizeof *s);
	s->paths = (struct paths){ .jvm = "jvm", .java = "java", .hv = "hv", .build = "." };
	s->tier = TIER_TINY;
	s->runs = runs;
	s->timeout = 10;
	s->nw = 1;
	s->w[0] = &wl;
	s->ne = ne;
	for (int i = 0; i < ne; i++)
		s->e[i] = &e[i];
}

static void schedule_checks_output_against_reference(void **state)
{
	(void)state;
	struct engine e[4] = {
		eng("ref", true, "echo", "{size}", NULL),
		eng("good", false, "echo", "{size}", NULL),
		eng("liar", false, "echo", "8", NULL),
		eng("crash", false, "sh", "-c", "echo boom >&2; echo why >&2; echo more >&2; exit 3"),
	};
	struct session s;
	setup(&s, e, 4, 3);
	session_run(&s);
	assert_int_equal(session_cell(&s, 0, 0)->state, CELL_OK);
	assert_int_equal(session_cell(&s, 0, 0)->n, 3);
	assert_int_equal(session_cell(&s, 0, 1)->state, CELL_OK);
	assert_int_equal(session_cell(&s, 0, 1)->n, 3);
	assert_true(session_cell(&s, 0, 1)->wall[0] > 0);
	struct cell *liar = session_cell(&s, 0, 2), *crash = session_cell(&s, 0, 3);
	assert_int_equal(liar->state, CELL_WRONG);
	assert_int_equal(liar->n, 0); /* never timed */
	assert_string_equal(liar->note, "printed \"8\", expected \"7\"");
	assert_int_equal(crash->state, CELL_FAILED);
	assert_int_equal(crash->n, 0);
	assert_string_equal(crash->note, "boom / why");
	assert_string_equal(crash->cmd, "sh -c 'echo boom >&2; echo why >&2; echo more >&2; exit 3'");
	session_free(&s);
}

static void schedule_without_reference_verifies_nothing(void **state)
{
	(void)state;
	struct engine e[2] = {
		eng("ref", true, "false", NULL, NULL),
		eng("other", false, "echo", "{size}", NULL),
	};
	struct session s;
	setup(&s, e, 2, 2);
	session_run(&s);
	assert_int_equal(session_cell(&s, 0, 0)->state, CELL_FAILED);
	assert_string_equal(session_cell(&s, 0, 0)->note, "exit status 1");
	assert_int_equal(session_cell(&s, 0, 1)->state, CELL_NOREF);
	assert_int_equal(session_cell(&s, 0, 1)->n, 0);
	session_free(&s);
}

static void schedule_interleaves_engines(void **state)
{
	(void)state;
	char log[] = "/tmp/vmbench-test-XXXXXX";
	int fd = mkstemp(log);
	assert_true(fd >= 0);
	close(fd);
	char a[128], b[128], r[128];
	snprintf(r, sizeof r, "echo r >>%s; echo 7", log);
	snprintf(a, sizeof a, "echo a >>%s; echo 7", log);
	snprintf(b, sizeof b, "echo b >>%s; echo 7", log);
	struct engine e[3] = {
		eng("ref", true, "sh", "-c", r),
		eng("a", false, "sh", "-c", a),
		eng("b", false, "sh", "-c", b),
	};
	struct session s;
	setup(&s, e, 3, 2);
	s.warmup = 1;
	session_run(&s);
	/* Three rounds (one warm-up): reference first, the others alternate. */
	FILE *f = fopen(log, "r");
	char order[32] = "", line[8];
	size_t n = 0;
	while (fgets(line, sizeof line, f) && n + 1 < sizeof order)
		order[n++] = line[0];
	order[n] = '\0';
	fclose(f);
	unlink(log);
	assert_string_equal(order, "rabrbarab");
	assert_int_equal(session_cell(&s, 0, 1)->n, 2); /* warm-up not timed */
	session_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(schedule_checks_output_against_reference),
		cmocka_unit_test(schedule_without_reference_verifies_nothing),
		cmocka_unit_test(schedule_interleaves_engines),
	};
	return cmocka_run_group_tests_name("bench_schedule", tests, NULL, NULL);
}
