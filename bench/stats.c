/*
 * Statistics for a handful of runs: median with min and max. The median
 * rather than the mean, because the noise of a shared machine is one-sided
 * (other work only ever makes a run slower) and a median ignores outliers.
 */
#include <math.h>
#include <string.h>

#include "bench/bench.h"
#include "bench/stats.h"

void summarize(const double *v, int n, struct summary *s)
{
	double sorted[MAX_RUNS];
	if (n > MAX_RUNS)
		n = MAX_RUNS;
	s->n = n;
	if (n <= 0) {
		s->median = s->min = s->max = NAN;
		return;
	}
	/* Insertion sort: n is small. */
	for (int i = 0; i < n; i++) {
		int j = i;
		for (; j > 0 && sorted[j - 1] > v[i]; j--)
			sorted[j] = sorted[j - 1];
		sorted[j] = v[i];
	}
	s->min = sorted[0];
	s->max = sorted[n - 1];
	s->median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double spread(const struct summary *s)
{
	if (s->n < 2)
		return 0;
	if (!(s->median > 0))
		return NAN;
	return (s->max - s->min) / s->median;
}

bool spread_is_wide(const struct summary *s)
{
	double x = spread(s);
	return s->n >= 2 && (isnan(x) || x > SPREAD_WARN);
}

double ratio(double num, double den)
{
	if (!isfinite(num) || !isfinite(den) || num <= 0 || den <= 0)
		return NAN;
	return num / den;
}
