/*
 * vmbench — the same workloads natively, on process-level VMs (bin/jvm,
 * HotSpot) and on system-level VMs (hv, QEMU), measured side by side.
 *
 * Everything the bench compares is data: a table of workloads (workloads.c),
 * a table of engines that know how to run one form of a workload
 * (engines.c), and a table of comparisons with their targets (engines.c).
 * A "cell" is one (workload, engine) pair with its repeated measurements.
 */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#include "bench/probe.h"

#define MAX_RUNS 100
#define MAX_ENGINES 16
#define MAX_WORKLOADS 32
#define MAX_ARGV 32

/* Groups select what `--only` runs: engines and workloads belong to some. */
enum {
	G_JVM = 1 << 0, /* process-level VMs: jvm, HotSpot */
	G_HV = 1 << 1,  /* system-level VMs: hv, QEMU (and qemu-user beside) */
	G_IO = 1 << 2,  /* I/O workloads (later) */
	G_ALL = G_JVM | G_HV | G_IO,
};

/* What a workload measures; engines say which kinds they run. */
enum {
	K_STARTUP = 1 << 0,    /* start-up cost: wall time and peak RSS */
	K_THROUGHPUT = 1 << 1, /* steady work: wall time */
	K_ALL = K_STARTUP | K_THROUGHPUT,
};

/* Size tiers: --tiny (smoke test), --quick (demo), default (full). */
enum tier { TIER_TINY, TIER_QUICK, TIER_FULL, NTIERS };

/*
 * A workload at the sizes of one group: the process-level VMs run "fib" at
 * one size, the system-level VMs (an interpreted CPU under a whole OS) at a
 * smaller one, each beside native at the same size. So a name may have two
 * rows, one per group; a row belongs to exactly one group.
 */
struct workload {
	const char *name;       /* "fib": bench/workloads/fib.c */
	const char *java_class; /* "Fib": bench/workloads/Fib.java */
	const char *what;       /* one line for the report */
	unsigned groups, kind;
	/* The argument; NULL = run without one. Several words (io's "write
	 * uart 128") become several arguments. */
	const char *size[NTIERS];
	/* Iterations inside one process (the last argument), each timed by the
	 * workload itself: first = cold, later = warm, best = peak. 0: none. */
	int iters[NTIERS];
	const char *prog; /* the C program, when not name.c (io rows: io.c) */
};

struct engine {
	const char *name;  /* short, used in --engines and tables */
	const char *label; /* for the report */
	unsigned groups, kinds;
	bool reference; /* its output is the truth other engines must match */
	/* A system VM: stdout is the guest's console, where /bench/init frames
	 * the workload's output with VMBENCH-* markers (bench/guest/init.c). */
	bool console;
	int guest_ram_mb; /* the guest's RAM (--mem / -m), for RSS minus RAM */
	/* Runs this many times the workload's iterations: a JIT needs more
	 * of them to reach its steady state, and native's are cheap. */
	int iter_scale;
	/*
	 * argv template, NULL-terminated. Placeholders:
	 * {jvm} {java} {hv} the VM binaries; {native} {rv64} this workload's
	 * x86-64 / riscv64 static build; {classes} the class directory; {class}
	 * the main class; {size} {iters} the arguments (the word is dropped when
	 * the workload has none); {kernel} {initrd} the guest's; {job} the
	 * guest job "name[:size[:iters]]". Placeholders may sit inside a word.
	 */
	const char *argv[MAX_ARGV];
	/* An idle instance for the density test (NULL: none), and what it
	 * prints on stdout once it is up and idle. */
	const char *idle[MAX_ARGV];
	const char *ready;
};

/* What a cell shows. M_BOOT: launch to the guest's first userspace line;
 * M_COLD/M_WARM/M_PEAK: the workload's own per-iteration times (first,
 * median of the later half, best). */
enum metric { M_WALL, M_RSS, M_CPU /* user + sys */, M_BOOT, M_COLD, M_WARM, M_PEAK };
struct comparison {
	const char *label;
	const char *num, *den; /* engine names */
	enum metric metric;
	unsigned kinds;
	double target; /* the ratio must be <= target; NAN: for information */
};

/* Paths an engine template expands to. */
struct paths {
	const char *jvm, *java, *hv; /* VM binaries */
	const char *build;           /* holds native/<name>, rv64/<name>, classes/ */
	const char *disk;            /* the I/O rows' disk image (NULL: not made) */
	int net_port;                /* netsink.c's port on 127.0.0.1 (0: none) */
	/* The guest (bench/guest/initrd.sh): NULL when absent, guest_why says why. */
	const char *kernel, *initrd, *guest_why;
};

