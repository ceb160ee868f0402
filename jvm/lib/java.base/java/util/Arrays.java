package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Array utilities.  Object sorts are stable merge sorts (same results as the
 * JDK's TimSort for any consistent comparator); primitive sorts are
 * introspective quicksorts ordering floating point as Double.compare does.
 */
@SuppressWarnings("unchecked")
public final class Arrays {
    private Arrays() {}

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException(fromIndex);
        if (toIndex > arrayLength) throw new ArrayIndexOutOfBoundsException(toIndex);
    }

    public static void sort(int[] a) {
        sortInteger(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortInteger(a, fromIndex, toIndex);
    }

    public static void parallelSort(int[] a) {
        sort(a);
    }

    private static boolean less(int a, int b) {
        return a < b;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortInteger(int[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            int pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortInteger(x, lo, j + 1);
                lo = i;
            } else {
                sortInteger(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            int v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(int[] x, int a, int b) {
        int t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(long[] a) {
        sortLong(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortLong(a, fromIndex, toIndex);
    }

    public static void parallelSort(long[] a) {
        sort(a);
    }

    private static boolean less(long a, long b) {
        return a < b;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortLong(long[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            long pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortLong(x, lo, j + 1);
                lo = i;
            } else {
                sortLong(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            long v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(long[] x, int a, int b) {
        long t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(short[] a) {
        sortShort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortShort(a, fromIndex, toIndex);
    }

    public static void parallelSort(short[] a) {
        sort(a);
    }

    private static boolean less(short a, short b) {
        return a < b;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortShort(short[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            short pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortShort(x, lo, j + 1);
                lo = i;
            } else {
                sortShort(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            short v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(short[] x, int a, int b) {
        short t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(char[] a) {
        sortCharacter(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortCharacter(a, fromIndex, toIndex);
    }

    public static void parallelSort(char[] a) {
        sort(a);
    }

    private static boolean less(char a, char b) {
        return a < b;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortCharacter(char[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            char pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortCharacter(x, lo, j + 1);
                lo = i;
            } else {
                sortCharacter(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            char v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(char[] x, int a, int b) {
        char t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(byte[] a) {
        sortByte(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortByte(a, fromIndex, toIndex);
    }

    public static void parallelSort(byte[] a) {
        sort(a);
    }

    private static boolean less(byte a, byte b) {
        return a < b;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortByte(byte[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            byte pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortByte(x, lo, j + 1);
                lo = i;
            } else {
                sortByte(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            byte v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(byte[] x, int a, int b) {
        byte t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(float[] a) {
        sortFloat(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFloat(a, fromIndex, toIndex);
    }

    public static void parallelSort(float[] a) {
        sort(a);
    }

    private static boolean less(float a, float b) {
        return Float.compare(a, b) < 0;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortFloat(float[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            float pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortFloat(x, lo, j + 1);
                lo = i;
            } else {
                sortFloat(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            float v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(float[] x, int a, int b) {
        float t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(double[] a) {
        sortDouble(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortDouble(a, fromIndex, toIndex);
    }

    public static void parallelSort(double[] a) {
        sort(a);
    }

    private static boolean less(double a, double b) {
        return Double.compare(a, b) < 0;
    }

    /** Quicksort of [lo, hi) with median-of-three pivots, insertion sort for short runs. */
    private static void sortDouble(double[] x, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(x[mid], x[lo])) swap(x, mid, lo);
            if (less(x[hi - 1], x[mid])) {
                swap(x, hi - 1, mid);
                if (less(x[mid], x[lo])) swap(x, mid, lo);
            }
            double pivot = x[mid];
            int i = lo, j = hi - 1;
            while (i <= j) {
                while (less(x[i], pivot)) i++;
                while (less(pivot, x[j])) j--;
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller half, loop on the larger: O(log n) stack.
            if (j - lo < hi - i) {
                sortDouble(x, lo, j + 1);
                lo = i;
            } else {
                sortDouble(x, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            double v = x[i];
            int j = i - 1;
            while (j >= lo && less(v, x[j])) {
                x[j + 1] = x[j];
                j--;
            }
            x[j + 1] = v;
        }
    }

    private static void swap(double[] x, int a, int b) {
        double t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    public static void sort(Object[] a) {
        mergeSort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, null);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        mergeSort(a, 0, a.length, (Comparator<Object>) c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, (Comparator<Object>) c);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        sort(a);
    }

    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        sort(a, cmp);
    }

    private static int cmp(Object a, Object b, Comparator<Object> c) {
        return c != null ? c.compare(a, b) : ((Comparable<Object>) a).compareTo(b);
    }

    /** Stable: insertion sort of short runs, then bottom-up merging through one buffer. */
    static void mergeSort(Object[] a, int lo, int hi, Comparator<Object> c) {
        int n = hi - lo;
        if (n < 2) return;
        final int RUN = 16;
        for (int s = lo; s < hi; s += RUN) {
            int e = Math.min(s + RUN, hi);
            for (int i = s + 1; i < e; i++) {
                Object v = a[i];
                int j = i - 1;
                while (j >= s && cmp(v, a[j], c) < 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }
        if (n <= RUN) return;
        Object[] src = a, dst = new Object[a.length];
        boolean inA = true;
        for (int width = RUN; width < n; width <<= 1) {
            for (int s = lo; s < hi; s += width << 1) {
                int m = Math.min(s + width, hi), e = Math.min(s + (width << 1), hi);
                int i = s, j = m, k = s;
                if (m < e && cmp(src[m - 1], src[m], c) <= 0) {
                    System.arraycopy(src, s, dst, s, e - s);   // already in order
                    continue;
                }
                while (i < m && j < e) dst[k++] = cmp(src[j], src[i], c) < 0 ? src[j++] : src[i++];
                while (i < m) dst[k++] = src[i++];
                while (j < e) dst[k++] = src[j++];
            }
            Object[] t = src;
            src = dst;
            dst = t;
            inA = !inA;
        }
        if (!inA) System.arraycopy(src, lo, a, lo, n);
    }

    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            int c = midVal < key ? -1 : (midVal > key ? 1 : 0);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            int c = Double.compare(midVal, key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            int c = Float.compare(midVal, key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch(a, 0, a.length, key, null);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch(a, fromIndex, toIndex, key, null);
    }

    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch(a, 0, a.length, key, c);
    }

    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        int low = fromIndex, high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = cmp(a[mid], key, (Comparator<Object>) c);
            if (r < 0) low = mid + 1;
            else if (r > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int result = 1;
        for (long e : a) result = 31 * result + Long.hashCode(e);
        return result;
    }

    public static String toString(long[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int e : a) result = 31 * result + e;
        return result;
    }

    public static String toString(int[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int result = 1;
        for (short e : a) result = 31 * result + e;
        return result;
    }

    public static String toString(short[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int result = 1;
        for (char e : a) result = 31 * result + e;
        return result;
    }

    public static String toString(char[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int result = 1;
        for (byte e : a) result = 31 * result + e;
        return result;
    }

    public static String toString(byte[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (a[i] != a2[i]) return false;
        return true;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int result = 1;
        for (boolean e : a) result = 31 * result + (e ? 1231 : 1237);
        return result;
    }

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])) return false;
        return true;
    }

    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int result = 1;
        for (double e : a) result = 31 * result + Double.hashCode(e);
        return result;
    }

    public static String toString(double[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i])) return false;
        return true;
    }

    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int result = 1;
        for (float e : a) result = 31 * result + Float.floatToIntBits(e);
        return result;
    }

    public static String toString(float[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++)
            if (!Objects.equals(a[i], a2[i])) return false;
        return true;
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (Object e : a) result = 31 * result + (e == null ? 0 : e.hashCode());
        return result;
    }

    public static String toString(Object[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = ((Object) newType == (Object) Object[].class) ? (T[]) new Object[newLength]
            : (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        T[] copy = ((Object) newType == (Object) Object[].class) ? (T[]) new Object[newLength]
            : (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayAsList<>(a);
    }

    private static class ArrayAsList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] a;

        ArrayAsList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        public int size() {
            return a.length;
        }

        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        public <T> T[] toArray(T[] a) {
            int size = size();
            if (a.length < size) return Arrays.copyOf(this.a, size, (Class<? extends T[]>) a.getClass());
            System.arraycopy(this.a, 0, a, 0, size);
            if (a.length > size) a[size] = null;
            return a;
        }

        public E get(int index) {
            return a[index];
        }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            for (int i = 0; i < a.length; i++)
                if (Objects.equals(o, a[i])) return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int cursor;

                public boolean hasNext() {
                    return cursor < a.length;
                }

                public E next() {
                    int i = cursor;
                    if (i >= a.length) throw new NoSuchElementException();
                    cursor = i + 1;
                    return a[i];
                }
            };
        }
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (Object element : a) {
            int elementHash;
            if (element instanceof Object[]) elementHash = deepHashCode((Object[]) element);
            else if (element instanceof int[]) elementHash = hashCode((int[]) element);
            else if (element instanceof long[]) elementHash = hashCode((long[]) element);
            else if (element instanceof double[]) elementHash = hashCode((double[]) element);
            else if (element instanceof char[]) elementHash = hashCode((char[]) element);
            else if (element instanceof byte[]) elementHash = hashCode((byte[]) element);
            else if (element instanceof short[]) elementHash = hashCode((short[]) element);
            else if (element instanceof float[]) elementHash = hashCode((float[]) element);
            else if (element instanceof boolean[]) elementHash = hashCode((boolean[]) element);
            else elementHash = element == null ? 0 : element.hashCode();
            result = 31 * result + elementHash;
        }
        return result;
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) return true;
        if (a1 == null || a2 == null) return false;
        int length = a1.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i], e2 = a2[i];
            if (e1 == e2) continue;
            if (e1 == null) return false;
            if (!deepEquals0(e1, e2)) return false;
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) return deepEquals((Object[]) e1, (Object[]) e2);
        if (e1 instanceof byte[] && e2 instanceof byte[]) return equals((byte[]) e1, (byte[]) e2);
        if (e1 instanceof short[] && e2 instanceof short[]) return equals((short[]) e1, (short[]) e2);
        if (e1 instanceof int[] && e2 instanceof int[]) return equals((int[]) e1, (int[]) e2);
        if (e1 instanceof long[] && e2 instanceof long[]) return equals((long[]) e1, (long[]) e2);
        if (e1 instanceof char[] && e2 instanceof char[]) return equals((char[]) e1, (char[]) e2);
        if (e1 instanceof float[] && e2 instanceof float[]) return equals((float[]) e1, (float[]) e2);
        if (e1 instanceof double[] && e2 instanceof double[]) return equals((double[]) e1, (double[]) e2);
        if (e1 instanceof boolean[] && e2 instanceof boolean[]) return equals((boolean[]) e1, (boolean[]) e2);
        return e1.equals(e2);
    }

    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        int bufLen = 20 * a.length;
        if (a.length != 0 && bufLen <= 0) bufLen = Integer.MAX_VALUE;
        StringBuilder buf = new StringBuilder(bufLen);
        deepToString(a, buf, new ArrayList<>());
        return buf.toString();
    }

    private static void deepToString(Object[] a, StringBuilder buf, List<Object[]> dejaVu) {
        if (a == null) {
            buf.append("null");
            return;
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        dejaVu.add(a);
        buf.append('[');
        for (int i = 0; ; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else {
                Class<?> eClass = element.getClass();
                if (eClass.isArray()) {
                    if (eClass == byte[].class) buf.append(toString((byte[]) element));
                    else if (eClass == short[].class) buf.append(toString((short[]) element));
                    else if (eClass == int[].class) buf.append(toString((int[]) element));
                    else if (eClass == long[].class) buf.append(toString((long[]) element));
                    else if (eClass == char[].class) buf.append(toString((char[]) element));
                    else if (eClass == float[].class) buf.append(toString((float[]) element));
                    else if (eClass == double[].class) buf.append(toString((double[]) element));
                    else if (eClass == boolean[].class) buf.append(toString((boolean[]) element));
                    else {
                        boolean seen = false;
                        for (Object[] o : dejaVu) if (o == element) seen = true;
                        if (seen) buf.append("[...]");
                        else deepToString((Object[]) element, buf, dejaVu);
                    }
                } else {
                    buf.append(element.toString());
                }
            }
            if (i == iMax) break;
            buf.append(", ");
        }
        buf.append(']');
        dejaVu.remove(dejaVu.size() - 1);
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.apply(i);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsInt(i);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsLong(i);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsDouble(i);
    }

    public static <T> Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        rangeCheck(array.length, startInclusive, endExclusive);
        return java.util.stream.StreamSupport.stream(asList(copyOfRange(array, startInclusive, endExclusive)));
    }

    public static IntStream stream(int[] array) {
        return IntStream.of(array.clone());
    }

    public static IntStream stream(int[] array, int startInclusive, int endExclusive) {
        return IntStream.of(copyOfRange(array, startInclusive, endExclusive));
    }

    public static LongStream stream(long[] array) {
        return LongStream.of(array.clone());
    }

    public static DoubleStream stream(double[] array) {
        return DoubleStream.of(array.clone());
    }

    // ---- compare / mismatch / ranged equals (JDK 9+) -------------------------------

    private static int mismatch0(boolean[] a, int aFrom, boolean[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(boolean[] a, boolean[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(boolean[] a, boolean[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Boolean.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Boolean.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    private static int mismatch0(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(byte[] a, byte[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Byte.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Byte.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    public static int compareUnsigned(byte[] a, byte[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return (a[i] & 0xFF) - (b[i] & 0xFF);
        return a.length - b.length;
    }

    public static int compareUnsigned(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return (a[aFromIndex + i] & 0xFF) - (b[bFromIndex + i] & 0xFF);
        return aLength - bLength;
    }

    private static int mismatch0(short[] a, int aFrom, short[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(short[] a, short[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(short[] a, short[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Short.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Short.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    public static int compareUnsigned(short[] a, short[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return (a[i] & 0xFFFF) - (b[i] & 0xFFFF);
        return a.length - b.length;
    }

    public static int compareUnsigned(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return (a[aFromIndex + i] & 0xFFFF) - (b[bFromIndex + i] & 0xFFFF);
        return aLength - bLength;
    }

    private static int mismatch0(char[] a, int aFrom, char[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(char[] a, char[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(char[] a, char[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Character.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Character.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    private static int mismatch0(int[] a, int aFrom, int[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(int[] a, int[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(int[] a, int[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Integer.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Integer.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    public static int compareUnsigned(int[] a, int[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Integer.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Integer.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    private static int mismatch0(long[] a, int aFrom, long[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (a[aFrom + i] != b[bFrom + i]) return i;
        return -1;
    }

    public static int mismatch(long[] a, long[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(long[] a, long[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Long.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Long.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    public static int compareUnsigned(long[] a, long[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Long.compareUnsigned(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compareUnsigned(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Long.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    private static int mismatch0(float[] a, int aFrom, float[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (Float.floatToIntBits(a[aFrom + i]) != Float.floatToIntBits(b[bFrom + i])) return i;
        return -1;
    }

    public static int mismatch(float[] a, float[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(float[] a, float[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Float.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Float.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    private static int mismatch0(double[] a, int aFrom, double[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) if (Double.doubleToLongBits(a[aFrom + i]) != Double.doubleToLongBits(b[bFrom + i])) return i;
        return -1;
    }

    public static int mismatch(double[] a, double[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(double[] a, double[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) return Double.compare(a[i], b[i]);
        return a.length - b.length;
    }

    public static int compare(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch(a, aFromIndex, aToIndex, b, bFromIndex, bToIndex);
        if (i >= 0 && i < Math.min(aLength, bLength)) return Double.compare(a[aFromIndex + i], b[bFromIndex + i]);
        return aLength - bLength;
    }

    public static boolean equals(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                if (oa == null || ob == null) return oa == null ? -1 : 1;
                int v = oa.compareTo(ob);
                if (v != 0) return v;
            }
        }
        return a.length - b.length;
    }

    public static <T extends Comparable<? super T>> int compare(T[] a, int aFromIndex, int aToIndex,
                                                                T[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFromIndex++];
            T ob = b[bFromIndex++];
            if (oa != ob) {
                if (oa == null || ob == null) return oa == null ? -1 : 1;
                int v = oa.compareTo(ob);
                if (v != 0) return v;
            }
        }
        return aLength - bLength;
    }

    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b) return 0;
        if (a == null || b == null) return a == null ? -1 : 1;
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                int v = cmp.compare(oa, ob);
                if (v != 0) return v;
            }
        }
        return a.length - b.length;
    }

    public static <T> int compare(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                  Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFromIndex++];
            T ob = b[bFromIndex++];
            if (oa != ob) {
                int v = cmp.compare(oa, ob);
                if (v != 0) return v;
            }
        }
        return aLength - bLength;
    }

    public static int mismatch(Object[] a, Object[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        for (int i = 0; i < length; i++) if (!Objects.equals(a[i], b[i])) return i;
        return a.length != b.length ? length : -1;
    }

    public static int mismatch(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) if (!Objects.equals(a[aFromIndex++], b[bFromIndex++])) return i;
        return aLength != bLength ? length : -1;
    }

    public static <T> int mismatch(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        int length = Math.min(a.length, b.length);
        if (a == b) return -1;
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob && cmp.compare(oa, ob) != 0) return i;
        }
        return a.length != b.length ? length : -1;
    }

    public static <T> int mismatch(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                   Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        for (int i = 0; i < length; i++) {
            T oa = a[aFromIndex++];
            T ob = b[bFromIndex++];
            if (oa != ob && cmp.compare(oa, ob) != 0) return i;
        }
        return aLength != bLength ? length : -1;
    }

    public static boolean equals(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        for (int i = 0; i < aLength; i++) if (!Objects.equals(a[aFromIndex++], b[bFromIndex++])) return false;
        return true;
    }

    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        return mismatch(a, a2, cmp) < 0;
    }

    public static <T> boolean equals(T[] a, int aFromIndex, int aToIndex, T[] b, int bFromIndex, int bToIndex,
                                     Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        if (aLength != bLength) return false;
        for (int i = 0; i < aLength; i++) {
            if (cmp.compare(a[aFromIndex++], b[bFromIndex++]) != 0) return false;
        }
        return true;
    }
}
