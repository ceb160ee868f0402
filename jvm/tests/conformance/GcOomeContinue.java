// OutOfMemoryError when live data outgrows -Xmx32m: caught, the program
// drops what it held and goes on; also a single impossible allocation, an
// OOME inside nested calls, and soft references cleared before an OOME.
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

public class GcOomeContinue {
    static List<long[]> hoard = new ArrayList<>();

    static int deep(int n) {
        if (n == 0) {
            List<int[]> l = new ArrayList<>();
            while (true) l.add(new int[1 << 18]);
        }
        return deep(n - 1) + 1;
    }

    public static void main(String[] args) {
        int filled = 0;
        try {
            while (true) {
                hoard.add(new long[1 << 17]);               // 1 MB each
                filled++;
            }
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage() + " after more than 10: " + (filled > 10));
        }
        hoard = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            long[] a = new long[1 << 17];
            a[i] = i;
            sum += a[i];
        }
        System.out.println("recovered " + sum);

        try {
            long[] huge = new long[Integer.MAX_VALUE / 2];
            System.out.println("impossible " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }

        try {
            System.out.println(deep(50));
        } catch (OutOfMemoryError e) {
            System.out.println("deep: " + e.getMessage());
        }

        List<SoftReference<byte[]>> soft = new ArrayList<>();
        for (int i = 0; i < 20; i++) soft.add(new SoftReference<>(new byte[1 << 20]));
        List<byte[]> strong = new ArrayList<>();
        for (int i = 0; i < 24; i++) strong.add(new byte[1 << 20]);  // needs the softly held memory
        int cleared = 0;
        for (SoftReference<byte[]> r : soft) if (r.get() == null) cleared++;
        System.out.println("strong " + strong.size() + ", some soft references cleared: " + (cleared > 0));
        strong = null;
        System.out.println("done");
    }
}
