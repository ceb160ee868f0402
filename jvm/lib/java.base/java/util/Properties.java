package java.util;

public class Properties extends Hashtable<Object, Object> {
    protected volatile Properties defaults;

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
