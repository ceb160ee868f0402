/*
 * A small table of strings rendered two ways: Markdown for results.md and
 * aligned plain text for the terminal. Cells are copied, so callers may pass
 * stack buffers.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bench/report.h"

int text_width(const char *s)
{
	int w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xc0) != 0x80; /* skip continuation bytes */
	return w;
}

void table_init(struct table *t)
{
	memset(t, 0, sizeof *t);
}

int table_col(struct table *t, const char *head, bool right)
{
	if (t->ncols == TABLE_COLS)
		abort(); /* a programming error: tables are built from fixed lists */
	t->head[t->ncols] = strdup(head);
	t->right[t->ncols] = right;
	return t->ncols++;
}

int table_row(struct table *t)
{
	return t->nrows < TABLE_ROWS ? t->nrows++ : -1;
}

void table_set(struct table *t, int row, int col, const char *fmt, ...)
{
	if (row < 0 || row >= t->nrows || col < 0 || col >= t->ncols)
		return;
	va_list ap;
	va_start(ap, fmt);
	free(t->cell[row][col]);
	if (vasprintf(&t->cell[row][col], fmt, ap) < 0)
		abort();
	va_end(ap);
}

static const char *at(const struct table *t, int row, int col)
{
	const char *s = row < 0 ? t->head[col] : t->cell[row][col];
	return s ? s : "";
}

static void pad(FILE *f, int n)
{
	while (n-- > 0)
		fputc(' ', f);
}

static void widths(const struct table *t, int *w)
{
	for (int c = 0; c < t->ncols; c++) {
		w[c] = 3; /* Markdown needs at least "---" */
		for (int r = -1; r < t->nrows; r++) {
			int x = text_width(at(t, r, c));
			if (x > w[c])
				w[c] = x;
		}
	}
}

/* One line (row -1: the header), as Markdown or as aligned text. */
static void line(FILE *f, const struct table *t, const int *w, int row, bool md)
{
	for (int c = 0; c < t->ncols; c++) {
		const char *s = at(t, row, c);
		int gap = w[c] - text_width(s);
		fputs(md ? (c ? " | " : "| ") : (c ? "  " : ""), f);
		if (t->right[c])
			pad(f, gap);
		fputs(s, f);
		if (!t->right[c] && (md || c + 1 < t->ncols))
			pad(f, gap); /* no trailing blanks on a terminal line */
	}
	fputs(md ? " |\n" : "\n", f);
}

void table_markdown(FILE *f, const struct table *t)
{
	int w[TABLE_COLS];
	widths(t, w);
	line(f, t, w, -1, true);
	for (int c = 0; c < t->ncols; c++) {
		fputs(c ? " | " : "| ", f);
		for (int i = 0; i < w[c] - 1; i++)
			fputc('-', f);
		fputc(t->right[c] ? ':' : '-', f);
	}
	fputs(" |\n", f);
	for (int r = 0; r < t->nrows; r++)
		line(f, t, w, r, true);
}

void table_text(FILE *f, const struct table *t)
{
	int w[TABLE_COLS];
	widths(t, w);
	line(f, t, w, -1, false);
	for (int r = 0; r < t->nrows; r++)
		line(f, t, w, r, false);
}

void table_free(struct table *t)
{
	for (int c = 0; c < t->ncols; c++) {
		free(t->head[c]);
		for (int r = 0; r < t->nrows; r++)
			free(t->cell[r][c]);
	}
	table_init(t);
}
