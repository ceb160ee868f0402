/*
 * Unit tests of bench/runner.c against real child processes: what it
 * captures, how it classifies exits, its timeout, and that its clocks and
 * peak-RSS figures agree with what the child did.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bench/runner.h"

static void runner_captures_stdout_and_stderr(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "echo out; echo err >&2; printf 'x%.0s' $(seq 5000)", NULL };
	struct run_result r;
	assert_int_equal(run_measured(argv, 10, &r), 0);
	assert_int_equal(r.status, RUN_OK);
	assert_int_equal(r.out_len, 4 + 5000); /* larger than a small buffer */
	assert_memory_equal(r.out, "out\nxxx", 7);
	assert_string_equal(r.err, "err\n");
	run_result_free(&r);
}

static void runner_reports_exit_status(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "exit 3", NULL };
	struct run_result r;
	assert_int_equal(run_measured(argv, 10, &r), 0);
	assert_int_equal(r.status, RUN_EXIT);
	assert_int_equal(r.code, 3);
	run_result_free(&r);
}

static void runner_reports_signal(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "kill -SEGV $$", NULL };
	struct run_result r;
	assert_int_equal(run_measured(argv, 10, &r), 0);
	assert_int_equal(r.status, RUN_SIGNAL);
	assert_int_equal(r.code, 11);
	run_result_free(&r);
}

static void runner_reports_missing_program(void **state)
{
	(void)state;
	char *argv[] = { "/nonexistent/vmbench-test", NULL };
	struct run_result r;
	assert_int_equal(run_measured(argv, 10, &r), -1);
	assert_int_equal(r.status, RUN_SPAWN);
	assert_non_null(strstr(r.err, "No such file"));
	run_result_free(&r);
}

static void runner_kills_at_timeout(void **state)
{
	(void)state;
	char *argv[] = { "sleep", "10", NULL };
	struct run_result r;
	run_measured(argv, 0.3, &r);
	assert_int_equal(r.status, RUN_TIMEOUT);
	assert_true(r.wall >= 0.29 && r.wall < 5);
	run_result_free(&r);
}

static void runner_wall_time_covers_a_sleep(void **state)
{
	(void)state;
	char *argv[] = { "sleep", "0.2", NULL };
	struct run_result r;
	run_measured(argv, 10, &r);
	assert_int_equal(r.status, RUN_OK);
	assert_true(r.wall >= 0.2 && r.wall < 2);
	assert_true(r.user + r.sys < 0.15); /* sleeping is not CPU time */
	run_result_free(&r);
}

static void runner_peak_rss_sees_a_big_buffer(void **state)
{
	(void)state;
	/* dd reads 64 MiB of zeros into one buffer, touching every page. */
	char *big[] = { "dd", "if=/dev/zero", "of=/dev/null", "bs=64M", "count=1", NULL };
	char *small[] = { "true", NULL };
	struct run_result r;
	run_measured(big, 10, &r);
	assert_int_equal(r.status, RUN_OK);
	assert_true(r.maxrss_kb >= 64 * 1024);
	run_result_free(&r);
	run_measured(small, 10, &r);
	assert_true(r.maxrss_kb > 0 && r.maxrss_kb < 16 * 1024);
	run_result_free(&r);
}

static void runner_first_line(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "echo one; echo two", NULL };
	char *s = run_first_line(argv, 0);
	assert_string_equal(s, "one");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(runner_captures_stdout_and_stderr),
		cmocka_unit_test(runner_reports_exit_status),
		cmocka_unit_test(runner_reports_signal),
		cmocka_unit_test(runner_reports_missing_program),
		cmocka_unit_test(runner_kills_at_timeout),
		cmocka_unit_test(runner_wall_time_covers_a_sleep),
		cmocka_unit_test(runner_peak_rss_sees_a_big_buffer),
		cmocka_unit_test(runner_first_line),
	};
	return cmocka_run_group_tests_name("bench_runner", tests, NULL, NULL);
}
