// ExceptionInInitializerError, then NoClassDefFoundError on the next use.
public class InitError {
    static class Bad {
        static int value = compute();
        static int compute() {
            System.out.println("Bad.compute running");
            if (value == 0) throw new IllegalStateException("static init failed");
            return 1;
        }
        static void hello() { System.out.println("hello"); }
    }

    static class BadArith {
        static int zero = 0;
        static int x = 10 / zero;
    }

    static class ErrInit {
        static { if (true) throw new AssertionError("assert in clinit"); }
        static int y;
    }

    static class Good {
        static { System.out.println("Good init"); }
        static int v = 5;
    }

    static void report(Throwable t) {
        System.out.println("caught " + t.getClass().getName() + ": " + t.getMessage());
        Throwable c = t.getCause();
        if (c != null) System.out.println("  cause " + c);
        else System.out.println("  no cause");
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                Bad.hello();
                System.out.println("not reached");
            } catch (Throwable t) {
                report(t);
            }
        }
        try {
            System.out.println(Bad.value);
        } catch (NoClassDefFoundError e) {
            report(e);
        }
        try {
            System.out.println(BadArith.x);
        } catch (ExceptionInInitializerError e) {
            report(e);
            System.out.println("  cause is ArithmeticException: " + (e.getCause() instanceof ArithmeticException));
        }
        try {
            new BadArith();
        } catch (NoClassDefFoundError e) {
            report(e);
        }
        try {
            ErrInit.y = 3;
        } catch (Error e) {
            // An Error thrown by <clinit> is rethrown as is, not wrapped.
            report(e);
        }
        try {
            System.out.println(ErrInit.y);
        } catch (Error e) {
            report(e);
        }
        System.out.println("Good.v = " + Good.v);
    }
}
