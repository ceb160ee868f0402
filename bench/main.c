/*
 * bin/vmbench — runs the bench's workloads on every engine present on this
 * machine, side by side, and writes bench/results/<date>/results.md.
 *
 *   bin/vmbench [--quick|--tiny] [--only jvm|hv|io] [--runs N] [--out DIR]
 *
 * See bench/README.md for the method and --help for every option.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench.h"
#include "bench/density.h"
#include "bench/report.h"
#include "bench/netsink.h"
#include "bench/probe.h"
#include "bench/runner.h"
#include "bench/schedule.h"
#include "bench/svg.h"

#ifndef BENCH_ROOT
#define BENCH_ROOT "."
#endif
#ifndef BENCH_BUILD
#define BENCH_BUILD "build/rel/bench"
#endif
#ifndef BENCH_JVM
#define BENCH_JVM "bin/jvm"
#endif
#ifndef BENCH_HV
#define BENCH_HV "bin/hv"
#endif

struct options {
	enum tier tier;
	int runs, warmup; /* -1: the tier's default */
	double timeout;
	unsigned only;
	const char *out, *engines, *workloads;
	bool list;
	int density; /* -1: the tier's default, 0 off, 1 on */
	int cap;
	double budget_mb;
	struct engine custom[4];
	char *custom_words[4]; /* what custom[i].argv points into */
	int ncustom;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: vmbench [options]\n"
		"  --quick            demo sizes, 3 runs (a few minutes)\n"
		"  --tiny             smallest sizes, 1 run (smoke test)\n"
		"  --only GROUP       jvm | hv | io: only that comparison\n"
		"                     (jvm: process-level VMs; hv: system-level VMs)\n"
		"  --runs N           timed runs per engine and workload\n"
		"  --warmup N         untimed runs before them\n"
		"  --out DIR          where results.md and runs.tsv go\n"
		"                     (default bench/results/<date>)\n"
		"  --engines A,B      only these engines (native is always added)\n"
		"  --workloads A,B    only these workloads\n"
		"  --engine NAME=CMD  an extra engine, CMD a template such as\n"
		"                     'java -Xss4m -cp {classes} {class} {size}'\n"
		"  --jvm PATH         bin/jvm to measure (default %s)\n"
		"  --java PATH        HotSpot's java (default: java in $PATH)\n"
		"  --hv PATH          bin/hv to measure (default %s)\n"
		"  --density / --no-density  the idle-instance density test\n"
		"                     (default: on, except with --tiny)\n"
		"  --budget MIB       density: summed PSS budget (default 2048)\n"
		"  --cap N            density: most instances per engine\n"
		"                     (default 16 with --quick, else 64)\n"
		"  --timeout S        kill a run after S seconds\n"
		"  --list             list engines and workloads, then exit\n",
		BENCH_JVM, BENCH_HV);
}

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "vmbench: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	exit(2);
}

/* "NAME=word word ..." into an engine that runs every kind of workload. */
static void add_custom(struct options *o, const char *spec)
{
	const char *eq = strchr(spec, '=');
	if (!eq || eq == spec || o->ncustom == 4)
		die("bad --engine %s (want NAME=COMMAND, at most 4)", spec);
	struct engine *e = &o->custom[o->ncustom++];
	e->name = strndup(spec, eq - spec);
	e->label = strdup(eq + 1);
	e->groups = G_ALL;
	e->kinds = K_ALL;
	char *words = strdup(eq + 1), *save = NULL;
	o->custom_words[o->ncustom - 1] = words;
	int n = 0;
	for (char *w = strtok_r(words, " ", &save); w && n < MAX_ARGV - 1;
	     w = strtok_r(NULL, " ", &save))
		e->argv[n++] = w;
	if (n == 0)
		die("empty command in --engine %s", spec);
}

static unsigned parse_group(const char *s)
{
	for (unsigned g = G_JVM; g <= G_IO; g <<= 1)
		if (strcmp(group_name(g), s) == 0)
			return g;
	die("--only wants jvm, hv or io, not %s", s);
	return 0;
}

static int parse_int(const char *s, int lo, int hi)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end || v < lo || v > hi)
		die("bad number %s", s);
	return (int)v;
}

