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

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long count = 0, sum = 0;
        for (int p = 0; p < PASSES; p++) {
            long[] r = sieve(n);
            count += r[0];
            sum += r[1];
        }
        StringBuilder sb = new StringBuilder();
        sb.append("sieve ").append(n).append(' ').append(count).append(' ').append(sum);
        System.out.println(sb.toString());
    }
}
