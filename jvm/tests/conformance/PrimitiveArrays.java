// Arrays of every primitive type: defaults, stores, loads, clone, length.
import java.util.Arrays;

public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        Object[] o = new Object[3];
        System.out.println("defaults " + Arrays.toString(z) + Arrays.toString(b) + (int) c[0] + Arrays.toString(s)
            + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(o));
        z[1] = true; b[1] = (byte) 200; c[0] = '<'; c[1] = 'x'; c[2] = '>'; s[1] = (short) 40000; i[1] = -7; l[1] = 1L << 50; f[1] = 1.25f; d[1] = -2.5; o[1] = "obj";
        System.out.println("stored " + Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(c) + Arrays.toString(s)
            + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(o));
        int[] ic = i.clone();
        ic[0] = 99;
        System.out.println("clone independent " + i[0] + " " + ic[0] + " " + ic[1] + " same? " + (ic == i) + " len " + ic.length);
        char[] cc = c.clone();
        long[] lc = l.clone();
        double[] dc = d.clone();
        boolean[] zc = z.clone();
        System.out.println("clones " + cc[1] + " " + lc[1] + " " + dc[1] + " " + zc[1] + " " + b.clone()[1] + " " + s.clone()[1] + " " + f.clone()[1]);
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7};
        System.out.println("shallow clone " + Arrays.deepToString(grid) + " " + Arrays.deepToString(shallow));
        System.out.println("lengths " + new byte[0].length + " " + new long[1000].length + " " + new char[65536].length);
        byte[] counts = new byte[4];
        for (int k = 0; k < 300; k++) counts[k & 3]++;
        System.out.println("byte overflow " + Arrays.toString(counts));
        char[] word = {'d', 'a', 't', 'a'};
        word[0]++;
        word[3] += 2;
        System.out.println("chars " + new String(word) + " " + String.valueOf(word, 1, 2));
        short[] sh = {Short.MAX_VALUE};
        sh[0]++;
        System.out.println("short wrap " + sh[0]);
        long[] fib = new long[93];
        fib[0] = 0; fib[1] = 1;
        for (int k = 2; k < fib.length; k++) fib[k] = fib[k - 1] + fib[k - 2];
        System.out.println("fib92 " + fib[92]);
        float[] fs = {0.1f, 0.2f, 0.3f};
        float fsum = 0;
        for (float v : fs) fsum += v;
        double[] ds = new double[10];
        for (int k = 0; k < ds.length; k++) ds[k] = Math.sqrt(k);
        System.out.println("float sum " + fsum + " sqrt " + Arrays.toString(ds));
        boolean[] sieve = new boolean[50];
        StringBuilder primes = new StringBuilder();
        for (int p = 2; p < 50; p++) {
            if (sieve[p]) continue;
            primes.append(p).append(' ');
            for (int q = p * p; q < 50; q += p) sieve[q] = true;
        }
        System.out.println("primes " + primes);
        Object arr = new int[] {1, 2, 3};
        System.out.println("getClass " + arr.getClass().getName() + " " + new boolean[0].getClass().getName() + " "
            + new double[0][0].getClass().getName() + " " + new Object[0].getClass().getName() + " " + c.getClass().getSimpleName());
        System.out.println("component " + int[].class.getComponentType() + " " + String[][].class.getComponentType().getName()
            + " " + int.class.getComponentType());
        System.out.println("equals " + Arrays.equals(i, ic) + " " + i.equals(i) + " " + Arrays.equals(new int[] {1}, new int[] {1}));
    }
}
