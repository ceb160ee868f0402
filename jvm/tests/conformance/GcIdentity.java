// Identity survives moving: hash codes, == on objects kept in young and old
// collections, monitors held and waited on across collections, interned
// strings and Class objects, objects used as IdentityHashMap keys.
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

public class GcIdentity {
    static boolean ready, go;

    static void churn(int n) {
        for (int i = 0; i < n; i++) { Object[] o = new Object[16]; o[0] = new int[4]; }
    }

    public static void main(String[] args) throws Exception {
        List<Object> objs = new ArrayList<>();
        int[] hashes = new int[2000];
        for (int i = 0; i < hashes.length; i++) {
            Object o = i % 3 == 0 ? new Object() : i % 3 == 1 ? new int[i % 50] : "s" + i;
            objs.add(o);
            hashes[i] = System.identityHashCode(o);
        }
        IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < objs.size(); i++) ids.put(objs.get(i), i);
        churn(300_000);
        System.gc();
        churn(300_000);
        int stable = 0, found = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (System.identityHashCode(objs.get(i)) == hashes[i]) stable++;
            if (ids.get(objs.get(i)) == i) found++;
        }
        System.out.println("hashes stable " + stable + "/" + hashes.length + ", identity map " + found);

        Object lock = new Object();
        int h = lock.hashCode();
        synchronized (lock) {
            churn(200_000);
            System.gc();
            synchronized (lock) { churn(10_000); }
            System.out.println("lock held across gc, hash " + (lock.hashCode() == h) + " holds " + Thread.holdsLock(lock));
        }
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                while (!go) {
                    try { lock.wait(); } catch (InterruptedException e) { }
                }
                System.out.println("waiter woke, hash " + (lock.hashCode() == h));
            }
        });
        waiter.start();
        for (;;) {   // the waiter set ready under the lock and gave it up only by waiting
            synchronized (lock) { if (ready) break; }
            Thread.sleep(1);
        }
        churn(200_000);
        System.gc();
        synchronized (lock) { go = true; lock.notifyAll(); }
        waiter.join();

        String lit = "literal-value";
        Class<?> c = objs.getClass();
        churn(200_000);
        System.gc();
        System.out.println("intern " + (lit == ("literal-" + "value".toString()).intern()) + ", class " + (c == ArrayList.class));
    }
}
