/*
 * Spawning and measuring one child process.
 *
 * Output goes to anonymous memory files (memfd) rather than pipes, so that
 * the parent does nothing while the child runs: no reader loop to perturb
 * the timing, and no pipe buffer to fill up. The parent sleeps in poll() on
 * a pidfd, which also gives the timeout.
 *
 * Peak RSS comes from wait4(). Linux counts in it the pre-exec image of the
 * forked child, i.e. the anonymous memory vmbench itself has touched; fork()
 * (rather than vfork/posix_spawn, which share the parent's whole mm) keeps
 * that floor to a few hundred KiB. The native `hello` row shows the floor.
 */
#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench/runner.h"

#define CAPTURE_MAX (4 << 20)

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double tv_seconds(struct timeval tv)
{
	return tv.tv_sec + tv.tv_usec * 1e-6;
}

/* Reads back what the child wrote to memory file fd. */
static char *slurp(int fd, size_t *len)
{
	off_t size = lseek(fd, 0, SEEK_END);
	if (size < 0)
		size = 0;
	if (size > CAPTURE_MAX)
		size = CAPTURE_MAX;
	char *buf = malloc(size + 1);
	if (!buf)
		abort();
	ssize_t got = pread(fd, buf, size, 0);
	*len = got > 0 ? (size_t)got : 0;
	buf[*len] = '\0';
	return buf;
}

/* In the forked child: in < 0 means /dev/null. */
static void child(char *const argv[], int in, int out, int err)
{
	if (in < 0)
		in = open("/dev/null", O_RDONLY);
	if (in < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
		_exit(126);
	execvp(argv[0], argv);
	dprintf(2, "cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Waits for pid up to timeout seconds; kills it when the time is up.
 * Returns whether it was killed. */
static int wait_or_kill(pid_t pid, double timeout)
{
	if (timeout <= 0)
		return 0;
	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pidfd < 0)
		return 0; /* old kernel: no timeout */
	struct pollfd pfd = { .fd = pidfd, .events = POLLIN };
	int ms = (int)(timeout * 1000), rc;
	do
		rc = poll(&pfd, 1, ms);
	while (rc < 0 && errno == EINTR);
	close(pidfd);
	if (rc == 0) {
		kill(pid, SIGKILL);
		return 1;
	}
	return 0;
}

/* What wait4 and the stderr file say, into r (stdout is already there). */
static void finish(struct run_result *r, const struct rusage *ru, int st, int killed, int err)
{
	r->user = tv_seconds(ru->ru_utime);
	r->sys = tv_seconds(ru->ru_stime);
	r->maxrss_kb = ru->ru_maxrss;
	r->err = slurp(err, &r->err_len);
	close(err);
	if (killed)
		r->status = RUN_TIMEOUT;
	else if (WIFSIGNALED(st))
		r->status = RUN_SIGNAL, r->code = WTERMSIG(st);
	else if (WEXITSTATUS(st) != 0)
		r->status = RUN_EXIT, r->code = WEXITSTATUS(st);
	else
		r->status = RUN_OK;
	if (r->status == RUN_EXIT && r->code == 127 && strstr(r->err, "cannot run "))
		r->status = RUN_SPAWN;
}

int run_measured(char *const argv[], double timeout, struct run_result *r)
{
	memset(r, 0, sizeof *r);
	r->marker = NAN;
	int out = memfd_create("vmbench-out", MFD_CLOEXEC);
	int err = memfd_create("vmbench-err", MFD_CLOEXEC);
	if (out < 0 || err < 0) {
		r->status = RUN_SPAWN;
		r->err = strdup("memfd_create failed");
		return -1;
	}
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0)
		child(argv, -1, out, err);
	if (pid < 0) {
		r->status = RUN_SPAWN;
		r->err = strdup(strerror(errno));
		close(out);
		close(err);
		return -1;
	}
	int killed = wait_or_kill(pid, timeout);
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR)
		;
	r->wall = now() - t0;
	r->out = slurp(out, &r->out_len);
	close(out);
	finish(r, &ru, st, killed, err);
	return r->status == RUN_SPAWN ? -1 : 0;
}

