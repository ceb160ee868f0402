/* seed.c — the seed's tables with this session's figures beside its claims. */
#ifndef BENCH_SEED_H
#define BENCH_SEED_H

#include <stdio.h>

#include "bench/bench.h"
#include "bench/report.h"

/* "45.6%", "1.23%", "0.456%": three significant digits. */
char *fmt_pct(char *buf, size_t n, double pct);
/* The main table: per workload and engine, speed in phase (M_WARM: steady
 * state) as % of native, and a geometric-mean row. */
void speed_table(struct table *t, const struct session *s, enum metric phase);
/* results.md's sections for the seed: the speed table, the seed's tables,
 * start-up, density, I/O, per-workload phases. */
void seed_markdown(FILE *f, const struct session *s);
/* The terminal's summary: the speed table and the seed's main claims. */
void seed_terminal(FILE *f, const struct session *s);

/* Shared by seed.c and seed_io.c. */
/* Why engine `name` has no figure: "absent", "not run" or "n/a". */
const char *why_none(const struct session *s, const char *name);
/* "1.28 GB/s (8.35% of native)": engine `name`'s warm throughput on I/O row
 * `row`, or why there is none. */
const char *io_text(char *buf, size_t n, const struct session *s, const char *row,
		    const char *name);
/* The seed's I/O rows beside the measured throughputs. */
void io_table(struct table *t, const struct session *s);
/* Whether the session ran any I/O row. */
bool ran_io(const struct session *s);

#endif
