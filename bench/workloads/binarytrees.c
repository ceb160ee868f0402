/* binary-trees with malloc/free. Mirrors BinaryTrees.java. */
#include "iter.h"

#define MIN_DEPTH 4

struct node {
	struct node *left, *right;
};

static struct node *mknode(struct node *l, struct node *r)
{
	struct node *n = malloc(sizeof *n);
	if (!n)
		exit(1);
	n->left = l;
	n->right = r;
	return n;
}

static struct node *bottom_up(int depth)
{
	if (depth <= 0)
		return mknode(NULL, NULL);
	struct node *l = bottom_up(depth - 1);
	return mknode(l, bottom_up(depth - 1));
}

static int check(const struct node *n)
{
	return n->left ? 1 + check(n->left) + check(n->right) : 1;
}

static void drop(struct node *n)
{
	if (n->left) {
		drop(n->left);
		drop(n->right);
	}
	free(n);
}

/* Builds, checks and frees one tree. */
static long long once(int depth)
{
	struct node *t = bottom_up(depth);
	long long c = check(t);
	drop(t);
	return c;
}

static void run(int n, char *line, size_t len)
{
	int max_depth = n > MIN_DEPTH + 2 ? n : MIN_DEPTH + 2;
	long long total = once(max_depth + 1);
	struct node *long_lived = bottom_up(max_depth);
	for (int d = MIN_DEPTH; d <= max_depth; d += 2) {
		int iterations = 1 << (max_depth - d + MIN_DEPTH);
		for (int i = 0; i < iterations; i++)
			total += once(d);
	}
	total += check(long_lived);
	drop(long_lived);
	snprintf(line, len, "binarytrees %d %lld", n, total);
}

int main(int argc, char **argv)
{
	return iterate(argc, argv, 10, run);
}
