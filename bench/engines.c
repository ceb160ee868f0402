/*
 * The engine table (how to run a workload on each machine) and the table of
 * comparisons with the targets.
 *
 * Process-level VMs run the Java build of a workload; qemu-user, hv and
 * qemu-system run its riscv64 static build: qemu-user as a process, hv and
 * qemu-system inside a booted Linux guest, where bench/guest/init.c runs it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench/bench.h"

#define JAVA_ARGS "-cp", "{classes}", "{class}", "{size}", "{iters}"
#define IDLE_JAVA "-cp", "{classes}", "Idle", NULL
/* quiet: kernel messages would land in the middle of the workload's output. */
#define HV_ARGS(job) "{hv}", "--mem", "256M", "--kernel", "{kernel}", "--initrd", "{initrd}", \
	"--append", "console=ttyS0 quiet rdinit=/bench/init vmbench=" job
#define QEMU_ARGS(job) "qemu-system-riscv64", "-M", "virt", "-bios", "default", "-nographic", \
	"-m", "256M", "-kernel", "{kernel}", "-initrd", "{initrd}", \
	"-append", "console=ttyS0 quiet rdinit=/bench/init vmbench=" job
/* The same machines with paravirtual devices beside the emulated UART: a
 * virtio console (hvc0, to the same stdout), the disk image on virtio-blk,
 * and virtio-net on user-mode networking, where the guest's 10.0.2.2 is the
 * host's loopback and vmbench's sink (netsink.c) listens on {netport}. */
#define IO_JOB "{job} VMBENCH_NET_PORT={netport}"
#define HV_IO_ARGS "{hv}", "--mem", "256M", "--kernel", "{kernel}", "--initrd", "{initrd}", \
	"--console", "virtio", "--disk", "{disk},ro", "--net", "user", \
	"--append", "console=ttyS0 quiet rdinit=/bench/init vmbench=" IO_JOB
#define QEMU_IO_ARGS QEMU_ARGS(IO_JOB), "-device", "virtio-serial-device", \
	"-chardev", "file,id=vc0,path=/dev/stdout", "-device", "virtconsole,chardev=vc0", \
	"-drive", "file={disk},format=raw,if=none,id=d0,readonly=on", \
	"-device", "virtio-blk-device,drive=d0", \
	"-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0"

const struct engine engines[] = {
	{ "native", "C, gcc -O2, natively", G_ALL, K_ALL, true, false, 0, 4,
	  { "{native}", "{size}", "{iters}", NULL },
	  { "{native_idle}", NULL }, "ready" },
	{ "jvm", "bin/jvm (default: interpreter + baseline JIT)", G_JVM, K_ALL, false, false, 0, 1,
	  { "{jvm}", JAVA_ARGS, NULL },
	  { "{jvm}", IDLE_JAVA }, "ready" },
	{ "jvm-int", "bin/jvm -Xint", G_JVM, K_THROUGHPUT, false, false, 0, 1,
	  { "{jvm}", "-Xint", JAVA_ARGS, NULL }, { NULL }, NULL },
	{ "hotspot", "HotSpot 17 (tiered JIT; CDS default -Xshare:auto)", G_JVM, K_ALL, false,
	  false, 0, 4, { "{java}", JAVA_ARGS, NULL },
	  { "{java}", IDLE_JAVA }, "ready" },
	{ "hotspot-c1", "HotSpot 17, C1 only (-XX:TieredStopAtLevel=1)", G_JVM, K_THROUGHPUT,
	  false, false, 0, 4, { "{java}", "-XX:TieredStopAtLevel=1", JAVA_ARGS, NULL },
	  { NULL }, NULL },
	{ "hotspot-int", "HotSpot 17 -Xint", G_JVM, K_THROUGHPUT, false, false, 0, 1,
	  { "{java}", "-Xint", JAVA_ARGS, NULL }, { NULL }, NULL },
	{ "qemu-user", "qemu-riscv64 (user-mode emulation, TCG), riscv64 build", G_HV, K_ALL,
	  false, false, 0, 1, { "qemu-riscv64", "{rv64}", "{size}", "{iters}", NULL },
	  { NULL }, NULL },
	{ "hv", "bin/hv: Linux guest, riscv64 build inside", G_HV, K_ALL, false, true, 256, 1,
	  { HV_ARGS("{job}"), NULL },
	  { HV_ARGS("idle"), NULL }, "VMBENCH-IDLE" },
	{ "qemu-system", "qemu-system-riscv64 -M virt (TCG): same kernel and initramfs",
	  G_HV, K_ALL, false, true, 256, 1,
	  { QEMU_ARGS("{job}"), NULL },
	  { QEMU_ARGS("idle"), NULL }, "VMBENCH-IDLE" },
	{ "hv-virtio", "bin/hv + virtio-console, virtio-blk, virtio-net (--console virtio --disk --net user)",
	  G_IO, K_THROUGHPUT, false, true, 256, 1, { HV_IO_ARGS, NULL }, { NULL }, NULL },
	{ "qemu-virtio", "qemu-system-riscv64 + virtio-serial console, virtio-blk, virtio-net",
	  G_IO, K_THROUGHPUT, false, true, 256, 1, { QEMU_IO_ARGS, NULL }, { NULL }, NULL },
};
const int nengines = sizeof engines / sizeof engines[0];

