package java.util.concurrent.locks;

import java.util.IdentityHashMap;

/** park/unpark with one permit per thread, kept in a small monitor-guarded record. */
public class LockSupport {
    private static final IdentityHashMap<Thread, Parker> parkers = new IdentityHashMap<>();

    private LockSupport() {
    }

    private static final class Parker {
        boolean permit;
        Object blocker;
    }

    private static Parker parker(Thread t) {
        synchronized (parkers) {
            Parker p = parkers.get(t);
            if (p == null) {
                p = new Parker();
                parkers.put(t, p);
            }
            return p;
        }
    }

    public static void unpark(Thread thread) {
        if (thread == null) return;
        Parker p = parker(thread);
        synchronized (p) {
            p.permit = true;
            p.notifyAll();
        }
    }

    private static void park0(Object blocker, long nanos, boolean timed) {
        Thread me = Thread.currentThread();
        Parker p = parker(me);
        synchronized (p) {
            if (p.permit) {
                p.permit = false;
                return;
            }
            if (me.isInterrupted()) return;
            p.blocker = blocker;
            try {
                if (timed) p.wait(nanos / 1000000L, (int) (nanos % 1000000L));
                else p.wait();
            } catch (InterruptedException e) {
                me.interrupt();     // park returns on interrupt with the status still set
            } finally {
                p.blocker = null;
            }
            p.permit = false;
        }
    }

    public static void park() {
        park0(null, 0, false);
    }

    public static void park(Object blocker) {
        park0(blocker, 0, false);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) park0(null, nanos, true);
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) park0(blocker, nanos, true);
    }

    public static void parkUntil(long deadline) {
        long ms = deadline - System.currentTimeMillis();
        if (ms > 0) park0(null, ms * 1000000L, true);
    }

    public static void parkUntil(Object blocker, long deadline) {
        long ms = deadline - System.currentTimeMillis();
        if (ms > 0) park0(blocker, ms * 1000000L, true);
    }

    public static Object getBlocker(Thread t) {
        Parker p = parker(t);
        synchronized (p) {
            return p.blocker;
        }
    }
}
