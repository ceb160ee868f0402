// Virtual-dispatch-heavy workload: a loop of calls through an abstract class
// (invokevirtual, four receiver classes in pseudo-random order) and through an
// interface (invokeinterface). Values stay within 31 bits so that C (unsigned)
// and Java (wrapping int) compute the same numbers.
public class Dispatch {
    static final int MASK = 0x7fffffff;

    interface Tagged {
        int tag();
    }

    abstract static class Op implements Tagged {
        final int k;

        Op(int k) {
            this.k = k;
        }

        abstract int apply(int x);
    }

    static final class Add extends Op {
        Add(int k) { super(k); }
        int apply(int x) { return (x + k) & MASK; }
        public int tag() { return 1; }
    }

    static final class Mul extends Op {
        Mul(int k) { super(k | 1); }
        int apply(int x) { return (x * k) & MASK; }
        public int tag() { return 2; }
    }

    static final class Xor extends Op {
        Xor(int k) { super(k); }
        int apply(int x) { return x ^ k; }
        public int tag() { return 3; }
    }

    static final class Rot extends Op {
        Rot(int k) { super(k); }
        int apply(int x) { return ((x << k) | (x >>> (31 - k))) & MASK; }
        public int tag() { return k; }
    }

    // The same sequence of operations as dispatch.c builds.
    static Op[] makeOps() {
        Op[] ops = new Op[64];
        int seed = 12345;
        for (int i = 0; i < ops.length; i++) {
            seed = (seed * 1103515245 + 12345) & MASK;
            int k = 1 + (seed >>> 8) % 29;
            switch ((seed >>> 16) % 4) {
            case 0: ops[i] = new Add(k); break;
            case 1: ops[i] = new Mul(k); break;
            case 2: ops[i] = new Xor(k); break;
            default: ops[i] = new Rot(k); break;
            }
        }
        return ops;
    }

    static String run(int n) {
        Op[] ops = makeOps();
        int x = 1;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            Op op = ops[i & 63];
            x = op.apply(x);
            Tagged t = op;
            sum += t.tag();
            sum += x;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("dispatch ").append(n).append(' ').append(x).append(' ').append(sum);
        return sb.toString();
    }

    // Java twin of iter.h: `java Dispatch SIZE [ITERATIONS]`; each iteration is
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
