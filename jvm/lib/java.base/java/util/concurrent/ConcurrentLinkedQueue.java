package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Queue;

/** An unbounded thread-safe FIFO queue (no blocking); iterators walk a snapshot. */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedQueue() {
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) items.add(Objects.requireNonNull(e));
    }

    public synchronized boolean offer(E e) {
        items.addLast(Objects.requireNonNull(e));
        return true;
    }

    public boolean add(E e) {
        return offer(e);
    }

    public synchronized E poll() {
        return items.pollFirst();
    }

    public synchronized E peek() {
        return items.peekFirst();
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    public synchronized int size() {
        return items.size();
    }

    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    public synchronized boolean remove(Object o) {
        return o != null && items.remove(o);
    }

    public synchronized boolean addAll(Collection<? extends E> c) {
        if (c == this) throw new IllegalArgumentException();
        boolean changed = false;
        for (E e : c) changed |= items.add(Objects.requireNonNull(e));
        return changed;
    }

    public synchronized void clear() {
        items.clear();
    }

    public synchronized Object[] toArray() {
        return items.toArray();
    }

    public synchronized <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    public synchronized String toString() {
        return items.toString();
    }

    public Iterator<E> iterator() {
        final Object[] snap = toArray();
        return new Iterator<E>() {
            private int cursor;
            private int lastRet = -1;

            public boolean hasNext() {
                return cursor < snap.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= snap.length) throw new java.util.NoSuchElementException();
                lastRet = cursor;
                return (E) snap[cursor++];
            }

            public void remove() {
                if (lastRet < 0) throw new IllegalStateException();
                synchronized (ConcurrentLinkedQueue.this) {
                    LinkedBlockingQueue.removeFrom(items, snap[lastRet], true);
                }
                lastRet = -1;
            }
        };
    }
}
