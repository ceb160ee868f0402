// compare: stderr
// main throws a checked exception with suppressed exceptions and a cause chain
// three deep; stderr must match HotSpot's printStackTrace format.
public class UncaughtChecked {
    static class DataException extends Exception {
        DataException(String m, Throwable c) { super(m, c); }
    }

    static class Conn implements AutoCloseable {
        final String name;
        Conn(String name) { this.name = name; }
        public void close() { throw new IllegalStateException("close failed: " + name); }
    }

    static void parse(String s) {
        throw new NumberFormatException("bad number " + s);
    }

    static void load(String s) throws DataException {
        try (Conn c = new Conn("db")) {
            try {
                parse(s);
            } catch (NumberFormatException e) {
                throw new RuntimeException("parse failed", e);
            }
        } catch (RuntimeException e) {
            throw new DataException("load failed for " + s, e);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("loading");
        System.out.flush();
        load("x1");
    }
}
