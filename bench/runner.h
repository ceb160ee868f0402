/* runner.c — run one command as a child and measure it. */
#ifndef BENCH_RUNNER_H
#define BENCH_RUNNER_H

#include <stddef.h>
#include <sys/types.h>

enum run_status { RUN_OK, RUN_EXIT, RUN_SIGNAL, RUN_TIMEOUT, RUN_SPAWN };

struct run_result {
	enum run_status status;
	int code;           /* exit status (RUN_EXIT) or signal (RUN_SIGNAL) */
	double wall;        /* seconds, CLOCK_MONOTONIC, fork to reap */
	double user, sys;   /* seconds of CPU, from wait4's rusage */
	long maxrss_kb;     /* peak resident set, from wait4's rusage */
	double marker;      /* seconds from fork to the marker on stdout; NAN: none */
	char *out, *err;    /* captured stdout / stderr, NUL-terminated */
	size_t out_len, err_len;
};

/*
 * Runs argv (searched in $PATH) with stdin from /dev/null and stdout/stderr
 * captured, killing it after timeout seconds (0: no limit). Fills r; returns
 * 0, or -1 when the child could not even be started (r->err says why).
 */
int run_measured(char *const argv[], double timeout, struct run_result *r);
/*
 * The same, with stdout read through a pipe as it comes so that the time
 * `marker` first appears on it is known (a guest's first userspace line).
 * Used for the system VMs only: the reader wakes on each burst of console
 * output, which a quiet guest running a workload hardly makes.
 */
int run_marked(char *const argv[], double timeout, const char *marker,
	       struct run_result *r);

/* A child left running (density): stdin and stdout are pipes to us. */
struct child {
	pid_t pid;
	int in, out; /* our ends */
	double t0;   /* when it was started (CLOCK_MONOTONIC seconds) */
};
/* Starts argv; stderr goes to /dev/null. Returns 0 or -1. */
int child_start(char *const argv[], struct child *c);
/* Reads c's stdout until marker shows up; returns the seconds it took, or
 * a negative value on timeout or exit. */
double child_wait_for(struct child *c, const char *marker, double timeout);
/* SIGKILLs c, reaps it and closes the pipes. */
void child_kill(struct child *c);
void run_result_free(struct run_result *r);

/* Runs argv and returns the first line it wrote to stdout or, failing that,
 * stderr (malloc'ed, may be empty); NULL when it could not run. */
char *run_first_line(char *const argv[], int from_stderr);

#endif
