// StackOverflowError is catchable, and the VM keeps working afterwards.
public class StackOverflow {
    static int depth;
    static int recurse(int n) { depth++; return recurse(n + 1) + 1; }

    static long deep(long a, long b, double c, Object o) {
        return deep(a + 1, b * 2, c / 3, o) + a;
    }

    static int sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }

    public static void main(String[] args) {
        try {
            recurse(0);
            System.out.println("not reached");
        } catch (StackOverflowError e) {
            System.out.println("caught SOE, depth > 1000: " + (depth > 1000));
        }
        try {
            deep(1, 1, 1.0, "x");
        } catch (StackOverflowError e) {
            System.out.println("caught SOE again: " + e.getClass().getName());
        }
        System.out.println("sum(1000) = " + sum(1000));
        int caught = 0;
        for (int i = 0; i < 3; i++) {
            try { recurse(0); } catch (StackOverflowError e) { caught++; }
        }
        System.out.println("caught " + caught + " times");
        try {
            try {
                recurse(0);
            } finally {
                System.out.println("finally after SOE runs");
            }
        } catch (Error e) {
            System.out.println("outer caught " + (e instanceof StackOverflowError) + " is VirtualMachineError "
                + (e instanceof VirtualMachineError));
        }
        System.out.println("sum(2000) = " + sum(2000));
    }
}
