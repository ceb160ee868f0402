// Integer array workload: fannkuch-redux (Computer Language Benchmarks Game
// algorithm, single-threaded): pancake flips over all permutations of n.
public class Fannkuch {
    static String run(int n) {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++)
            perm1[i] = i;
        int maxFlips = 0, permCount = 0, checksum = 0, r = n;
        outer:
        for (;;) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++)
                perm[i] = perm1[i];
            int flips = 0, k;
            while ((k = perm[0]) != 0) {
                for (int i = 0, j = k; i < j; i++, j--) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                flips++;
            }
            if (flips > maxFlips)
                maxFlips = flips;
            checksum += (permCount & 1) == 0 ? flips : -flips;
            // Next permutation in the counting order of the original program.
            for (;;) {
                if (r == n)
                    break outer;
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++)
                    perm1[i] = perm1[i + 1];
                perm1[r] = perm0;
                if (--count[r] > 0)
                    break;
                r++;
            }
            permCount++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("fannkuch ").append(n).append(' ').append(checksum).append(' ').append(maxFlips);
        return sb.toString();
    }

    // Java twin of iter.h: `java Fannkuch SIZE [ITERATIONS]`; each iteration is
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
