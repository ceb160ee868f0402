/*
 * String / hash-map workload. Mirrors StrHash.java: the same keys, hashed with
 * Java's String.hashCode (s[0]*31^(n-1) + ... in wrapping 32-bit arithmetic),
 * counted in an open-addressing table of malloc'ed keys.
 */
#include <stdint.h>

#include "iter.h"

#define MASK 0x7fffffffu

struct slot {
	char *key;
	int count;
};

static uint32_t java_hash(const char *s)
{
	uint32_t h = 0;
	for (; *s; s++)
		h = 31 * h + (unsigned char)*s;
	return h;
}

/* Returns the slot of key, inserting it (count 0) if absent. */
static struct slot *lookup(struct slot *tab, size_t mask, const char *key,
			   uint32_t h, int *size)
{
	size_t i = (h ^ (h >> 16)) & mask;
	while (tab[i].key && strcmp(tab[i].key, key) != 0)
		i = (i + 1) & mask;
	if (!tab[i].key) {
		tab[i].key = strdup(key);
		++*size;
	}
	return &tab[i];
}

static void run(int n, char *line, size_t len)
{
	int m = n / 4 + 1;
	size_t cap = 16;
	while (cap < 2 * (size_t)m)
		cap *= 2;
	struct slot *tab = calloc(cap, sizeof *tab);
	if (!tab)
		exit(1);
	uint32_t seed = 42;
	int size = 0, max_count = 0;
	long long hash_sum = 0, len_sum = 0;
	for (int i = 0; i < n; i++) {
		seed = (seed * 1103515245u + 12345u) & MASK;
		int v = (int)(seed % (uint32_t)m);
		char key[32];
		int len = snprintf(key, sizeof key, "key%d_%d", v, v % 7);
		uint32_t h = java_hash(key);
		hash_sum += (int32_t)h;
		len_sum += len;
		struct slot *s = lookup(tab, cap - 1, key, h, &size);
		if (++s->count > max_count)
			max_count = s->count;
	}
	snprintf(line, len, "strhash %d %d %lld %lld %d", n, size, hash_sum, len_sum, max_count);
	for (size_t i = 0; i < cap; i++)
		free(tab[i].key);
	free(tab);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 1000, run);
}
