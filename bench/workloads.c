/*
 * The workload table. Each workload exists once per language, from one
 * algorithm: bench/workloads/<name>.c and bench/workloads/<Class>.java print
 * the same checksum line for the same size argument.
 *
 * Sizes: tiny is for the smoke test (well under a second anywhere); quick aims
 * at ~0.6 s on HotSpot -Xint (fannkuch has no size between 0.3 s and 2.5 s);
 * full at ~2 s, so that a JVM's start-up (~0.1 s) is a small part of a
 * throughput figure.
 */
#include <string.h>

#include "bench/bench.h"

#define KERNEL (G_JVM | G_HV)

const struct workload workloads[] = {
	{ "hello", "Hello", "start-up: print one line and exit",
	  G_JVM, K_STARTUP, { NULL, NULL, NULL } },
	{ "fib", "Fib", "call-heavy: recursive fib(n)",
	  KERNEL, K_THROUGHPUT, { "15", "32", "35" } },
	{ "sieve", "Sieve", "array-heavy: 10 sieves of Eratosthenes up to n",
	  KERNEL, K_THROUGHPUT, { "10000", "1500000", "5000000" } },
	{ "nbody", "NBody", "floating-point: n-body, n steps",
	  KERNEL, K_THROUGHPUT, { "1000", "300000", "1200000" } },
	{ "dispatch", "Dispatch", "virtual and interface calls, 4 receiver classes",
	  KERNEL, K_THROUGHPUT, { "10000", "3000000", "10000000" } },
	{ "spectralnorm", "SpectralNorm", "floating-point: spectral norm of an n x n matrix",
	  KERNEL, K_THROUGHPUT, { "50", "400", "700" } },
	{ "fannkuch", "Fannkuch", "integer arrays: fannkuch-redux(n)",
	  KERNEL, K_THROUGHPUT, { "6", "9", "10" } },
	{ "binarytrees", "BinaryTrees", "allocation: binary-trees of depth n",
	  KERNEL, K_THROUGHPUT, { "6", "13", "15" } },
	{ "strhash", "StrHash", "strings and a hash map: n keys counted",
	  KERNEL, K_THROUGHPUT, { "1000", "100000", "400000" } },
};
const int nworkloads = sizeof workloads / sizeof workloads[0];

const struct workload *workload_find(const char *name)
{
	for (int i = 0; i < nworkloads; i++)
		if (strcmp(workloads[i].name, name) == 0)
			return &workloads[i];
	return NULL;
}
