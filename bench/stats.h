/* stats.c — summaries of repeated measurements. */
#ifndef BENCH_STATS_H
#define BENCH_STATS_H

#include <stdbool.h>

/* Spread (max-min)/median above which a figure is flagged as unsteady. */
#define SPREAD_WARN 0.10

struct summary {
	int n;
	double median, min, max; /* NAN when n == 0 */
};

void summarize(const double *v, int n, struct summary *s);
/* (max - min) / median; 0 for fewer than two values, NAN if undefined. */
double spread(const struct summary *s);
/* Whether the spread exceeds SPREAD_WARN (never for fewer than 2 runs). */
bool spread_is_wide(const struct summary *s);
/* num / den, NAN unless both are positive finite numbers. */
double ratio(double num, double den);

#endif
