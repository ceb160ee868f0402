// SynchronousQueue hand-offs: a thread that hands an element to a waiting
// taker and then takes itself must not take its own element back (the
// taker would wait forever); timed and non-blocking forms; interrupts.
import java.util.concurrent.*;
public class LibSynchronousQueue {
    public static void main(String[] a) throws Exception {
        // The pattern that hung: a thread hands an element to a waiting taker, then takes itself.
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        int n = 2000;
        Thread other = new Thread(() -> {
            try {
                for (int i = 0; i < n; i++) { int v = q.take(); q.put(v + 1); }
            } catch (InterruptedException e) { throw new RuntimeException(e); }
        });
        other.start();
        int v = 0;
        for (int i = 0; i < n; i++) { q.put(v); v = q.take(); }
        other.join();
        System.out.println("ping-pong " + v);
        System.out.println("offer with no taker " + q.offer(1));
        System.out.println("poll with no putter " + q.poll());
        System.out.println("timed poll " + q.poll(10, TimeUnit.MILLISECONDS));
        System.out.println("timed offer " + q.offer(5, 10, TimeUnit.MILLISECONDS));
        ExecutorService ex = Executors.newCachedThreadPool();
        Future<Integer> f = ex.submit(() -> 6 * 7);
        System.out.println("cached pool " + f.get());
        ex.shutdown();
        System.out.println("terminated " + ex.awaitTermination(5, TimeUnit.SECONDS));
        Thread t = new Thread(() -> { try { q.take(); System.out.println("no"); } catch (InterruptedException e) { System.out.println("taker interrupted"); } });
        t.start(); Thread.sleep(50); t.interrupt(); t.join();
        System.out.println("offer after interrupted taker " + q.offer(9));
    }
}
