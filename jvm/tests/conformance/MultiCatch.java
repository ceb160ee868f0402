// Multi-catch, custom exception hierarchies, getMessage/getCause/toString, initCause.
public class MultiCatch {
    static class BaseError extends Exception {
        BaseError(String m) { super(m); }
        BaseError(String m, Throwable c) { super(m, c); }
    }
    static class NotFound extends BaseError {
        final String key;
        NotFound(String key) { super("not found: " + key); this.key = key; }
    }
    static class Invalid extends BaseError {
        Invalid(String m, Throwable c) { super(m, c); }
        @Override public String getMessage() { return "Invalid{" + super.getMessage() + "}"; }
    }
    static class Quiet extends RuntimeException {
        Quiet() { super(); }
        @Override public String toString() { return "Quiet!"; }
    }
    static class LocalizedEx extends Exception {
        LocalizedEx(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }

    static void act(int i) throws BaseError {
        switch (i) {
            case 0: throw new NotFound("k0");
            case 1: throw new Invalid("bad input", new NumberFormatException("nf"));
            case 2: throw new Quiet();
            case 3: throw new ArrayIndexOutOfBoundsException("custom aioobe");
            case 4: throw new IllegalArgumentException("iae");
            case 5: throw new BaseError("base");
            default: System.out.println("act " + i + " ok");
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) {
            try {
                act(i);
            } catch (NotFound | Invalid e) {
                System.out.println(i + ": specific " + e + " | msg " + e.getMessage() + " | cause " + e.getCause());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println(i + ": runtime " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (BaseError e) {
                System.out.println(i + ": base " + e);
            } catch (RuntimeException e) {
                System.out.println(i + ": other runtime " + e + " msg " + e.getMessage());
            }
        }
        Exception e = new Exception("outer");
        e.initCause(new Error("root"));
        System.out.println(e + " caused by " + e.getCause());
        try {
            e.initCause(new Error("again"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException iae) {
            System.out.println("self cause: " + iae.getMessage());
        }
        Throwable withCause = new RuntimeException(new NotFound("zz"));
        System.out.println("msg from cause: " + withCause.getMessage());
        System.out.println(new LocalizedEx("m") + " / " + new LocalizedEx("m").getMessage());
        Throwable chain = new Exception("a", new Exception("b", new Exception("c")));
        StringBuilder sb = new StringBuilder();
        for (Throwable t = chain; t != null; t = t.getCause()) sb.append(t.getMessage());
        System.out.println("chain " + sb);
        System.out.println("instanceof " + (new NotFound("x") instanceof BaseError) + " " + (new Quiet() instanceof RuntimeException));
        NotFound nf = new NotFound("key9");
        System.out.println("field " + nf.key + " fillInStackTrace same " + (nf.fillInStackTrace() == nf));
    }
}
