package java.util;

/** A map keyed by the constants of one enum, iterating in ordinal order. */
@SuppressWarnings("unchecked")
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    private transient K[] keyUniverse;
    private transient Object[] vals;
    private transient int size = 0;
    private static final Object NULL = new Object();

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = keyType.getEnumConstants();
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = keyType.getEnumConstants();
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    private Object maskNull(Object value) {
        return (value == null ? NULL : value);
    }

    private V unmaskNull(Object value) {
        return (V) (value == NULL ? null : value);
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object val : vals)
            if (value.equals(val)) return true;
        return false;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    public V get(Object key) {
        return (isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null);
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        if (oldValue == null) size++;
        return unmaskNull(oldValue);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) return null;
        int index = ((Enum<?>) key).ordinal();
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) size--;
        return unmaskNull(oldValue);
    }

    private boolean isValidKey(Object key) {
        if (key == null) return false;
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType)
            throw new ClassCastException(keyClass + " != " + keyType);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    int index = 0;
                    int lastReturned = -1;

                    public boolean hasNext() {
                        while (index < vals.length && vals[index] == null) index++;
                        return index != vals.length;
                    }

                    public Map.Entry<K, V> next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        lastReturned = index++;
                        final int i = lastReturned;
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return keyUniverse[i];
                            }

                            public V getValue() {
                                return unmaskNull(vals[i]);
                            }

                            public V setValue(V value) {
                                V old = unmaskNull(vals[i]);
                                vals[i] = maskNull(value);
                                return old;
                            }

                            public boolean equals(Object o) {
                                return o instanceof Map.Entry && Objects.equals(getKey(), ((Map.Entry<?, ?>) o).getKey())
                                    && Objects.equals(getValue(), ((Map.Entry<?, ?>) o).getValue());
                            }

                            public int hashCode() {
                                return keyUniverse[i].hashCode() ^ Objects.hashCode(getValue());
                            }

                            public String toString() {
                                return keyUniverse[i] + "=" + unmaskNull(vals[i]);
                            }
                        };
                    }

                    public void remove() {
                        if (lastReturned < 0) throw new IllegalStateException();
                        if (vals[lastReturned] != null) {
                            vals[lastReturned] = null;
                            size--;
                        }
                        lastReturned = -1;
                    }
                };
            }

            public int size() {
                return size;
            }
        };
    }

    public EnumMap<K, V> clone() {
        try {
            EnumMap<K, V> result = (EnumMap<K, V>) super.clone();
            result.vals = result.vals.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
