package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;

/**
 * The root of everything throwable.  The VM captures the stack in
 * fillInBacktrace0() (an opaque backtrace) and turns it into
 * StackTraceElements only when someone asks; printStackTrace() prints
 * exactly HotSpot's format, including "... n more" and "Suppressed:".
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace;
    private transient Object backtrace;
    private Throwable[] suppressed;           // null = none; EMPTY = suppression disabled
    private boolean writableStackTrace = true;

    private static final StackTraceElement[] EMPTY_STACK = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];
    private static final Throwable[] SUPPRESSION_DISABLED = new Throwable[0];

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            this.writableStackTrace = false;
            stackTrace = EMPTY_STACK;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) suppressed = SUPPRESSION_DISABLED;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with "
                + (cause == null ? "a null" : cause.toString()), this);
        if (cause == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    // ---- stack traces ----------------------------------------------------------

    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace) {
            backtrace = fillInBacktrace0();
            stackTrace = null;
        }
        return this;
    }

    private native Object fillInBacktrace0();

    private native StackTraceElement[] getStackTraceElements0(Object backtrace);

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            StackTraceElement[] st = backtrace == null ? null : getStackTraceElements0(backtrace);
            stackTrace = st == null ? EMPTY_STACK : st;
        }
        return stackTrace;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++)
            if (copy[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
        synchronized (this) {
            if (!writableStackTrace) return;
            this.stackTrace = copy;
        }
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new Sink(s, null));
    }

    public void printStackTrace(PrintWriter s) {
        printStackTrace(new Sink(null, s));
    }

    /** PrintStream or PrintWriter: both get exactly the same lines. */
    private static final class Sink {
        final PrintStream ps;
        final PrintWriter pw;

        Sink(PrintStream ps, PrintWriter pw) {
            this.ps = ps;
            this.pw = pw;
        }

        void println(String line) {
            if (ps != null) ps.println(line);
            else pw.println(line);
        }

        Object lock() {
            return ps != null ? ps : pw;
        }
    }

    private void printStackTrace(Sink s) {
        ArrayList<Throwable> dejaVu = new ArrayList<>();
        dejaVu.add(this);
        synchronized (s.lock()) {
            s.println(String.valueOf(this));
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement e : trace) s.println("\tat " + e);
            for (Throwable se : getSuppressed()) se.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", dejaVu);
            Throwable ourCause = getCause();
            if (ourCause != null) ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", dejaVu);
        }
    }

    private void printEnclosedStackTrace(Sink s, StackTraceElement[] enclosingTrace, String caption,
                                         String prefix, ArrayList<Throwable> dejaVu) {
        if (seen(dejaVu)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        dejaVu.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        // Frames shared with the enclosing trace (from the bottom) print as "... n more".
        int m = trace.length - 1, n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0) s.println(prefix + "\t... " + framesInCommon + " more");
        for (Throwable se : getSuppressed()) se.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", dejaVu);
        Throwable ourCause = getCause();
        if (ourCause != null) ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, dejaVu);
    }

    /** Identity membership: equals() may be overridden, the JDK uses an identity set. */
    private boolean seen(ArrayList<Throwable> dejaVu) {
        for (int i = 0; i < dejaVu.size(); i++)
            if (dejaVu.get(i) == this) return true;
        return false;
    }

    // ---- suppression (try-with-resources) --------------------------------------

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null) throw new NullPointerException("Cannot suppress a null exception.");
        if (suppressed == SUPPRESSION_DISABLED) return;
        int n = suppressed == null ? 0 : suppressed.length;
        Throwable[] s = new Throwable[n + 1];
        if (n > 0) System.arraycopy(suppressed, 0, s, 0, n);
        s[n] = exception;
        suppressed = s;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressed == SUPPRESSION_DISABLED) return NO_SUPPRESSED;
        return suppressed.clone();
    }
}
