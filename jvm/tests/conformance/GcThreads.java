// Collections while several threads allocate (-Xmx24m): each thread builds
// trees and lists, some shared through a synchronized map, and waits on a
// monitor between rounds; results are printed in a fixed order.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GcThreads {
    static final class Node {
        Node left, right;
        int v;
        Node(Node l, Node r, int v) { left = l; right = r; this.v = v; }
    }

    static Node tree(int d, int v) { return d == 0 ? new Node(null, null, v) : new Node(tree(d - 1, v + 1), tree(d - 1, v * 2), v); }

    static long sum(Node n) { return n == null ? 0 : n.v + sum(n.left) + sum(n.right); }

    static final Map<Integer, List<String>> shared = new HashMap<>();
    static final Object gate = new Object();
    static int arrived;

    public static void main(String[] args) throws Exception {
        int n = 4;
        long[] results = new long[n];
        Thread[] ts = new Thread[n];
        for (int k = 0; k < n; k++) {
            final int id = k;
            ts[k] = new Thread(() -> {
                Node keep = tree(10, id);
                long acc = 0;
                for (int round = 0; round < 6; round++) {
                    for (int i = 0; i < 40; i++) acc += sum(tree(8, i + id));
                    List<String> strs = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) strs.add("t" + id + "-" + round + "-" + i);
                    synchronized (shared) { shared.put(id * 100 + round, strs); }
                    synchronized (gate) {
                        arrived++;
                        gate.notifyAll();
                        while (arrived < (round + 1) * n) {
                            try { gate.wait(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                        }
                    }
                }
                results[id] = acc * 31 + sum(keep);
            }, "worker-" + k);
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        for (int k = 0; k < n; k++) System.out.println("worker " + k + ": " + results[k]);
        long chars = 0;
        for (int k = 0; k < n; k++)
            for (int round = 0; round < 6; round++)
                for (String s : shared.get(k * 100 + round)) chars += s.length();
        System.out.println("shared lists " + shared.size() + " chars " + chars);
    }
}
