/* figures.c — the derived figures the report and charts show: speed as a
 * percentage of native per phase, geometric means, start-up, memory. */
#ifndef BENCH_FIGURES_H
#define BENCH_FIGURES_H

#include "bench/bench.h"
#include "bench/stats.h"

/* Metric m of c's i-th timed run (NAN: not reported). */
double cell_value(const struct cell *c, enum metric m, int i);
/* Median of metric m over c's timed runs; NAN if none reported it. */
double cell_median(const struct cell *c, enum metric m);
int engine_index(const struct session *s, const char *name);
/* The row (workload index) named name, of kind, that engine ei runs; -1. */
int row_of(const struct session *s, const char *name, unsigned kind, int ei);
/* The reference engine's index (native), -1 if not in the session. */
int reference_index(const struct session *s);

/*
 * Speed of engine ei on row wi as a percentage of native on the same row:
 * 100 x native's warm median / ei's median of phase (M_COLD, M_WARM or
 * M_PEAK). Native's steady state is the baseline of every phase, as in the
 * seed's "native 1.00 s, JVM cold 10 s". Engines that print no iteration
 * times are compared by wall time (*by_wall set). NAN when either is missing.
 */
double pct_native(const struct session *s, int wi, int ei, enum metric phase, bool *by_wall);
/*
 * Geometric mean of pct_native over the compute rows engine ei runs (the
 * throughput rows, less the I/O ones),
 * restricted to the workload names in `only` (NULL-terminated; NULL: all).
 * *n receives how many rows had a figure.
 */
double pct_geomean(const struct session *s, int ei, enum metric phase,
		   const char *const *only, int *n);
/* Median of m on engine ei's start-up row (hello); NAN if none. */
double startup_median(const struct session *s, int ei, enum metric m);
/* The density result of the engine named name, or NULL. */
const struct density *density_of(const struct session *s, const char *name);

#endif
