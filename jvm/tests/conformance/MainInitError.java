// compare: stderr
// The main class's own static initializer throws: the launcher reports an
// ExceptionInInitializerError and exits with status 1; main never runs.
public class MainInitError {
    static final int[] TABLE = build();

    static int[] build() {
        System.out.println("building table");
        int[] t = new int[3];
        t[3] = 1;
        return t;
    }

    public static void main(String[] args) {
        System.out.println("main must not run " + TABLE.length);
    }
}
