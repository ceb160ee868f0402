/*
 * The loop every C workload's main() runs: `prog SIZE [ITERATIONS]`.
 *
 * Each iteration computes the workload's checksum line afresh and is timed
 * inside the process (CLOCK_MONOTONIC), so that vmbench can tell a first
 * iteration from later ones on every engine, including inside a guest where
 * the host only sees a whole boot. Per iteration, stderr gets
 *     vmbench-iter <i> <nanoseconds>
 * and, at the end, stdout gets the checksum line once. Every iteration must
 * produce the same line (the Java twin checks the same way).
 */
#ifndef BENCH_WORKLOADS_ITER_H
#define BENCH_WORKLOADS_ITER_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LINE_MAX_LEN 256

typedef void run_fn(int n, char *line, size_t len);

static inline long long iter_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static inline int iterate(int argc, char **argv, int default_n, run_fn *run)
{
	int n = argc > 1 ? atoi(argv[1]) : default_n;
	int iters = argc > 2 ? atoi(argv[2]) : 1;
	char first[LINE_MAX_LEN], line[LINE_MAX_LEN];
	for (int i = 1; i <= iters; i++) {
		/* Read through a volatile so the compiler cannot reuse an
		 * earlier iteration's result of a pure function (fib). */
		volatile int vn = n;
		char *out = i == 1 ? first : line;
		long long t0 = iter_now_ns();
		run(vn, out, LINE_MAX_LEN);
		long long t = iter_now_ns() - t0;
		fprintf(stderr, "vmbench-iter %d %lld\n", i, t);
		if (i > 1 && strcmp(line, first) != 0) {
			fprintf(stderr, "iteration %d gave \"%s\", the first \"%s\"\n", i, line, first);
			return 1;
		}
	}
	if (iters >= 1)
		puts(first);
	return 0;
}

/* v rounded half-up to 9 decimals ("-d.ddddddddd") at buf, as the Java
 * twins' fixed9 does: the same text from the same double. */
static inline void fixed9(char *buf, size_t len, double v)
{
	long long r = (long long)floor(v * 1e9 + 0.5);
	const char *sign = "";
	if (r < 0) {
		sign = "-";
		r = -r;
	}
	snprintf(buf, len, "%s%lld.%09lld", sign, r / 1000000000LL, r % 1000000000LL);
}

#endif
