/* Density test, native baseline: say "ready", then block reading stdin until
 * it closes (vmbench kills it first). Mirrors Idle.java. */
#include <stdio.h>

int main(void)
{
	puts("ready");
	fflush(stdout);
	while (getchar() != EOF)
		;
	return 0;
}
