package java.lang;

import java.util.ArrayList;

/** Orderly exit: hooks once, then flush the standard streams; halt0 ends the process. */
final class Shutdown {
    private Shutdown() {}

    private static ArrayList<Thread> hooks;
    private static boolean done;

    static synchronized void add(Thread hook) {
        if (hooks == null) hooks = new ArrayList<>();
        if (hooks.contains(hook)) throw new IllegalArgumentException("Hook previously registered");
        hooks.add(hook);
    }

    static synchronized boolean remove(Thread hook) {
        return hooks != null && hooks.remove(hook);
    }

    /** Called by the VM when the program ends (and by exit()). */
    static void shutdown() {
        ArrayList<Thread> h;
        synchronized (Shutdown.class) {
            if (done) return;
            done = true;
            h = hooks;
            hooks = null;
        }
        if (h != null) {
            for (Thread t : h) {
                try {
                    t.runAsHook();
                } catch (Throwable e) {
                    // Like the JDK, an exception in one hook does not stop the others.
                    t.dispatchUncaughtException(e);
                }
            }
        }
        flush();
    }

    private static void flush() {
        if (System.out != null) System.out.flush();
        if (System.err != null) System.err.flush();
    }

    static void exit(int status) {
        shutdown();
        halt0(status);
    }

    static void halt(int status) {
        flush();
        halt0(status);
    }

    static native void halt0(int status);
}
