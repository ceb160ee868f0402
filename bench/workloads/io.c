/*
 * I/O workload (system VMs: emulated device vs virtio). One program, three
 * targets, each named logically so the same command works natively and in a
 * guest (where /bench/init sets VMBENCH_GUEST=1):
 *
 *   io write uart KIB ITERS   guest: /dev/ttyS0, the emulated 16550 UART
 *                             (an MMIO access per byte); natively: stdout
 *   io write hvc KIB ITERS    guest: virtio-console's hvc (the last /dev/hvcN:
 *                             the SBI console, if built in, registers hvc0
 *                             first); natively: stdout
 *   io read disk MIB ITERS    guest: /dev/vda, virtio-blk, O_DIRECT (so every
 *                             iteration reaches the device, not the guest's
 *                             page cache); natively: $VMBENCH_DISK, buffered
 *   io send net MIB ITERS     TCP to vmbench's sink (bench/netsink.c) on port
 *                             $VMBENCH_NET_PORT: guest: at 10.0.2.2 through
 *                             virtio-net and user-mode networking (slirp);
 *                             natively: at 127.0.0.1, the loopback device
 *   io mkdisk PATH MIB        writes the disk image (native only)
 *
 * The data written is lines "vmbench-data xxx...": vmbench drops them from
 * the output it compares. The image holds 64-bit words k * 0x9E3779B97F4A7C15
 * (k = the word's index), so a read's checksum can be checked against native.
 * The bytes sent are the same words; the sink answers how many arrived and
 * how many differ, so the checksum line says the data arrived intact.
 * Each iteration times only the I/O (writes + tcdrain; the reads; connect,
 * send, the sink's answer), printing
 * "vmbench-iter <i> <ns>" on stderr, then the checksum line once on stdout.
 */
#define _GNU_SOURCE /* O_DIRECT */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define GOLDEN 0x9E3779B97F4A7C15ull
#define CHUNK (1 << 20)

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int fail(const char *what, const char *path)
{
	fprintf(stderr, "io: %s %s: %s\n", what, path, strerror(errno));
	return 1;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* The virtio console's tty: only when the virtio_console driver has bound
 * a device (else hvc0 may well be the SBI console), the highest hvcN that
 * opens (devtmpfs has nodes for all eight; unregistered ones give ENODEV). */
static int open_virtio_hvc(void)
{
	DIR *d = opendir("/sys/bus/virtio/drivers/virtio_console");
	struct dirent *e;
	bool bound = false;
	while (d && (e = readdir(d)))
		bound |= strncmp(e->d_name, "virtio", 6) == 0;
	if (d)
		closedir(d);
	for (int n = 7; bound && n >= 0; n--) {
		char path[32];
		snprintf(path, sizeof path, "/dev/hvc%d", n);
		int fd = open(path, O_WRONLY | O_NOCTTY);
		if (fd >= 0)
			return fd;
	}
	errno = ENODEV;
	return -1;
}

static int do_write(const char *target, int kib, int iters, bool guest)
{
	bool uart = strcmp(target, "uart") == 0;
	const char *path = uart ? "/dev/ttyS0" : "virtio-console (/dev/hvcN)";
	int fd = !guest ? 1 : uart ? open(path, O_WRONLY | O_NOCTTY) : open_virtio_hvc();
	if (fd < 0)
		return fail("cannot open", path);
	/* 4 KiB of 64-byte lines, written kib/4 times */
	static char block[4096];
	for (int i = 0; i < 64; i++) {
		char *l = block + 64 * i;
		memcpy(l, "vmbench-data ", 13);
		memset(l + 13, 'x', 50);
		l[63] = '\n';
	}
	for (int it = 1; it <= iters; it++) {
		long long t0 = now_ns();
		for (int k = 0; k < kib / 4; k++)
			if (write_all(fd, block, sizeof block) < 0)
				return fail("cannot write", guest ? path : "stdout");
		if (guest)
			tcdrain(fd); /* until the device has sent it all */
		fprintf(stderr, "vmbench-iter %d %lld\n", it, now_ns() - t0);
	}
	if (guest)
		close(fd);
	printf("io write %s %d KiB\n", target, kib / 4 * 4);
	return 0;
}

static int do_read(const char *target, int mib, int iters, bool guest)
{
	const char *path = guest ? "/dev/vda" : getenv("VMBENCH_DISK");
	if (strcmp(target, "disk") != 0 || !path)
		return fail("no disk for", target);
	int fd = open(path, O_RDONLY | (guest ? O_DIRECT : 0));
	if (fd < 0)
		return fail("cannot open", path);
	size_t len = (size_t)mib << 20;
	uint64_t *buf;
	if (posix_memalign((void **)&buf, 4096, len) != 0)
		return fail("no memory for", path);
	uint64_t sum = 0;
	for (int it = 1; it <= iters; it++) {
		long long t0 = now_ns();
		size_t got = 0;
		while (got < len) {
			ssize_t k = pread(fd, (char *)buf + got, len - got < CHUNK ? len - got : CHUNK,
					  (off_t)got);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				return fail("cannot read", path);
			got += (size_t)k;
		}
		fprintf(stderr, "vmbench-iter %d %lld\n", it, now_ns() - t0);
		uint64_t s = 0; /* untimed: the check, not the I/O */
		for (size_t w = 0; w < len / 8; w++)
			s = (s ^ buf[w]) * 0x100000001b3ull; /* FNV-style */
		if (it > 1 && s != sum) {
			fprintf(stderr, "io: iteration %d read other data\n", it);
			return 1;
		}
		sum = s;
	}
	free(buf);
	close(fd);
	printf("io read %s %d MiB %016llx\n", target, mib, (unsigned long long)sum);
	return 0;
}

/* One connection: send len bytes, shut down writing, read the sink's
 * answer "<bytes> <bad words>" into *got and *bad. */
static int send_once(const char *host, int port, const char *p, size_t len,
		     unsigned long long *got, unsigned long long *bad)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	inet_pton(AF_INET, host, &a.sin_addr);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0)
		return fail("cannot connect to", host);
	if (write_all(s, p, len) < 0 || shutdown(s, SHUT_WR) < 0)
		return fail("cannot send to", host);
	char answer[64];
	size_t n = 0;
	for (ssize_t k; n < sizeof answer - 1 && (k = read(s, answer + n, sizeof answer - 1 - n)) != 0;)
		if (k > 0)
			n += (size_t)k;
		else if (errno != EINTR)
			return fail("no answer from", host);
	answer[n] = '\0';
	close(s);
	return sscanf(answer, "%llu %llu", got, bad) == 2 ? 0 : fail("bad answer from", host);
}

