// The benchmarks-game binary trees under a small heap (-Xmx16m): a stretch
// tree, a long-lived tree that must survive every collection, and many
// short-lived trees of each depth.
public class GcBinaryTrees {
    static final class Node {
        Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node tree(int d) { return d == 0 ? new Node(null, null) : new Node(tree(d - 1), tree(d - 1)); }

    public static void main(String[] args) {
        int maxDepth = 14;
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + tree(maxDepth + 1).check());
        Node longLived = tree(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += tree(d).check();
            System.out.println(iterations + "\t trees of depth " + d + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
