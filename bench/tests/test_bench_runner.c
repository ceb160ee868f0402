/*
 * Unit tests of bench/runner.c against real child processes: what it
 * captures, how it classifies exits, its timeout, and that its clocks and
 * peak-RSS figures agree with what the child did.
 */
#include <math.h>
#include <setjmp.h>
#include <signal.h>
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

/* The marker's time is when it appeared, not when the child ended. */
static void runner_times_a_marker(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "echo boot; sleep 0.3; echo VMBENCH-START; sleep 0.3; echo end",
			 NULL };
	struct run_result r;
	assert_int_equal(run_marked(argv, 10, "VMBENCH-START", &r), 0);
	assert_int_equal(r.status, RUN_OK);
	assert_string_equal(r.out, "boot\nVMBENCH-START\nend\n");
	assert_true(r.marker >= 0.3 && r.marker < r.wall);
	assert_true(r.wall >= 0.6);
	run_result_free(&r);
	/* never printed: NAN; a timeout still kills */
	/* Bounds far from the sleep so that a loaded machine cannot fail it:
	 * only a runner that waited for the child would take 30 s. */
	char *quiet[] = { "sh", "-c", "echo nothing; exec sleep 30", NULL };
	assert_int_equal(run_marked(quiet, 0.3, "VMBENCH-START", &r), 0);
	assert_int_equal(r.status, RUN_TIMEOUT);
	assert_true(isnan(r.marker));
	assert_true(r.wall < 20);
	assert_string_equal(r.out, "nothing\n");
	run_result_free(&r);
}

/* A marker split across two writes is still found. */
static void runner_marker_across_writes(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "printf VMBENCH-; sleep 0.2; printf 'START\\n'", NULL };
	struct run_result r;
	assert_int_equal(run_marked(argv, 10, "VMBENCH-START", &r), 0);
	assert_true(r.marker >= 0.2);
	run_result_free(&r);
}

/* Children left running (density): started, waited for, killed. */
static void runner_child_lifecycle(void **state)
{
	(void)state;
	char *argv[] = { "sh", "-c", "sleep 0.2; echo ready; exec cat", NULL };
	struct child c;
	assert_int_equal(child_start(argv, &c), 0);
	double t = child_wait_for(&c, "ready", 10);
	assert_true(t >= 0.2 && t < 5);
	assert_int_equal(kill(c.pid, 0), 0); /* still running: cat waits on stdin */
	pid_t pid = c.pid;
	child_kill(&c);
	assert_int_equal(kill(pid, 0), -1); /* reaped: no such process */
	/* one that exits without saying it is ready */
	char *quitter[] = { "sh", "-c", "echo bye", NULL };
	assert_int_equal(child_start(quitter, &c), 0);
	assert_true(child_wait_for(&c, "ready", 10) < 0);
	child_kill(&c);
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
		cmocka_unit_test(runner_times_a_marker),
		cmocka_unit_test(runner_marker_across_writes),
		cmocka_unit_test(runner_child_lifecycle),
	};
	return cmocka_run_group_tests_name("bench_runner", tests, NULL, NULL);
}
