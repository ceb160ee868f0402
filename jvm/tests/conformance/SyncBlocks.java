// monitorenter/monitorexit: synchronized blocks and methods, nesting, exceptions.
public class SyncBlocks {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void inc() { count++; }
    static synchronized void sinc() { staticCount++; }

    int nested(int depth) {
        synchronized (this) {
            synchronized (lock) {
                synchronized (this) {                 // reentrant
                    if (depth > 0) return nested(depth - 1) + 1;
                    return 0;
                }
            }
        }
    }

    int throwing(boolean fail) {
        synchronized (lock) {
            if (fail) throw new IllegalStateException("inside monitor");
            return 1;
        }
    }

    synchronized int throwingMethod() { throw new UnsupportedOperationException("sync method"); }

    public static void main(String[] args) throws Exception {
        SyncBlocks s = new SyncBlocks();
        for (int i = 0; i < 1000; i++) { s.inc(); sinc(); }
        System.out.println("count " + s.count + " static " + staticCount);
        System.out.println("nested " + s.nested(20));
        try {
            s.throwing(true);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("after throw " + s.throwing(false));
        try {
            s.throwingMethod();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage());
        }
        // The monitors were released: we can enter them and notify while holding them.
        synchronized (s.lock) { s.lock.notify(); s.lock.notifyAll(); System.out.println("notify while owning: ok"); }
        synchronized (s) { s.notifyAll(); }
        synchronized (s.lock) {
            s.lock.wait(1);                           // times out: no one notifies
            System.out.println("wait(1) returned");
        }
        try {
            s.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE " + e.getMessage());
        }
        try {
            s.lock.wait(5);
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE wait " + e.getMessage());
        }
        Object nul = null;
        try {
            synchronized (nul) { System.out.println("not reached"); }
        } catch (NullPointerException e) {
            System.out.println("NPE on null monitor");
        }
        String str = "lock";
        synchronized (str) { synchronized (String.class) { synchronized (new int[1]) { System.out.println("locks on string/class/array"); } } }
        int total = 0;
        for (int i = 0; i < 100; i++) synchronized (s) { total += i; }
        System.out.println("total " + total);
    }
}
