package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted concurrent map: a TreeMap behind one lock (shared with its
 * sub-map views).  As the JDK's, it rejects null keys and values, its
 * iterators never throw ConcurrentModificationException (they walk a
 * snapshot) and the entries it hands out are immutable snapshots.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private final NavigableMap<K, V> m;
    final Object lock;
    private transient KeySet<K, V> keySet;
    private transient EntrySet<K, V> entrySet;
    private transient Values<K, V> values;

    public ConcurrentSkipListMap() {
        this(new TreeMap<K, V>(), null);
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this(new TreeMap<K, V>(comparator), null);
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this(new TreeMap<K, V>(), null);
        putAll(m);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(new TreeMap<K, V>(m.comparator()), null);
        putAll(m);
    }

    private ConcurrentSkipListMap(NavigableMap<K, V> m, Object lock) {
        this.m = m;
        this.lock = lock == null ? this : lock;
    }

    private ConcurrentSkipListMap<K, V> view(NavigableMap<K, V> sub) {
        return new ConcurrentSkipListMap<K, V>(sub, lock);
    }

    private static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue());
    }

    @SuppressWarnings("unchecked")
    public ConcurrentSkipListMap<K, V> clone() {
        synchronized (lock) {
            ConcurrentSkipListMap<K, V> c = new ConcurrentSkipListMap<K, V>(m.comparator());
            c.m.putAll(m);
            return c;
        }
    }

    // ---- basic operations ----------------------------------------------------------------

    public boolean containsKey(Object key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.containsKey(key);
        }
    }

    public V get(Object key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.get(key);
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v;
        return (v = get(key)) == null ? defaultValue : v;
    }

    public V put(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            return m.put(key, value);
        }
    }

    public void putAll(Map<? extends K, ? extends V> map) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) put(e.getKey(), e.getValue());
    }

    public V remove(Object key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.remove(key);
        }
    }

    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        synchronized (lock) {
            return m.containsValue(value);
        }
    }

    public int size() {
        synchronized (lock) {
            return m.size();
        }
    }

    public boolean isEmpty() {
        synchronized (lock) {
            return m.isEmpty();
        }
    }

    public void clear() {
        synchronized (lock) {
            m.clear();
        }
    }

    public V putIfAbsent(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null) m.put(key, value);
            return old;
        }
    }

    public boolean remove(Object key, Object value) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            V old = m.get(key);
            if (value != null && value.equals(old)) {
                m.remove(key);
                return true;
            }
            return false;
        }
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        synchronized (lock) {
            V cur = m.get(key);
            if (oldValue.equals(cur)) {
                m.put(key, newValue);
                return true;
            }
            return false;
        }
    }

    public V replace(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            V cur = m.get(key);
            if (cur != null) m.put(key, value);
            return cur;
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(mappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null && (v = mappingFunction.apply(key)) != null) m.put(key, v);
            return v;
        }
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null) return null;
            V v = remappingFunction.apply(key, old);
            if (v == null) m.remove(key);
            else m.put(key, v);
            return v;
        }
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            V v = remappingFunction.apply(key, old);
            if (v == null) {
                if (old != null) m.remove(key);
            } else {
                m.put(key, v);
            }
            return v;
        }
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            V v = (old == null) ? value : remappingFunction.apply(old, value);
            if (v == null) m.remove(key);
            else m.put(key, v);
            return v;
        }
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entrySnapshot()) action.accept(e.getKey(), e.getValue());
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> e : entrySnapshot()) {
            V v = function.apply(e.getKey(), e.getValue());
            Objects.requireNonNull(v);
            replace(e.getKey(), e.getValue(), v);
        }
    }

    final ArrayList<Map.Entry<K, V>> entrySnapshot() {
        synchronized (lock) {
            ArrayList<Map.Entry<K, V>> list = new ArrayList<>(m.size());
            for (Map.Entry<K, V> e : m.entrySet()) list.add(new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue()));
            return list;
        }
    }

    // ---- navigation ----------------------------------------------------------------------

    public Comparator<? super K> comparator() {
        return m.comparator();
    }

    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return snapshot(m.lowerEntry(key));
        }
    }

    public K lowerKey(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.lowerKey(key);
        }
    }

    public Map.Entry<K, V> floorEntry(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return snapshot(m.floorEntry(key));
        }
    }

    public K floorKey(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.floorKey(key);
        }
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return snapshot(m.ceilingEntry(key));
        }
    }

    public K ceilingKey(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.ceilingKey(key);
        }
    }

    public Map.Entry<K, V> higherEntry(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return snapshot(m.higherEntry(key));
        }
    }

    public K higherKey(K key) {
        Objects.requireNonNull(key);
        synchronized (lock) {
            return m.higherKey(key);
        }
    }

    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(m.firstEntry());
        }
    }

    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(m.lastEntry());
        }
    }

    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(m.pollFirstEntry());
        }
    }

    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(m.pollLastEntry());
        }
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (fromKey == null || toKey == null) throw new NullPointerException();
        return view(m.subMap(fromKey, fromInclusive, toKey, toInclusive));
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (toKey == null) throw new NullPointerException();
        return view(m.headMap(toKey, inclusive));
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (fromKey == null) throw new NullPointerException();
        return view(m.tailMap(fromKey, inclusive));
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public ConcurrentNavigableMap<K, V> descendingMap() {
        return view(m.descendingMap());
    }

    // ---- views ---------------------------------------------------------------------------

    public NavigableSet<K> keySet() {
        KeySet<K, V> ks = keySet;
        return (ks != null) ? ks : (keySet = new KeySet<K, V>(this));
    }

    public NavigableSet<K> navigableKeySet() {
        return keySet();
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Values<K, V> vs = values;
        return (vs != null) ? vs : (values = new Values<K, V>(this));
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySet<K, V> es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySet<K, V>(this));
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> other = (Map<?, ?>) o;
        ArrayList<Map.Entry<K, V>> mine = entrySnapshot();
        if (mine.size() != other.size()) return false;
        for (Map.Entry<K, V> e : mine) if (!e.getValue().equals(other.get(e.getKey()))) return false;
        return true;
    }

    /** Iterates a snapshot; remove() deletes the last key from the map. */
    abstract static class SnapshotIterator<K, V, E> implements Iterator<E> {
        final ConcurrentSkipListMap<K, V> map;
        final ArrayList<Map.Entry<K, V>> entries;
        int cursor;
        Map.Entry<K, V> last;

        SnapshotIterator(ConcurrentSkipListMap<K, V> map) {
            this.map = map;
            this.entries = map.entrySnapshot();
        }

        public final boolean hasNext() {
            return cursor < entries.size();
        }

        final Map.Entry<K, V> nextEntry() {
            if (cursor >= entries.size()) throw new NoSuchElementException();
            return last = entries.get(cursor++);
        }

        public final void remove() {
            if (last == null) throw new IllegalStateException();
            map.remove(last.getKey());
            last = null;
        }
    }

    static final class KeySet<K, V> extends AbstractSet<K> implements NavigableSet<K> {
        final ConcurrentSkipListMap<K, V> m;

        KeySet(ConcurrentSkipListMap<K, V> map) {
            m = map;
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        public void clear() {
            m.clear();
        }

        public K lower(K e) {
            return m.lowerKey(e);
        }

        public K floor(K e) {
            return m.floorKey(e);
        }

        public K ceiling(K e) {
            return m.ceilingKey(e);
        }

        public K higher(K e) {
            return m.higherKey(e);
        }

        public Comparator<? super K> comparator() {
            return m.comparator();
        }

        public K first() {
            return m.firstKey();
        }

        public K last() {
            return m.lastKey();
        }

        public K pollFirst() {
            Map.Entry<K, V> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public K pollLast() {
            Map.Entry<K, V> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public Iterator<K> iterator() {
            return new SnapshotIterator<K, V, K>(m) {
                public K next() {
                    return nextEntry().getKey();
                }
            };
        }

        public Iterator<K> descendingIterator() {
            return descendingSet().iterator();
        }

        public NavigableSet<K> subSet(K fromElement, boolean fromInclusive, K toElement, boolean toInclusive) {
            return new KeySet<K, V>((ConcurrentSkipListMap<K, V>) m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<K> headSet(K toElement, boolean inclusive) {
            return new KeySet<K, V>((ConcurrentSkipListMap<K, V>) m.headMap(toElement, inclusive));
        }

        public NavigableSet<K> tailSet(K fromElement, boolean inclusive) {
            return new KeySet<K, V>((ConcurrentSkipListMap<K, V>) m.tailMap(fromElement, inclusive));
        }

        public NavigableSet<K> subSet(K fromElement, K toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public NavigableSet<K> headSet(K toElement) {
            return headSet(toElement, false);
        }

        public NavigableSet<K> tailSet(K fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<K> descendingSet() {
            return new KeySet<K, V>((ConcurrentSkipListMap<K, V>) m.descendingMap());
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        final ConcurrentSkipListMap<K, V> m;

        Values(ConcurrentSkipListMap<K, V> map) {
            m = map;
        }

        public Iterator<V> iterator() {
            return new SnapshotIterator<K, V, V>(m) {
                public V next() {
                    return nextEntry().getValue();
                }
            };
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean contains(Object o) {
            return m.containsValue(o);
        }

        public void clear() {
            m.clear();
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        final ConcurrentSkipListMap<K, V> m;

        EntrySet(ConcurrentSkipListMap<K, V> map) {
            m = map;
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new SnapshotIterator<K, V, Map.Entry<K, V>>(m) {
                public Map.Entry<K, V> next() {
                    return nextEntry();
                }
            };
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            V v = m.get(e.getKey());
            return v != null && v.equals(e.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return m.remove(e.getKey(), e.getValue());
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public int size() {
            return m.size();
        }

        public void clear() {
            m.clear();
        }
    }
}
