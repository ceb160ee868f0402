package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;

/** Unbounded; the heap (and so the iteration order) is the JDK's PriorityQueue heap. */
public class PriorityBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private final PriorityQueue<E> items;

    public PriorityBlockingQueue() {
        this(11, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(Integer.MAX_VALUE);
        if (initialCapacity < 1) throw new IllegalArgumentException();
        items = new PriorityQueue<>(initialCapacity, comparator);
    }

    public PriorityBlockingQueue(Collection<? extends E> c) {
        super(Integer.MAX_VALUE);
        items = new PriorityQueue<>(c);
    }

    public Comparator<? super E> comparator() {
        return items.comparator();
    }

    public void put(E e) {
        offer(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
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
