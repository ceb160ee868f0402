// JIT: allocation in compiled loops (the collector moves objects while
// compiled frames hold them), fields, statics, virtual/interface calls,
// threads and monitors.
import java.util.ArrayList;
import java.util.List;

public class JitObjects {
    interface Shape { double area(); }
    static final class Sq implements Shape { final double s; Sq(double s) { this.s = s; } public double area() { return s * s; } }
    static final class Circ implements Shape { final double r; Circ(double r) { this.r = r; } public double area() { return 3 * r * r; } }
    static abstract class Node { abstract int sum(); }
    static final class Leaf extends Node { int v; Leaf(int v) { this.v = v; } int sum() { return v; } }
    static final class Pair extends Node {
        Node l, r;
        Pair(Node l, Node r) { this.l = l; this.r = r; }
        int sum() { return l.sum() + r.sum(); }
    }
    static long counter;
    static byte bs; static char cs; static short ss; static boolean zs;
    static final Object lock = new Object();

    static Node tree(int d, int v) { return d == 0 ? new Leaf(v) : new Pair(tree(d - 1, v * 2), tree(d - 1, v * 2 + 1)); }

    public static void main(String[] args) throws Exception {
        long total = 0;
        for (int i = 0; i < 200; i++) {
            Node t = tree(8, i);
            int[][] grid = new int[3][i % 5 + 1];
            grid[2][0] = i;
            List<String> strs = new ArrayList<>();
            for (int k = 0; k < 20; k++)
                strs.add("s" + k + i);
            total += t.sum() + grid[2][0] + strs.get(19).length() + strs.size();
            if (i % 50 == 0)
                System.gc();
        }
        System.out.println("trees " + total);
        Shape[] shapes = new Shape[100];
        for (int i = 0; i < shapes.length; i++)
            shapes[i] = i % 3 == 0 ? new Sq(i) : new Circ(i);
        double a = 0;
        for (int rep = 0; rep < 100; rep++)
            for (Shape s : shapes)
                a += s.area();
        System.out.println("shapes " + a);
        for (int i = 0; i < 1000; i++) {
            bs = (byte) (bs + 3);
            cs = (char) (cs - 7);
            ss = (short) (ss * 3 + 1);
            zs = !zs;
            counter += bs + cs + ss + (zs ? 1 : 0);
        }
        System.out.println("statics " + counter + " " + bs + " " + (int) cs + " " + ss + " " + zs);
        boolean[] flags = new boolean[10];
        char[] chars = new char[10];
        short[] shorts = new short[10];
        long[] longs = new long[10];
        double[] dbls = new double[10];
        for (int i = 0; i < 1000; i++) {
            flags[i % 10] ^= true;
            chars[i % 10] += (char) i;
            shorts[i % 10] -= (short) (i * 31);
            longs[i % 10] += (long) i << 33;
            dbls[i % 10] += i / 3.0;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++)
            sb.append(flags[i]).append(',').append((int) chars[i]).append(',').append(shorts[i]).append(',')
              .append(longs[i]).append(',').append(dbls[i]).append(' ');
        System.out.println(sb);
        Thread[] ts = new Thread[3];
        long[] sums = new long[3];
        for (int k = 0; k < ts.length; k++) {
            final int id = k;
            ts[k] = new Thread(() -> {
                long s = 0;
                for (int i = 0; i < 300000; i++) {
                    s += i % (id + 2);
                    if (i % 1000 == 0) {
                        synchronized (lock) {
                            counter++;
                        }
                        Object junk = new int[16];
                        s += junk.hashCode() == 0 ? 1 : 0;
                    }
                }
                sums[id] = s;
            });
            ts[k].start();
        }
        for (Thread t : ts)
            t.join();
        System.out.println("threads " + sums[0] + " " + sums[1] + " " + sums[2] + " " + counter);
    }
}
