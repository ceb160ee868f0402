package java.util;

/**
 * Since JDK 9 a Properties keeps its entries in a ConcurrentHashMap (sized
 * for 16 bins), not in its Hashtable; iteration follows that map's bins,
 * which for fewer than 12 entries is HashMap's order.  We delegate to a
 * HashMap likewise; the Hashtable part stays empty.
 */
public class Properties extends Hashtable<Object, Object> {
    protected volatile Properties defaults;
    private final HashMap<Object, Object> map = new HashMap<>(16);

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(initialCapacity);
        this.defaults = defaults;
    }

    public int size() {
        return map.size();
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    public Enumeration<Object> keys() {
        return Collections.enumeration(map.keySet());
    }

    public Enumeration<Object> elements() {
        return Collections.enumeration(map.values());
    }

    public boolean contains(Object value) {
        return map.containsValue(Objects.requireNonNull(value));
    }

    public boolean containsValue(Object value) {
        return map.containsValue(Objects.requireNonNull(value));
    }

    public boolean containsKey(Object key) {
        return map.containsKey(Objects.requireNonNull(key));
    }

    public Object get(Object key) {
        return map.get(Objects.requireNonNull(key));
    }

    public synchronized Object put(Object key, Object value) {
        return map.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
    }

    public synchronized Object remove(Object key) {
        return map.remove(Objects.requireNonNull(key));
    }

    public synchronized void putAll(Map<?, ?> t) {
        for (Map.Entry<?, ?> e : t.entrySet()) put(e.getKey(), e.getValue());
    }

    public synchronized void clear() {
        map.clear();
    }

    public synchronized String toString() {
        return map.toString();
    }

    public Set<Object> keySet() {
        return Collections.synchronizedSet(map.keySet());
    }

    public Collection<Object> values() {
        return map.values();
    }

    public Set<Map.Entry<Object, Object>> entrySet() {
        return map.entrySet();
    }

    public synchronized boolean equals(Object o) {
        return map.equals(o);
    }

    public synchronized int hashCode() {
        return map.hashCode();
    }

    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    public synchronized void forEach(java.util.function.BiConsumer<? super Object, ? super Object> action) {
        map.forEach(action);
    }

    public synchronized Object clone() {
        Properties clone = new Properties(defaults);
        clone.map.putAll(map);
        return clone;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object oval = get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        Properties defaults;
        return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
    }

    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    public Set<String> stringPropertyNames() {
        Set<String> s = new TreeSet<>();
        if (defaults != null) s.addAll(defaults.stringPropertyNames());
        for (Map.Entry<Object, Object> e : entrySet())
            if (e.getKey() instanceof String && e.getValue() instanceof String) s.add((String) e.getKey());
        return s;
    }

    public Enumeration<?> propertyNames() {
        return Collections.enumeration(stringPropertyNames());
    }

    public void list(java.io.PrintStream out) {
        out.println("-- listing properties --");
        for (String key : stringPropertyNames()) {
            String val = getProperty(key);
            if (val.length() > 40) val = val.substring(0, 37) + "...";
            out.println(key + "=" + val);
        }
    }
}
