package java.util;

/**
 * A map comparing keys by identity.  Entries iterate in the JDK's order:
 * linear probing in a table of 2 * capacity slots (key, value pairs), slot
 * chosen by the identity hash.
 */
@SuppressWarnings("unchecked")
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;
    static final Object NULL_KEY = new Object();

    transient Object[] table;
    int size;
    transient int modCount;

    public IdentityHashMap() {
        table = new Object[2 * DEFAULT_CAPACITY];
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        table = new Object[2 * capacity(expectedMaxSize)];
    }

    private static int capacity(int expectedMaxSize) {
        return (expectedMaxSize > MAXIMUM_CAPACITY / 3) ? MAXIMUM_CAPACITY
            : (expectedMaxSize <= 2 * MINIMUM_CAPACITY / 3) ? MINIMUM_CAPACITY
            : Integer.highestOneBit(expectedMaxSize + (expectedMaxSize << 1));
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    private static Object maskNull(Object key) {
        return (key == null ? NULL_KEY : key);
    }

    static final Object unmaskNull(Object key) {
        return (key == NULL_KEY ? null : key);
    }

    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return (i + 2 < len ? i + 2 : 0);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Object k = maskNull(key);
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) return (V) tab[i + 1];
            if (item == null) return null;
            i = nextKeyIndex(i, len);
        }
    }

    public boolean containsKey(Object key) {
        Object k = maskNull(key);
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) return true;
            if (item == null) return false;
            i = nextKeyIndex(i, len);
        }
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2)
            if (tab[i] == value && tab[i - 1] != null) return true;
        return false;
    }

    public V put(K key, V value) {
        final Object k = maskNull(key);
        retryAfterResize:
        for (;;) {
            final Object[] tab = table;
            final int len = tab.length;
            int i = hash(k, len);
            for (Object item; (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
            }
            final int s = size + 1;
            if (s + (s << 1) > len && resize(len)) continue retryAfterResize;
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) throw new IllegalStateException("Capacity exhausted.");
            return false;
        }
        if (oldLength >= newLength) return false;
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                Object value = oldTable[j + 1];
                oldTable[j] = null;
                oldTable[j + 1] = null;
                int i = hash(key, newLength);
                while (newTable[i] != null) i = nextKeyIndex(i, newLength);
                newTable[i] = key;
                newTable[i + 1] = value;
            }
        }
        table = newTable;
        return true;
    }

    public V remove(Object key) {
        Object k = maskNull(key);
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                modCount++;
                size--;
                V oldValue = (V) tab[i + 1];
                tab[i + 1] = null;
                tab[i] = null;
                closeDeletion(i);
                return oldValue;
            }
            if (item == null) return null;
            i = nextKeyIndex(i, len);
        }
    }

    private void closeDeletion(int d) {
        Object[] tab = table;
        int len = tab.length;
        Object item;
        for (int i = nextKeyIndex(d, len); (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
            int r = hash(item, len);
            if ((i < r && (r <= d || d <= i)) || (r <= d && d <= i)) {
                tab[d] = item;
                tab[d + 1] = tab[i + 1];
                tab[i] = null;
                tab[i + 1] = null;
                d = i;
            }
        }
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    int index = size != 0 ? 0 : table.length;
                    int lastReturned = -1;
                    final Object[] traversalTable = table;

                    public boolean hasNext() {
                        Object[] tab = traversalTable;
                        for (int i = index; i < tab.length; i += 2) {
                            if (tab[i] != null) {
                                index = i;
                                return true;
                            }
                        }
                        index = tab.length;
                        return false;
                    }

                    public Map.Entry<K, V> next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        lastReturned = index;
                        index += 2;
                        final int at = lastReturned;
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return (K) unmaskNull(traversalTable[at]);
                            }

                            public V getValue() {
                                return (V) traversalTable[at + 1];
                            }

                            public V setValue(V value) {
                                V old = (V) traversalTable[at + 1];
                                traversalTable[at + 1] = value;
                                return old;
                            }

                            public String toString() {
                                return getKey() + "=" + getValue();
                            }

                            public int hashCode() {
                                return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
                            }

                            public boolean equals(Object o) {
                                return o instanceof Map.Entry && ((Map.Entry<?, ?>) o).getKey() == getKey()
                                    && ((Map.Entry<?, ?>) o).getValue() == getValue();
                            }
                        };
                    }

                    public void remove() {
                        if (lastReturned < 0) throw new IllegalStateException();
                        IdentityHashMap.this.remove(unmaskNull(traversalTable[lastReturned]));
                        index = lastReturned;
                        lastReturned = -1;
                    }
                };
            }

            public int size() {
                return size;
            }
        };
    }

    public Object clone() {
        try {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) super.clone();
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
