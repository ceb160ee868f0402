// try-with-resources: close order, suppressed exceptions, null resources.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open:").append(name).append(' '); }
        void use(boolean fail) { log.append("use:").append(name).append(' '); if (fail) throw new IllegalStateException("use " + name); }
        @Override public void close() {
            log.append("close:").append(name).append(' ');
            if (failClose) throw new IllegalArgumentException("close " + name);
        }
    }

    static void run(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        log.setLength(0);
        try (Res a = new Res("A", failCloseA); Res b = new Res("B", failCloseB)) {
            a.use(false);
            b.use(failUse);
        } catch (RuntimeException e) {
            log.append("caught:").append(e.getMessage());
            for (Throwable s : e.getSuppressed()) log.append(" suppressed:").append(s.getMessage());
        } finally {
            log.append(" finally");
        }
        System.out.println(label + " -> " + log);
    }

    static String openFails() {
        log.setLength(0);
        try (Res a = new Res("A", false); Res b = failingOpen()) {
            return "not reached";
        } catch (RuntimeException e) {
            return log + "caught " + e.getMessage();
        }
    }
    static Res failingOpen() { throw new UnsupportedOperationException("cannot open"); }

    public static void main(String[] args) throws Exception {
        run("clean", false, false, false);
        run("use fails", true, false, false);
        run("close B fails", false, false, true);
        run("use+both close fail", true, true, true);
        run("both close fail", false, true, true);
        System.out.println(openFails());
        log.setLength(0);
        try (Res n = null) {
            log.append("null resource body");
        }
        System.out.println(log);
        log.setLength(0);
        Res outer = new Res("X", false);
        try (outer) {                                   // Java 9 effectively-final resource
            outer.use(false);
        }
        System.out.println(log);
        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("s1"));
        primary.addSuppressed(new Error("s2"));
        System.out.println(primary.getSuppressed().length + " " + primary.getSuppressed()[1]);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}