/* The targets: jvm start-up <= 1/10 of HotSpot's in time and peak
 * RSS; jvm's interpreter no slower than 1.5x HotSpot's. */
const struct comparison comparisons[] = {
	{ "jvm / HotSpot, start-up wall time", "jvm", "hotspot", M_WALL, K_STARTUP, 0.10 },
	{ "jvm / HotSpot, start-up peak RSS", "jvm", "hotspot", M_RSS, K_STARTUP, 0.10 },
	{ "jvm -Xint / HotSpot -Xint, wall time", "jvm-int", "hotspot-int", M_WALL,
	  K_THROUGHPUT, 1.5 },
	/* CPU time is steadier than wall time on a busy machine. */
	{ "jvm -Xint / HotSpot -Xint, CPU time (user+sys)", "jvm-int", "hotspot-int", M_CPU,
	  K_THROUGHPUT, NAN },
};
const int ncomparisons = sizeof comparisons / sizeof comparisons[0];

const struct engine *engine_find(const char *name)
{
	for (int i = 0; i < nengines; i++)
		if (strcmp(engines[i].name, name) == 0)
			return &engines[i];
	return NULL;
}

const char *group_name(unsigned group)
{
	switch (group) {
	case G_JVM: return "jvm";
	case G_HV: return "hv";
	case G_IO: return "io";
	}
	return "?";
}

bool engine_runs(const struct engine *e, const struct workload *w)
{
	return (e->kinds & w->kind) && (e->groups & w->groups);
}

static char *path_join(const char *a, const char *b)
{
	char *s;
	if (asprintf(&s, "%s/%s", a, b) < 0)
		abort();
	return s;
}

static char *build_path(const struct paths *p, const char *dir, const char *name)
{
	char *d = path_join(p->build, dir);
	char *s = path_join(d, name);
	free(d);
	return s;
}

static const char *prog(const struct workload *w)
{
	return w->prog ? w->prog : w->name;
}

/* "prog[:size words...[:iters]]", what bench/guest/init.c parses. */
static char *job(const struct workload *w, enum tier t)
{
	char *s;
	if (w->size[t] && w->iters[t] > 0) {
		if (asprintf(&s, "%s:%s:%d", prog(w), w->size[t], w->iters[t]) < 0)
			abort();
	} else if (w->size[t]) {
		if (asprintf(&s, "%s:%s", prog(w), w->size[t]) < 0)
			abort();
	} else {
		s = strdup(prog(w));
	}
	for (char *c = s; *c; c++)
		if (*c == ' ')
			*c = ':';
	return s;
}

