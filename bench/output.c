/*
 * Separating what a run printed. Workloads print their checksum on stdout and
 * one "vmbench-iter <i> <ns>" line per timed iteration on stderr; inside a
 * guest both arrive on the one console, framed by bench/guest/init.c's
 * markers, with the terminal's CRLF line ends and possibly a kernel message.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/output.h"
#include "bench/stats.h"

#define ITER_TAG "vmbench-iter "
#define DATA_TAG "vmbench-data " /* io.c's payload: not output to compare */

/* If line (len bytes, no newline) is an iteration line, records its time. */
static bool take_iter(const char *line, size_t len, struct parsed *p)
{
	size_t tag = strlen(ITER_TAG);
	if (len <= tag || strncmp(line, ITER_TAG, tag) != 0)
		return false;
	int i;
	long long ns;
	char buf[80];
	snprintf(buf, sizeof buf, "%.*s", (int)(len < 79 ? len : 79), line);
	if (sscanf(buf + tag, "%d %lld", &i, &ns) == 2 && p->niters < MAX_ITERS && ns >= 0)
		p->iter[p->niters++] = ns * 1e-9;
	return true;
}

/* "[    1.234567] text": a kernel message on the console. */
static bool kernel_message(const char *line, size_t len)
{
	size_t i = 1;
	if (len < 4 || line[0] != '[')
		return false;
	while (i < len && line[i] == ' ')
		i++;
	size_t digits = i;
	while (i < len && ((line[i] >= '0' && line[i] <= '9') || line[i] == '.'))
		i++;
	return i > digits && i < len && line[i] == ']';
}

static void init(struct parsed *p)
{
	memset(p, 0, sizeof *p);
	p->inner = NAN;
}

static bool is_data(const char *line, size_t len)
{
	return len >= strlen(DATA_TAG) && strncmp(line, DATA_TAG, strlen(DATA_TAG)) == 0;
}

void parse_process(const char *out, const char *err, struct parsed *p)
{
	init(p);
	out = out ? out : "";
	p->out = malloc(strlen(out) + 1);
	if (!p->out)
		abort();
	size_t olen = 0;
	for (const char *s = out; *s;) { /* all but io.c's data lines */
		size_t len = strcspn(s, "\n") + (s[strcspn(s, "\n")] == '\n');
		if (!is_data(s, len)) {
			memcpy(p->out + olen, s, len);
			olen += len;
		}
		s += len;
	}
	p->out[olen] = '\0';
	for (const char *s = err ? err : ""; *s;) {
		size_t len = strcspn(s, "\n");
		take_iter(s, len, p);
		s += len + (s[len] == '\n');
	}
}

/* Length of line s without its "\r" / "\n" end. */
static size_t line_len(const char *s)
{
	size_t len = strcspn(s, "\n");
	while (len > 0 && s[len - 1] == '\r')
		len--;
	return len;
}

static bool starts(const char *line, size_t len, const char *word)
{
	size_t n = strlen(word);
	return len >= n && strncmp(line, word, n) == 0 && (len == n || line[n] == ' ');
}

/* The last non-empty line before end, for an error message. */
static void last_line(char *dst, size_t n, const char *text)
{
	const char *best = NULL;
	size_t best_len = 0;
	for (const char *s = text; *s;) {
		size_t len = line_len(s);
		if (len > 0)
			best = s, best_len = len;
		s += strcspn(s, "\n");
		s += *s == '\n';
	}
	snprintf(dst, n, "%.*s", (int)(best_len < n ? best_len : n - 1), best ? best : "");
}

int parse_console(const char *t, struct parsed *p)
{
	init(p);
	size_t cap = strlen(t) + 1, olen = 0;
	p->out = malloc(cap);
	if (!p->out)
		abort();
	p->out[0] = '\0';
	enum { BEFORE, STARTED, RUNNING, DONE } state = BEFORE;
	for (const char *s = t; *s && state != DONE;) {
		size_t len = line_len(s);
		if (state == RUNNING && starts(s, len, "VMBENCH-EXIT")) {
			long long ns = -1;
			char buf[80];
			snprintf(buf, sizeof buf, "%.*s", (int)(len < 79 ? len : 79), s);
			if (sscanf(buf, "VMBENCH-EXIT %d %lld", &p->status, &ns) == 2 && ns >= 0)
				p->inner = ns * 1e-9;
			state = DONE;
		} else if (state == RUNNING) {
			if (!take_iter(s, len, p) && !kernel_message(s, len) && !is_data(s, len)) {
				memcpy(p->out + olen, s, len);
				olen += len;
				p->out[olen++] = '\n';
				p->out[olen] = '\0';
			}
		} else if (starts(s, len, "VMBENCH-START")) {
			state = STARTED;
		} else if (state == STARTED && starts(s, len, "VMBENCH-RUN")) {
			state = RUNNING;
		} else if (state == STARTED && starts(s, len, "VMBENCH-ERROR")) {
			snprintf(p->error, sizeof p->error, "guest: %.*s", (int)(len < 150 ? len : 150), s);
			return -1;
		}
		s += strcspn(s, "\n");
		s += *s == '\n';
	}
	if (state == DONE)
		return 0;
	char last[120];
	last_line(last, sizeof last, t);
	snprintf(p->error, sizeof p->error, "%s; last console line: \"%s\"",
		 state == BEFORE ? "no VMBENCH-START (the guest did not reach /bench/init)"
		 : state == STARTED ? "no VMBENCH-RUN" : "no VMBENCH-EXIT", last);
	return -1;
}

void parsed_free(struct parsed *p)
{
	free(p->out);
	p->out = NULL;
}

void iter_phases(const double *t, int n, double *cold, double *warm, double *peak)
{
	if (n <= 0) {
		*cold = *warm = *peak = NAN;
		return;
	}
	struct summary all, later;
	summarize(t, n, &all);
	summarize(t + n / 2, n - n / 2, &later);
	*cold = t[0];
	*warm = later.median;
	*peak = all.min;
}
