/*
 * The two charts of results.md, written as plain SVG text (no library):
 *
 * speed.svg            steady-state speed as % of native, one bar per engine
 *                      and workload, on a log scale (hv sits near 1%, HotSpot
 *                      near 100%), with the seed's claimed bands shaded;
 * startup-memory.svg   each engine's start-up time against its memory per
 *                      instance, log-log, beside the seed's claimed boxes.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bench/figures.h"
#include "bench/svg.h"

static const char *const palette[] = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
				       "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };
#define NCOLORS (sizeof palette / sizeof palette[0])

double log_scale(double v, double lo, double hi, double a, double b)
{
	if (!(v > lo))
		v = lo;
	if (v > hi)
		v = hi;
	return a + (b - a) * (log10(v) - log10(lo)) / (log10(hi) - log10(lo));
}

void svg_escape(FILE *f, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
}

static void open_svg(FILE *f, int w, int h, const char *title)
{
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		   "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n"
		   "<title>", w, h, w, h);
	svg_escape(f, title);
	fprintf(f, "</title>\n<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h);
}

/* Text at (x, y); anchor "start", "middle" or "end". */
static void text(FILE *f, double x, double y, const char *anchor, const char *extra,
		 const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void text(FILE *f, double x, double y, const char *anchor, const char *extra,
		 const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s%s>", x, y, anchor,
		extra ? " " : "", extra ? extra : "");
	svg_escape(f, buf);
	fputs("</text>\n", f);
}

static void line(FILE *f, double x1, double y1, double x2, double y2, const char *style)
{
	fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>\n", x1, y1, x2,
		y2, style);
}

/* A shaded band or box with a label: one of the seed's claimed ranges. */
static void claim(FILE *f, double x1, double y1, double x2, double y2, const char *color,
		  const char *label)
{
	fprintf(f, "<rect class=\"claim\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
		   "fill=\"%s\" fill-opacity=\"0.18\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n",
		x1, y1, x2 - x1, y2 - y1, color, color);
	text(f, x1 + 3, y1 + 12, "start", "font-size=\"10\" fill=\"#555\"", "%s", label);
}

/* ---- speed.svg -------------------------------------------------------------- */

#define SP_LO 0.1 /* % of native at the left edge */
#define SP_HI 300.0

struct bars {
	int ne, eng[MAX_ENGINES];      /* engines with a bar, session indexes */
	int nn;
	const char *name[MAX_WORKLOADS + 1];
};

static void collect(const struct session *s, struct bars *b)
{
	int ref = reference_index(s);
	b->ne = b->nn = 0;
	for (int e = 0; e < s->ne; e++) {
		int k;
		if (e != ref && isfinite(pct_geomean(s, e, M_WARM, NULL, &k)))
			b->eng[b->ne++] = e;
	}
	for (int w = 0; w < s->nw && b->nn < MAX_WORKLOADS; w++) {
		bool seen = false;
		for (int i = 0; i < b->nn; i++)
			seen |= strcmp(b->name[i], s->w[w]->name) == 0;
		if ((s->w[w]->kind & K_THROUGHPUT) && !(s->w[w]->groups & G_IO) && !seen)
			b->name[b->nn++] = s->w[w]->name;
	}
	b->name[b->nn] = NULL; /* the geometric-mean group */
}

static void bar(FILE *f, double x0, double y, double pct, int color, const char *label)
{
	double x1 = log_scale(pct, SP_LO, SP_HI, x0, x0 + SPEED_PLOT_W);
	fprintf(f, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"9\" "
		   "fill=\"%s\"><title>", x0, y, x1 - x0, palette[color % NCOLORS]);
	svg_escape(f, label);
	fputs("</title></rect>\n", f);
	text(f, x1 + 3, y + 8, "start", "font-size=\"9\"", "%.3g%%", pct);
}

void svg_speed(FILE *f, const struct session *s)
{
	struct bars b;
	collect(s, &b);
	const double left = 120, top = 70, group_gap = 12, bar_h = 10;
	double gh = b.ne * bar_h + group_gap;
	int h = (int)(top + (b.nn + 1) * gh + 50), w = (int)(left + SPEED_PLOT_W + 190);
	open_svg(f, w, h, "Steady-state speed, % of native");
	text(f, 10, 22, "start", "font-size=\"15\" font-weight=\"bold\"",
	     "Steady-state speed, %% of native (log scale; native = 100%%)");
	text(f, 10, 40, "start", "font-size=\"11\" fill=\"#555\"",
	     "warm iterations, median of %d run%s; vmbench %s", s->runs, s->runs == 1 ? "" : "s",
	     s->tier == TIER_TINY ? "--tiny" : s->tier == TIER_QUICK ? "--quick" : "(full)");
	double y_end = top + (b.nn + 1) * gh;
	/* the seed's claims: JVM 80-95%, hypervisor 95-98% */
	claim(f, log_scale(80, SP_LO, SP_HI, left, left + SPEED_PLOT_W), top - 14,
	      log_scale(95, SP_LO, SP_HI, left, left + SPEED_PLOT_W), y_end, "#f28e2b", "");
	claim(f, log_scale(95, SP_LO, SP_HI, left, left + SPEED_PLOT_W), top - 14,
	      log_scale(98, SP_LO, SP_HI, left, left + SPEED_PLOT_W), y_end, "#4e79a7", "");
	text(f, log_scale(80, SP_LO, SP_HI, left, left + SPEED_PLOT_W) - 4, top - 4, "end",
	     "font-size=\"10\" fill=\"#555\"", "seed: JVM 80-95%%, hypervisor 95-98%%");
	for (double v = SP_LO; v <= SP_HI * 1.001; v *= 10) {
		double x = log_scale(v, SP_LO, SP_HI, left, left + SPEED_PLOT_W);
		line(f, x, top - 14, x, y_end, "stroke=\"#ccc\"");
		text(f, x, y_end + 14, "middle", NULL, "%g%%", v);
	}
	double x100 = log_scale(100, SP_LO, SP_HI, left, left + SPEED_PLOT_W);
	line(f, x100, top - 14, x100, y_end, "stroke=\"#333\" stroke-dasharray=\"2 2\"");
	for (int g = 0; g <= b.nn; g++) {
		double y = top + g * gh;
		const char *name = g < b.nn ? b.name[g] : NULL;
		text(f, left - 6, y + gh / 2, "end", name ? NULL : "font-weight=\"bold\"", "%s",
		     name ? name : "geometric mean");
		for (int i = 0; i < b.ne; i++) {
			int e = b.eng[i], k;
			double p = name ? pct_native(s, row_of(s, name, K_THROUGHPUT, e), e, M_WARM, NULL)
					: pct_geomean(s, e, M_WARM, NULL, &k);
			char label[96];
			snprintf(label, sizeof label, "%s on %s: %.3g%% of native", s->e[e]->name,
				 name ? name : "all (geometric mean)", p);
			if (isfinite(p))
				bar(f, left, y + i * bar_h, p, e, label);
		}
	}
	for (int i = 0; i < b.ne; i++) { /* legend */
		double y = top + i * 16;
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"10\" fill=\"%s\"/>\n",
			left + SPEED_PLOT_W + 40, y, palette[b.eng[i] % NCOLORS]);
		text(f, left + SPEED_PLOT_W + 56, y + 9, "start", NULL, "%s", s->e[b.eng[i]]->name);
	}
	text(f, left + SPEED_PLOT_W / 2, y_end + 32, "middle", NULL,
	     "%% of native speed (process VMs at the jvm sizes, system VMs at the hv sizes)");
	fputs("</svg>\n", f);
}

