package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash map safe for concurrent use (every operation holds the map's
 * monitor).  Its layout follows the JDK's ConcurrentHashMap, because
 * iteration order shows: spread hash (h ^ h>>>16) & 0x7fffffff, tables
 * sized from initialCapacity / 0.75, growth when the count reaches 3/4 of
 * the table (checked after each insertion), putAll pre-sizing, and the
 * transfer that keeps the bin's last same-side run and prepends the nodes
 * before it, and a bin of 9 growing a table under 64 or else becoming a
 * "tree bin", which the JDK iterates in its own list order: new entries
 * first, kept in order by resizes.  (We keep that order without the tree;
 * a tree bin reverts to a list below 7 entries.)  Null keys and values are
 * rejected.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int HASH_BITS = 0x7fffffff;

    static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V val;
        Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V v = val;
            val = value;
            return v;
        }

        public boolean equals(Object o) {
            Object k, v, u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == (u = val) || v.equals(u)));
        }
    }

    private Node<K, V>[] table;
    private boolean[] treeBins;     // bins the JDK would hold as TreeBins
    private int sizeCtl;        // before the table exists: its initial size; after: the resize threshold
    private int count;
    private int modCount;

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) throw new IllegalArgumentException();
        if (initialCapacity < concurrencyLevel) initialCapacity = concurrencyLevel;
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable(int n) {
        Node<K, V>[] tab = (Node<K, V>[]) new Node<?, ?>[n];
        table = tab;
        treeBins = new boolean[n];
        sizeCtl = n - (n >>> 2);
        return tab;
    }

    private Node<K, V>[] tableForInsert() {
        Node<K, V>[] tab = table;
        if (tab == null) tab = initTable(sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY);
        return tab;
    }

    /** After an insertion: grow (doubling) while the count has reached the threshold. */
    private void addCount() {
        count++;
        modCount++;
        Node<K, V>[] tab;
        while (count >= sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) transfer(tab);
    }

    @SuppressWarnings("unchecked")
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        Node<K, V>[] nextTab = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] nextTree = new boolean[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) continue;
            if (treeBins[i]) {
                // A tree bin splits in order; each half stays a tree if longer than 6.
                Node<K, V> lo = null, loTail = null, hi = null, hiTail = null;
                int lc = 0, hc = 0;
                for (Node<K, V> p = f; p != null; p = p.next) {
                    Node<K, V> q = new Node<>(p.hash, p.key, p.val, null);
                    if ((p.hash & n) == 0) {
                        if (loTail == null) lo = q;
                        else loTail.next = q;
                        loTail = q;
                        lc++;
                    } else {
                        if (hiTail == null) hi = q;
                        else hiTail.next = q;
                        hiTail = q;
                        hc++;
                    }
                }
                nextTab[i] = lo;
                nextTab[i + n] = hi;
                nextTree[i] = lc > 6;
                nextTree[i + n] = hc > 6;
                continue;
            }
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln, hn;
            if (runBit == 0) {
                ln = lastRun;
                hn = null;
            } else {
                hn = lastRun;
                ln = null;
            }
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) ln = new Node<>(p.hash, p.key, p.val, ln);
                else hn = new Node<>(p.hash, p.key, p.val, hn);
            }
            nextTab[i] = ln;
            nextTab[i + n] = hn;
        }
        table = nextTab;
        treeBins = nextTree;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            Node<K, V>[] tab = table;
            int sc = sizeCtl;
            if (tab == null) {
                initTable((sc > c) ? sc : c);      // and go round again, as the JDK does
                continue;
            }
            if (c <= sc || tab.length >= MAXIMUM_CAPACITY) return;
            transfer(tab);
        }
    }

    private Node<K, V> findNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int h = spread(key.hashCode());
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == key || ek.equals(key))) return e;
        }
        return null;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized V get(Object key) {
        Node<K, V> e = findNode(key);
        return e == null ? null : e.val;
    }

    public synchronized boolean containsKey(Object key) {
        return findNode(key) != null;
    }

    public synchronized boolean containsValue(Object value) {
        if (value == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (tab != null)
            for (Node<K, V> b : tab)
                for (Node<K, V> e = b; e != null; e = e.next)
                    if (e.val == value || value.equals(e.val)) return true;
        return false;
    }

    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    private synchronized V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) throw new NullPointerException();
        int hash = spread(key.hashCode());
        Node<K, V>[] tab = tableForInsert();
        int i = (tab.length - 1) & hash;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<>(hash, key, value, null);
        } else {
            Node<K, V> e = f, pred = null;
            int binCount = 0;
            for (; e != null; pred = e, e = e.next, binCount++) {
                K ek;
                if (e.hash == hash && ((ek = e.key) == key || ek.equals(key))) {
                    V old = e.val;
                    if (!onlyIfAbsent) e.val = value;
                    return old;
                }
            }
            if (treeBins[i]) {
                tab[i] = new Node<>(hash, key, value, f);       // a TreeBin lists new entries first
            } else {
                pred.next = new Node<>(hash, key, value, null);
                // A bin of 9: a small table grows, a large one makes the bin a tree.
                if (binCount >= 8) {
                    if (tab.length < 64) tryPresize(tab.length << 1);
                    else treeBins[i] = true;
                }
            }
        }
        addCount();
        return null;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) putVal(e.getKey(), e.getValue(), false);
    }

    public synchronized V remove(Object key) {
        return replaceNode(key, null, null);
    }

    /** Replaces (value != null) or removes (value == null) key's mapping, if cv is null or matches. */
    private V replaceNode(Object key, V value, Object cv) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int hash = spread(key.hashCode());
        int i = (tab.length - 1) & hash;
        for (Node<K, V> e = tab[i], pred = null; e != null; pred = e, e = e.next) {
            K ek;
            if (e.hash == hash && ((ek = e.key) == key || ek.equals(key))) {
                V ev = e.val;
                if (cv == null || cv == ev || cv.equals(ev)) {
                    if (value != null) {
                        e.val = value;
                    } else {
                        if (pred != null) pred.next = e.next;
                        else tab[i] = e.next;
                        count--;
                        modCount++;
                        if (treeBins[i]) {
                            int left = 0;
                            for (Node<K, V> q = tab[i]; q != null; q = q.next) left++;
                            if (left <= 6) treeBins[i] = false;
                        }
                    }
                    return ev;
                }
                return null;
            }
        }
        return null;
    }

    public synchronized void clear() {
        if (table != null)
            for (int i = 0; i < table.length; i++) {
                table[i] = null;
                treeBins[i] = false;
            }
        count = 0;
        modCount++;
    }

    public synchronized V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    public synchronized boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        return value != null && replaceNode(key, null, value) != null;
    }

    public synchronized boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        return replaceNode(key, newValue, oldValue) != null;
    }

    public synchronized V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return replaceNode(key, value, null);
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) throw new NullPointerException();
        Node<K, V> e = findNode(key);
        if (e != null) return e.val;
        V val = mappingFunction.apply(key);
        if (val != null) putVal(key, val, false);
        return val;
    }

    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = findNode(key);
        if (e == null) return null;
        V val = remappingFunction.apply(key, e.val);
        if (val != null) e.val = val;
        else replaceNode(key, null, null);
        return val;
    }

    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = findNode(key);
        V val = remappingFunction.apply(key, e == null ? null : e.val);
        if (e != null) {
            if (val != null) e.val = val;
            else replaceNode(key, null, null);
        } else if (val != null) {
            putVal(key, val, false);
        }
        return val;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = findNode(key);
        if (e == null) {
            putVal(key, value, false);
            return value;
        }
        V val = remappingFunction.apply(e.val, value);
        if (val != null) e.val = val;
        else replaceNode(key, null, null);
        return val;
    }

    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (tab != null)
            for (Node<K, V> b : tab)
                for (Node<K, V> e = b; e != null; e = e.next) action.accept(e.key, e.val);
    }

    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (tab != null)
            for (Node<K, V> b : tab)
                for (Node<K, V> e = b; e != null; e = e.next) {
                    V v = function.apply(e.key, e.val);
                    if (v == null) throw new NullPointerException();
                    e.val = v;
                }
    }

    public long mappingCount() {
        return size();
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<>(initialCapacity), Boolean.TRUE);
    }

    // ---- iteration (a weakly consistent snapshot of the bins, in table order) --------

    abstract class Traverser<T> implements Iterator<T> {
        final Node<K, V>[] tab = table;
        int index;
        Node<K, V> next, lastReturned;

        Traverser() {
            advance(null);
        }

        private void advance(Node<K, V> e) {
            if (e != null && e.next != null) {
                next = e.next;
                return;
            }
            next = null;
            if (tab == null) return;
            while (index < tab.length && next == null) next = tab[index++];
        }

        public boolean hasNext() {
            return next != null;
        }

        Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (e == null) throw new NoSuchElementException();
            lastReturned = e;
            advance(e);
            return e;
        }

        public void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) throw new IllegalStateException();
            lastReturned = null;
            ConcurrentHashMap.this.remove(p.key);
        }
    }

    public KeySetView<K, V> keySet() {
        return new KeySetView<>(this, null);
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) throw new NullPointerException();
        return new KeySetView<>(this, mappedValue);
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new Traverser<V>() {
                    public V next() {
                        return nextNode().val;
                    }
                };
            }

            public int size() {
                return ConcurrentHashMap.this.size();
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public void clear() {
                ConcurrentHashMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Traverser<Map.Entry<K, V>>() {
                    public Map.Entry<K, V> next() {
                        Node<K, V> e = nextNode();
                        return new AbstractMap.SimpleEntry<K, V>(e.key, e.val) {
                            public V setValue(V value) {
                                if (value == null) throw new NullPointerException();
                                super.setValue(value);
                                return ConcurrentHashMap.this.put(getKey(), value);
                            }
                        };
                    }
                };
            }

            public int size() {
                return ConcurrentHashMap.this.size();
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey(), v = e.getValue();
                Object r = k == null ? null : get(k);
                return r != null && v != null && (v == r || v.equals(r));
            }

            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return ConcurrentHashMap.this.remove(e.getKey(), e.getValue());
            }

            public void clear() {
                ConcurrentHashMap.this.clear();
            }
        };
    }

    public Iterator<K> keyIterator() {
        return new Traverser<K>() {
            public K next() {
                return nextNode().key;
            }
        };
    }

    public synchronized String toString() {
        return super.toString();
    }

    public static class KeySetView<K, V> extends AbstractSet<K> implements java.io.Serializable {
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public Iterator<K> iterator() {
            return map.keyIterator();
        }

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public boolean add(K e) {
            if (value == null) throw new UnsupportedOperationException();
            return map.putVal(e, value, true) == null;
        }

        public void clear() {
            map.clear();
        }
    }
}
