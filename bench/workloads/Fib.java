// Call-heavy workload: naive recursive Fibonacci (static calls, int arithmetic).
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static String run(int n) {
        StringBuilder sb = new StringBuilder();
        sb.append("fib ").append(n).append(' ').append(fib(n));
        return sb.toString();
    }

    // Java twin of iter.h: `java Fib SIZE [ITERATIONS]`; each iteration is
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
