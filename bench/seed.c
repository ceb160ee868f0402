/*
 * The seed's tables, filled in with what this session measured.
 *
 * The seed (../shared/seed/000_*.md, an operating-systems course answer) makes
 * numeric claims about process-level VMs (a JVM) and system-level VMs (a
 * hypervisor). Each table here puts each claim, quoted as the seed states it,
 * beside the figure measured on this machine and says how it was measured.
 * A claim this bench cannot measure says so instead of showing a number.
 *
 * Who stands for what: the JVMs are bin/jvm (ours, an interpreter) and
 * HotSpot 17; the system VMs are hv (ours, an interpreter of RV64GC booting
 * Linux) and qemu-system-riscv64 (binary translation, TCG). Neither system
 * VM has the hardware assistance (VT-x/EPT) the seed's 95-98% assumes: the
 * guest is RISC-V on an x86-64 host, so every guest instruction is emulated.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench/figures.h"
#include "bench/report.h"
#include "bench/seed.h"

/* Workloads by what they stress most (the hypervisor breakdown's rows). */
static const char *const cpu_bound[] = { "fib", "dispatch", "fannkuch", "nbody",
					 "spectralnorm", NULL };
static const char *const mem_bound[] = { "sieve", "binarytrees", "strhash", NULL };

char *fmt_pct(char *buf, size_t n, double pct)
{
	if (!isfinite(pct))
		snprintf(buf, n, "n/a");
	else if (pct >= 99.95)
		snprintf(buf, n, "%.0f%%", pct);
	else if (pct >= 9.995)
		snprintf(buf, n, "%.1f%%", pct);
	else if (pct >= 0.9995)
		snprintf(buf, n, "%.2f%%", pct);
	else
		snprintf(buf, n, "%.3f%%", pct);
	return buf;
}

/* "45.6% (2.19x slower)": a speed and what it means in time. */
static char *fmt_speed(char *buf, size_t n, double pct)
{
	char a[32];
	if (!isfinite(pct))
		return fmt_pct(buf, n, pct);
	double x = 100 / pct;
	if (x >= 1.005)
		snprintf(buf, n, "%s (%.*fx slower)", fmt_pct(a, sizeof a, pct), x < 10 ? 2 : x < 100 ? 1 : 0, x);
	else if (x <= 0.995)
		snprintf(buf, n, "%s (%.2fx faster)", fmt_pct(a, sizeof a, pct), 1 / x);
	else
		snprintf(buf, n, "%s (as fast)", fmt_pct(a, sizeof a, pct));
	return buf;
}

/* Why engine `name` has no figure: absent (with the reason), not in this
 * session, or simply no figure. */
const char *why_none(const struct session *s, const char *name)
{
	int e = engine_index(s, name);
	if (e < 0)
		return "not run";
	return s->absent[e][0] ? "absent" : "n/a";
}

/* Geometric-mean speed of engine `name` in phase m over `only`. */
static const char *gm_text(char *buf, size_t n, const struct session *s, const char *name,
			   enum metric m, const char *const *only, bool speed)
{
	int k, e = engine_index(s, name);
	double g = pct_geomean(s, e, m, only, &k);
	if (!k)
		return why_none(s, name);
	return speed ? fmt_speed(buf, n, g) : fmt_pct(buf, n, g);
}

static const char *startup_text(char *buf, size_t n, const struct session *s,
				const char *name, enum metric m)
{
	double v = startup_median(s, engine_index(s, name), m);
	if (isnan(v))
		return why_none(s, name);
	return m == M_RSS ? fmt_rss(buf, n, v) : fmt_time(buf, n, v);
}

/* ---- the main table: steady-state speed, % of native ------------------ */

/* A compute row: throughput, not I/O. */
static bool compute(const struct workload *w)
{
	return (w->kind & K_THROUGHPUT) && !(w->groups & G_IO);
}

/* Names of the compute workloads in session order, each once. */
static int throughput_names(const struct session *s, const char **names)
{
	int n = 0;
	for (int w = 0; w < s->nw; w++) {
		if (!compute(s->w[w]))
			continue;
		bool seen = false;
		for (int i = 0; i < n; i++)
			seen |= strcmp(names[i], s->w[w]->name) == 0;
		if (!seen && n < MAX_WORKLOADS)
			names[n++] = s->w[w]->name;
	}
	return n;
}

