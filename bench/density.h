/* density.c — idle instances per memory budget, found by launching them. */
#ifndef BENCH_DENSITY_H
#define BENCH_DENSITY_H

#include "bench/bench.h"

/* Runs the density test of every engine in s that has an idle command. */
void density_run(struct session *s);

/* The value of "Field:" in a /proc-style file of "Field:  N kB" lines
 * (smaps_rollup, status); -1 when absent. */
double proc_kb(const char *path, const char *field);
/* In a /proc/<pid>/smaps file: the Rss of the first mapping whose Size is
 * exactly size_kb (a VM's guest RAM); -1 when there is none. */
double smaps_mapping_rss(const char *path, double size_kb);

#endif
