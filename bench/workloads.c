/*
 * The workload table. Each workload exists once per language, from one
 * algorithm: bench/workloads/<name>.c and bench/workloads/<Class>.java print
 * the same checksum line for the same size argument. The C file is built
 * natively and as a riscv64 static binary (qemu-user, and inside the guests).
 *
 * Each name has a row per group, with that group's sizes: the process-level
 * VMs (and native beside them) run the jvm sizes; the system-level VMs, whose
 * CPU is emulated under a whole OS, run smaller hv sizes (native beside them
 * again, so every ratio compares equal work).
 *
 * jvm sizes: tiny is for the smoke test; quick aims at ~50-150 ms per
 * iteration on bin/jvm, 5 iterations; full at about 3x that, 6 iterations.
 * hv sizes: quick aims at ~0.1 s per iteration on hv (its FP is slow, hence
 * nbody's small size), full at ~0.4 s; 3 iterations in one boot.
 */
#include <string.h>

#include "bench/bench.h"

#define JVM_ITERS { 2, 5, 6 }
#define HV_ITERS { 2, 3, 3 }

const struct workload workloads[] = {
	/* process-level VMs */
	{ "hello", "Hello", "start-up: print one line and exit",
	  G_JVM, K_STARTUP, { NULL, NULL, NULL }, { 0 }, NULL },
	{ "fib", "Fib", "call-heavy: recursive fib(n)",
	  G_JVM, K_THROUGHPUT, { "15", "30", "32" }, JVM_ITERS, NULL },
	{ "sieve", "Sieve", "array-heavy: 10 sieves of Eratosthenes up to n",
	  G_JVM, K_THROUGHPUT, { "10000", "600000", "1500000" }, JVM_ITERS, NULL },
	{ "nbody", "NBody", "floating-point: n-body, n steps",
	  G_JVM, K_THROUGHPUT, { "1000", "120000", "300000" }, JVM_ITERS, NULL },
	{ "dispatch", "Dispatch", "virtual and interface calls, 4 receiver classes",
	  G_JVM, K_THROUGHPUT, { "10000", "1200000", "3000000" }, JVM_ITERS, NULL },
	{ "spectralnorm", "SpectralNorm", "floating-point: spectral norm of an n x n matrix",
	  G_JVM, K_THROUGHPUT, { "50", "250", "400" }, JVM_ITERS, NULL },
	{ "fannkuch", "Fannkuch", "integer arrays: fannkuch-redux(n)",
	  G_JVM, K_THROUGHPUT, { "6", "8", "9" }, JVM_ITERS, NULL },
	{ "binarytrees", "BinaryTrees", "allocation: binary-trees of depth n",
	  G_JVM, K_THROUGHPUT, { "6", "12", "13" }, JVM_ITERS, NULL },
	{ "strhash", "StrHash", "strings and a hash map: n keys counted",
	  G_JVM, K_THROUGHPUT, { "1000", "40000", "100000" }, JVM_ITERS, NULL },

	/* system-level VMs: the riscv64 build, in a guest booted per run */
	{ "hello", "Hello", "start-up: boot, print one line, power off",
	  G_HV, K_STARTUP, { NULL, NULL, NULL }, { 0 }, NULL },
	{ "fib", "Fib", "call-heavy: recursive fib(n)",
	  G_HV, K_THROUGHPUT, { "15", "27", "30" }, HV_ITERS, NULL },
	{ "sieve", "Sieve", "array-heavy: 10 sieves of Eratosthenes up to n",
	  G_HV, K_THROUGHPUT, { "10000", "200000", "800000" }, HV_ITERS, NULL },
	{ "nbody", "NBody", "floating-point: n-body, n steps",
	  G_HV, K_THROUGHPUT, { "1000", "2000", "8000" }, HV_ITERS, NULL },
	{ "dispatch", "Dispatch", "virtual and interface calls, 4 receiver classes",
	  G_HV, K_THROUGHPUT, { "10000", "1000000", "4000000" }, HV_ITERS, NULL },
	{ "spectralnorm", "SpectralNorm", "floating-point: spectral norm of an n x n matrix",
	  G_HV, K_THROUGHPUT, { "50", "80", "160" }, HV_ITERS, NULL },
	{ "fannkuch", "Fannkuch", "integer arrays: fannkuch-redux(n)",
	  G_HV, K_THROUGHPUT, { "6", "8", "9" }, HV_ITERS, NULL },
	{ "binarytrees", "BinaryTrees", "allocation: binary-trees of depth n",
	  G_HV, K_THROUGHPUT, { "6", "9", "11" }, HV_ITERS, NULL },
	{ "strhash", "StrHash", "strings and a hash map: n keys counted",
	  G_HV, K_THROUGHPUT, { "1000", "20000", "80000" }, HV_ITERS, NULL },

	/* I/O, emulated device vs virtio: bench/workloads/io.c in the guest
	 * (natively: the same bytes to stdout, the same image read) */
	{ "uart-write", NULL, "console output through the emulated 16550 (MMIO per byte)",
	  G_IO, K_THROUGHPUT, { "write uart 16", "write uart 64", "write uart 256" },
	  { 1, 3, 3 }, "io" },
	{ "vconsole-write", NULL, "console output through virtio-console (hvc0)",
	  G_IO, K_THROUGHPUT, { "write hvc 16", "write hvc 64", "write hvc 256" },
	  { 1, 3, 3 }, "io" },
	{ "blk-read", NULL, "reading the disk image through virtio-blk (O_DIRECT in the guest)",
	  G_IO, K_THROUGHPUT, { "read disk 2", "read disk 16", "read disk 64" },
	  { 1, 3, 3 }, "io" },
	{ "net-send", NULL, "TCP to a sink on the host through virtio-net and user networking",
	  G_IO, K_THROUGHPUT, { "send net 1", "send net 8", "send net 32" },
	  { 1, 3, 3 }, "io" },
};
const int nworkloads = sizeof workloads / sizeof workloads[0];

const struct workload *workload_find(const char *name)
{
	for (int i = 0; i < nworkloads; i++)
		if (strcmp(workloads[i].name, name) == 0)
			return &workloads[i];
	return NULL;
}
