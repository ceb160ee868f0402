package java.lang;

/** Class loaders: only the boot/application path exists; loading goes through the VM. */
public abstract class ClassLoader {
    private final ClassLoader parent;

    protected ClassLoader() {
        this(null);
    }

    protected ClassLoader(ClassLoader parent) {
        this.parent = parent;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    public static ClassLoader getSystemClassLoader() {
        return AppLoader.INSTANCE;
    }

    public static ClassLoader getPlatformClassLoader() {
        return AppLoader.INSTANCE;
    }

    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }

    public String getName() {
        return "app";
    }

    private static final class AppLoader extends ClassLoader {
        static final AppLoader INSTANCE = new AppLoader();
    }
}
