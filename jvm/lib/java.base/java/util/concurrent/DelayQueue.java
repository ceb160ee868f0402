package java.util.concurrent;

import java.util.Collection;
import java.util.PriorityQueue;

/** Elements become available when their delay has expired, earliest first. */
public class DelayQueue<E extends Delayed> extends MonitorBlockingQueue<E> {
    private final PriorityQueue<E> items = new PriorityQueue<>();

    public DelayQueue() {
        super(Integer.MAX_VALUE);
    }

    public DelayQueue(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        return super.offer(e);
    }

    public void put(E e) {
        offer(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    public synchronized E peek() {
        return items.peek();
    }

    public boolean remove(Object o) {
        return super.remove(o);
    }

    public synchronized E poll() {
        E first = items.peek();
        if (first == null || first.getDelay(TimeUnit.NANOSECONDS) > 0) return null;
        return items.poll();
    }

    public synchronized E take() throws InterruptedException {
        for (;;) {
            E first = items.peek();
            if (first == null) {
                wait();
            } else {
                long delay = first.getDelay(TimeUnit.NANOSECONDS);
                if (delay <= 0L) return items.poll();
                TimeUnit.waitNanos(this, delay);
            }
        }
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (;;) {
            E first = items.peek();
            long left = deadline - System.nanoTime();
            if (first == null) {
                if (left <= 0L) return null;
                TimeUnit.waitNanos(this, left);
            } else {
                long delay = first.getDelay(TimeUnit.NANOSECONDS);
                if (delay <= 0L) return items.poll();
                if (left <= 0L) return null;
                TimeUnit.waitNanos(this, Math.min(left, delay));
            }
        }
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        java.util.Objects.requireNonNull(c);
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        synchronized (this) {
            for (E first; n < maxElements && (first = items.peek()) != null && first.getDelay(TimeUnit.NANOSECONDS) <= 0; ) {
                c.add(items.poll());
                ++n;
            }
        }
        return n;
    }

    void insert(E e) {
        items.offer(e);
    }

    E extract() {
        return items.poll();
    }

    E peekAt() {
        return items.peek();
    }

    int count() {
        return items.size();
    }

    Object[] snapshot() {
        return items.toArray();
    }

    boolean removeEq(Object o, boolean identity) {
        return LinkedBlockingQueue.removeFrom(items, o, identity);
    }

    void clearAll() {
        items.clear();
    }
}
