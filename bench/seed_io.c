/*
 * The I/O table of results.md: the seed's "full emulation vs
 * paravirtualization (virtio)" rows, measured with bench/workloads/io.c —
 * the same bytes through hv's emulated 16550 UART and its virtio console,
 * a disk image read through virtio-blk, and TCP through virtio-net and
 * user-mode networking, beside native (the loopback device for TCP).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/figures.h"
#include "bench/seed.h"

/* Bytes an io.c row moves per iteration: "write uart 64" is 64 KiB,
 * "read disk 16" and "send net 16" 16 MiB. */
static double io_bytes(const struct workload *w, enum tier t)
{
	const char *size = w->size[t], *last = size ? strrchr(size, ' ') : NULL;
	if (!last)
		return NAN;
	return atof(last + 1) * (strncmp(size, "write", 5) == 0 ? 1 << 10 : 1 << 20);
}

/* "12.3 MB/s (4.56% of native)" for engine `name` on the io row `row`. */
const char *io_text(char *buf, size_t n, const struct session *s, const char *row,
			   const char *name)
{
	int e = engine_index(s, name), w = e < 0 ? -1 : row_of(s, row, K_THROUGHPUT, e);
	if (w < 0)
		return why_none(s, name);
	const struct cell *c = session_cell(s, w, e);
	double t = cell_median(c, M_WARM), bytes = io_bytes(s->w[w], s->tier);
	char a[32];
	if (c->state != CELL_OK || !isfinite(t))
		return cell_text(buf, n, c, M_WALL, false);
	char rate[32];
	double mb = bytes / t / 1e6;
	if (mb >= 999.5)
		snprintf(rate, sizeof rate, "%.3g GB/s", mb / 1000);
	else
		snprintf(rate, sizeof rate, "%.3g MB/s", mb);
	if (s->e[e]->reference)
		snprintf(buf, n, "%s", rate);
	else
		snprintf(buf, n, "%s (%s of native)", rate,
			 fmt_pct(a, sizeof a, pct_native(s, w, e, M_WARM, NULL)));
	return buf;
}

/* Throughput of row a over row b for engine `name` (virtio over the UART). */
static const char *io_gain(char *buf, size_t n, const struct session *s, const char *a,
			   const char *b, const char *name)
{
	int e = engine_index(s, name);
	int wa = e < 0 ? -1 : row_of(s, a, K_THROUGHPUT, e);
	int wb = e < 0 ? -1 : row_of(s, b, K_THROUGHPUT, e);
	if (wa < 0 || wb < 0)
		return why_none(s, name);
	double ta = cell_median(session_cell(s, wa, e), M_WARM);
	double tb = cell_median(session_cell(s, wb, e), M_WARM);
	double r = ratio(io_bytes(s->w[wa], s->tier) / ta, io_bytes(s->w[wb], s->tier) / tb);
	if (!isfinite(r))
		return "n/a";
	snprintf(buf, n, "%.3gx the throughput", r);
	return buf;
}

void io_table(struct table *t, const struct session *s)
{
	static const struct { const char *method, *seed, *row, *vs; } rows[] = {
		{ "Full emulation: console through the 16550 UART (uart-write)",
		  "Slow (10-20% of native)", "uart-write", NULL },
		{ "Paravirtualization: console through virtio-console (vconsole-write)",
		  "Fast (70-80% of native)", "vconsole-write", NULL },
		{ "virtio-console over the UART, same bytes", "", "vconsole-write", "uart-write" },
		{ "Disk: reading through virtio-blk (blk-read)",
		  "paravirt 5-10% overhead; emulation 50-80%", "blk-read", NULL },
		{ "Network: TCP to the host through virtio-net + user networking (net-send; "
		  "native: loopback)",
		  "paravirt 20-30%, emulation 80-90% overhead", "net-send", NULL },
	};
	static const char *const engs[] = { "native", "hv-virtio", "qemu-virtio" };
	table_init(t);
	table_col(t, "method", false);
	table_col(t, "seed", false);
	for (int e = 0; e < 3; e++)
		table_col(t, engs[e], false);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int r = table_row(t);
		table_set(t, r, 0, "%s", rows[i].method);
		table_set(t, r, 1, "%s", rows[i].seed);
		for (int e = 0; e < 3; e++) {
			char buf[96];
			if (rows[i].vs && e == 0)
				continue;
			table_set(t, r, 2 + e, "%s",
				  rows[i].vs ? io_gain(buf, sizeof buf, s, rows[i].row, rows[i].vs, engs[e])
					     : io_text(buf, sizeof buf, s, rows[i].row, engs[e]));
		}
	}
	int r = table_row(t);
	table_set(t, r, 0, "SR-IOV passthrough");
	table_set(t, r, 1, "%s", "Near-native (95-99%)");
	table_set(t, r, 3, "not applicable: no device to pass through");
	r = table_row(t);
	table_set(t, r, 0, "Network: an emulated NIC");
	table_set(t, r, 1, "%s", "emulation 80-90% overhead");
	table_set(t, r, 3, "not measured: hv has no emulated NIC, only virtio-net");
}

/* Whether the session ran any I/O row. */
bool ran_io(const struct session *s)
{
	for (int w = 0; w < s->nw; w++)
		if (s->w[w]->groups & G_IO)
			return true;
	return false;
}
