/* schedule.c — running every cell of a session, interleaved. */
#ifndef BENCH_SCHEDULE_H
#define BENCH_SCHEDULE_H

#include "bench/bench.h"

/* Allocates s->cells and runs them all, with progress on stderr. */
void session_run(struct session *s);
void session_free(struct session *s);

#endif
