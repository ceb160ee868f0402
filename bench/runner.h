/* runner.c — run one command as a child and measure it. */
#ifndef BENCH_RUNNER_H
#define BENCH_RUNNER_H

#include <stddef.h>

enum run_status { RUN_OK, RUN_EXIT, RUN_SIGNAL, RUN_TIMEOUT, RUN_SPAWN };

struct run_result {
	enum run_status status;
	int code;           /* exit status (RUN_EXIT) or signal (RUN_SIGNAL) */
	double wall;        /* seconds, CLOCK_MONOTONIC, fork to reap */
	double user, sys;   /* seconds of CPU, from wait4's rusage */
	long maxrss_kb;     /* peak resident set, from wait4's rusage */
	char *out, *err;    /* captured stdout / stderr, NUL-terminated */
	size_t out_len, err_len;
};

/*
 * Runs argv (searched in $PATH) with stdin from /dev/null and stdout/stderr
 * captured, killing it after timeout seconds (0: no limit). Fills r; returns
 * 0, or -1 when the child could not even be started (r->err says why).
 */
int run_measured(char *const argv[], double timeout, struct run_result *r);
void run_result_free(struct run_result *r);

/* Runs argv and returns the first line it wrote to stdout or, failing that,
 * stderr (malloc'ed, may be empty); NULL when it could not run. */
char *run_first_line(char *const argv[], int from_stderr);

#endif