static int do_send(const char *target, int mib, int iters, bool guest)
{
	const char *host = guest ? "10.0.2.2" : "127.0.0.1", *port = getenv("VMBENCH_NET_PORT");
	if (strcmp(target, "net") != 0 || !port)
		return fail("no sink ($VMBENCH_NET_PORT) for", target);
	size_t len = (size_t)mib << 20;
	uint64_t *buf = malloc(len);
	if (!buf)
		return fail("no memory for", target);
	for (size_t k = 0; k < len / 8; k++)
		buf[k] = k * GOLDEN;
	unsigned long long got = 0, bad = 0;
	for (int it = 1; it <= iters; it++) {
		long long t0 = now_ns();
		if (send_once(host, atoi(port), (const char *)buf, len, &got, &bad))
			return 1;
		fprintf(stderr, "vmbench-iter %d %lld\n", it, now_ns() - t0);
		if (got != len || bad) {
			printf("io send net %d MiB: %llu bytes arrived, %llu words differ\n", mib, got, bad);
			return 1;
		}
	}
	free(buf);
	printf("io send net %d MiB, %llu bytes arrived intact\n", mib, got);
	return 0;
}

static int mkdisk(const char *path, int mib)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return fail("cannot create", path);
	static uint64_t chunk[CHUNK / 8];
	for (uint64_t k = 0; k < (uint64_t)mib << 17;) {
		for (size_t i = 0; i < CHUNK / 8; i++, k++)
			chunk[i] = k * GOLDEN;
		if (write_all(fd, (const char *)chunk, CHUNK) < 0)
			return fail("cannot write", path);
	}
	return close(fd) < 0 ? fail("cannot write", path) : 0;
}

int main(int argc, char **argv)
{
	bool guest = getenv("VMBENCH_GUEST") != NULL;
	if (argc == 4 && strcmp(argv[1], "mkdisk") == 0)
		return mkdisk(argv[2], atoi(argv[3]));
	if (argc < 4) {
		fprintf(stderr, "usage: io write uart|hvc KIB [ITERS] | io read disk MIB [ITERS] | "
				"io send net MIB [ITERS] | io mkdisk PATH MIB\n");
		return 2;
	}
	int n = atoi(argv[3]), iters = argc > 4 ? atoi(argv[4]) : 1;
	if (strcmp(argv[1], "write") == 0)
		return do_write(argv[2], n, iters, guest);
	if (strcmp(argv[1], "read") == 0)
		return do_read(argv[2], n, iters, guest);
	if (strcmp(argv[1], "send") == 0)
		return do_send(argv[2], n, iters, guest);
	fprintf(stderr, "io: unknown mode %s\n", argv[1]);
	return 2;
}
