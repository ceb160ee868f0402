/* fannkuch-redux, single-threaded. Mirrors Fannkuch.java. */
#include "iter.h"

static void run(int n, char *line, size_t len)
{
	int perm[32], perm1[32], count[32];
	if (n < 1 || n > 32)
		exit(1);
	for (int i = 0; i < n; i++)
		perm1[i] = i;
	int max_flips = 0, perm_count = 0, checksum = 0, r = n;
	for (;;) {
		while (r != 1) {
			count[r - 1] = r;
			r--;
		}
		for (int i = 0; i < n; i++)
			perm[i] = perm1[i];
		int flips = 0, k;
		while ((k = perm[0]) != 0) {
			for (int i = 0, j = k; i < j; i++, j--) {
				int t = perm[i];
				perm[i] = perm[j];
				perm[j] = t;
			}
			flips++;
		}
		if (flips > max_flips)
			max_flips = flips;
		checksum += (perm_count & 1) == 0 ? flips : -flips;
		for (;;) {
			if (r == n)
				goto done;
			int perm0 = perm1[0];
			for (int i = 0; i < r; i++)
				perm1[i] = perm1[i + 1];
			perm1[r] = perm0;
			if (--count[r] > 0)
				break;
			r++;
		}
		perm_count++;
	}
done:
	snprintf(line, len, "fannkuch %d %d %d", n, checksum, max_flips);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 7, run);
}
