package java.io;

public class IOException extends Exception {
    public IOException() {
        super();
    }

    public IOException(String s) {
        super(s);
    }

    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    public IOException(Throwable cause) {
        super(cause);
    }
}