/* Whether engine e has a compute cell in this session. */
static bool runs_throughput(const struct session *s, int e)
{
	for (int w = 0; w < s->nw; w++)
		if (compute(s->w[w]) && engine_runs(s->e[e], s->w[w]))
			return true;
	return false;
}

void speed_table(struct table *t, const struct session *s, enum metric phase)
{
	const char *names[MAX_WORKLOADS];
	int nn = throughput_names(s, names), ref = reference_index(s), col[MAX_ENGINES];
	char buf[96];
	table_init(t);
	table_col(t, "workload", false);
	table_col(t, "size (process / system VMs)", true);
	for (int e = 0; e < s->ne; e++)
		col[e] = e != ref && runs_throughput(s, e) ? table_col(t, s->e[e]->name, true) : -1;
	for (int i = 0; i < nn; i++) {
		int row = table_row(t), wj = -1, wh = -1;
		for (int w = 0; w < s->nw; w++)
			if (compute(s->w[w]) && strcmp(s->w[w]->name, names[i]) == 0)
				*(s->w[w]->groups & G_JVM ? &wj : &wh) = w;
		table_set(t, row, 0, "%s", names[i]);
		table_set(t, row, 1, "%s / %s", wj >= 0 ? s->w[wj]->size[s->tier] : "-",
			  wh >= 0 ? s->w[wh]->size[s->tier] : "-");
		for (int e = 0; e < s->ne; e++) {
			int w = col[e] < 0 ? -1 : row_of(s, names[i], K_THROUGHPUT, e);
			if (w < 0)
				continue;
			const struct cell *c = session_cell(s, w, e);
			bool by_wall;
			double p = pct_native(s, w, e, phase, &by_wall);
			if (c->state != CELL_OK || !isfinite(p))
				table_set(t, row, col[e], "%s", cell_text(buf, sizeof buf, c, M_WALL, false));
			else
				table_set(t, row, col[e], "%s%s", fmt_pct(buf, sizeof buf, p),
					  by_wall ? " (wall)" : "");
		}
	}
	int row = table_row(t);
	table_set(t, row, 0, "geometric mean");
	for (int e = 0; e < s->ne; e++) {
		int k;
		double g = col[e] < 0 ? NAN : pct_geomean(s, e, phase, NULL, &k);
		if (col[e] >= 0 && isfinite(g))
			table_set(t, row, col[e], "%s", fmt_pct(buf, sizeof buf, g));
	}
}

/* ---- Part 3: process-level VM vs system-level VM ---------------------- */

/* Memory per instance: the idle instance's PSS from the density test; for a
 * VM also its RSS less the guest RAM it has touched (the VMM's own). Falls
 * back to hello's peak RSS when there was no density test. */
static const char *memory_text(char *buf, size_t n, const struct session *s, const char *name)
{
	const struct density *d = density_of(s, name);
	char a[32], b[32], c[32], e[32];
	if (d && d->fit > 0) {
		if (isfinite(d->ram_rss_kb))
			snprintf(buf, n, "PSS %s idle (RSS %s = guest RAM %s + VMM %s)",
				 fmt_rss(a, sizeof a, d->pss_kb / d->fit), fmt_rss(b, sizeof b, d->rss_kb),
				 fmt_rss(c, sizeof c, d->ram_rss_kb),
				 fmt_rss(e, sizeof e, d->rss_kb - d->ram_rss_kb));
		else
			snprintf(buf, n, "PSS %s idle (RSS %s)", fmt_rss(a, sizeof a, d->pss_kb / d->fit),
				 fmt_rss(b, sizeof b, d->rss_kb));
		return buf;
	}
	double v = startup_median(s, engine_index(s, name), M_RSS);
	if (isnan(v))
		return why_none(s, name);
	snprintf(buf, n, "peak RSS %s (hello)", fmt_rss(a, sizeof a, v));
	return buf;
}

static const char *density_text(char *buf, size_t n, const struct session *s, const char *name)
{
	const struct density *d = density_of(s, name);
	if (!d)
		return s->no_density ? "not run (--no-density)" : why_none(s, name);
	if (d->capped)
		snprintf(buf, n, ">= %d (cap reached; budget / PSS each = %.0f)", d->fit,
			 s->budget_kb / (d->pss_kb / d->fit));
	else
		snprintf(buf, n, "%d", d->fit);
	return buf;
}

struct row_spec {
	const char *metric, *seed_jvm, *seed_vm, *how;
};

