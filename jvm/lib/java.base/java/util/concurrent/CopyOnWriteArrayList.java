package java.util.concurrent;

import java.util.*;

/** A list whose mutators copy its array; iterators see the array of their creation. */
@SuppressWarnings("unchecked")
public class CopyOnWriteArrayList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    private volatile Object[] array;

    public CopyOnWriteArrayList() {
        array = new Object[0];
    }

    public CopyOnWriteArrayList(Collection<? extends E> c) {
        array = c.toArray();
    }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        array = Arrays.copyOf(toCopyIn, toCopyIn.length, Object[].class);
    }

    public int size() {
        return array.length;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] a = array;
        for (int i = 0; i < a.length; i++)
            if (Objects.equals(o, a[i])) return i;
        return -1;
    }

    public int lastIndexOf(Object o) {
        Object[] a = array;
        for (int i = a.length - 1; i >= 0; i--)
            if (Objects.equals(o, a[i])) return i;
        return -1;
    }

    public Object[] toArray() {
        return array.clone();
    }

    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        int len = es.length;
        if (a.length < len) return (T[]) Arrays.copyOf(es, len, a.getClass());
        System.arraycopy(es, 0, a, 0, len);
        if (a.length > len) a[len] = null;
        return a;
    }

    public E get(int index) {
        Object[] a = array;
        Objects.checkIndex(index, a.length);
        return (E) a[index];
    }

    public synchronized E set(int index, E element) {
        Object[] es = array;
        E oldValue = (E) es[index];
        if (oldValue != element) {
            es = es.clone();
            es[index] = element;
            array = es;
        }
        return oldValue;
    }

    public synchronized boolean add(E e) {
        Object[] es = array;
        int len = es.length;
        es = Arrays.copyOf(es, len + 1);
        es[len] = e;
        array = es;
        return true;
    }

    public synchronized void add(int index, E element) {
        Object[] es = array;
        int len = es.length;
        if (index > len || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
        Object[] newElements = new Object[len + 1];
        System.arraycopy(es, 0, newElements, 0, index);
        System.arraycopy(es, index, newElements, index + 1, len - index);
        newElements[index] = element;
        array = newElements;
    }

    public synchronized E remove(int index) {
        Object[] es = array;
        int len = es.length;
        E oldValue = (E) es[index];
        Object[] newElements = new Object[len - 1];
        System.arraycopy(es, 0, newElements, 0, index);
        System.arraycopy(es, index + 1, newElements, index, len - index - 1);
        array = newElements;
        return oldValue;
    }

    public synchronized boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }

    public synchronized boolean addIfAbsent(E e) {
        return !contains(e) && add(e);
    }

    public synchronized int addAllAbsent(Collection<? extends E> c) {
        int added = 0;
        for (E e : c) {
            if (indexOf(e) < 0) {
                add(e);
                added++;
            }
        }
        return added;
    }

    public int indexOf(E e, int index) {
        Object[] a = array;
        for (int i = index; i < a.length; i++) if (java.util.Objects.equals(e, a[i])) return i;
        return -1;
    }

    public int lastIndexOf(E e, int index) {
        Object[] a = array;
        for (int i = index; i >= 0; i--) if (java.util.Objects.equals(e, a[i])) return i;
        return -1;
    }

    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(java.util.function.UnaryOperator<E> operator) {
        java.util.Objects.requireNonNull(operator);
        Object[] a = array.clone();
        for (int i = 0; i < a.length; i++) a[i] = operator.apply((E) a[i]);
        array = a;
    }

    @SuppressWarnings("unchecked")
    public synchronized void sort(java.util.Comparator<? super E> c) {
        Object[] a = array.clone();
        java.util.Arrays.sort(a, (java.util.Comparator<Object>) c);
        array = a;
    }

    @SuppressWarnings("unchecked")
    public void forEach(java.util.function.Consumer<? super E> action) {
        java.util.Objects.requireNonNull(action);
        for (Object x : array) action.accept((E) x);
    }

    public boolean containsAll(Collection<?> c) {
        for (Object e : c)
            if (!contains(e)) return false;
        return true;
    }

    public synchronized boolean removeAll(Collection<?> c) {
        return filter(c, true);
    }

    public synchronized boolean retainAll(Collection<?> c) {
        return filter(c, false);
    }

    private boolean filter(Collection<?> c, boolean removeMembers) {
        ArrayList<Object> keep = new ArrayList<>();
        for (Object e : array)
            if (c.contains(e) != removeMembers) keep.add(e);
        boolean changed = keep.size() != array.length;
        if (changed) array = keep.toArray();
        return changed;
    }

    public synchronized boolean removeIf(java.util.function.Predicate<? super E> filter) {
        ArrayList<Object> keep = new ArrayList<>();
        for (Object e : array)
            if (!filter.test((E) e)) keep.add(e);
        boolean changed = keep.size() != array.length;
        if (changed) array = keep.toArray();
        return changed;
    }

    public synchronized void clear() {
        array = new Object[0];
    }

    public synchronized boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0) return false;
        Object[] es = array;
        Object[] n = Arrays.copyOf(es, es.length + cs.length);
        System.arraycopy(cs, 0, n, es.length, cs.length);
        array = n;
        return true;
    }

    public synchronized boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        Object[] es = array;
        if (index > es.length || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + es.length);
        if (cs.length == 0) return false;
        Object[] n = new Object[es.length + cs.length];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(cs, 0, n, index, cs.length);
        System.arraycopy(es, index, n, index + cs.length, es.length - index);
        array = n;
        return true;
    }

    public Iterator<E> iterator() {
        return listIterator(0);
    }

    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    public ListIterator<E> listIterator(int index) {
        Object[] snapshot = array;
        if (index < 0 || index > snapshot.length) throw new IndexOutOfBoundsException("Index: " + index);
        return new ListIterator<E>() {
            int cursor = index;

            public boolean hasNext() {
                return cursor < snapshot.length;
            }

            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                return (E) snapshot[cursor++];
            }

            public boolean hasPrevious() {
                return cursor > 0;
            }

            public E previous() {
                if (!hasPrevious()) throw new NoSuchElementException();
                return (E) snapshot[--cursor];
            }

            public int nextIndex() {
                return cursor;
            }

            public int previousIndex() {
                return cursor - 1;
            }

            public void remove() {
                throw new UnsupportedOperationException();
            }

            public void set(E e) {
                throw new UnsupportedOperationException();
            }

            public void add(E e) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public List<E> subList(int fromIndex, int toIndex) {
        return new ArrayList<>(Arrays.asList((E[]) array).subList(fromIndex, toIndex));
    }

    public String toString() {
        return Arrays.toString(array);
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        return Arrays.asList(array).equals(o);
    }

    public int hashCode() {
        return Arrays.asList(array).hashCode();
    }

    public Object clone() {
        return new CopyOnWriteArrayList<E>((E[]) array);
    }
}
