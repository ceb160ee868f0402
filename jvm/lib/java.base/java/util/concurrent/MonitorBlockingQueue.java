package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The blocking-queue protocol on this object's monitor, over a storage the
 * subclass provides (a deque, a heap).  Iterators walk a snapshot (weakly
 * consistent, never ConcurrentModificationException) and remove through
 * the queue.
 */
abstract class MonitorBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    /** The most elements the queue holds (Integer.MAX_VALUE: unbounded). */
    final int capacity;

    MonitorBlockingQueue(int capacity) {
        this.capacity = capacity;
    }

    abstract void insert(E e);

    abstract E extract();

    abstract E peekAt();

    abstract int count();

    abstract Object[] snapshot();

    abstract boolean removeEq(Object o, boolean identity);

    abstract void clearAll();

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        synchronized (this) {
            if (count() >= capacity) return false;
            insert(e);
            notifyAll();
            return true;
        }
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        synchronized (this) {
            while (count() >= capacity) wait();
            insert(e);
            notifyAll();
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            while (count() >= capacity) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.waitNanos(this, left);
            }
            insert(e);
            notifyAll();
            return true;
        }
    }

    public synchronized E take() throws InterruptedException {
        while (count() == 0) wait();
        E e = extract();
        notifyAll();
        return e;
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count() == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            TimeUnit.waitNanos(this, left);
        }
        E e = extract();
        notifyAll();
        return e;
    }

    public synchronized E poll() {
        if (count() == 0) return null;
        E e = extract();
        notifyAll();
        return e;
    }

    public synchronized E peek() {
        return count() == 0 ? null : peekAt();
    }

    public synchronized int size() {
        return count();
    }

    public synchronized int remainingCapacity() {
        return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : capacity - count();
    }

    public synchronized boolean remove(Object o) {
        if (o == null) return false;
        boolean removed = removeEq(o, false);
        if (removed) notifyAll();
        return removed;
    }

    public synchronized boolean contains(Object o) {
        if (o == null) return false;
        for (Object x : snapshot()) if (o.equals(x)) return true;
        return false;
    }

    public synchronized Object[] toArray() {
        return snapshot();
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        Object[] s = snapshot();
        if (a.length < s.length) a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), s.length);
        System.arraycopy(s, 0, a, 0, s.length);
        if (a.length > s.length) a[s.length] = null;
        return a;
    }

    public synchronized String toString() {
        return super.toString();
    }

    public synchronized void clear() {
        clearAll();
        notifyAll();
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) throw new IllegalArgumentException();
        if (maxElements <= 0) return 0;
        synchronized (this) {
            int n = 0;
            while (n < maxElements && count() > 0) {
                c.add(extract());
                n++;
            }
            if (n > 0) notifyAll();
            return n;
        }
    }

    public Iterator<E> iterator() {
        final Object[] items;
        synchronized (this) {
            items = snapshot();
        }
        return new Iterator<E>() {
            private int cursor;
            private int lastRet = -1;

            public boolean hasNext() {
                return cursor < items.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= items.length) throw new NoSuchElementException();
                lastRet = cursor;
                return (E) items[cursor++];
            }

            public void remove() {
                if (lastRet < 0) throw new IllegalStateException();
                synchronized (MonitorBlockingQueue.this) {
                    if (removeEq(items[lastRet], true)) MonitorBlockingQueue.this.notifyAll();
                }
                lastRet = -1;
            }
        };
    }
}
