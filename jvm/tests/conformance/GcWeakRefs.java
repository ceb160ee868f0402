// java.lang.ref: weak references are cleared once their referent is only
// weakly reachable (System.gc() is a full collection on both VMs), and
// queued; strongly and softly reachable referents survive.
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public class GcWeakRefs {
    static Object keep, doomed, ghost;   // strongly held until the test drops them

    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        keep = new int[] {42};
        WeakReference<Object> live = new WeakReference<>(keep, q);
        doomed = new int[] {7};
        ghost = new Object();
        WeakReference<Object> dead = new WeakReference<>(doomed, q);
        SoftReference<Object> soft = new SoftReference<>(new int[] {9});
        PhantomReference<Object> phantom = new PhantomReference<>(ghost, q);
        WeakReference<Object> unqueued = new WeakReference<>(new StringBuilder("x"));
        System.out.println("before: live " + (live.get() != null) + ", dead " + (dead.get() != null)
                           + ", phantom get " + phantom.get());
        doomed = null;
        ghost = null;
        System.gc();
        System.out.println("after gc: live " + (live.get() == keep) + ", dead cleared " + (dead.get() == null)
                           + ", soft kept " + (soft.get() != null) + ", unqueued cleared " + (unqueued.get() == null));
        int found = 0;
        boolean sawDead = false, sawPhantom = false;
        for (Reference<?> r; (r = q.remove(2000)) != null; ) {
            found++;
            sawDead |= r == dead;
            sawPhantom |= r == phantom;
            if (found == 2) break;
        }
        System.out.println("queued " + found + " dead " + sawDead + " phantom " + sawPhantom
                           + ", live not queued " + (q.poll() == null));
        keep = null;
        System.gc();
        Reference<?> r = q.remove(2000);
        System.out.println("live now cleared " + (live.get() == null) + ", queued " + (r == live));
        System.out.println("enqueue again " + live.enqueue() + ", poll " + (q.poll() == null));

        // many weak references to young objects, half of them kept strongly
        List<Object> strong = new ArrayList<>();
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Object o = new StringBuilder("n").append(i);
            refs.add(new WeakReference<>(o));
            if (i % 2 == 0) strong.add(o);
        }
        for (int i = 0; i < 200_000; i++) { Object junk = new int[8]; }
        System.gc();
        int alive = 0, right = 0;
        for (int i = 0; i < refs.size(); i++) {
            Object o = refs.get(i).get();
            if (o != null) alive++;
            if (i % 2 == 0 && o != null && o.toString().equals("n" + i)) right++;
        }
        System.out.println("weak to young: alive " + alive + " of " + refs.size() + ", kept ones intact " + right);
        Reference.reachabilityFence(strong);
        Object x = new Object();
        WeakReference<Object> w = new WeakReference<>(x);
        System.out.println("refersTo " + w.refersTo(x) + " " + w.refersTo(null));
        w.clear();
        System.out.println("cleared " + (w.get() == null) + " " + w.refersTo(null));
    }
}