/* The word shown for a per-workload placeholder in a command pattern. */
static const struct workload pattern = { "<name>", "<Class>", "", 0, 0,
					 { "<size>", "<size>", "<size>" }, { 0 }, NULL };

/* The value of placeholder name ("jvm" for {jvm}); NULL when it has none.
 * *drop: the placeholder stands for an optional argument that is absent.
 * w == &pattern: per-workload values as <name>, <size>... for the report. */
static char *value(const char *name, size_t len, const struct workload *w, enum tier t,
		   const struct paths *p, bool *drop)
{
#define IS(s) (len == strlen(s) && strncmp(name, s, len) == 0)
	if (IS("jvm"))
		return strdup(p->jvm);
	if (IS("java"))
		return strdup(p->java);
	if (IS("hv"))
		return strdup(p->hv);
	if (IS("kernel"))
		return strdup(p->kernel ? p->kernel : w == &pattern ? "<kernel>" : "");
	if (IS("initrd"))
		return strdup(p->initrd ? p->initrd : w == &pattern ? "<initrd>" : "");
	if (IS("disk"))
		return strdup(p->disk ? p->disk : w == &pattern ? "<disk>" : "");
	if (IS("netport")) {
		char *s;
		if (p->net_port > 0 ? asprintf(&s, "%d", p->net_port) < 0
				    : !(s = strdup(w == &pattern ? "<port>" : "")))
			abort();
		return s;
	}
	if (IS("classes"))
		return path_join(p->build, "classes");
	if (IS("native_idle"))
		return build_path(p, "native", "idle");
	if (!w)
		return NULL;
	if (w == &pattern && IS("iters"))
		return strdup("<iterations>");
	if (w == &pattern && IS("job"))
		return strdup("<name>:<size>:<iterations>");
	if (IS("class"))
		return w->java_class ? strdup(w->java_class) : NULL;
	if (IS("native"))
		return build_path(p, "native", prog(w));
	if (IS("rv64"))
		return build_path(p, "rv64", prog(w));
	if (IS("job"))
		return job(w, t);
	if (IS("size")) {
		*drop = w->size[t] == NULL;
		return *drop ? NULL : strdup(w->size[t]);
	}
	if (IS("iters")) {
		char *s;
		*drop = w->iters[t] <= 0;
		if (*drop)
			return NULL;
		if (asprintf(&s, "%d", w->iters[t]) < 0)
			abort();
		return s;
	}
	return NULL;
#undef IS
}

/* A template word with every {placeholder} replaced; NULL when one has no
 * value. *drop: the word is a lone optional placeholder that is absent. */
static char *expand(const char *word, const struct workload *w, enum tier t,
		    const struct paths *p, bool *drop)
{
	size_t cap = 256, len = 0;
	char *out = malloc(cap);
	*drop = false;
	for (const char *s = word; *s;) {
		const char *close = s[0] == '{' ? strchr(s, '}') : NULL;
		char *v = NULL;
		size_t n = 1;
		if (close) {
			v = value(s + 1, close - s - 1, w, t, p, drop);
			if (!v) {
				free(out);
				return NULL;
			}
			n = close - s + 1;
		}
		size_t vlen = v ? strlen(v) : 1;
		while (len + vlen + 1 > cap)
			out = realloc(out, cap *= 2);
		memcpy(out + len, v ? v : s, vlen);
		len += vlen;
		free(v);
		s += n;
	}
	out[len] = '\0';
	return out;
}

static int fill_argv(const char *const *tmpl, const struct workload *w, enum tier t,
		     const struct paths *p, char **argv)
{
	int n = 0;
	for (int i = 0; tmpl[i]; i++) {
		bool drop;
		char *s = expand(tmpl[i], w, t, p, &drop);
		if (drop)
			continue;
		if (!s) {
			while (n > 0)
				free(argv[--n]);
			argv[0] = NULL;
			return -1;
		}
		argv[n++] = s;
		/* a size of several words is several arguments */
		for (char *sp; strcmp(tmpl[i], "{size}") == 0 && n < MAX_ARGV && (sp = strchr(s, ' '));
		     s = argv[n - 1]) {
			*sp = '\0';
			argv[n++] = strdup(sp + 1);
		}
	}
	argv[n] = NULL;
	return n;
}

