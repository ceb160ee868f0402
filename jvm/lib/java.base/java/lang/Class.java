package java.lang;

/**
 * Class mirrors.  The VM creates them (vmClass holds its Class*) and
 * implements the natives; names, simple names and toString are built here.
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type {
    private static final int ANNOTATION = 0x00002000;
    private static final int ENUM = 0x00004000;
    private static final int SYNTHETIC = 0x00001000;

    private transient long vmClass;
    private transient String name;
    private transient T[] enumConstants;

    private Class() {}

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    public String toGenericString() {
        return toString();
    }

    /** Loads through the application class path, as the JDK does for callers outside java.base. */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) throw new NullPointerException();
        return forName0(className);
    }

    private static native Class<?> forName0(String name) throws ClassNotFoundException;

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        if (name == null) throw new NullPointerException();
        return forName0(name, initialize, loader);
    }

    private static native Class<?> forName0(String name, boolean initialize, ClassLoader loader)
        throws ClassNotFoundException;

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    public String getName() {
        String n = name;
        if (n == null) name = n = getName0();
        return n;
    }

    private native String getName0();

    /** Null for java.base (and primitives), the application loader for everything else. */
    public ClassLoader getClassLoader() {
        Class<?> c = this;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive()) return null;
        String n = c.getName();
        if (n.startsWith("java.") || n.startsWith("jdk.internal.")) return null;
        return ClassLoader.getSystemClassLoader();
    }

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
    }

    public native int getModifiers();

    public native boolean isRecord();

    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isSealed() {
        return false;
    }

    static native Class<?> getPrimitiveClass(String name);

    /** The inner-class simple name: null for top-level classes, "" for anonymous ones. */
    private native String getSimpleBinaryName0();

    public String getSimpleName() {
        if (isArray()) return getComponentType().getSimpleName() + "[]";
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    public boolean isAnonymousClass() {
        return !isArray() && "".equals(getSimpleBinaryName0());
    }

    public boolean isLocalClass() {
        return false;
    }

    public boolean isMemberClass() {
        String s = getSimpleBinaryName0();
        return s != null && !s.isEmpty();
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> cl = this;
            int dimensions = 0;
            do {
                dimensions++;
                cl = cl.getComponentType();
            } while (cl.isArray());
            return cl.getName() + "[]".repeat(dimensions);
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        String s = getSimpleBinaryName0();
        if (s != null && s.isEmpty()) return null;      // anonymous
        return getName().replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive()) return "java.lang";
        String cn = c.getName();
        int dot = cn.lastIndexOf('.');
        return dot != -1 ? cn.substring(0, dot) : "";
    }

    public Package getPackage() {
        return null;
    }

    public boolean desiredAssertionStatus() {
        return desiredAssertionStatus0(this);
    }

    private static native boolean desiredAssertionStatus0(Class<?> clazz);

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) return (Class<? extends U>) this;
        throw new ClassCastException(this.toString());
    }

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return (values != null) ? values.clone() : null;
    }

    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        T[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) return null;
            constants = (T[]) getEnumConstants0();
            enumConstants = constants;
        }
        return constants;
    }

    /** Invokes the enum's static values(). */
    private native Object[] getEnumConstants0();

    public Object[] getSigners() {
        return null;
    }

    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }
}
