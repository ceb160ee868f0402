// compare: stderr
// Thread lifecycle as issue 3 specifies it: default names, priorities
// accepted, daemon threads that do not keep the VM alive, an uncaught
// exception in a thread printed as HotSpot prints it (the thread dies, the
// program goes on), a custom uncaught-exception handler, join, and
// System.exit called from a thread other than main while main waits.
public class ThreadsLifecycle {
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {});
        Thread b = new Thread(() -> {}, "worker");
        System.out.println(a.getName() + " " + b.getName() + " " + Thread.currentThread().getName());
        System.out.println("priority " + a.getPriority() + " " + Thread.currentThread().getPriority());
        a.setPriority(Thread.MAX_PRIORITY);
        System.out.println("priority " + a.getPriority() + " alive " + a.isAlive() + " daemon " + a.isDaemon());
        a.start(); b.start(); a.join(); b.join();
        System.out.println("joined alive " + a.isAlive() + " state " + a.getState());

        Thread bad = new Thread(() -> { throw new IllegalStateException("boom in thread"); }, "bad-thread");
        bad.start(); bad.join();
        System.out.println("after uncaught: main goes on");

        Thread handled = new Thread(() -> { throw new RuntimeException("handled"); });
        handled.setUncaughtExceptionHandler((t, e) -> System.out.println("handler got " + e.getMessage() + " from " + t.getName()));
        handled.start(); handled.join();

        Thread daemon = new Thread(() -> {
            while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { return; } }
        }, "sleeper");
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("daemon " + daemon.isDaemon());

        Object lock = new Object();
        Thread exiter = new Thread(() -> {
            System.out.println("exiting from " + Thread.currentThread().getName());
            System.exit(7);
        }, "exiter");
        synchronized (lock) {
            exiter.start();
            lock.wait();  // never notified: System.exit ends the VM
        }
        System.out.println("not reached");
    }
}
