// System.arraycopy: overlapping copies, every element type, and its exceptions.
import java.util.Arrays;

public class ArrayCopy {
    interface Call { void run(); }
    static void check(String label, Call c) {
        try {
            c.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);                 // overlapping, forward
        System.out.println("overlap right " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);                 // overlapping, backward
        System.out.println("overlap left  " + Arrays.toString(b));
        long[] l = {1, 2, 3};
        long[] l2 = new long[5];
        System.arraycopy(l, 0, l2, 1, 3);
        char[] c = "hello".toCharArray();
        char[] c2 = new char[3];
        System.arraycopy(c, 1, c2, 0, 3);
        double[] d = {1.5, 2.5};
        double[] d2 = new double[2];
        System.arraycopy(d, 0, d2, 0, 2);
        byte[] by = {1, 2, 3, 4};
        System.arraycopy(by, 0, by, 1, 3);
        boolean[] z = {true, false};
        boolean[] z2 = new boolean[3];
        System.arraycopy(z, 0, z2, 1, 2);
        short[] s = {7, 8};
        short[] s2 = new short[2];
        System.arraycopy(s, 1, s2, 0, 1);
        float[] f = {0.5f};
        float[] f2 = new float[1];
        System.arraycopy(f, 0, f2, 0, 1);
        System.out.println(Arrays.toString(l2) + " " + new String(c2) + " " + Arrays.toString(d2) + " " + Arrays.toString(by) + " "
            + Arrays.toString(z2) + " " + Arrays.toString(s2) + " " + Arrays.toString(f2));
        String[] strs = {"a", "b", "c"};
        Object[] objs = new Object[4];
        System.arraycopy(strs, 0, objs, 1, 3);
        System.out.println("String[] -> Object[] " + Arrays.toString(objs));
        Object[] mixed = {"x", "y", 3, "z"};
        String[] dest = new String[4];
        check("partial store", () -> System.arraycopy(mixed, 0, dest, 0, 4));
        System.out.println("after partial copy " + Arrays.toString(dest));
        check("zero length at end", () -> System.arraycopy(a, 10, b, 10, 0));
        check("src index too big", () -> System.arraycopy(a, 5, b, 0, 6));
        check("dst index too big", () -> System.arraycopy(a, 0, b, 8, 3));
        check("negative src", () -> System.arraycopy(a, -1, b, 0, 1));
        check("negative dst", () -> System.arraycopy(a, 0, b, -2, 1));
        check("negative length", () -> System.arraycopy(a, 0, b, 0, -1));
        check("null src", () -> System.arraycopy(null, 0, b, 0, 1));
        check("null dst", () -> System.arraycopy(a, 0, null, 0, 1));
        check("int[] -> long[]", () -> System.arraycopy(a, 0, l2, 0, 1));
        check("int[] -> Object[]", () -> System.arraycopy(a, 0, objs, 0, 1));
        check("String[] -> int[]", () -> System.arraycopy(strs, 0, a, 0, 1));
        check("not an array", () -> System.arraycopy("str", 0, a, 0, 1));
        check("dst not an array", () -> System.arraycopy(a, 0, "str", 0, 1));
        check("Integer[] -> String[]", () -> System.arraycopy(new Integer[] {1}, 0, new String[1], 0, 1));
        check("long[] last index", () -> System.arraycopy(new long[3], 2, new long[3], 0, 2));
        int[][] grid = {{1}, {2}, {3}};
        int[][] grid2 = new int[3][];
        System.arraycopy(grid, 0, grid2, 0, 3);
        System.out.println("shallow " + (grid2[1] == grid[1]) + " " + grid2[2][0]);
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) big[i] = i;
        System.arraycopy(big, 0, big, 1, big.length - 1);
        System.out.println("big shift " + big[0] + " " + big[1] + " " + big[99999]);
        System.out.println("Arrays.copyOf " + Arrays.toString(Arrays.copyOf(a, 12)) + " " + Arrays.toString(Arrays.copyOf(strs, 2)));
    }
}
