/* Array-heavy workload: sieve of Eratosthenes. Mirrors Sieve.java. */
#include <stdbool.h>

#include "iter.h"

#define PASSES 10

static void sieve(int n, long long *count, long long *sum)
{
	/* calloc, like Java's zeroed new boolean[n + 1]. */
	bool *composite = calloc((size_t)n + 1, 1);
	if (!composite)
		exit(1);
	for (int i = 2; i <= n; i++) {
		if (composite[i])
			continue;
		++*count;
		*sum += i;
		for (long long j = (long long)i * i; j <= n; j += i)
			composite[j] = true;
	}
	free(composite);
}

static void run(int n, char *line, size_t len)
{
	long long count = 0, sum = 0;
	for (int p = 0; p < PASSES; p++)
		sieve(n, &count, &sum);
	snprintf(line, len, "sieve %d %lld %lld", n, count, sum);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 1000000, run);
}
