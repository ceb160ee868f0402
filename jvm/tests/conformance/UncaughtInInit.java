// compare: stderr
// An exception escaping a static initializer, uncaught: ExceptionInInitializerError.
public class UncaughtInInit {
    static class Config {
        static final int SIZE = computeSize();
        static int computeSize() {
            System.out.println("computing size");
            return Integer.parseInt("12") / (Integer.parseInt("0"));
        }
    }

    static void use() {
        System.out.println("size " + Config.SIZE);
    }

    public static void main(String[] args) {
        System.out.println("before");
        use();
    }
}
