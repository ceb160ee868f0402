package java.lang;

import java.util.HashMap;

/**
 * A thread.  The VM creates the main thread object itself (constructor
 * Thread(String) with "main") and reports uncaught exceptions through
 * dispatchUncaughtException().  Starting threads needs the runtime's start0.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private volatile String name;
    private int priority;
    private boolean daemon;
    private Runnable target;
    private ThreadGroup group;
    private final long tid;
    private volatile int threadStatus;      // 0 = new, 1 = running, 2 = terminated (runtime may refine)
    private volatile boolean interrupted;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private ClassLoader contextClassLoader;
    HashMap<ThreadLocal<?>, Object> threadLocals;
    HashMap<ThreadLocal<?>, Object> inheritableThreadLocals;
    /** For the runtime's use (e.g. its per-thread structure). */
    private long eetop;

    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;
    private static long threadSeqNumber;
    private static int threadInitNumber;

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(String name) {
        this(null, null, name, 0);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name, 0);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
        this.target = target;
        Thread parent = currentThread();
        if (parent != null && parent != this) {
            if (group == null) group = parent.getThreadGroup();
            daemon = parent.daemon;
            priority = parent.priority;
            contextClassLoader = parent.contextClassLoader;
            if (parent.inheritableThreadLocals != null)
                inheritableThreadLocals = ThreadLocal.inherit(parent.inheritableThreadLocals);
        } else {
            // The VM's main thread: no parent to inherit from.
            if (group == null) group = ThreadGroup.MAIN;
            priority = NORM_PRIORITY;
        }
        this.group = group;
        tid = nextThreadID();
    }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public static native Thread currentThread();

    public static native void yield();

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        sleep0(millis, 0);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        sleep0(millis, nanos);
    }

    private static native void sleep0(long millis, int nanos) throws InterruptedException;

    public static void onSpinWait() {}

    public synchronized void start() {
        if (threadStatus != 0) throw new IllegalThreadStateException();
        jdk.internal.misc.Threads.started = true;
        start0();
    }

    private native void start0();

    public void run() {
        if (target != null) target.run();
    }

    /** Shutdown hooks run on the exiting thread until the runtime starts threads. */
    void runAsHook() {
        run();
    }

    /** Called by the VM when run() (or main) throws. */
    void dispatchUncaughtException(Throwable e) {
        getUncaughtExceptionHandler().uncaughtException(this, e);
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    private native void interrupt0();

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final native boolean isAlive();

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) throw new IllegalArgumentException();
        priority = newPriority;
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return threadStatus == 2 ? null : group;
    }

    public static int activeCount() {
        return 1;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        synchronized (this) {
            if (millis == 0) {
                while (isAlive()) wait(0);
            } else {
                long deadline = System.nanoTime() + millis * 1000000L;
                long left = millis;
                while (isAlive() && left > 0) {
                    wait(left);
                    left = (deadline - System.nanoTime()) / 1000000L;
                }
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (nanos > 0 && millis < Long.MAX_VALUE) millis++;
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public ClassLoader getContextClassLoader() {
        return contextClassLoader;
    }

    public void setContextClassLoader(ClassLoader cl) {
        contextClassLoader = cl;
    }

    public static native boolean holdsLock(Object obj);

    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) return new StackTraceElement[0];
        // As the JDK's: the trace of an exception made here, so element 0 is this method.
        return new Exception().getStackTrace();
    }

    public long getId() {
        return tid;
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        if (g != null) return "Thread[" + getName() + "," + getPriority() + "," + g.getName() + "]";
        return "Thread[" + getName() + "," + getPriority() + ",]";
    }

    public enum State {
        NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED
    }

    public State getState() {
        switch (threadStatus) {
            case 0: return State.NEW;
            case 2: return State.TERMINATED;
            default: return isAlive() ? State.RUNNABLE : State.TERMINATED;
        }
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }
}
