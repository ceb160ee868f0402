package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/**
 * A queue with no capacity: an insert hands its element to a waiting remover
 * (offer fails when none waits; put waits for one), and a remove takes from a
 * waiting inserter or waits for one.  All on this object's monitor.
 *
 * Invariant: at most one of putters and takers is non-empty (an insert first
 * serves a waiting taker, a remove first a waiting putter).  Each waiting
 * taker has its own slot, so an element handed to it is its alone: the
 * inserting thread cannot take it back with a take of its own.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final class Put {
        final Object item;
        boolean taken;

        Put(Object item) {
            this.item = item;
        }
    }

    /** A waiting remover's slot: item is set (non-null) by the insert that serves it. */
    private static final class Take {
        Object item;
    }

    private final ArrayDeque<Put> putters = new ArrayDeque<>();
    private final ArrayDeque<Take> takers = new ArrayDeque<>();

    public SynchronousQueue() {
    }

    public SynchronousQueue(boolean fair) {
    }

    /** Gives e to the longest-waiting taker; false when none waits. Holds the monitor. */
    private boolean handToTaker(Object e) {
        Take t = takers.poll();
        if (t == null) return false;
        t.item = e;
        notifyAll();
        return true;
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (this) {
            if (handToTaker(e)) return;
            Put p = new Put(e);
            putters.add(p);
            notifyAll();
            try {
                while (!p.taken) wait();
            } catch (InterruptedException ie) {
                if (!p.taken) {
                    putters.remove(p);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) throw new InterruptedException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            if (handToTaker(e)) return true;
            Put p = new Put(e);
            putters.add(p);
            notifyAll();
            try {
                while (!p.taken) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        putters.remove(p);
                        return false;
                    }
                    TimeUnit.waitNanos(this, left);
                }
            } catch (InterruptedException ie) {
                if (!p.taken) {
                    putters.remove(p);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    public synchronized boolean offer(E e) {
        Objects.requireNonNull(e);
        return handToTaker(e);
    }

    @SuppressWarnings("unchecked")
    private E takeFromPutter() {
        Put p = putters.poll();
        if (p == null) return null;
        p.taken = true;
        notifyAll();
        return (E) p.item;
    }

    public E take() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (this) {
            E e = takeFromPutter();
            return e != null ? e : await(0);
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            E e = takeFromPutter();
            if (e != null) return e;
            return deadline - System.nanoTime() > 0 ? await(deadline) : null;
        }
    }

    /**
     * Waits in the takers' queue until an insert fills this thread's slot,
     * or until deadline (System.nanoTime; 0: none) has passed, which returns
     * null.  An element that arrived wins over an interrupt or the deadline.
     * Holds the monitor.
     */
    @SuppressWarnings("unchecked")
    private E await(long deadline) throws InterruptedException {
        Take t = new Take();
        takers.add(t);
        try {
            while (t.item == null) {
                if (deadline == 0) {
                    wait();
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    takers.remove(t);
                    return null;
                }
                TimeUnit.waitNanos(this, left);
            }
        } catch (InterruptedException ie) {
            if (t.item == null) {
                takers.remove(t);
                throw ie;
            }
            Thread.currentThread().interrupt();
        }
        return (E) t.item;
    }

    public synchronized E poll() {
        return takeFromPutter();
    }

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {
    }

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    public boolean removeAll(Collection<?> c) {
        return false;
    }

    public boolean retainAll(Collection<?> c) {
        return false;
    }

    public E peek() {
        return null;
    }

    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) a[0] = null;
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(Collection<? super E> c) {
        Objects.requireNonNull(c);
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        for (E e; (e = poll()) != null; n++) c.add(e);
        return n;
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) c.add(e);
        return n;
    }
}
