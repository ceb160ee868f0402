package java.lang;

/**
 * A null dereference.  With no explicit message, getMessage() asks the VM
 * for the JDK's "helpful" description of the failing bytecode (once).
 */
public class NullPointerException extends RuntimeException {
    private transient int extendedMessageState;
    private transient String extendedMessage;

    public NullPointerException() {
        super();
    }

    public NullPointerException(String s) {
        super(s);
    }

    public synchronized Throwable fillInStackTrace() {
        if (extendedMessageState == 0) extendedMessageState = 1;
        else if (extendedMessageState == 1) extendedMessage = getExtendedNPEMessage();
        return super.fillInStackTrace();
    }

    public String getMessage() {
        String message = super.getMessage();
        if (message == null) {
            synchronized (this) {
                if (extendedMessageState == 1) {
                    extendedMessage = getExtendedNPEMessage();
                    extendedMessageState = 2;
                }
                return extendedMessage;
            }
        }
        return message;
    }

    private native String getExtendedNPEMessage();
}
