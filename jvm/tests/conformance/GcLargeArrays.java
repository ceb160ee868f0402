// Large arrays under -Xmx32m: several MB each, most dropped at once, some
// kept, of every element type, including reference arrays that point at
// young objects (so the old generation must remember them).
import java.util.ArrayList;
import java.util.List;

public class GcLargeArrays {
    public static void main(String[] args) {
        List<Object> kept = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 200; i++) {
            int[] a = new int[(1 << 20) + i];               // 4 MB
            a[i] = i;
            a[a.length - 1] = 3;
            total += a[i] + a[a.length - 1] + a.length;
            if (i % 50 == 0) kept.add(a);
        }
        System.out.println("int arrays " + total + " kept " + kept.size());
        double dsum = 0;
        for (int i = 0; i < 60; i++) {
            double[] d = new double[300_000 + i];
            d[d.length / 2] = i * 0.5;
            dsum += d[d.length / 2];
        }
        System.out.println("double arrays " + dsum);
        // a big reference array filled with fresh (young) objects, then
        // updated while more garbage is made
        Object[] big = new Object[1 << 17];                 // 1 MB
        for (int i = 0; i < big.length; i++) big[i] = Integer.valueOf(i * 7);
        for (int r = 0; r < 5; r++) {
            for (int i = r; i < big.length; i += 97) big[i] = "s" + i;
            byte[] junk = new byte[3 << 20];
            junk[r] = 1;
        }
        long h = 0;
        for (int i = 0; i < big.length; i += 1013) h = h * 31 + big[i].hashCode();
        System.out.println("object array " + h);
        long[][] grid = new long[512][512];
        for (int i = 0; i < 512; i++) for (int j = 0; j < 512; j += 7) grid[i][j] = (long) i * j;
        long g = 0;
        for (long[] row : grid) for (long v : row) g += v;
        System.out.println("grid " + g);
        int[] first = (int[]) kept.get(0), last = (int[]) kept.get(kept.size() - 1);
        System.out.println("kept " + first[0] + " " + first[first.length - 1] + " " + last[150] + " " + last.length);
        char[] cs = new char[2_000_000];
        java.util.Arrays.fill(cs, 'x');
        System.out.println("string of " + new String(cs).length());
    }
}