static void comparison_table(struct table *t, const struct session *s)
{
	static const struct row_spec rows[] = {
		{ "Performance (steady state, % of native)", "80-95%", "95-98%",
		  "geometric mean over the throughput workloads of native's warm time / the "
		  "engine's (warm = median of the later half of the iterations in one process)" },
		{ "Startup time", "1-2 sec", "30-60 sec (boot OS)",
		  "JVMs: hello, launch to exit; VMs: launch to the first line of the guest's "
		  "/bench/init (firmware + Linux boot)" },
		{ "Memory overhead (per instance)", "50-200 MB (per JVM)", "512 MB-2 GB (per VM)",
		  "idle instance (density test): PSS, and for VMs RSS split into guest RAM touched "
		  "and the VMM's own; guests have 256 MiB" },
		{ "Density (instances in the budget)", "100s", "10s",
		  "idle instances launched one by one until their summed PSS exceeds the budget" },
		{ "Isolation", "Weak (process)", "Strong (hardware)",
		  "the isolation probe (bench/workloads/probe.c, Probe.java): can the workload "
		  "read a file vmbench wrote on the host, and see vmbench in /proc?" },
		{ "Portability", "High (bytecode)", "Low (VM image)",
		  "the kernel and machine the probe reports; this run used the same class files on "
		  "both JVMs and the same riscv64 kernel, initramfs and binaries on both system VMs, "
		  "on one x86-64 host" },
	};
	const char *jvms[] = { "jvm", "hotspot" }, *vms[] = { "hv", "qemu-system" };
	char budget[32];
	table_init(t);
	table_col(t, "metric", false);
	table_col(t, "seed: JVM", false);
	table_col(t, "jvm (ours)", false);
	table_col(t, "HotSpot", false);
	table_col(t, "seed: hypervisor", false);
	table_col(t, "hv (ours)", false);
	table_col(t, "qemu-system", false);
	table_col(t, "how measured", false);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int r = table_row(t);
		table_set(t, r, 0, "%s", rows[i].metric);
		table_set(t, r, 1, "%s", rows[i].seed_jvm);
		table_set(t, r, 4, "%s", rows[i].seed_vm);
		table_set(t, r, 7, "%s", rows[i].how);
		for (int k = 0; k < 4; k++) {
			const char *name = k < 2 ? jvms[k] : vms[k - 2];
			int col = k < 2 ? 2 + k : 3 + k;
			char buf[160];
			const char *v = "not measured";
			if (i == 0)
				v = gm_text(buf, sizeof buf, s, name, M_WARM, NULL, false);
			else if (i == 1)
				v = startup_text(buf, sizeof buf, s, name, k < 2 ? M_WALL : M_BOOT);
			else if (i == 2)
				v = memory_text(buf, sizeof buf, s, name);
			else if (i == 3)
				v = density_text(buf, sizeof buf, s, name);
			else if (i == 4)
				v = probe_isolation_text(buf, sizeof buf, s, name);
			else if (i == 5)
				v = probe_os_text(buf, sizeof buf, s, name);
			table_set(t, r, col, "%s", v);
		}
	}
	if (!s->no_density)
		table_set(t, 3, 0, "Density (idle instances in %s PSS)",
			  fmt_rss(budget, sizeof budget, s->budget_kb));
}

/* ---- Part 1C: the JVM's phases ----------------------------------------- */

static void phases_table(struct table *t, const struct session *s)
{
	static const char *const engines_[] = { "jvm", "jvm-int", "hotspot", "hotspot-c1",
						"hotspot-int" };
	static const struct { const char *phase, *seed; enum metric m; } rows[] = {
		{ "Startup (hello, launch to exit)", "Slow: 1-2 seconds", M_WALL },
		{ "Cold: first iteration (interpreting, JIT compiling)",
		  "Warm-up 50-70%; benchmark: cold 10x slower (10%)", M_COLD },
		{ "Steady state: later iterations (median)", "80-95%; benchmark: warm 1.10x (91%)",
		  M_WARM },
		{ "Peak: best iteration", "95-105% (can exceed native); benchmark: 0.95x (105%)",
		  M_PEAK },
		{ "Peak RSS (hello)", "50-200 MB per JVM", M_RSS },
	};
	table_init(t);
	table_col(t, "phase", false);
	table_col(t, "seed", false);
	for (size_t e = 0; e < sizeof engines_ / sizeof engines_[0]; e++)
		table_col(t, engines_[e], true);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int r = table_row(t);
		table_set(t, r, 0, "%s", rows[i].phase);
		table_set(t, r, 1, "%s", rows[i].seed);
		for (size_t e = 0; e < sizeof engines_ / sizeof engines_[0]; e++) {
			char buf[64];
			const char *v;
			if (rows[i].m == M_WALL || rows[i].m == M_RSS) {
				int ei = engine_index(s, engines_[e]);
				bool has = ei >= 0 && row_of(s, "hello", K_STARTUP, ei) >= 0;
				v = has ? startup_text(buf, sizeof buf, s, engines_[e], rows[i].m) : "";
			} else {
				v = gm_text(buf, sizeof buf, s, engines_[e], rows[i].m, NULL, true);
			}
			table_set(t, r, 2 + e, "%s", v);
		}
	}
}

