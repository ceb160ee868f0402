package java.lang;

/** The running VM: exit, hooks, memory figures. */
public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    public void exit(int status) {
        Shutdown.exit(status);
    }

    public void halt(int status) {
        Shutdown.halt(status);
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null) throw new NullPointerException();
        if (hook.isAlive()) throw new IllegalArgumentException("Hook already running");
        Shutdown.add(hook);
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) throw new NullPointerException();
        return Shutdown.remove(hook);
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {}

    public static Version version() {
        return Version.CURRENT;
    }

    /** Just enough of Runtime.Version: feature(), toString(). */
    public static final class Version implements Comparable<Version> {
        static final Version CURRENT = new Version(17);
        private final int feature;

        private Version(int feature) {
            this.feature = feature;
        }

        public int feature() {
            return feature;
        }

        @Deprecated(since = "10")
        public int major() {
            return feature;
        }

        public int compareTo(Version o) {
            return Integer.compare(feature, o.feature);
        }

        public String toString() {
            String v = System.getProperty("java.runtime.version");
            return v != null ? v : Integer.toString(feature);
        }
    }
}
