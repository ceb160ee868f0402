// Allocation / GC workload: binary-trees (Computer Language Benchmarks Game
// algorithm): many short-lived complete binary trees beside one long-lived one.
// Prints one line with the total node count checked.
public class BinaryTrees {
    static final int MIN_DEPTH = 4;

    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node bottomUp(int depth) {
        return depth > 0 ? new Node(bottomUp(depth - 1), bottomUp(depth - 1)) : new Node(null, null);
    }

    static String run(int n) {
        int maxDepth = Math.max(MIN_DEPTH + 2, n);
        long total = bottomUp(maxDepth + 1).check();
        Node longLived = bottomUp(maxDepth);
        for (int d = MIN_DEPTH; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + MIN_DEPTH);
            for (int i = 0; i < iterations; i++)
                total += bottomUp(d).check();
        }
        total += longLived.check();
        StringBuilder sb = new StringBuilder();
        sb.append("binarytrees ").append(n).append(' ').append(total);
        return sb.toString();
    }

    // Java twin of iter.h: `java BinaryTrees SIZE [ITERATIONS]`; each iteration is
    // timed ("vmbench-iter <i> <ns>" on stderr), the checksum line printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int iters = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String first = null;
        for (int i = 1; i <= iters; i++) {
            long t0 = System.nanoTime();
            String line = run(n);
            long t = System.nanoTime() - t0;
            StringBuilder sb = new StringBuilder();
            sb.append("vmbench-iter ").append(i).append(' ').append(t);
            System.err.println(sb.toString());
            if (first == null) {
                first = line;
            } else if (!line.equals(first)) {
                System.err.println("iteration results differ");
                System.exit(1);
            }
        }
        if (first != null)
            System.out.println(first);
    }
}
