// athrow of checked, unchecked and errors; throw null; exceptions as values.
import java.io.IOException;

public class AthrowMisc {
    static void thrower(int kind) throws Exception {
        switch (kind) {
            case 0: throw new IOException("io");
            case 1: throw new IllegalArgumentException("iae");
            case 2: throw new OutOfMemoryError("fake oom");
            case 3: throw new Exception();
            case 4: { RuntimeException r = null; throw r; }
            case 5: throw new Error("err", new RuntimeException("inner"));
            default: throw new UnsupportedOperationException();
        }
    }

    static RuntimeException make(String m) { return new IllegalStateException(m); }

    public static void main(String[] args) {
        for (int k = 0; k <= 6; k++) {
            try {
                thrower(k);
            } catch (RuntimeException e) {
                // (helpful NullPointerException messages are tested in NpeMessages*)
                String msg = e instanceof NullPointerException ? "(npe)" : e.getMessage();
                System.out.println(k + " runtime " + e.getClass().getName() + " msg=" + msg);
            } catch (Exception e) {
                System.out.println(k + " checked " + e + " msg=" + e.getMessage());
            } catch (Throwable t) {
                System.out.println(k + " throwable " + t + " cause=" + t.getCause());
            }
        }
        RuntimeException stored = make("stored");
        for (int i = 0; i < 2; i++) {
            try { throw stored; }                   // same object thrown twice
            catch (IllegalStateException e) { System.out.println("same object " + (e == stored) + " " + e.getMessage()); }
        }
        try {
            throw (RuntimeException) new ClassCastException("cce as value");
        } catch (ClassCastException e) {
            System.out.println(e);
        }
        Throwable t = new Throwable("plain throwable");
        try { throw t; } catch (Throwable x) { System.out.println(x); }
        System.out.println(new Exception((String) null) + " | " + new Exception("") + " | " + new RuntimeException(new IOException("x")));
        System.out.println(new Error().getMessage() + " " + new Error(new Error("e1")).getMessage());
    }
}
