// try/catch/finally: return overriding, nesting, finally on break/continue.
public class TryFinally {
    static StringBuilder trace = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try { return 1; } finally { return 2; }
    }

    @SuppressWarnings("finally")
    static int finallySwallowsException() {
        try { throw new RuntimeException("lost"); } finally { return 3; }
    }

    static int finallyDoesNotChangeReturnedValue() {
        int x = 10;
        try { return x; } finally { x = 20; trace.append("[x=").append(x).append("]"); }
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("a");
            try {
                sb.append("b");
                if (mode == 1) throw new IllegalStateException("m1");
                if (mode == 2) throw new IllegalArgumentException("m2");
                if (mode == 3) return sb.append("R").toString();
                sb.append("c");
            } catch (IllegalStateException e) {
                sb.append("C1");
                if (mode == 1) throw new RuntimeException("from catch");
            } finally {
                sb.append("F1");
            }
            sb.append("d");
        } catch (RuntimeException e) {
            sb.append("C2(").append(e.getMessage()).append(")");
        } finally {
            sb.append("F2");
        }
        return sb.toString();
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 6; i++) {
            try {
                if (i == 1) continue;
                if (i == 4) break;
                count += 10;
            } finally {
                count++;
                trace.append(i);
            }
        }
        return count;
    }

    static String exceptionInFinally() {
        try {
            try {
                throw new IllegalStateException("original");
            } finally {
                Integer.parseInt("zz");          // replaces the original exception
            }
        } catch (NumberFormatException e) {
            return "NFE replaced: " + e.getMessage();
        } catch (IllegalStateException e) {
            return "wrong";
        }
    }

    static int depth = 0;
    static int recursiveFinally(int n) {
        try {
            if (n == 0) throw new ArithmeticException("bottom");
            return recursiveFinally(n - 1);
        } finally {
            depth++;
        }
    }

    public static void main(String[] args) {
        System.out.println("override " + finallyOverridesReturn());
        System.out.println("swallow " + finallySwallowsException());
        System.out.println("value kept " + finallyDoesNotChangeReturnedValue() + " trace " + trace);
        for (int m = 0; m <= 3; m++) System.out.println("nested(" + m + ") = " + nested(m));
        trace.setLength(0);
        System.out.println("loop " + loopWithFinally() + " trace " + trace);
        System.out.println(exceptionInFinally());
        try {
            recursiveFinally(25);
        } catch (ArithmeticException e) {
            System.out.println("recursive finally ran " + depth + " times, " + e.getMessage());
        }
        int r = 0;
        try {
            try { r = 1; } finally { r += 10; }
            try { r *= 2; throw new Exception("x"); } catch (Exception e) { r += 100; } finally { r += 1000; }
        } finally {
            r = -r;
        }
        System.out.println("r " + r);
    }
}
