package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class LinkedBlockingDeque<E> extends MonitorBlockingQueue<E> implements BlockingDeque<E> {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingDeque(int capacity) {
        super(check(capacity));
    }

    private static int check(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        return capacity;
    }

    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) items.add(Objects.requireNonNull(e));
    }

    void insert(E e) {
        items.addLast(e);
    }

    E extract() {
        return items.pollFirst();
    }

    E peekAt() {
        return items.peekFirst();
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

    public synchronized boolean offerFirst(E e) {
        Objects.requireNonNull(e);
        if (items.size() >= capacity) return false;
        items.addFirst(e);
        notifyAll();
        return true;
    }

    public boolean offerLast(E e) {
        return offer(e);
    }

    public void addFirst(E e) {
        if (!offerFirst(e)) throw new IllegalStateException("Deque full");
    }

    public void addLast(E e) {
        if (!offerLast(e)) throw new IllegalStateException("Deque full");
    }

    public synchronized void putFirst(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        while (items.size() >= capacity) wait();
        items.addFirst(e);
        notifyAll();
    }

    public void putLast(E e) throws InterruptedException {
        put(e);
    }

    public synchronized boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.size() >= capacity) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.waitNanos(this, left);
        }
        items.addFirst(e);
        notifyAll();
        return true;
    }

    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offer(e, timeout, unit);
    }

    public synchronized E pollFirst() {
        E e = items.pollFirst();
        if (e != null) notifyAll();
        return e;
    }

    public synchronized E pollLast() {
        E e = items.pollLast();
        if (e != null) notifyAll();
        return e;
    }

    public E takeFirst() throws InterruptedException {
        return take();
    }

    public synchronized E takeLast() throws InterruptedException {
        while (items.isEmpty()) wait();
        E e = items.pollLast();
        notifyAll();
        return e;
    }

    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(timeout, unit);
    }

    public synchronized E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (items.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            TimeUnit.waitNanos(this, left);
        }
        E e = items.pollLast();
        notifyAll();
        return e;
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

    public synchronized boolean removeFirstOccurrence(Object o) {
        if (o == null) return false;
        boolean r = items.removeFirstOccurrence(o);
        if (r) notifyAll();
        return r;
    }

    public synchronized boolean removeLastOccurrence(Object o) {
        if (o == null) return false;
        boolean r = items.removeLastOccurrence(o);
        if (r) notifyAll();
        return r;
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public Iterator<E> descendingIterator() {
        final Object[] snap;
        synchronized (this) {
            snap = items.toArray();
        }
        return new Iterator<E>() {
            private int cursor = snap.length - 1;

            public boolean hasNext() {
                return cursor >= 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor < 0) throw new NoSuchElementException();
                return (E) snap[cursor--];
            }
        };
    }
}