/* ---- Part 2C: the hypervisor's breakdown -------------------------------- */

static void breakdown_table(struct table *t, const struct session *s)
{
	char a[64], b[64], c[64], d[200];
	table_init(t);
	table_col(t, "component", false);
	table_col(t, "seed: method, overhead", false);
	table_col(t, "hv: interpreter, soft MMU", false);
	table_col(t, "qemu-system: binary translation, softmmu", false);
	table_col(t, "qemu-user: binary translation, no OS", false);
	table_col(t, "workloads", false);

	int r = table_row(t);
	table_set(t, r, 0, "CPU");
	table_set(t, r, 1, "%s", "hardware (VT-x) 2-5%; binary translation 15-20%");
	table_set(t, r, 2, "%s", gm_text(a, sizeof a, s, "hv", M_WARM, cpu_bound, true));
	table_set(t, r, 3, "%s", gm_text(b, sizeof b, s, "qemu-system", M_WARM, cpu_bound, true));
	table_set(t, r, 4, "%s", gm_text(c, sizeof c, s, "qemu-user", M_WARM, cpu_bound, true));
	table_set(t, r, 5, "fib, dispatch, fannkuch, nbody, spectralnorm");

	r = table_row(t);
	table_set(t, r, 0, "Memory");
	table_set(t, r, 1, "%s", "EPT/NPT 2-3%; shadow page tables 20-30%");
	table_set(t, r, 2, "%s", gm_text(a, sizeof a, s, "hv", M_WARM, mem_bound, true));
	table_set(t, r, 3, "%s", gm_text(b, sizeof b, s, "qemu-system", M_WARM, mem_bound, true));
	table_set(t, r, 4, "%s", gm_text(c, sizeof c, s, "qemu-user", M_WARM, mem_bound, true));
	table_set(t, r, 5, "sieve, binarytrees, strhash");

	/* The cost of system-level memory virtualization alone: the same
	 * translator with and without a guest MMU and OS under the program. */
	int kq, ku, eq = engine_index(s, "qemu-system"), eu = engine_index(s, "qemu-user");
	double q = pct_geomean(s, eq, M_WARM, mem_bound, &kq);
	double u = pct_geomean(s, eu, M_WARM, mem_bound, &ku);
	r = table_row(t);
	table_set(t, r, 0, "Memory: system-level cost alone");
	table_set(t, r, 1, "%s", "shadow page tables 20-30%");
	table_set(t, r, 2, "(no user-mode hv to compare with)");
	if (kq && ku && kq == ku) {
		snprintf(d, sizeof d, "qemu-system / qemu-user = %s: guest page tables and "
			 "softmmu TLB cost %s", fmt_pct(a, sizeof a, 100 * q / u),
			 fmt_pct(b, sizeof b, 100 - 100 * q / u));
		table_set(t, r, 3, "%s", d);
	} else {
		table_set(t, r, 3, "n/a (needs qemu-system and qemu-user)");
	}
	table_set(t, r, 5, "sieve, binarytrees, strhash");

	r = table_row(t);
	table_set(t, r, 0, "Disk I/O");
	table_set(t, r, 1, "%s", "paravirt 5-10%; emulation 50-80%");
	table_set(t, r, 2, "virtio-blk: %s", io_text(a, sizeof a, s, "blk-read", "hv-virtio"));
	table_set(t, r, 3, "virtio-blk: %s", io_text(b, sizeof b, s, "blk-read", "qemu-virtio"));
	table_set(t, r, 5, "blk-read (see I/O below)");
	r = table_row(t);
	table_set(t, r, 0, "Network I/O");
	table_set(t, r, 1, "%s", "SR-IOV 1-5%; paravirt 20-30%; emulation 80-90%");
	table_set(t, r, 2, "virtio-net: %s", io_text(a, sizeof a, s, "net-send", "hv-virtio"));
	table_set(t, r, 3, "virtio-net: %s", io_text(b, sizeof b, s, "net-send", "qemu-virtio"));
	table_set(t, r, 5, "net-send, TCP through user networking; native: loopback");

	r = table_row(t);
	table_set(t, r, 0, "Overall");
	table_set(t, r, 1, "%s", "modern (hardware) 2-5%");
	table_set(t, r, 2, "%s", gm_text(a, sizeof a, s, "hv", M_WARM, NULL, true));
	table_set(t, r, 3, "%s", gm_text(b, sizeof b, s, "qemu-system", M_WARM, NULL, true));
	table_set(t, r, 4, "%s", gm_text(c, sizeof c, s, "qemu-user", M_WARM, NULL, true));
	table_set(t, r, 5, "all throughput workloads");

	r = table_row(t);
	table_set(t, r, 0, "VM exit/entry");
	table_set(t, r, 1, "~500-1000 cycles");
	table_set(t, r, 2, "not applicable: an emulator has no exits, every guest "
			   "instruction is emulated");
	table_set(t, r, 3, "not applicable (TCG)");
}

