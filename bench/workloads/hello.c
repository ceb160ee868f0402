/* Start-up workload: the smallest complete C program (native reference). */
#include <stdio.h>

int main(void)
{
	puts("Hello, World!");
	return 0;
}
