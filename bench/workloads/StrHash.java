// String / hash-map workload: builds n decimal keys with StringBuilder, hashes
// them (String.hashCode) and counts them in a HashMap<String, Integer>.
// The checksum does not depend on the map's iteration order.
import java.util.HashMap;

public class StrHash {
    static final int MASK = 0x7fffffff;

    static String run(int n) {
        int m = n / 4 + 1;
        HashMap<String, Integer> counts = new HashMap<>();
        int seed = 42, maxCount = 0;
        long hashSum = 0, lenSum = 0;
        for (int i = 0; i < n; i++) {
            seed = (seed * 1103515245 + 12345) & MASK;
            int v = seed % m;
            StringBuilder sb = new StringBuilder();
            sb.append("key").append(v).append('_').append(v % 7);
            String s = sb.toString();
            hashSum += s.hashCode();
            lenSum += s.length();
            Integer c = counts.get(s);
            int nc = c == null ? 1 : c + 1;
            counts.put(s, nc);
            if (nc > maxCount)
                maxCount = nc;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("strhash ").append(n).append(' ').append(counts.size()).append(' ')
          .append(hashSum).append(' ').append(lenSum).append(' ').append(maxCount);
        return sb.toString();
    }

    // Java twin of iter.h: `java StrHash SIZE [ITERATIONS]`; each iteration is
    // timed ("vmbench-iter <i> <ns>" on stderr), the checksum line printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int iters = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String first = null;
        for (int i = 1; i <= iters; i++) {
            long t0 = System.nanoTime();
            String line = run(n);
            long t = System.nanoTime() - t0;
            StringBuilder sb = new StringBuilder();
            sb.append("vmbench-iter ").append(i).append(' ').append(t);
            System.err.println(sb.toString());
            if (first == null) {
                first = line;
            } else if (!line.equals(first)) {
                System.err.println("iteration results differ");
                System.exit(1);
            }
        }
        if (first != null)
            System.out.println(first);
    }
}
