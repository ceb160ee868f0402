package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

public class ArrayBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(check(capacity));
    }

    private static int check(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        return capacity;
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (items.size() >= capacity) throw new IllegalArgumentException();
            items.add(e);
        }
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
}