/* ---- the seed's summary: trade-offs ------------------------------------ */

/* The best figure among the engines of one family, for the "winner". */
static double best(const struct session *s, const char *const *names, int what, bool *lower)
{
	double b = NAN;
	*lower = what != 0;
	for (; *names; names++) {
		int e = engine_index(s, *names), k;
		double v = NAN;
		const struct density *d = density_of(s, *names);
		if (what == 0)
			v = pct_geomean(s, e, M_WARM, NULL, &k);
		else if (what == 1)
			v = startup_median(s, e, strcmp(*names, "hv") && strcmp(*names, "qemu-system")
						      ? M_WALL : M_BOOT);
		else if (d && d->fit > 0)
			v = d->pss_kb / d->fit;
		else
			v = startup_median(s, e, M_RSS);
		if (isfinite(v) && (isnan(b) || (*lower ? v < b : v > b)))
			b = v;
	}
	return b;
}

/* The first of names whose isolation probe ran, or NULL. */
static const struct probe *first_probe(const struct session *s, const char *const *names)
{
	for (; *names; names++)
		if (probe_of(s, *names))
			return probe_of(s, *names);
	return NULL;
}

/* Trade-off rows 3-5 (isolation, portability, OS flexibility) from the
 * isolation probe: what a process VM's and a system VM's workload saw. */
static void probed_tradeoff(struct table *t, int r, const struct session *s, int i)
{
	static const char *const procs[] = { "jvm", "hotspot", NULL };
	static const char *const syss[] = { "hv", "qemu-system", NULL };
	const struct probe *p = first_probe(s, procs), *v = first_probe(s, syss);
	char a[160], b[160];
	table_set(t, r, 2, "%s", !p ? "not measured" : i == 3 ? probe_isolation_text(a, sizeof a, s, p->e->name)
				 : probe_os_text(a, sizeof a, s, p->e->name));
	table_set(t, r, 4, "%s", !v ? "not measured" : i == 3 ? probe_isolation_text(b, sizeof b, s, v->e->name)
				 : probe_os_text(b, sizeof b, s, v->e->name));
	if (!p || !v)
		table_set(t, r, 6, "not measured");
	else if (i == 3) /* the guest saw less of the host */
		table_set(t, r, 6, "%s", p->reads_host_file + p->sees_host_process >
					 v->reads_host_file + v->sees_host_process ? "System-VM" : "n/a");
	else if (i == 4) /* both ran here; bytecode vs an ISA emulated on this host */
		table_set(t, r, 6, "n/a: one host; the system VMs also ran a foreign ISA (%s) here",
			  v->machine);
	else /* a kernel of the guest's own choosing */
		table_set(t, r, 6, "%s", strcmp(p->kernel, v->kernel) != 0 ? "System-VM" : "n/a");
}