int engine_argv(const struct engine *e, const struct workload *w, enum tier t,
		const struct paths *p, char **argv)
{
	struct workload x = *w;
	x.iters[t] *= e->iter_scale > 1 ? e->iter_scale : 1;
	return fill_argv(e->argv, &x, t, p, argv);
}

int engine_idle_argv(const struct engine *e, const struct paths *p, char **argv)
{
	if (!e->idle[0]) {
		argv[0] = NULL;
		return -1;
	}
	return fill_argv(e->idle, NULL, TIER_FULL, p, argv);
}

char *engine_pattern(const struct engine *e, const struct paths *p, char *buf, size_t n)
{
	char *argv[MAX_ARGV + 1];
	size_t len = 0;
	buf[0] = '\0';
	fill_argv(e->argv, &pattern, TIER_FULL, p, argv);
	for (int i = 0; argv[i]; i++) {
		/* quoted only where a shell needs it: "<name>" stays readable */
		const char *q = strchr(argv[i], ' ') ? "'" : "";
		if (len < n)
			len += snprintf(buf + len, n - len, "%s%s%s%s", i ? " " : "", q, argv[i], q);
		free(argv[i]);
	}
	return buf;
}

/* True when prog names an executable file, directly or found in $PATH. */
static bool executable(const char *prog)
{
	if (strchr(prog, '/'))
		return access(prog, X_OK) == 0;
	const char *path = getenv("PATH");
	while (path && *path) {
		size_t len = strcspn(path, ":");
		char buf[4096];
		snprintf(buf, sizeof buf, "%.*s/%s", (int)len, path, prog);
		if (len > 0 && access(buf, X_OK) == 0)
			return true;
		path += len + (path[len] == ':');
	}
	return false;
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Why a build directory an engine needs is missing. */
static const char *missing_dir(const struct paths *p, const char *dir, const char *how,
			       char *buf, size_t n)
{
	char *d = path_join(p->build, dir);
	bool ok = is_dir(d);
	if (!ok)
		snprintf(buf, n, "%s not built (%s)", d, how);
	free(d);
	return ok ? NULL : buf;
}

const char *engine_absent(const struct engine *e, const struct paths *p,
			  char *buf, size_t n)
{
	static const char *const dirs[][3] = {
		{ "{native}", "native", "make" },
		{ "{rv64}", "rv64", "make, with riscv64-linux-gnu-gcc" },
		{ "{classes}", "classes", "make" },
	};
	for (int i = 0; e->argv[i]; i++) {
		const char *word = e->argv[i], *need = NULL;
		for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++)
			if (strcmp(word, dirs[d][0]) == 0 && missing_dir(p, dirs[d][1], dirs[d][2], buf, n))
				return buf;
		if (strcmp(word, "{jvm}") == 0)
			need = p->jvm;
		else if (strcmp(word, "{java}") == 0)
			need = p->java;
		else if (strcmp(word, "{hv}") == 0)
			need = p->hv;
		else if (strcmp(word, "{kernel}") == 0 && !p->kernel)
			return p->guest_why ? p->guest_why : "guest not built: run make hv-guest";
		else if (strstr(word, "{disk}") && !p->disk)
			return "no disk image (io mkdisk failed)";
		else if (strstr(word, "{netport}") && p->net_port <= 0)
			return "no network sink (bench/netsink.c could not listen)";
		else if (i == 0 && word[0] != '{')
			need = word;
		if (need && !executable(need)) {
			snprintf(buf, n, "%s not found", need);
			return buf;
		}
	}
	return NULL;
}
