// Allocation churn that needs several garbage collections: binary trees,
// large dropped arrays, string garbage and map churn, while long-lived data
// (and identity hash codes, interned strings, Class objects) must survive intact.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GcChurn {
    static final class Node {
        final Node left, right;
        Node(Node l, Node r) { left = l; right = r; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node tree(int d) { return d == 0 ? new Node(null, null) : new Node(tree(d - 1), tree(d - 1)); }

    public static void main(String[] args) {
        int maxDepth = 12;
        Node longLived = tree(maxDepth);
        Object keeper = new Object();
        int keeperHash = System.identityHashCode(keeper);
        String interned = ("inter" + "ned-" + maxDepth).intern();
        Class<?> cls = longLived.getClass();
        List<int[]> retained = new ArrayList<>();

        for (int d = 4; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += tree(d).check();
            System.out.println(iterations + " trees of depth " + d + " check " + check);
        }

        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            int[] big = new int[50_000];                 // 200 KB each, 400 MB in total
            big[i % big.length] = i;
            big[big.length - 1] = 7;
            sum += big[i % big.length] + big[big.length - 1];
            if (i % 250 == 0) retained.add(big);
        }
        System.out.println("big arrays sum " + sum + " retained " + retained.size() + " first retained tail " + retained.get(0)[49_999]);

        StringBuilder last = null;
        int totalLen = 0;
        for (int i = 0; i < 20000; i++) {
            String s = "item-" + i + "-" + (i * 31) + "-" + Integer.toHexString(i);
            totalLen += s.length();
            if (i % 5000 == 0) last = new StringBuilder(s);
        }
        System.out.println("string garbage total length " + totalLen + " last kept " + last);

        Map<Integer, String> map = new HashMap<>();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 5000; i++) map.put(round * 5000 + i, "v" + i);
            for (int i = 0; i < 5000; i++) if (i % 10 != 0) map.remove(round * 5000 + i);
        }
        long keySum = 0;
        for (int k : map.keySet()) keySum += k;
        System.out.println("map churn size " + map.size() + " key sum " + keySum);

        System.out.println("long-lived tree check " + longLived.check());
        System.out.println("identity hash stable " + (System.identityHashCode(keeper) == keeperHash) + " " + (keeper.hashCode() == keeperHash));
        System.out.println("interned survives " + (interned == ("interned-" + maxDepth).intern()));
        System.out.println("class identity " + (cls == Node.class) + " " + cls.getName());
        int[] r3 = retained.get(3);
        System.out.println("retained array intact " + r3[750 % r3.length] + " " + r3.length);
    }
}
