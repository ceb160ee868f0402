package java.util;

/** Without a collector that clears references, a WeakHashMap behaves as a HashMap. */
public class WeakHashMap<K, V> extends HashMap<K, V> {
    public WeakHashMap() {
        super();
    }

    public WeakHashMap(int initialCapacity) {
        super(initialCapacity);
    }

    public WeakHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
    }

    public WeakHashMap(Map<? extends K, ? extends V> m) {
        super(m);
    }
}
