/* Call-heavy workload: naive recursive Fibonacci. Mirrors Fib.java. */
#include <stdio.h>
#include <stdlib.h>

/* noinline keeps the calls: the point is to measure calls, as in Java. */
static __attribute__((noinline)) int fib(int n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 30;
	printf("fib %d %d\n", n, fib(n));
	return 0;
}
