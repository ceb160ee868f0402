// System.exit(3): exit status 3, output flushed, finally blocks not run.
public class ExitStatus {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.out.print("unterminated line is flushed too");
        try {
            exitNow();
        } finally {
            System.out.println("finally must not run");
        }
    }

    static void exitNow() {
        System.exit(3);
        System.out.println("not reached");
    }
}