static void tradeoffs_table(struct table *t, const struct session *s)
{
	static const char *const procs[] = { "hotspot", "jvm", NULL };
	static const char *const syss[] = { "qemu-system", "hv", NULL };
	static const struct { const char *factor, *pvm, *svm, *winner; } rows[] = {
		{ "Raw performance", "80-95%", "95-98%", "System-VM" },
		{ "Startup time", "1-2s", "30-60s", "Process-VM" },
		{ "Memory efficiency", "50-200MB", "500MB-2GB", "Process-VM" },
		{ "Isolation", "Weak", "Strong", "System-VM" },
		{ "Portability", "High", "Low", "Process-VM" },
		{ "OS flexibility", "None", "Full", "System-VM" },
	};
	table_init(t);
	table_col(t, "factor", false);
	table_col(t, "seed: Process-VM", false);
	table_col(t, "measured: best of HotSpot, jvm", false);
	table_col(t, "seed: System-VM", false);
	table_col(t, "measured: best of qemu-system, hv", false);
	table_col(t, "seed's winner", false);
	table_col(t, "measured winner", false);
	for (int i = 0; i < 6; i++) {
		int r = table_row(t);
		table_set(t, r, 0, "%s", rows[i].factor);
		table_set(t, r, 1, "%s", rows[i].pvm);
		table_set(t, r, 3, "%s", rows[i].svm);
		table_set(t, r, 5, "%s", rows[i].winner);
		if (i >= 3) {
			probed_tradeoff(t, r, s, i);
			continue;
		}
		bool lower;
		double p = best(s, procs, i, &lower), v = best(s, syss, i, &lower);
		char a[32], b[32];
		char *(*fmt)(char *, size_t, double) = i == 0 ? fmt_pct : i == 1 ? fmt_time : fmt_rss;
		table_set(t, r, 2, "%s", fmt(a, sizeof a, p));
		table_set(t, r, 4, "%s", fmt(b, sizeof b, v));
		if (isfinite(p) && isfinite(v))
			table_set(t, r, 6, "%s", (lower ? p < v : p > v) ? "Process-VM" : "System-VM");
		else
			table_set(t, r, 6, "n/a");
	}
}

/* ---- start-up and density ----------------------------------------------- */

static void startup_table(struct table *t, const struct session *s)
{
	char a[32], b[32], c[32];
	table_init(t);
	table_col(t, "engine", false);
	table_col(t, "hello: launch to exit", true);
	table_col(t, "launch to first guest userspace line", true);
	table_col(t, "peak RSS", true);
	for (int e = 0; e < s->ne; e++) {
		int w = row_of(s, "hello", K_STARTUP, e);
		if (w < 0)
			continue;
		const struct cell *x = session_cell(s, w, e);
		int r = table_row(t);
		table_set(t, r, 0, "%s", s->e[e]->name);
		table_set(t, r, 1, "%s", cell_text(a, sizeof a, x, M_WALL, true));
		if (s->e[e]->console)
			table_set(t, r, 2, "%s", cell_text(b, sizeof b, x, M_BOOT, true));
		table_set(t, r, 3, "%s", cell_text(c, sizeof c, x, M_RSS, true));
	}
}

static void density_table(struct table *t, const struct session *s)
{
	char a[96], b[32], c[32], d[32], e[32];
	table_init(t);
	table_col(t, "engine", false);
	table_col(t, "fit", true);
	table_col(t, "PSS per instance", true);
	table_col(t, "RSS per instance", true);
	table_col(t, "guest RAM resident", true);
	table_col(t, "RSS minus guest RAM", true);
	table_col(t, "ready after", true);
	table_col(t, "command", false);
	for (int i = 0; i < s->nd; i++) {
		const struct density *x = &s->density[i];
		int r = table_row(t);
		table_set(t, r, 0, "%s", x->e->name);
		table_set(t, r, 1, "%s", density_text(a, sizeof a, s, x->e->name));
		if (x->note[0])
			table_set(t, r, 1, "%d (%s)", x->fit, x->note);
		if (x->fit > 0) {
			table_set(t, r, 2, "%s", fmt_rss(b, sizeof b, x->pss_kb / x->fit));
			table_set(t, r, 3, "%s", fmt_rss(c, sizeof c, x->rss_kb));
			if (isfinite(x->ram_rss_kb)) {
				table_set(t, r, 4, "%s", fmt_rss(d, sizeof d, x->ram_rss_kb));
				table_set(t, r, 5, "%s", fmt_rss(e, sizeof e, x->rss_kb - x->ram_rss_kb));
			}
			table_set(t, r, 6, "%s", fmt_time(a, sizeof a, x->ready_s));
		}
		table_set(t, r, 7, "`%s`", x->cmd);
	}
}

