package java.lang.reflect;

/** Array creation and access by Class; only what the collections need. */
public final class Array {
    private Array() {}

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) throw new NullPointerException();
        if (length < 0) throw new NegativeArraySizeException(Integer.toString(length));
        return newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0) throw new IllegalArgumentException("Empty dimensions array");
        return multi(componentType, dimensions, 0);
    }

    private static Object multi(Class<?> componentType, int[] dims, int k) {
        if (k == dims.length - 1) return newInstance(componentType, dims[k]);
        Class<?> c = componentType;
        for (int i = k + 1; i < dims.length; i++) c = newInstance(c, 0).getClass();
        Object[] a = (Object[]) newInstance(c, dims[k]);
        for (int i = 0; i < a.length; i++) a[i] = multi(componentType, dims, k + 1);
        return a;
    }

    private static native Object newArray(Class<?> componentType, int length);

    public static native int getLength(Object array) throws IllegalArgumentException;

    public static Object get(Object array, int index) {
        if (array instanceof Object[]) return ((Object[]) array)[index];
        if (array instanceof int[]) return ((int[]) array)[index];
        if (array instanceof long[]) return ((long[]) array)[index];
        if (array instanceof double[]) return ((double[]) array)[index];
        if (array instanceof float[]) return ((float[]) array)[index];
        if (array instanceof char[]) return ((char[]) array)[index];
        if (array instanceof byte[]) return ((byte[]) array)[index];
        if (array instanceof short[]) return ((short[]) array)[index];
        if (array instanceof boolean[]) return ((boolean[]) array)[index];
        throw new IllegalArgumentException("Argument is not an array");
    }

    public static void set(Object array, int index, Object value) {
        if (array instanceof Object[]) ((Object[]) array)[index] = value;
        else if (array instanceof int[]) ((int[]) array)[index] = (Integer) value;
        else if (array instanceof long[]) ((long[]) array)[index] = ((Number) value).longValue();
        else if (array instanceof double[]) ((double[]) array)[index] = ((Number) value).doubleValue();
        else if (array instanceof float[]) ((float[]) array)[index] = ((Number) value).floatValue();
        else if (array instanceof char[]) ((char[]) array)[index] = (Character) value;
        else if (array instanceof byte[]) ((byte[]) array)[index] = (Byte) value;
        else if (array instanceof short[]) ((short[]) array)[index] = (Short) value;
        else if (array instanceof boolean[]) ((boolean[]) array)[index] = (Boolean) value;
        else throw new IllegalArgumentException("Argument is not an array");
    }
}