enum cell_state {
	CELL_PENDING,
	CELL_OK,
	CELL_WRONG,   /* output differs from the reference: never timed */
	CELL_FAILED,  /* non-zero exit or signal */
	CELL_TIMEOUT,
	CELL_ABSENT,  /* engine not on this machine */
	CELL_NOREF,   /* the reference failed, so nothing can be verified */
	CELL_UNUSED,  /* the engine does not run this kind of workload */
};

struct cell {
	const struct workload *w;
	const struct engine *e;
	enum cell_state state;
	char *argv[MAX_ARGV];
	char cmd[512];   /* argv as a shell command, for the report */
	char note[256];  /* why it failed, or the wrong output */
	int n;           /* timed runs so far */
	double wall[MAX_RUNS], user[MAX_RUNS], sys[MAX_RUNS], rss_kb[MAX_RUNS];
	/* NAN when the run did not report it (no marker, no iteration lines). */
	double boot[MAX_RUNS], cold[MAX_RUNS], warm[MAX_RUNS], peak[MAX_RUNS];
};

/* The density test of one engine: idle instances launched until their
 * summed PSS reaches the budget or the cap (density.c). */
struct density {
	const struct engine *e;
	int launched;      /* instances that came up */
	int fit;           /* of those, how many fit in the budget */
	bool capped;       /* stopped at the cap before the budget was reached */
	double pss_kb;     /* summed PSS of the instances that fit */
	double rss_kb;     /* mean RSS per instance */
	double ram_rss_kb; /* mean resident guest RAM per instance (VMs), else NAN */
	double ready_s;    /* median time from launch to ready */
	char cmd[512];
	char note[200];    /* why it stopped early, if it did */
};

/* Facts about the machine, for the top of the report (machine.c). */
struct machine {
	char date[64], cpu[128], kernel[200], cc[160], java[128], java_vm[160];
	char jvm[128], commit[64];
	char qemu[128], rvcc[160]; /* qemu-system-riscv64 --version; riscv64 gcc */
	long mem_kb;               /* MemTotal */
	int ncpus;
	bool cds; /* HotSpot says "sharing": its CDS archive is in use */
};
void machine_probe(struct machine *m, const struct paths *p);

/* One invocation of vmbench: what was asked, and every cell measured. */
struct session {
	const char *cmdline; /* as typed, for the report */
	const char *root;    /* directory commands run in */
	struct paths paths;
	struct machine machine;
	enum tier tier;
	int runs, warmup;
	double timeout;
	bool no_density;
	double budget_kb; /* density: summed PSS budget */
	int cap;          /* density: most instances per engine */
	int nw, ne, nd;
	const struct workload *w[MAX_WORKLOADS];
	const struct engine *e[MAX_ENGINES];
	char absent[MAX_ENGINES][160]; /* why engine i cannot run; "" if it can */
	struct cell *cells;            /* nw * ne, row-major by workload */
	struct density density[MAX_ENGINES];
	struct probe probe[MAX_ENGINES]; /* probe.c: isolation, by engine index */
};

static inline struct cell *session_cell(const struct session *s, int wi, int ei)
{
	return &s->cells[wi * s->ne + ei];
}

/* Built-in tables (workloads.c, engines.c). */
extern const struct workload workloads[];
extern const int nworkloads;
extern const struct engine engines[];
extern const int nengines;
extern const struct comparison comparisons[];
extern const int ncomparisons;

const struct workload *workload_find(const char *name);
const struct engine *engine_find(const char *name);
const char *group_name(unsigned group);

/*
 * Expands e's template for workload w into argv (malloc'ed words).
 * Returns the number of words, or -1 when a placeholder has no value.
 */
int engine_argv(const struct engine *e, const struct workload *w, enum tier t,
		const struct paths *p, char **argv);
/* The same for e's idle command (density); -1 when it has none. */
int engine_idle_argv(const struct engine *e, const struct paths *p, char **argv);
/* Whether e runs workload w at all (its kinds and groups). */
bool engine_runs(const struct engine *e, const struct workload *w);
/* e's command with the paths filled in and the per-workload words shown as
 * <name>, <Class>, <size>: "java -Xint -cp build/rel/bench/classes <Class> <size>". */
char *engine_pattern(const struct engine *e, const struct paths *p, char *buf, size_t n);
/* NULL when e can run here, else why not (static string or buf). */
const char *engine_absent(const struct engine *e, const struct paths *p,
			  char *buf, size_t n);

#endif
