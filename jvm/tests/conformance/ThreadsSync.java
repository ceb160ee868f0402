// Monitors under real contention: synchronized counters, a wait/notifyAll
// bounded buffer, join, interrupt. Only results that are the same in every
// interleaving are printed.
import java.util.ArrayList;
import java.util.List;

public class ThreadsSync {
    static int counter;
    static final Object LOCK = new Object();

    static synchronized void incStatic() { counter++; }

    static final class Buffer {
        private final int[] items = new int[4];
        private int head, count;
        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[(head + count) % items.length] = v;
            count++;
            notifyAll();
        }
        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    incStatic();
                    synchronized (LOCK) { counter++; }
                }
            }, "inc-" + t);
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) th.join();
        System.out.println("counter " + counter + " (expected 40000)");

        Buffer buf = new Buffer();
        long[] sums = new long[2];
        Thread producer = new Thread(() -> {
            try { for (int i = 1; i <= 2000; i++) buf.put(i); buf.put(-1); buf.put(-1); }
            catch (InterruptedException e) { throw new RuntimeException(e); }
        }, "producer");
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < 2; c++) {
            final int id = c;
            consumers[c] = new Thread(() -> {
                try { for (int v; (v = buf.take()) != -1; ) sums[id] += v; }
                catch (InterruptedException e) { throw new RuntimeException(e); }
            }, "consumer-" + c);
        }
        for (Thread c : consumers) c.start();
        producer.start();
        producer.join();
        for (Thread c : consumers) c.join();
        System.out.println("consumed total " + (sums[0] + sums[1]) + " (expected " + (2000 * 2001 / 2) + ")");

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("sleeper woke up normally (wrong)");
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted, flag now " + Thread.currentThread().isInterrupted());
            }
        }, "sleeper");
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper alive after join " + sleeper.isAlive() + ", name " + sleeper.getName());

        Object gate = new Object();
        boolean[] ready = {false};
        Thread waiter = new Thread(() -> {
            synchronized (gate) {
                while (!ready[0]) {
                    try { gate.wait(); } catch (InterruptedException e) { return; }
                }
                System.out.println("waiter released");
            }
        });
        waiter.start();
        synchronized (gate) { ready[0] = true; gate.notifyAll(); }
        waiter.join();
        Thread.currentThread().interrupt();
        System.out.println("main interrupted " + Thread.interrupted() + " then " + Thread.interrupted());
        System.out.println("main thread name " + Thread.currentThread().getName());
        int[] result = new int[1];
        Thread t = new Thread(() -> result[0] = 6 * 7);
        t.start();
        t.join();
        System.out.println("result visible after join " + result[0]);
    }
}