static void parse(int argc, char **argv, struct options *o)
{
	static const struct option opts[] = {
		{ "quick", no_argument, 0, 'q' },     { "tiny", no_argument, 0, 't' },
		{ "only", required_argument, 0, 'o' }, { "runs", required_argument, 0, 'r' },
		{ "warmup", required_argument, 0, 'w' }, { "out", required_argument, 0, 'O' },
		{ "engines", required_argument, 0, 'e' },
		{ "workloads", required_argument, 0, 'W' },
		{ "engine", required_argument, 0, 'E' }, { "jvm", required_argument, 0, 'j' },
		{ "java", required_argument, 0, 'J' }, { "timeout", required_argument, 0, 'T' },
		{ "list", no_argument, 0, 'l' },      { "help", no_argument, 0, 'h' },
		{ "hv", required_argument, 0, 'H' },  { "density", no_argument, 0, 'd' },
		{ "no-density", no_argument, 0, 'D' }, { "budget", required_argument, 0, 'B' },
		{ "cap", required_argument, 0, 'C' },
		{ 0, 0, 0, 0 },
	};
	*o = (struct options){ .tier = TIER_FULL, .runs = -1, .warmup = -1, .only = G_ALL,
			       .density = -1 };
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'q': o->tier = TIER_QUICK; break;
		case 't': o->tier = TIER_TINY; break;
		case 'o': o->only = parse_group(optarg); break;
		case 'r': o->runs = parse_int(optarg, 1, MAX_RUNS); break;
		case 'w': o->warmup = parse_int(optarg, 0, 10); break;
		case 'O': o->out = optarg; break;
		case 'e': o->engines = optarg; break;
		case 'W': o->workloads = optarg; break;
		case 'E': add_custom(o, optarg); break;
		case 'j': setenv("VMBENCH_JVM", optarg, 1); break;
		case 'J': setenv("VMBENCH_JAVA", optarg, 1); break;
		case 'T': o->timeout = parse_int(optarg, 1, 86400); break;
		case 'l': o->list = true; break;
		case 'H': setenv("VMBENCH_HV", optarg, 1); break;
		case 'd': o->density = 1; break;
		case 'D': o->density = 0; break;
		case 'B': o->budget_mb = parse_int(optarg, 1, 1 << 20); break;
		case 'C': o->cap = parse_int(optarg, 1, 256); break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (optind < argc)
		die("unexpected argument %s", argv[optind]);
}

static const struct engine *find_engine(const struct options *o, const char *name)
{
	for (int i = 0; i < o->ncustom; i++)
		if (strcmp(o->custom[i].name, name) == 0)
			return &o->custom[i];
	return engine_find(name);
}

static void add_engine(struct session *s, const struct engine *e)
{
	for (int i = 0; i < s->ne; i++)
		if (s->e[i] == e)
			return;
	if (s->ne == MAX_ENGINES)
		die("too many engines%s", "");
	s->e[s->ne++] = e;
}

/* Finds the guest the system VMs boot (bench/guest/initrd.sh): sets the
 * kernel and initramfs paths, or why there is none. */
static void probe_guest(struct paths *p)
{
	static char kernel[PATH_MAX], initrd[PATH_MAX], why[200];
	char script[] = "bench/guest/initrd.sh";
	char *argv[] = { script, (char *)p->build, NULL };
	struct run_result r;
	run_measured(argv, 60, &r);
	const char *l1 = r.out ? r.out : "", *l2 = strchr(l1, '\n');
	if (r.status == RUN_OK && l2 && l2[1]) {
		snprintf(kernel, sizeof kernel, "%.*s", (int)(l2 - l1), l1);
		snprintf(initrd, sizeof initrd, "%.*s", (int)strcspn(l2 + 1, "\n"), l2 + 1);
		p->kernel = kernel;
		p->initrd = initrd;
	} else {
		snprintf(why, sizeof why, "%.*s", (int)strcspn(*l1 ? l1 : r.err ? r.err : "", "\n"),
			 *l1 ? l1 : r.err ? r.err : "");
		if (!why[0])
			snprintf(why, sizeof why, "bench/guest/initrd.sh failed");
		p->guest_why = why;
	}
	run_result_free(&r);
}

/* The I/O rows' disk image: 64 MiB of a known pattern (io.c mkdisk), made
 * once; natively io.c reads it through $VMBENCH_DISK, guests as /dev/vda. */
