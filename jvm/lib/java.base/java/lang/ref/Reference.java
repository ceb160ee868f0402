package java.lang.ref;

/**
 * Abstract base of the reference objects.  The collector treats the
 * {@code referent} field specially (jvm/gc_refs.c): it does not keep the
 * referent alive, clears it when the referent is no longer strongly (or,
 * for SoftReference, softly) reachable, and puts a reference registered with
 * a queue on a pending list, which ReferenceQueue drains through
 * {@link #nextPending()} when it is polled.
 */
public abstract class Reference<T> {
    private T referent;
    volatile ReferenceQueue<? super T> queue;
    Reference<?> next;  // link in the queue; this itself when dequeued

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    public void clear() {
        referent = null;
    }

    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return queue == ReferenceQueue.ENQUEUED;
    }

    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    public static void reachabilityFence(Object ref) {
    }

    /** The next reference the collector cleared that has a queue, or null. */
    private static native Reference<?> nextPending();

    /** Moves the references the collector cleared onto their queues. */
    static void processPending() {
        for (Reference<?> r; (r = nextPending()) != null; ) {
            ReferenceQueue<?> q = r.queue;
            if (q != null)
                q.enqueue(r);
        }
    }
}
