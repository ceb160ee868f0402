package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/** An unbounded thread-safe deque (no blocking); iterators walk a snapshot. */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedDeque() {
    }

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) items.add(Objects.requireNonNull(e));
    }

    public synchronized void addFirst(E e) {
        items.addFirst(Objects.requireNonNull(e));
    }

    public synchronized void addLast(E e) {
        items.addLast(Objects.requireNonNull(e));
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public synchronized E peekFirst() {
        return items.peekFirst();
    }

    public synchronized E peekLast() {
        return items.peekLast();
    }

    public E getFirst() {
        E x = peekFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E getLast() {
        E x = peekLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public synchronized E pollFirst() {
        return items.pollFirst();
    }

    public synchronized E pollLast() {
        return items.pollLast();
    }

    public E removeFirst() {
        E x = pollFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E removeLast() {
        E x = pollLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public boolean add(E e) {
        return offerLast(e);
    }

    public E poll() {
        return pollFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public E remove() {
        return removeFirst();
    }

    public E pop() {
        return removeFirst();
    }

    public E element() {
        return getFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public synchronized boolean removeFirstOccurrence(Object o) {
        Objects.requireNonNull(o);
        return items.removeFirstOccurrence(o);
    }

    public synchronized boolean removeLastOccurrence(Object o) {
        Objects.requireNonNull(o);
        return items.removeLastOccurrence(o);
    }

    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    public synchronized int size() {
        return items.size();
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
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

    private Iterator<E> snapshotIterator(final boolean descending) {
        final Object[] snap = toArray();
        return new Iterator<E>() {
            private int i = descending ? snap.length - 1 : 0;
            private int lastRet = -1;

            public boolean hasNext() {
                return descending ? i >= 0 : i < snap.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                lastRet = i;
                return (E) snap[descending ? i-- : i++];
            }

            public void remove() {
                if (lastRet < 0) throw new IllegalStateException();
                synchronized (ConcurrentLinkedDeque.this) {
                    LinkedBlockingQueue.removeFrom(items, snap[lastRet], true);
                }
                lastRet = -1;
            }
        };
    }

    public Iterator<E> iterator() {
        return snapshotIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return snapshotIterator(true);
    }
}
