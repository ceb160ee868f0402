/*
 * vmbench — the same workloads natively, on process-level VMs (bin/jvm,
 * HotSpot) and later on system-level VMs (hv, QEMU), measured side by side.
 *
 * Everything the bench compares is data: a table of workloads (workloads.c),
 * a table of engines that know how to run one form of a workload
 * (engines.c), and a table of comparisons with their targets (engines.c).
 * A "cell" is one (workload, engine) pair with its repeated measurements.
 */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H

#include <stdbool.h>
#include <stddef.h>

#define MAX_RUNS 100
#define MAX_ENGINES 16
#define MAX_WORKLOADS 32
#define MAX_ARGV 16

/* Groups select what `--only` runs: engines and workloads belong to some. */
enum {
	G_JVM = 1 << 0, /* process-level VMs: jvm, HotSpot */
	G_HV = 1 << 1,  /* system-level VMs: hv, QEMU */
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

struct workload {
	const char *name;       /* "fib": bench/workloads/fib.c */
	const char *java_class; /* "Fib": bench/workloads/Fib.java */
	const char *what;       /* one line for the report */
	unsigned groups, kind;
	const char *size[NTIERS]; /* argument; NULL = run without one */
};

/* Which build of a workload an engine runs. */
enum form { FORM_NONE, FORM_NATIVE, FORM_JAVA };

struct engine {
	const char *name;  /* short, used in --engines and tables */
	const char *label; /* for the report */
	unsigned groups, kinds;
	bool reference; /* its output is the truth other engines must match */
	/*
	 * argv template, NULL-terminated. Placeholders, each a whole word:
	 * {jvm} {java} the VM binaries; {native} this workload's native binary;
	 * {classes} the class directory; {class} the main class; {size} the
	 * size argument (the word is dropped when the workload has none).
	 */
	const char *argv[MAX_ARGV];
};

/* A ratio of two engines' medians on each workload of some kinds. */
enum metric { M_WALL, M_RSS, M_CPU /* user + sys */ };
struct comparison {
	const char *label;
	const char *num, *den; /* engine names */
	enum metric metric;
	unsigned kinds;
	double target; /* the ratio must be <= target; NAN: for information */
};

/* Paths an engine template expands to. */
struct paths {
	const char *jvm, *java; /* VM binaries */
	const char *build;      /* holds native/<name> and classes/ */
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
};

/* Facts about the machine, for the top of the report (machine.c). */
struct machine {
	char date[64], cpu[128], kernel[200], cc[160], java[128], java_vm[160];
	char jvm[128], commit[64];
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
	int nw, ne;
	const struct workload *w[MAX_WORKLOADS];
	const struct engine *e[MAX_ENGINES];
	char absent[MAX_ENGINES][160]; /* why engine i cannot run; "" if it can */
	struct cell *cells;            /* nw * ne, row-major by workload */
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
/* e's command with the paths filled in and the per-workload words shown as
 * <name>, <Class>, <size>: "java -Xint -cp build/rel/bench/classes <Class> <size>". */
char *engine_pattern(const struct engine *e, const struct paths *p, char *buf, size_t n);
/* NULL when e can run here, else why not (static string or buf). */
const char *engine_absent(const struct engine *e, const struct paths *p,
			  char *buf, size_t n);

#endif