void run_result_free(struct run_result *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

char *run_first_line(char *const argv[], int from_stderr)
{
	struct run_result r;
	if (run_measured(argv, 10, &r) < 0) {
		run_result_free(&r);
		return NULL;
	}
	const char *s = from_stderr || r.out_len == 0 ? r.err : r.out;
	char *line = strndup(s, strcspn(s, "\n"));
	run_result_free(&r);
	return line;
}

/* ---- stdout through a pipe: marker timing, children left running ------ */

struct growbuf {
	char *p;
	size_t len, cap;
};

static void grow_append(struct growbuf *b, const char *s, size_t n)
{
	if (b->len + n > CAPTURE_MAX)
		n = CAPTURE_MAX - b->len; /* keep the start; drop the excess */
	if (b->len + n + 1 > b->cap) {
		b->cap = b->len + n + 1 > 2 * b->cap ? b->len + n + 1 : 2 * b->cap;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Whether marker appears in b, looking only where the last n bytes could
 * have completed it. */
static bool found_new(const struct growbuf *b, size_t n, const char *marker)
{
	size_t m = strlen(marker);
	size_t from = b->len > n + m ? b->len - n - m : 0;
	return b->p && strstr(b->p + from, marker) != NULL;
}

/* Milliseconds left until deadline, for poll(); at least 0. */
static int ms_left(double deadline)
{
	double left = deadline - now();
	return left <= 0 ? 0 : left > 1e6 ? 1000000000 : (int)(left * 1000) + 1;
}

int run_marked(char *const argv[], double timeout, const char *marker,
	       struct run_result *r)
{
	memset(r, 0, sizeof *r);
	r->marker = NAN;
	int p[2];
	int err = memfd_create("vmbench-err", MFD_CLOEXEC);
	if (err < 0 || pipe2(p, O_CLOEXEC) < 0) {
		r->status = RUN_SPAWN;
		r->err = strdup("memfd_create or pipe failed");
		return -1;
	}
	double t0 = now(), deadline = timeout > 0 ? t0 + timeout : 1e300;
	pid_t pid = fork();
	if (pid == 0)
		child(argv, -1, p[1], err);
	close(p[1]);
	if (pid < 0) {
		r->status = RUN_SPAWN;
		r->err = strdup(strerror(errno));
		close(p[0]);
		close(err);
		return -1;
	}
	/*
	 * Once the marker is seen, read in batches (every 10 ms) rather than
	 * per burst: a guest writing a console byte by byte would otherwise
	 * have us wake for each. A 1 MiB pipe holds 10 ms of output at up to
	 * 100 MB/s, so the child does not stall on a full pipe meanwhile.
	 */
	fcntl(p[0], F_SETPIPE_SZ, 1 << 20);
	struct growbuf out = { 0 };
	int killed = 0;
	for (;;) {
		struct pollfd pfd = { .fd = p[0], .events = POLLIN };
		if (!marker || !isnan(r->marker))
			usleep(10 * 1000);
		int rc = poll(&pfd, 1, ms_left(deadline));
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc == 0) {
			kill(pid, SIGKILL);
			killed = 1;
			break;
		}
		char buf[4096];
		ssize_t n = read(p[0], buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break; /* EOF: the child closed its stdout (exited) */
		grow_append(&out, buf, (size_t)n);
		if (marker && isnan(r->marker) && found_new(&out, (size_t)n, marker))
			r->marker = now() - t0;
	}
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR)
		;
	r->wall = now() - t0;
	close(p[0]);
	r->out = out.p ? out.p : strdup("");
	r->out_len = out.len;
	finish(r, &ru, st, killed, err);
	return r->status == RUN_SPAWN ? -1 : 0;
}

int child_start(char *const argv[], struct child *c)
{
	int in[2], out[2];
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (null < 0)
		return -1;
	if (pipe2(in, O_CLOEXEC) < 0) {
		close(null);
		return -1;
	}
	if (pipe2(out, O_CLOEXEC) < 0) {
		close(null), close(in[0]), close(in[1]);
		return -1;
	}
	c->t0 = now();
	c->pid = fork();
	if (c->pid == 0)
		child(argv, in[0], out[1], null);
	close(null);
	close(in[0]);
	close(out[1]);
	c->in = in[1];
	c->out = out[0];
	if (c->pid < 0) {
		close(c->in), close(c->out);
		return -1;
	}
	return 0;
}

double child_wait_for(struct child *c, const char *marker, double timeout)
{
	struct growbuf seen = { 0 };
	double deadline = now() + timeout, t = -1;
	while (t < 0) {
		struct pollfd pfd = { .fd = c->out, .events = POLLIN };
		int rc = poll(&pfd, 1, ms_left(deadline));
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc <= 0)
			break;
		char buf[4096];
		ssize_t n = read(c->out, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break; /* it exited */
		grow_append(&seen, buf, (size_t)n);
		if (found_new(&seen, (size_t)n, marker))
			t = now() - c->t0;
	}
	free(seen.p);
	return t;
}

void child_kill(struct child *c)
{
	if (c->pid > 0) {
		kill(c->pid, SIGKILL);
		while (waitpid(c->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	close(c->in);
	close(c->out);
	c->pid = -1;
}