static void prepare_disk(struct paths *p)
{
	static char path[PATH_MAX], io[PATH_MAX];
	struct stat st;
	snprintf(path, sizeof path, "%s/guest/disk.img", p->build);
	snprintf(io, sizeof io, "%s/native/io", p->build);
	if (stat(path, &st) < 0 || st.st_size != 64 << 20) {
		char *argv[] = { io, "mkdisk", path, "64", NULL };
		struct run_result r;
		run_measured(argv, 60, &r);
		bool ok = r.status == RUN_OK;
		run_result_free(&r);
		if (!ok)
			return;
	}
	p->disk = path;
	setenv("VMBENCH_DISK", path, 1);
}

/* The net-send row's sink (netsink.c): natively io.c finds it through
 * $VMBENCH_NET_PORT, guests on their kernel command line. */
static void prepare_net(struct paths *p)
{
	static char port[16];
	p->net_port = net_sink_start();
	if (p->net_port <= 0)
		return;
	snprintf(port, sizeof port, "%d", p->net_port);
	setenv("VMBENCH_NET_PORT", port, 1);
}

static bool uses(const struct engine *e, const char *placeholder)
{
	for (int i = 0; e->argv[i]; i++)
		if (strstr(e->argv[i], placeholder))
			return true;
	return false;
}

/* The engines: native first (the reference), then --engines or the table. */
static void select_engines(struct session *s, const struct options *o)
{
	add_engine(s, engine_find("native"));
	if (o->engines) {
		char *list = strdup(o->engines), *save = NULL;
		for (char *n = strtok_r(list, ",", &save); n; n = strtok_r(NULL, ",", &save)) {
			const struct engine *e = find_engine(o, n);
			if (!e)
				die("no engine %s (see --list)", n);
			add_engine(s, e);
		}
		free(list);
	} else {
		for (int i = 0; i < nengines; i++)
			if (engines[i].groups & o->only)
				add_engine(s, &engines[i]);
		for (int i = 0; i < o->ncustom; i++)
			add_engine(s, &o->custom[i]);
	}
	for (int e = 0; e < s->ne; e++) {
		if (s->e[e]->console && !s->paths.kernel && !s->paths.guest_why)
			probe_guest(&s->paths);
		if (uses(s->e[e], "{disk}") && !s->paths.disk)
			prepare_disk(&s->paths);
		if (uses(s->e[e], "{netport}") && s->paths.net_port <= 0)
			prepare_net(&s->paths);
	}
	for (int e = 0; e < s->ne; e++) {
		const char *why = engine_absent(s->e[e], &s->paths, s->absent[e],
						sizeof s->absent[e]);
		if (why && why != s->absent[e])
			snprintf(s->absent[e], sizeof s->absent[e], "%s", why);
	}
}

/* Whether name is in the comma-separated list. */
static bool listed(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, name, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

static void select_workloads(struct session *s, const struct options *o)
{
	if (o->workloads) { /* every name asked for must exist */
		char *list = strdup(o->workloads), *save = NULL;
		for (char *n = strtok_r(list, ",", &save); n; n = strtok_r(NULL, ",", &save))
			if (!workload_find(n))
				die("no workload %s (see --list)", n);
		free(list);
	}
	for (int i = 0; i < nworkloads; i++) {
		const struct workload *w = &workloads[i];
		if ((w->groups & o->only) && (!o->workloads || listed(o->workloads, w->name)))
			s->w[s->nw++] = w;
	}
}

static void list(const struct session *s)
{
	printf("engines:\n");
	for (int e = 0; e < s->ne; e++)
		printf("  %-12s %-45s %s\n", s->e[e]->name, s->e[e]->label,
		       s->absent[e][0] ? s->absent[e] : "present");
	printf("workloads (group: sizes tiny / quick / full, x iterations):\n");
	for (int w = 0; w < s->nw; w++) {
		const struct workload *x = s->w[w];
		printf("  %-12s %-13s %-3s %s / %s / %s", x->name, x->java_class ? x->java_class : "-",
		       group_name(x->groups), x->size[0] ? x->size[0] : "-",
		       x->size[1] ? x->size[1] : "-", x->size[2] ? x->size[2] : "-");
		if (x->iters[TIER_FULL])
			printf(" x %d / %d / %d", x->iters[0], x->iters[1], x->iters[2]);
		printf("  %s\n", x->what);
	}
}

static int mkdirs(const char *path)
{
	char buf[PATH_MAX];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			if (mkdir(buf, 0777) < 0 && errno != EEXIST)
				return -1;
			*p = '/';
		}
	return mkdir(buf, 0777) < 0 && errno != EEXIST ? -1 : 0;
}

