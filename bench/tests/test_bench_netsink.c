/*
 * Unit tests of bench/netsink.c over real TCP connections: the sink's
 * answer counts the bytes that arrived and the 64-bit words that differ
 * from io.c's pattern (word k = k * 0x9E3779B97F4A7C15), whatever way the
 * stream is cut into writes.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "bench/netsink.h"

static int port;

static int setup(void **state)
{
	(void)state;
	port = net_sink_start();
	return port > 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	net_sink_stop();
	return 0;
}

/* The pattern, written out independently of the sink: little-endian words. */
static unsigned char *pattern(size_t len)
{
	unsigned char *p = malloc(len);
	for (size_t i = 0; i < len; i++) {
		uint64_t k = i / 8, w = k * 0x9E3779B97F4A7C15ull;
		p[i] = (unsigned char)(w >> (8 * (i % 8)));
	}
	return p;
}

/* Sends p in pieces of `piece` bytes (no coalescing: TCP_NODELAY), then
 * returns the sink's answer line. */
static void exchange(const unsigned char *p, size_t len, size_t piece, char *answer, size_t n)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int one = 1;
	assert_true(s >= 0);
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	assert_int_equal(connect(s, (struct sockaddr *)&a, sizeof a), 0);
	for (size_t off = 0; off < len; off += piece) {
		size_t k = len - off < piece ? len - off : piece;
		assert_int_equal(write(s, p + off, k), (ssize_t)k);
	}
	assert_int_equal(shutdown(s, SHUT_WR), 0);
	size_t got = 0;
	ssize_t k;
	while (got < n - 1 && (k = read(s, answer + got, n - 1 - got)) > 0)
		got += (size_t)k;
	answer[got] = '\0';
	close(s);
}

static void sink_counts_an_intact_stream(void **state)
{
	(void)state;
	char answer[64];
	unsigned char *p = pattern(3 << 20);
	exchange(p, 3 << 20, 1 << 20, answer, sizeof answer);
	assert_string_equal(answer, "3145728 0\n");
	free(p);
}

/* Pieces of 3, 5 and 13 bytes: words straddle every read boundary. */
static void sink_reassembles_words_across_writes(void **state)
{
	(void)state;
	static const size_t pieces[] = { 3, 5, 13 };
	char answer[64];
	unsigned char *p = pattern(4096);
	for (size_t i = 0; i < 3; i++) {
		exchange(p, 4096, pieces[i], answer, sizeof answer);
		assert_string_equal(answer, "4096 0\n");
	}
	free(p);
}

static void sink_counts_damaged_words(void **state)
{
	(void)state;
	char answer[64];
	unsigned char *p = pattern(1 << 16);
	p[0] ^= 1;       /* word 0 */
	p[8 * 100 + 7] ^= 0x80; /* word 100 */
	p[8 * 100 + 1] ^= 0x01; /* the same word again: one word */
	exchange(p, 1 << 16, 1000, answer, sizeof answer);
	assert_string_equal(answer, "65536 2\n");
	free(p);
}

/* A stream cut short inside a word: the partial word counts as differing. */
static void sink_counts_a_partial_last_word(void **state)
{
	(void)state;
	char answer[64];
	unsigned char *p = pattern(64);
	exchange(p, 61, 64, answer, sizeof answer);
	assert_string_equal(answer, "61 1\n");
	exchange(p, 0, 64, answer, sizeof answer);
	assert_string_equal(answer, "0 0\n");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sink_counts_an_intact_stream),
		cmocka_unit_test(sink_reassembles_words_across_writes),
		cmocka_unit_test(sink_counts_damaged_words),
		cmocka_unit_test(sink_counts_a_partial_last_word),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
