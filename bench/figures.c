/*
 * Derived figures. Every one is computed from medians of runs measured in
 * this session; none is ever carried over from elsewhere.
 */
#include <math.h>
#include <string.h>

#include "bench/figures.h"

double cell_value(const struct cell *c, enum metric m, int i)
{
	switch (m) {
	case M_WALL: return c->wall[i];
	case M_RSS: return c->rss_kb[i];
	case M_CPU: return c->user[i] + c->sys[i];
	case M_BOOT: return c->boot[i];
	case M_COLD: return c->cold[i];
	case M_WARM: return c->warm[i];
	case M_PEAK: return c->peak[i];
	}
	return NAN;
}


double cell_median(const struct cell *c, enum metric m)
{
	double v[MAX_RUNS];
	int k = 0;
	for (int i = 0; c->state == CELL_OK && i < c->n; i++)
		if (!isnan(cell_value(c, m, i)))
			v[k++] = cell_value(c, m, i);
	struct summary s;
	summarize(v, k, &s);
	return s.median;
}

int engine_index(const struct session *s, const char *name)
{
	for (int i = 0; i < s->ne; i++)
		if (strcmp(s->e[i]->name, name) == 0)
			return i;
	return -1;
}

int reference_index(const struct session *s)
{
	for (int i = 0; i < s->ne; i++)
		if (s->e[i]->reference)
			return i;
	return -1;
}

int row_of(const struct session *s, const char *name, unsigned kind, int ei)
{
	for (int w = 0; w < s->nw; w++)
		if ((s->w[w]->kind & kind) && strcmp(s->w[w]->name, name) == 0 &&
		    engine_runs(s->e[ei], s->w[w]))
			return w;
	return -1;
}

double pct_native(const struct session *s, int wi, int ei, enum metric phase, bool *by_wall)
{
	int ref = reference_index(s);
	bool dummy;
	by_wall = by_wall ? by_wall : &dummy;
	*by_wall = false;
	if (ref < 0 || wi < 0 || ei < 0)
		return NAN;
	const struct cell *n = session_cell(s, wi, ref), *c = session_cell(s, wi, ei);
	double base = cell_median(n, M_WARM), x = cell_median(c, phase);
	if (c->state == CELL_OK && isnan(x) && c->n > 0) {
		*by_wall = true; /* an engine without iteration times */
		base = cell_median(n, M_WALL);
		x = cell_median(c, M_WALL);
	}
	return 100 * ratio(base, x);
}

static bool in_list(const char *const *only, const char *name)
{
	if (!only)
		return true;
	for (; *only; only++)
		if (strcmp(*only, name) == 0)
			return true;
	return false;
}

double pct_geomean(const struct session *s, int ei, enum metric phase,
		   const char *const *only, int *n)
{
	double logsum = 0;
	*n = 0;
	for (int w = 0; ei >= 0 && w < s->nw; w++) {
		if (!(s->w[w]->kind & K_THROUGHPUT) || (s->w[w]->groups & G_IO) ||
		    !engine_runs(s->e[ei], s->w[w]) || !in_list(only, s->w[w]->name))
			continue;
		double p = pct_native(s, w, ei, phase, NULL);
		if (isfinite(p) && p > 0) {
			logsum += log(p);
			++*n;
		}
	}
	return *n ? exp(logsum / *n) : NAN;
}

double startup_median(const struct session *s, int ei, enum metric m)
{
	if (ei < 0)
		return NAN;
	int w = row_of(s, "hello", K_STARTUP, ei);
	return w < 0 ? NAN : cell_median(session_cell(s, w, ei), m);
}

const struct density *density_of(const struct session *s, const char *name)
{
	for (int i = 0; i < s->nd; i++)
		if (strcmp(s->density[i].e->name, name) == 0)
			return &s->density[i];
	return NULL;
}
