/*
 * The engine table (how to run a workload on each machine) and the table of
 * comparisons with the targets. Adding hv or QEMU later is adding rows
 * here plus a placeholder for the riscv64 build of a workload.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench/bench.h"

#define JAVA_ARGS "-cp", "{classes}", "{class}", "{size}"

const struct engine engines[] = {
	{ "native", "C, gcc -O2, natively", G_ALL, K_ALL, true,
	  { "{native}", "{size}", NULL } },
	{ "jvm", "bin/jvm", G_JVM, K_STARTUP, false,
	  { "{jvm}", JAVA_ARGS, NULL } },
	{ "jvm-int", "bin/jvm -Xint", G_JVM, K_THROUGHPUT, false,
	  { "{jvm}", "-Xint", JAVA_ARGS, NULL } },
	{ "hotspot", "HotSpot 17 (JIT; CDS default -Xshare:auto)", G_JVM, K_ALL, false,
	  { "{java}", JAVA_ARGS, NULL } },
	{ "hotspot-int", "HotSpot 17 -Xint", G_JVM, K_THROUGHPUT, false,
	  { "{java}", "-Xint", JAVA_ARGS, NULL } },
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

static char *path_join(const char *a, const char *b)
{
	char *s;
	if (asprintf(&s, "%s/%s", a, b) < 0)
		abort();
	return s;
}

/* The value of one template word: a placeholder's expansion or the word. */
static char *expand(const char *word, const struct workload *w, enum tier t,
		    const struct paths *p, bool *drop)
{
	*drop = false;
	if (word[0] != '{')
		return strdup(word);
	if (strcmp(word, "{jvm}") == 0)
		return strdup(p->jvm);
	if (strcmp(word, "{java}") == 0)
		return strdup(p->java);
	if (strcmp(word, "{classes}") == 0)
		return path_join(p->build, "classes");
	if (strcmp(word, "{class}") == 0)
		return w->java_class ? strdup(w->java_class) : NULL;
	if (strcmp(word, "{native}") == 0) {
		char *dir = path_join(p->build, "native");
		char *s = path_join(dir, w->name);
		free(dir);
		return s;
	}
	if (strcmp(word, "{size}") == 0) {
		*drop = w->size[t] == NULL;
		return *drop ? NULL : strdup(w->size[t]);
	}
	return NULL;
}

int engine_argv(const struct engine *e, const struct workload *w, enum tier t,
		const struct paths *p, char **argv)
{
	int n = 0;
	for (int i = 0; e->argv[i]; i++) {
		bool drop;
		char *s = expand(e->argv[i], w, t, p, &drop);
		if (drop)
			continue;
		if (!s) {
			while (n > 0)
				free(argv[--n]);
			argv[0] = NULL;
			return -1;
		}
		argv[n++] = s;
	}
	argv[n] = NULL;
	return n;
}

char *engine_pattern(const struct engine *e, const struct paths *p, char *buf, size_t n)
{
	static const struct workload proto = { "<name>", "<Class>", "", 0, 0,
						{ "<size>", "<size>", "<size>" } };
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; e->argv[i] && len < n; i++) {
		bool drop;
		char *w = expand(e->argv[i], &proto, TIER_FULL, p, &drop);
		len += snprintf(buf + len, n - len, "%s%s", i ? " " : "", w ? w : e->argv[i]);
		free(w);
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

const char *engine_absent(const struct engine *e, const struct paths *p,
			  char *buf, size_t n)
{
	for (int i = 0; e->argv[i]; i++) {
		const char *word = e->argv[i], *need = NULL;
		bool dir = false;
		if (strcmp(word, "{jvm}") == 0)
			need = p->jvm;
		else if (strcmp(word, "{java}") == 0)
			need = p->java;
		else if (strcmp(word, "{native}") == 0)
			need = "native", dir = true;
		else if (strcmp(word, "{classes}") == 0)
			need = "classes", dir = true;
		else if (i == 0)
			need = word;
		if (!need)
			continue;
		if (dir) {
			char *d = path_join(p->build, need);
			bool ok = is_dir(d);
			if (!ok)
				snprintf(buf, n, "%s not built (make)", d);
			free(d);
			if (!ok)
				return buf;
		} else if (!executable(need)) {
			snprintf(buf, n, "%s not found", need);
			return buf;
		}
	}
	return NULL;
}