/* bench/results/<date>, or <date>-2, -3... when that exists already. */
static void default_out(char *buf, size_t n)
{
	char date[32];
	time_t t = time(NULL);
	strftime(date, sizeof date, "%Y-%m-%d", localtime(&t));
	snprintf(buf, n, "%s/bench/results/%s", BENCH_ROOT, date);
	for (int i = 2; access(buf, F_OK) == 0; i++)
		snprintf(buf, n, "%s/bench/results/%s-%d", BENCH_ROOT, date, i);
}

static void write_file(const char *dir, const char *name, const struct session *s,
		       void (*fn)(FILE *, const struct session *))
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f)
		die("cannot write %s", path);
	fn(f, s);
	if (fclose(f) != 0)
		die("cannot write %s", path);
}

static char *command_line(int argc, char **argv)
{
	static char buf[1024];
	char *args[64];
	int n = 0;
	args[n++] = "bin/vmbench";
	for (int i = 1; i < argc && n < 63; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	return shell_join(buf, sizeof buf, args);
}

int main(int argc, char **argv)
{
	static struct session s;
	struct options o;
	static const int runs[NTIERS] = { 1, 3, 5 }, warmup[NTIERS] = { 0, 0, 1 };
	static const double timeout[NTIERS] = { 30, 60, 300 };
	char out[PATH_MAX];

	parse(argc, argv, &o);
	if (o.out && o.out[0] != '/') { /* relative to where we were started */
		char cwd[PATH_MAX];
		if (snprintf(out, sizeof out, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : ".",
			     o.out) >= (int)sizeof out)
			die("--out %s: path too long", o.out);
	} else if (o.out) {
		snprintf(out, sizeof out, "%s", o.out);
	}
	if (chdir(BENCH_ROOT) < 0)
		die("cannot enter %s", BENCH_ROOT);

	s.cmdline = command_line(argc, argv);
	s.root = BENCH_ROOT;
	s.paths.jvm = getenv("VMBENCH_JVM") ? getenv("VMBENCH_JVM") : BENCH_JVM;
	s.paths.java = getenv("VMBENCH_JAVA") ? getenv("VMBENCH_JAVA") : "java";
	s.paths.hv = getenv("VMBENCH_HV") ? getenv("VMBENCH_HV") : BENCH_HV;
	s.paths.build = BENCH_BUILD;
	s.tier = o.tier;
	s.runs = o.runs > 0 ? o.runs : runs[o.tier];
	s.warmup = o.warmup >= 0 ? o.warmup : warmup[o.tier];
	s.timeout = o.timeout > 0 ? o.timeout : timeout[o.tier];
	s.no_density = o.density >= 0 ? !o.density : o.tier == TIER_TINY;
	s.budget_kb = (o.budget_mb > 0 ? o.budget_mb : 2048) * 1024;
	s.cap = o.cap > 0 ? o.cap : o.tier == TIER_QUICK ? 16 : 64;
	select_engines(&s, &o);
	select_workloads(&s, &o);
	if (o.list) {
		list(&s);
		return 0;
	}
	if (s.nw == 0) {
		fprintf(stderr, "vmbench: no workloads in group %s\n", group_name(o.only));
		return 0;
	}
	if (!o.out)
		default_out(out, sizeof out);
	if (mkdirs(out) < 0)
		die("cannot create %s", out);

	machine_probe(&s.machine, &s.paths);
	fprintf(stderr, "vmbench: %d workloads x %d engines, %d run%s each (+%d warm-up); %s\n",
		s.nw, s.ne, s.runs, s.runs == 1 ? "" : "s", s.warmup,
		s.machine.cds ? "HotSpot CDS on" : "HotSpot CDS OFF or absent");
	for (int e = 0; e < s.ne; e++)
		if (s.absent[e][0])
			fprintf(stderr, "vmbench: engine %s absent: %s\n", s.e[e]->name, s.absent[e]);
	session_run(&s);
	if (!s.no_density)
		density_run(&s);
	probe_run(&s);

	report_terminal(stdout, &s);
	write_file(out, "results.md", &s, report_markdown);
	write_file(out, "runs.tsv", &s, report_tsv);
	write_file(out, "speed.svg", &s, svg_speed);
	write_file(out, "startup-memory.svg", &s, svg_startup_memory);
	printf("\nResults and the command behind every figure: %s/results.md\n", out);
	session_free(&s);
	for (int i = 0; i < o.ncustom; i++) {
		free((char *)o.custom[i].name);
		free((char *)o.custom[i].label);
		free(o.custom_words[i]);
	}
	return 0;
}