/* ---- startup-memory.svg ---------------------------------------------------- */

#define ST_LO 0.001 /* seconds */
#define ST_HI 100.0
#define MEM_LO 0.5 /* MiB */
#define MEM_HI 4096.0
#define MB (1e6 / 1048576.0) /* the seed says MB: 1 MB in MiB */

double label_y(const double *lx, const double *ly, int n, double x, double y)
{
	/* Moves y down past every earlier label it would overprint. The step
	 * (14) exceeds the clearance (13), so a label once passed stays
	 * passed even after rounding: y only grows, each label moves it at
	 * most once, and the loop ends. */
	for (int i = 0, moves = 0; i < n && moves <= n; i++)
		if (fabs(lx[i] - x) < 90 && fabs(ly[i] - y) < 13) {
			y = ly[i] + 14;
			i = -1;
			moves++;
		}
	return y;
}

void svg_startup_memory(FILE *f, const struct session *s)
{
	const double left = 80, top = 50, pw = 560, ph = 380;
	int w = (int)(left + pw + 40), h = (int)(top + ph + 60);
	open_svg(f, w, h, "Start-up time and memory per instance");
	text(f, 10, 22, "start", "font-size=\"15\" font-weight=\"bold\"",
	     "Start-up and memory per instance (log-log)");
	text(f, 10, 40, "start", "font-size=\"11\" fill=\"#555\"",
	     "hello: JVMs launch to exit, VMs launch to first guest userspace line; peak RSS");
#define X(v) log_scale(v, ST_LO, ST_HI, left, left + pw)
#define Y(v) log_scale(v, MEM_LO, MEM_HI, top + ph, top)
	claim(f, X(1), Y(200 * MB), X(2), Y(50 * MB), "#f28e2b", "seed: JVM");
	claim(f, X(30), Y(2000 * MB), X(60), Y(512 * MB), "#4e79a7", "seed: VM");
	for (double v = ST_LO; v <= ST_HI * 1.001; v *= 10) {
		line(f, X(v), top, X(v), top + ph, "stroke=\"#ddd\"");
		text(f, X(v), top + ph + 16, "middle", NULL, "%g s", v);
	}
	for (double v = 1; v <= MEM_HI * 1.001; v *= 4) {
		line(f, left, Y(v), left + pw, Y(v), "stroke=\"#ddd\"");
		text(f, left - 6, Y(v) + 4, "end", NULL, "%g MiB", v);
	}
	fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
		   "stroke=\"#333\"/>\n", left, top, pw, ph);
	double lx[MAX_ENGINES], ly[MAX_ENGINES]; /* labels placed so far */
	int nl = 0;
	for (int e = 0; e < s->ne; e++) {
		double t = startup_median(s, e, s->e[e]->console ? M_BOOT : M_WALL);
		double m = startup_median(s, e, M_RSS) / 1024;
		if (!isfinite(t) || !isfinite(m))
			continue;
		double ty = label_y(lx, ly, nl, X(t), Y(m) + 4);
		lx[nl] = X(t), ly[nl++] = ty;
		fprintf(f, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\">"
			   "<title>", X(t), Y(m), palette[e % NCOLORS]);
		char label[128];
		snprintf(label, sizeof label, "%s: %.3g s, %.3g MiB", s->e[e]->name, t, m);
		svg_escape(f, label);
		fputs("</title></circle>\n", f);
		text(f, X(t) + 8, ty, "start", NULL, "%s", s->e[e]->name);
	}
	text(f, left + pw / 2, top + ph + 40, "middle", NULL,
	     "start-up time (hello / boot to first userspace line)");
	fprintf(f, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" "
		   "transform=\"rotate(-90 16 %.1f)\">peak RSS per instance</text>\n",
		top + ph / 2, top + ph / 2);
#undef X
#undef Y
	fputs("</svg>\n", f);
}
