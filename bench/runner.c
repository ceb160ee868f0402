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
#include <fcntl.h>
#include <poll.h>
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

#define CAPTURE_MAX (1 << 20)

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

static void child(char *const argv[], int out, int err)
{
	int in = open("/dev/null", O_RDONLY);
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

int run_measured(char *const argv[], double timeout, struct run_result *r)
{
	memset(r, 0, sizeof *r);
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
		child(argv, out, err);
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
	r->user = tv_seconds(ru.ru_utime);
	r->sys = tv_seconds(ru.ru_stime);
	r->maxrss_kb = ru.ru_maxrss;
	r->out = slurp(out, &r->out_len);
	r->err = slurp(err, &r->err_len);
	close(out);
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
