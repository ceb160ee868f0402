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
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final class Put {
        final Object item;
        boolean taken;

        Put(Object item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Put> putters = new ArrayDeque<>();
    private final ArrayDeque<Object> handoffs = new ArrayDeque<>();
    private int waitingTakers;

    public SynchronousQueue() {
    }

    public SynchronousQueue(boolean fair) {
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (this) {
            if (waitingTakers > handoffs.size()) {
                handoffs.add(e);
                notifyAll();
                return;
            }
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
            if (waitingTakers > handoffs.size()) {
                handoffs.add(e);
                notifyAll();
                return true;
            }
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
        if (waitingTakers > handoffs.size()) {
            handoffs.add(e);
            notifyAll();
            return true;
        }
        return false;
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
            if (e != null) return e;
            waitingTakers++;
            try {
                for (;;) {
                    if (!handoffs.isEmpty()) return (E) handoffs.poll();
                    e = takeFromPutter();
                    if (e != null) return e;
                    wait();
                }
            } finally {
                waitingTakers--;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            E e = takeFromPutter();
            if (e != null) return e;
            waitingTakers++;
            try {
                for (;;) {
                    if (!handoffs.isEmpty()) return (E) handoffs.poll();
                    e = takeFromPutter();
                    if (e != null) return e;
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return null;
                    TimeUnit.waitNanos(this, left);
                }
            } finally {
                waitingTakers--;
            }
        }
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
