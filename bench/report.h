/* report.c — formatting figures and writing the tables. */
#ifndef BENCH_REPORT_H
#define BENCH_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "bench/bench.h"
#include "bench/stats.h"

/* "850 us", "12.3 ms", "1.23 s": three significant digits. */
char *fmt_time(char *buf, size_t n, double seconds);
/* "812 KiB", "38.2 MiB". */
char *fmt_rss(char *buf, size_t n, double kib);
/* "0.052x", "1.27x". */
char *fmt_ratio(char *buf, size_t n, double r);
/* median, then "(min–max)" when there were several runs. */
char *fmt_summary(char *buf, size_t n, const struct summary *s, bool rss);
/* argv as a command a POSIX shell would run the same way. */
char *shell_join(char *buf, size_t n, char *const argv[]);
/* Display width of UTF-8 text (code points; our text has no wide chars). */
int text_width(const char *s);

/* A small table, rendered as Markdown or as aligned terminal text. */
#define TABLE_COLS 16
#define TABLE_ROWS 64
struct table {
	int ncols, nrows;
	char *head[TABLE_COLS];
	bool right[TABLE_COLS]; /* right-aligned (figures) */
	char *cell[TABLE_ROWS][TABLE_COLS];
};
void table_init(struct table *t);
/* Adds a column; returns its index. */
int table_col(struct table *t, const char *head, bool right);
/* Adds an empty row; returns its index, or -1 when full. */
int table_row(struct table *t);
void table_set(struct table *t, int row, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void table_markdown(FILE *f, const struct table *t);
void table_text(FILE *f, const struct table *t);
void table_free(struct table *t);

/* What a cell shows: its figure, or why there is none. */
const char *cell_text(char *buf, size_t n, const struct cell *c, enum metric m,
		      bool range);
void cell_summary(const struct cell *c, enum metric m, struct summary *s);

void report_terminal(FILE *f, const struct session *s);
void report_markdown(FILE *f, const struct session *s);
/* Every run, one per line, tab-separated, for later analysis. */
void report_tsv(FILE *f, const struct session *s);

#endif
