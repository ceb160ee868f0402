// Exceptions propagating through many frames, rethrow, wrapping, stack trace elements.
public class DeepThrow {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code, Throwable cause) { super(m, cause); this.code = code; }
    }

    static int down(int n) {
        if (n == 0) throw new IllegalStateException("bottom reached");
        return down(n - 1) + 1;
    }

    static void level3(int x) throws AppException {
        try {
            down(x);
        } catch (IllegalStateException e) {
            throw new AppException("level3 failed", 3, e);
        }
    }

    static void level2(int x) throws AppException {
        try {
            level3(x);
        } catch (AppException e) {
            System.out.println("level2 saw " + e.getMessage() + " code " + e.code + ", rethrowing");
            throw e;                                  // rethrow the same object
        }
    }

    static void level1() throws Exception {
        try {
            level2(50);
        } catch (final Exception e) {
            throw e;                                  // precise rethrow
        }
    }

    static void mutual(int n) {
        if (n <= 0) throw new UnsupportedOperationException("mutual " + n);
        other(n - 1);
    }
    static void other(int n) { mutual(n - 1); }

    public static void main(String[] args) {
        try {
            level1();
        } catch (AppException e) {
            System.out.println("main caught " + e + " code " + e.code);
            Throwable c = e.getCause();
            System.out.println("cause " + c);
            StackTraceElement[] st = c.getStackTrace();
            System.out.println("cause frames >= 51: " + (st.length >= 51));
            for (int i = 0; i < 3; i++)
                System.out.println("  " + st[i].getClassName() + "." + st[i].getMethodName() + " line " + st[i].getLineNumber()
                    + " file " + st[i].getFileName());
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("wrapper thrown in " + top.getMethodName() + ":" + top.getLineNumber() + " -> " + top);
        } catch (Exception e) {
            System.out.println("wrong handler " + e);
        }
        for (int n : new int[] {0, 7, 10}) {
            try {
                mutual(n);
            } catch (UnsupportedOperationException e) {
                System.out.println(e.getMessage() + " top " + e.getStackTrace()[0].getMethodName());
            }
        }
        RuntimeException saved = null;
        for (int i = 0; i < 3; i++) {
            try {
                down(i * 100);
            } catch (RuntimeException e) {
                if (saved != null) e.addSuppressed(saved);
                saved = e;
            }
        }
        System.out.println("suppressed chain " + saved.getSuppressed().length + " " + saved.getSuppressed()[0].getSuppressed().length);
        Exception fresh = new Exception("fresh");
        StackTraceElement f0 = fresh.getStackTrace()[0];
        System.out.println("created at " + f0.getMethodName() + " line " + f0.getLineNumber() + " depth " + fresh.getStackTrace().length);
    }
}
