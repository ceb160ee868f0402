package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

public class LinkedBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        super(check(capacity));
    }

    private static int check(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        return capacity;
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
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
        return removeFrom(items, o, identity);
    }

    static boolean removeFrom(Collection<?> items, Object o, boolean identity) {
        for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
            Object x = it.next();
            if (identity ? x == o : o.equals(x)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    void clearAll() {
        items.clear();
    }
}
