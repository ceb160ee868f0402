/* output.c — reading what a workload run printed: its checksum output, its
 * per-iteration times, and, for a guest, the console transcript around them. */
#ifndef BENCH_OUTPUT_H
#define BENCH_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#define MAX_ITERS 64

/* What one run printed, separated. */
struct parsed {
	char *out;               /* the workload's own output (malloc'ed) */
	int niters;
	double iter[MAX_ITERS];  /* seconds, "vmbench-iter <i> <ns>" lines in order */
	int status;              /* guest: the workload's exit status */
	double inner;            /* guest: fork to reap inside the guest, seconds */
	char error[200];         /* why the transcript is unusable; "" if it is not */
};

/*
 * A process run: stdout is the output as it is; the iteration lines come
 * from stderr.
 */
void parse_process(const char *out, const char *err, struct parsed *p);
/*
 * A guest run: the console transcript (CRLF line ends, firmware banner,
 * maybe kernel messages) in which /bench/init framed the run:
 *   VMBENCH-START / VMBENCH-RUN ... / output / VMBENCH-EXIT <st> <ns> / VMBENCH-END
 * Between RUN and EXIT, iteration lines are taken out, kernel messages
 * ("[    1.234567] ...") dropped, the rest is the output. Returns 0, or -1
 * with p->error saying what was missing.
 */
int parse_console(const char *transcript, struct parsed *p);
void parsed_free(struct parsed *p);

/* The phases of a run from its iteration times: the first (cold), the median
 * of the later half (warm: iterations n/2+1..n, 1-based), the best (peak).
 * NAN for all when n == 0. */
void iter_phases(const double *t, int n, double *cold, double *warm, double *peak);

#endif
