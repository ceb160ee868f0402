package java.lang.ref;

/**
 * The queue the collector appends cleared references to.  References the
 * collector cleared are taken from the VM's pending list whenever the queue
 * is polled, so no reference-handler thread is needed.
 */
public class ReferenceQueue<T> {
    static final ReferenceQueue<Object> ENQUEUED = new ReferenceQueue<>();

    private final Object lock = new Object();
    private Reference<? extends T> head;
    private long length;

    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    boolean enqueue(Reference<?> r) {
        synchronized (lock) {
            ReferenceQueue<?> q = r.queue;
            if (q != this)
                return false;
            r.queue = ENQUEUED;
            r.next = head == null ? r : head;
            head = (Reference<? extends T>) r;
            length++;
            lock.notifyAll();
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private Reference<? extends T> reallyPoll() {
        Reference<? extends T> r = head;
        if (r != null) {
            Reference<?> n = r.next;
            head = n == r ? null : (Reference<? extends T>) n;
            r.queue = null;
            r.next = r;
            length--;
        }
        return r;
    }

    public Reference<? extends T> poll() {
        Reference.processPending();
        synchronized (lock) {
            return reallyPoll();
        }
    }

    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0)
            throw new IllegalArgumentException("Negative timeout value");
        long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
        for (;;) {
            Reference.processPending();
            synchronized (lock) {
                Reference<? extends T> r = reallyPoll();
                if (r != null)
                    return r;
                long left = deadline - System.currentTimeMillis();
                if (left <= 0)
                    return null;
                // the collector does not notify: look at the pending list again soon
                lock.wait(Math.min(left, 10));
            }
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
