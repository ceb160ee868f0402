// Exception handlers: the operand stack is cleared at a handler, handlers are
// matched in order, and catch/throw in tight loops keeps working.
public class ExceptionTables {
    static int thrower(int i) {
        if (i % 3 == 0) throw new IllegalArgumentException("i=" + i);
        if (i % 3 == 1) throw new IllegalStateException("i=" + i);
        return i;
    }

    static int midExpression(int i) {
        // the exception is thrown with partial results on the operand stack
        try {
            return 1 + 2 * (3 + thrower(i) * (4 + i));
        } catch (IllegalArgumentException e) {
            return -1;
        } catch (RuntimeException e) {
            return -2;
        }
    }

    static long loop(int n) {
        long acc = 0;
        for (int i = 0; i < n; i++) {
            try {
                acc += thrower(i);
            } catch (IllegalArgumentException e) {
                acc += 1000;
            } catch (IllegalStateException e) {
                acc -= 1;
            }
        }
        return acc;
    }

    static String order(Throwable t) {
        try {
            throw t;
        } catch (ArithmeticException e) {
            return "arith";
        } catch (RuntimeException e) {
            return "runtime:" + e.getClass().getSimpleName();
        } catch (Error e) {
            return "error";
        } catch (Throwable e) {
            return "throwable";
        }
    }

    static int nestedRethrow(int depth) {
        try {
            if (depth == 0) throw new ArithmeticException("bottom");
            return nestedRethrow(depth - 1);
        } catch (ArithmeticException e) {
            if (depth < 5) throw new ArithmeticException(e.getMessage() + "<" + depth);
            return e.getMessage().length();
        }
    }

    static int catchInCatch() {
        int r = 0;
        try {
            throw new RuntimeException("a");
        } catch (RuntimeException e) {
            try {
                throw new RuntimeException("b");
            } catch (RuntimeException e2) {
                r = e.getMessage().length() + e2.getMessage().length();
            }
        }
        return r;
    }

    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) sb.append(midExpression(i)).append(' ');
        System.out.println("midExpression " + sb);
        System.out.println("loop(30000) = " + loop(30000));
        System.out.println(order(new ArithmeticException()) + " " + order(new NullPointerException()) + " " + order(new StackOverflowError())
            + " " + order(new Exception()) + " " + order(new Throwable()));
        System.out.println("nestedRethrow " + nestedRethrow(8));
        try {
            nestedRethrow(3);
        } catch (ArithmeticException e) {
            System.out.println("escaped: " + e.getMessage());
        }
        System.out.println("catchInCatch " + catchInCatch());
        int caught = 0;
        for (int i = 0; i < 20000; i++) {
            try {
                Object o = i % 2 == 0 ? "s" : Integer.valueOf(i);
                String s = (String) o;
                if (s.length() != 1) throw new AssertionError();
                int[] a = new int[i % 5];
                a[i % 7] = 1;
            } catch (ClassCastException | ArrayIndexOutOfBoundsException e) {
                caught++;
            }
        }
        System.out.println("vm exceptions caught in loop " + caught);
    }
}
