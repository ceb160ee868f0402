// java.util.Arrays utilities.
import java.util.Arrays;
import java.util.List;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, 1, 7, 3, -2, 8};
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(a) + " -> " + Arrays.toString(sorted));
        System.out.println("binarySearch 7:" + Arrays.binarySearch(sorted, 7) + " 4:" + Arrays.binarySearch(sorted, 4) + " 100:"
            + Arrays.binarySearch(sorted, 100) + " -5:" + Arrays.binarySearch(sorted, -5));
        int[] part = a.clone();
        Arrays.sort(part, 2, 6);
        System.out.println("range sort " + Arrays.toString(part));
        double[] d = {3.5, -0.0, 0.0, Double.NaN, -1.0, Double.NEGATIVE_INFINITY, 2.0, Double.MAX_VALUE};
        Arrays.sort(d);
        System.out.println("double sort " + Arrays.toString(d));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        long[] ls = {3L, -1L, Long.MAX_VALUE, Long.MIN_VALUE};
        Arrays.sort(ls);
        System.out.println("char sort [" + new String(cs) + "] long sort " + Arrays.toString(ls));
        String[] strs = {"pear", "Apple", "fig", "banana", "apple"};
        Arrays.sort(strs);
        System.out.println("String sort " + Arrays.toString(strs));
        Arrays.sort(strs, (x, y) -> y.length() - x.length());
        System.out.println("by length desc (stable) " + Arrays.toString(strs));
        int[] big = new int[1000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 1009;
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) ok &= big[i - 1] <= big[i];
        System.out.println("big sorted " + ok + " " + big[0] + " " + big[500] + " " + big[999]);
        int[] f = new int[6];
        Arrays.fill(f, 4);
        Arrays.fill(f, 1, 3, 9);
        System.out.println("fill " + Arrays.toString(f));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(a, 3)) + " " + Arrays.toString(Arrays.copyOf(a, 10)) + " copyOfRange "
            + Arrays.toString(Arrays.copyOfRange(a, 2, 5)) + " " + Arrays.toString(Arrays.copyOfRange(a, 6, 10)));
        List<String> asList = Arrays.asList("x", "y", "z");
        asList.set(1, "Y");
        System.out.println("asList " + asList + " size " + asList.size());
        try {
            asList.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException");
        }
        int[][] grid = {{1, 2}, {3, 4}};
        Object[] deep = {1, new int[] {2, 3}, new String[] {"a"}, null, new Object[] {new long[] {4L}}};
        System.out.println("deepToString " + Arrays.deepToString(grid) + " " + Arrays.deepToString(deep));
        System.out.println("toString null " + Arrays.toString((int[]) null) + " empty " + Arrays.toString(new int[0]) + " bool "
            + Arrays.toString(new boolean[] {true, false}) + " chars " + Arrays.toString(new char[] {'a', 'b'}));
        System.out.println("equals " + Arrays.equals(a, a.clone()) + " " + Arrays.equals(a, sorted) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
            + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " deepEquals " + Arrays.deepEquals(grid, new int[][] {{1, 2}, {3, 4}})
            + " " + Arrays.equals(grid, new int[][] {{1, 2}, {3, 4}}));
        System.out.println("hashCode " + Arrays.hashCode(a) + " " + Arrays.hashCode(new long[] {1L << 33}) + " " + Arrays.hashCode(new String[] {"a", null})
            + " " + Arrays.deepHashCode(grid) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode((int[]) null)
            + " " + Arrays.hashCode(new boolean[] {true, false}));
        String[] words = {"b", "d", "f", "h"};
        System.out.println("binarySearch strings " + Arrays.binarySearch(words, "f") + " " + Arrays.binarySearch(words, "a") + " " + Arrays.binarySearch(words, "e"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, java.util.Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed));
        int[] setAll = new int[5];
        Arrays.setAll(setAll, i -> i * i);
        System.out.println("setAll " + Arrays.toString(setAll) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3})
            + " mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
    }
}
