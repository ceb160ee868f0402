/* svg.c — results.md's charts as plain SVG text. */
#ifndef BENCH_SVG_H
#define BENCH_SVG_H

#include <stdio.h>

#include "bench/bench.h"

#define SPEED_PLOT_W 600.0

/* Where v falls between a (at lo) and b (at hi) on a log scale; clamped. */
double log_scale(double v, double lo, double hi, double a, double b);
/* Where a label at (x, y) goes so that it does not overprint the n labels
 * placed at (lx[i], ly[i]): y, or lower. */
double label_y(const double *lx, const double *ly, int n, double x, double y);
/* s as SVG/XML character data. */
void svg_escape(FILE *f, const char *s);

/* speed.svg: steady-state % of native per engine and workload. */
void svg_speed(FILE *f, const struct session *s);
/* startup-memory.svg: start-up time against peak RSS per engine. */
void svg_startup_memory(FILE *f, const struct session *s);

#endif