/* ---- per-workload phases ------------------------------------------------ */

/* Whether engine e has any throughput cell, I/O included. */
static bool runs_any(const struct session *s, int e)
{
	for (int w = 0; w < s->nw; w++)
		if ((s->w[w]->kind & K_THROUGHPUT) && engine_runs(s->e[e], s->w[w]))
			return true;
	return false;
}

/* Rows: workload rows; columns: engines; cells "cold / warm / peak". */
static void iterations_table(struct table *t, const struct session *s)
{
	int col[MAX_ENGINES];
	table_init(t);
	table_col(t, "workload", false);
	table_col(t, "size x iterations", true);
	for (int e = 0; e < s->ne; e++)
		col[e] = runs_any(s, e) ? table_col(t, s->e[e]->name, true) : -1;
	for (int w = 0; w < s->nw; w++) {
		if (!(s->w[w]->kind & K_THROUGHPUT))
			continue;
		int r = table_row(t);
		table_set(t, r, 0, "%s", s->w[w]->name);
		table_set(t, r, 1, "%s x %d", s->w[w]->size[s->tier], s->w[w]->iters[s->tier]);
		for (int e = 0; e < s->ne; e++) {
			const struct cell *c = session_cell(s, w, e);
			char a[32], b[32], d[32];
			if (col[e] < 0 || c->state == CELL_UNUSED)
				continue;
			if (c->state != CELL_OK || isnan(cell_median(c, M_WARM)))
				table_set(t, r, col[e], "%s", cell_text(a, sizeof a, c, M_WALL, false));
			else
				table_set(t, r, col[e], "%s / %s / %s",
					  fmt_time(a, sizeof a, cell_median(c, M_COLD)),
					  fmt_time(b, sizeof b, cell_median(c, M_WARM)),
					  fmt_time(d, sizeof d, cell_median(c, M_PEAK)));
		}
	}
}

/* ---- output -------------------------------------------------------------- */

static void md_table(FILE *f, struct table *t)
{
	table_markdown(f, t);
	table_free(t);
	fprintf(f, "\n");
}

