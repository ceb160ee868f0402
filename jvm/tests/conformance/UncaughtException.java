// compare: stderr
// An uncaught exception: exit status 1 and HotSpot's stack trace on stderr,
// with a "Caused by:" section and "... N more".
public class UncaughtException {
    static void validate(int v) {
        if (v > 2) throw new IllegalArgumentException("value too large: " + v);
    }

    static void process(int v) {
        try {
            validate(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("boom", e);
        }
    }

    static void run(int n) {
        for (int i = 0; i < n; i++) {
            System.out.println("processing " + i);
            process(i);
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        run(5);
        System.out.println("not reached");
    }
}
