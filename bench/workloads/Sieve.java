// Array-heavy workload: sieve of Eratosthenes over [0, n], run 10 times on a
// fresh array each time (so allocation of large arrays is part of the work).
public class Sieve {
    static final int PASSES = 10;

    // Returns {number of primes <= n, their sum}.
    static long[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        long count = 0, sum = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i])
                continue;
            count++;
            sum += i;
            for (long j = (long) i * i; j <= n; j += i)
                composite[(int) j] = true;
        }
        return new long[] { count, sum };
    }

    static String run(int n) {
        long count = 0, sum = 0;
        for (int p = 0; p < PASSES; p++) {
            long[] r = sieve(n);
            count += r[0];
            sum += r[1];
        }
        StringBuilder sb = new StringBuilder();
        sb.append("sieve ").append(n).append(' ').append(count).append(' ').append(sum);
        return sb.toString();
    }

    // Java twin of iter.h: `java Sieve SIZE [ITERATIONS]`; each iteration is
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