void seed_markdown(FILE *f, const struct session *s)
{
	struct table t;
	char budget[32];
	fprintf(f, "## Steady-state speed, %% of native\n\n"
		   "Native's warm time / the engine's, on the same workload at the same size "
		   "(100%% = as fast as native; 1%% = 100x slower). Warm: the median of the "
		   "later half of the iterations timed inside one process (or one guest), "
		   "median over runs. The process-level VMs run the first size, the "
		   "system-level VMs (an emulated CPU under Linux) the second. Chart: "
		   "[speed.svg](speed.svg).\n\n");
	speed_table(&t, s, M_WARM);
	md_table(f, &t);

	fprintf(f, "## The seed's claims, measured\n\n"
		   "Each claim as the seed states it (`../shared/seed/000_*.md`), beside the figure "
		   "measured here. The system VMs here emulate a RISC-V machine on an x86-64 host "
		   "(there is no VT-x/EPT path for a foreign ISA), so they stand for the seed's "
		   "software techniques — interpretation, binary translation, software MMUs — not "
		   "for a hardware-assisted hypervisor.\n\n");
	fprintf(f, "### Process-level VM vs system-level VM (seed, part 3)\n\n");
	comparison_table(&t, s);
	md_table(f, &t);
	fprintf(f, "### JVM phases (seed, part 1C)\n\n"
		   "Geometric means over the throughput workloads, as %% of native's steady "
		   "state. Cold: the first iteration in a fresh process; steady: the median of "
		   "the later half; peak: the best one.\n\n");
	phases_table(&t, s);
	md_table(f, &t);
	fprintf(f, "### Hypervisor performance breakdown (seed, part 2C)\n\n"
		   "Steady-state speed, %% of native (geometric mean over the workloads named).\n\n");
	breakdown_table(&t, s);
	md_table(f, &t);
	fprintf(f, "### Trade-offs (seed, summary)\n\n");
	tradeoffs_table(&t, s);
	md_table(f, &t);

	fprintf(f, "## Start-up and memory\n\nChart: [startup-memory.svg](startup-memory.svg) "
		   "(each engine's start-up against its memory per instance, beside the seed's "
		   "claimed ranges).\n\n");
	startup_table(&t, s);
	md_table(f, &t);
	if (s->nd) {
		fprintf(f, "### Density: idle instances in %s of summed PSS (cap %d)\n\n"
			   "Launched one at a time, each waited for until ready; PSS from "
			   "`/proc/<pid>/smaps_rollup` with all instances up; guest RAM resident: "
			   "the Rss of the guest-RAM mapping in `/proc/<pid>/smaps`. All were killed "
			   "afterwards.\n\n", fmt_rss(budget, sizeof budget, s->budget_kb), s->cap);
		density_table(&t, s);
		md_table(f, &t);
	} else {
		fprintf(f, "Density: not run (%s).\n\n",
			s->no_density ? "--no-density, or --tiny" : "no engine with an idle command");
	}
	fprintf(f, "## I/O: emulation vs virtio\n\n");
	if (ran_io(s)) {
		fprintf(f, "The same bytes through hv's emulated 16550 UART (every byte an MMIO "
			   "access the VMM handles) and through virtio-console (a buffer per "
			   "notification), and the disk image read through virtio-blk "
			   "(`bench/workloads/io.c`; guests with `--console virtio --disk "
			   "IMAGE,ro`, QEMU with virtio-serial and virtio-blk-device). Native "
			   "writes the same lines to its stdout and reads the image file (from "
			   "the page cache, as the VMMs do); in the guest the disk is read with "
			   "O_DIRECT so each iteration reaches the device. Network: TCP from the "
			   "guest through virtio-net and user-mode networking (libslirp; QEMU's "
			   "`-netdev user`) to a sink in vmbench (`bench/netsink.c`) that checks "
			   "every byte; natively through the loopback device. Warm throughput, "
			   "median of runs.\n\n");
		io_table(&t, s);
		md_table(f, &t);
	} else {
		fprintf(f, "Not run in this session (`bin/vmbench --only io`, or the full "
			   "run).\n\n");
	}
	fprintf(f, "## Isolation probe\n\nWhat each engine's workload sees of the host "
		   "(`bench/workloads/probe.c`; `Probe.java` on the JVMs): a file vmbench wrote "
		   "in /tmp with a random token, vmbench's own process in /proc, and the kernel "
		   "release and machine it reports. It only looks; nothing is changed.\n\n");
	probe_table(&t, s);
	md_table(f, &t);
	fprintf(f, "## Cold / warm / peak per workload\n\nTimes per iteration inside the "
		   "process or guest (median over runs): first / later-half median / best.");
	int more = 0;
	for (int e = 0; e < s->ne; e++)
		if (s->e[e]->iter_scale > 1)
			fprintf(f, "%s%s (%dx)", more++ ? ", " : " Engines running more iterations "
							       "than shown: ", s->e[e]->name,
				s->e[e]->iter_scale);
	fprintf(f, "%s\n\n", more ? "." : "");
	iterations_table(&t, s);
	md_table(f, &t);
}

void seed_terminal(FILE *f, const struct session *s)
{
	struct table t;
	const char *names[MAX_WORKLOADS];
	if (throughput_names(s, names) > 0) {
		fprintf(f, "\nSteady-state speed, %% of native (warm iterations; native = 100%%):\n");
		speed_table(&t, s, M_WARM);
		table_text(f, &t);
		table_free(&t);
	}
	fprintf(f, "\nThe seed's claims beside this run (details in results.md):\n");
	table_init(&t);
	struct table full;
	comparison_table(&full, s);
	/* the terminal gets the figures, not the "how measured" column */
	for (int c = 0; c < 7; c++)
		table_col(&t, full.head[c], false);
	for (int r = 0; r < 4 && r < full.nrows; r++) {
		int row = table_row(&t);
		for (int c = 0; c < 7; c++)
			table_set(&t, row, c, "%s", full.cell[r][c] ? full.cell[r][c] : "");
	}
	table_free(&full);
	table_text(f, &t);
	table_free(&t);
	bool jvms = false;
	for (int e = 0; e < s->ne; e++)
		jvms |= (s->e[e]->groups & G_JVM) && !s->e[e]->reference;
	if (jvms) {
		fprintf(f, "\nJVM phases, %% of native (geometric means):\n");
		phases_table(&t, s);
		table_text(f, &t);
		table_free(&t);
	}
	if (ran_io(s)) {
		fprintf(f, "\nI/O, emulated UART vs virtio (warm throughput):\n");
		io_table(&t, s);
		table_text(f, &t);
		table_free(&t);
	}
}
