package java.lang;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

/**
 * Standard streams, properties and a few VM services.  The VM calls
 * initPhase1() once at start-up; it stays small because every program pays
 * for it: three streams and a flat array of properties, nothing else.
 */
public final class System {
    private System() {}

    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    /** Properties as key, value pairs; Properties object only if someone asks. */
    private static String[] props;
    private static int nprops;
    private static Properties propsObject;

    private static void initPhase1() {
        String[] p = vmProperties();
        props = p;
        nprops = p.length;
        while (nprops > 0 && p[nprops - 1] == null) nprops--;
        out = newPrintStream(FileDescriptor.out, "sun.stdout.encoding");
        err = newPrintStream(FileDescriptor.err, "sun.stderr.encoding");
        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
    }

    private static PrintStream newPrintStream(FileDescriptor fd, String encProp) {
        String enc = getProperty(encProp);
        if (enc == null) enc = getProperty("file.encoding");
        // A buffer under the stream: one write(2) per flush, and autoflush flushes per line.
        return new PrintStream(new java.io.BufferedOutputStream(new FileOutputStream(fd), 8192), true,
                               jdk.internal.util.Charsets.lookupOrDefault(enc));
    }

    private static native String[] vmProperties();

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return "\n";
    }

    // ---- properties ------------------------------------------------------------

    private static int indexOfKey(String key) {
        for (int i = 0; i < nprops; i += 2)
            if (key.equals(props[i])) return i;
        return -1;
    }

    private static void checkKey(String key) {
        if (key == null) throw new NullPointerException("key can't be null");
        if (key.isEmpty()) throw new IllegalArgumentException("key can't be empty");
    }

    public static String getProperty(String key) {
        checkKey(key);
        if (propsObject != null) return propsObject.getProperty(key);
        int i = indexOfKey(key);
        return i < 0 ? null : props[i + 1];
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) throw new NullPointerException();
        return (String) getProperties().setProperty(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return (String) getProperties().remove(key);
    }

    public static Properties getProperties() {
        if (propsObject == null) {
            Properties p = new Properties();
            for (int i = 0; i < nprops; i += 2) p.setProperty(props[i], props[i + 1]);
            propsObject = p;
        }
        return propsObject;
    }

    public static void setProperties(Properties p) {
        propsObject = p;
        if (p == null) {
            propsObject = null;
            getProperties();
        }
    }

    public static String getenv(String name) {
        if (name == null) throw new NullPointerException();
        return getenv0(name);
    }

    private static native String getenv0(String name);

    private static native String[] environ0();

    public static Map<String, String> getenv() {
        String[] e = environ0();
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < e.length; i += 2) m.put(e[i], e[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    // ---- process ---------------------------------------------------------------

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {}

    public static void load(String filename) {
        throw new UnsatisfiedLinkError("Can't load library: " + filename);
    }

    public static void loadLibrary(String libname) {
        throw new UnsatisfiedLinkError("no " + libname + " in java.library.path");
    }

    public static String mapLibraryName(String libname) {
        return "lib" + libname + ".so";
    }

    @Deprecated(since = "17", forRemoval = true)
    public static SecurityManager getSecurityManager() {
        return null;
    }

    public static java.io.Console console() {
        return null;
    }
}
