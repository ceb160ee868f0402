/* Call-heavy workload: naive recursive Fibonacci. Mirrors Fib.java. */
#include "iter.h"

/* noinline keeps the calls: the point is to measure calls, as in Java. */
static __attribute__((noinline)) int fib(int n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static void run(int n, char *line, size_t len)
{
	snprintf(line, len, "fib %d %d", n, fib(n));
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 30, run);
}
