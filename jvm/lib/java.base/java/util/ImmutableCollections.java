package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * List.of, Set.of, Map.of.  Lists behave as the JDK's (List12 for one or two
 * elements, ListN otherwise, same exceptions).  Sets and maps iterate in
 * insertion order: the JDK randomizes theirs per run, so nothing can depend
 * on it.
 */
@SuppressWarnings("unchecked")
class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0]);

    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SafeVarargs
    static <E> List<E> listOf(E... es) {
        for (E e : es) Objects.requireNonNull(e);
        if (es.length == 0) return emptyList();
        if (es.length <= 2) return new List12<>(es);
        return new ListN<>(es);
    }

    abstract static class AbstractImmutableList<E> extends AbstractList<E> implements RandomAccess {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++)
                if (o.equals(get(i))) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--)
                if (o.equals(get(i))) return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size());
            Object[] a = new Object[toIndex - fromIndex];
            for (int i = fromIndex; i < toIndex; i++) a[i - fromIndex] = get(i);
            return a.length == 0 ? emptyList() : new ListN<>((E[]) a);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int cursor;

                public boolean hasNext() {
                    return cursor != size();
                }

                public E next() {
                    if (cursor >= size()) throw new NoSuchElementException();
                    return get(cursor++);
                }

                public void remove() {
                    throw uoe();
                }
            };
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final E e1;
        private final int n;

        List12(E[] es) {
            e0 = es[0];
            e1 = es.length > 1 ? es[1] : null;
            n = es.length;
        }

        public int size() {
            return n;
        }

        public E get(int index) {
            if (index == 0) return e0;
            if (index == 1 && n == 2) return e1;
            throw new IndexOutOfBoundsException("Index: " + index + " Size: " + n);
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        ListN(E[] es) {
            elements = es;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public E get(int index) {
            return elements[index];
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    // ---- sets ------------------------------------------------------------------

    static final SetN<?> EMPTY_SET = new SetN<>(new Object[0]);

    @SafeVarargs
    static <E> Set<E> setOf(E... es) {
        if (es.length == 0) return (Set<E>) EMPTY_SET;
        for (int i = 0; i < es.length; i++) {
            Objects.requireNonNull(es[i]);
            for (int j = 0; j < i; j++)
                if (es[i].equals(es[j])) throw new IllegalArgumentException("duplicate element: " + es[i]);
        }
        return new SetN<>(es);
    }

    static <E> Set<E> setOfDistinct(E[] es) {
        return es.length == 0 ? (Set<E>) EMPTY_SET : new SetN<>(es);
    }

    static final class SetN<E> extends AbstractSet<E> {
        private final E[] elements;

        SetN(E[] es) {
            elements = es;
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            for (E e : elements)
                if (o.equals(e)) return true;
            return false;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int i;

                public boolean hasNext() {
                    return i < elements.length;
                }

                public E next() {
                    if (i >= elements.length) throw new NoSuchElementException();
                    return elements[i++];
                }
            };
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    // ---- maps ------------------------------------------------------------------

    static <K, V> Map<K, V> mapOf(Object[] kv) {
        int n = kv.length / 2;
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(kv[2 * i]);
            Objects.requireNonNull(kv[2 * i + 1]);
            for (int j = 0; j < i; j++)
                if (kv[2 * i].equals(kv[2 * j])) throw new IllegalArgumentException("duplicate key: " + kv[2 * i]);
        }
        return new MapN<>(kv);
    }

    static final class MapN<K, V> extends AbstractMap<K, V> {
        private final Object[] kv;
        private HashMap<K, V> index;       // built for big maps, on first lookup

        MapN(Object[] kv) {
            this.kv = kv;
        }

        private int find(Object key) {
            Objects.requireNonNull(key);
            for (int i = 0; i < kv.length; i += 2)
                if (key.equals(kv[i])) return i;
            return -1;
        }

        public int size() {
            return kv.length / 2;
        }

        public boolean containsKey(Object o) {
            if (kv.length > 32) return index().containsKey(Objects.requireNonNull(o));
            return find(o) >= 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (int i = 1; i < kv.length; i += 2)
                if (o.equals(kv[i])) return true;
            return false;
        }

        public V get(Object o) {
            if (kv.length > 32) return index().get(Objects.requireNonNull(o));
            int i = find(o);
            return i < 0 ? null : (V) kv[i + 1];
        }

        private HashMap<K, V> index() {
            if (index == null) {
                HashMap<K, V> m = new HashMap<>();
                for (int i = 0; i < kv.length; i += 2) m.put((K) kv[i], (V) kv[i + 1]);
                index = m;
            }
            return index;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return MapN.this.size();
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        int i;

                        public boolean hasNext() {
                            return i < kv.length;
                        }

                        public Map.Entry<K, V> next() {
                            if (i >= kv.length) throw new NoSuchElementException();
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) kv[i], (V) kv[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
            throw uoe();
        }

        public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
