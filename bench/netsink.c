/*
 * The host end of the network I/O row (net-send): a TCP sink on 127.0.0.1
 * that io.c connects to, natively over the loopback device and from a guest
 * through its virtio-net and user-mode networking (libslirp in hv, QEMU's
 * -netdev user), which forward the guest's 10.0.2.2 to the host's loopback.
 *
 * Protocol, one connection per iteration: the client sends its bytes and
 * shuts down its writing side; the sink answers one line
 *     "<bytes received> <words that differ from io.c's pattern>\n"
 * and closes.  The pattern is io.c's: 64-bit word k (k counted from the
 * start of the connection) is k * 0x9E3779B97F4A7C15.  So a client knows,
 * from the answer, that every byte arrived intact — the run's checksum line
 * says so, and vmbench compares it with native's like any other.
 *
 * The sink is a child process, forked with the listening socket before any
 * guest starts; it dies with vmbench (PR_SET_PDEATHSIG) or on net_sink_stop.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench/netsink.h"

#define GOLDEN 0x9E3779B97F4A7C15ull

static pid_t sink_pid = -1;

/* Counts the bytes of one connection and the words off the pattern.  Words
 * may straddle reads: `part` gathers a word's bytes until it is whole. */
struct tally {
	uint64_t bytes, bad, part;
	unsigned fill; /* bytes of the current word gathered in part */
};

static void tally_bytes(struct tally *t, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		t->part |= (uint64_t)p[i] << (8 * t->fill);
		if (++t->fill == 8) {
			uint64_t k = t->bytes / 8;
			t->bad += t->part != k * GOLDEN;
			t->part = 0;
			t->fill = 0;
		}
		t->bytes++;
	}
}

/* Fast path for whole, aligned words (the common case); bytes otherwise. */
static void tally(struct tally *t, const unsigned char *p, size_t n)
{
	size_t i = 0;
	if (t->fill == 0) {
		for (; i + 8 <= n; i += 8) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			t->bad += w != (t->bytes / 8) * GOLDEN;
			t->bytes += 8;
		}
	}
	tally_bytes(t, p + i, n - i);
}

static void serve(int c)
{
	static unsigned char buf[1 << 16];
	struct tally t = { 0 };
	for (;;) {
		ssize_t k = read(c, buf, sizeof buf);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		tally(&t, buf, (size_t)k);
	}
	/* a trailing partial word is a word that differs */
	dprintf(c, "%llu %llu\n", (unsigned long long)t.bytes,
		(unsigned long long)(t.bad + (t.fill != 0)));
	close(c);
}

int net_sink_start(void)
{
	if (sink_pid > 0)
		return -1;
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof a;
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) < 0 || listen(s, 8) < 0 ||
	    getsockname(s, (struct sockaddr *)&a, &len) < 0) {
		if (s >= 0)
			close(s);
		return -1;
	}
	pid_t parent = getpid();
	sink_pid = fork();
	if (sink_pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(0);
		for (;;) {
			int c = accept(s, NULL, NULL);
			if (c >= 0)
				serve(c);
			else if (errno != EINTR && errno != ECONNABORTED)
				_exit(1);
		}
	}
	close(s);
	return sink_pid < 0 ? -1 : ntohs(a.sin_port);
}

void net_sink_stop(void)
{
	if (sink_pid > 0) {
		kill(sink_pid, SIGKILL);
		waitpid(sink_pid, NULL, 0);
	}
	sink_pid = -1;
}
