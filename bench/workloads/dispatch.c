/*
 * Virtual-dispatch-heavy workload. Mirrors Dispatch.java: each "object" points
 * to a table of function pointers (its class's vtable), and the loop calls
 * through it. Unsigned 32-bit arithmetic masked to 31 bits, as in Java.
 */
#include <stdint.h>

#include "iter.h"

#define MASK 0x7fffffffu

struct op;
struct op_class {
	uint32_t (*apply)(const struct op *self, uint32_t x);
	uint32_t (*tag)(const struct op *self);
};
struct op {
	const struct op_class *cls;
	uint32_t k;
};

static uint32_t add_apply(const struct op *s, uint32_t x) { return (x + s->k) & MASK; }
static uint32_t mul_apply(const struct op *s, uint32_t x) { return (x * s->k) & MASK; }
static uint32_t xor_apply(const struct op *s, uint32_t x) { return x ^ s->k; }
static uint32_t rot_apply(const struct op *s, uint32_t x)
{
	return ((x << s->k) | (x >> (31 - s->k))) & MASK;
}
static uint32_t tag1(const struct op *s) { (void)s; return 1; }
static uint32_t tag2(const struct op *s) { (void)s; return 2; }
static uint32_t tag3(const struct op *s) { (void)s; return 3; }
static uint32_t tagk(const struct op *s) { return s->k; }

static const struct op_class classes[4] = {
	{ add_apply, tag1 }, { mul_apply, tag2 }, { xor_apply, tag3 }, { rot_apply, tagk },
};

static void make_ops(struct op *ops, int n)
{
	uint32_t seed = 12345;
	for (int i = 0; i < n; i++) {
		seed = (seed * 1103515245u + 12345u) & MASK;
		uint32_t k = 1 + (seed >> 8) % 29;
		uint32_t c = (seed >> 16) % 4;
		ops[i].cls = &classes[c];
		ops[i].k = c == 1 ? (k | 1) : k;
	}
}

static void run(int n, char *line, size_t len)
{
	struct op ops[64];
	make_ops(ops, 64);
	uint32_t x = 1;
	int64_t sum = 0;
	for (int i = 0; i < n; i++) {
		const struct op *op = &ops[i & 63];
		x = op->cls->apply(op, x);
		sum += op->cls->tag(op);
		sum += x;
	}
	snprintf(line, len, "dispatch %d %u %lld", n, x, (long long)sum);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 1000000, run);
}
