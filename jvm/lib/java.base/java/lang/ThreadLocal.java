package java.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** Per-thread values, kept in a small map on each Thread. */
public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        Objects.requireNonNull(supplier);
        return new ThreadLocal<S>() {
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        if (t.threadLocals == null && create) t.threadLocals = new HashMap<>();
        return t.threadLocals;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        HashMap<ThreadLocal<?>, Object> m = map(Thread.currentThread(), true);
        if (m.containsKey(this)) return (T) m.get(this);
        T v = initialValue();
        m.put(this, v);
        return v;
    }

    public void set(T value) {
        map(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        HashMap<ThreadLocal<?>, Object> m = map(Thread.currentThread(), false);
        if (m != null) m.remove(this);
    }

    static HashMap<ThreadLocal<?>, Object> inherit(HashMap<ThreadLocal<?>, Object> parent) {
        HashMap<ThreadLocal<?>, Object> m = new HashMap<>();
        for (Map.Entry<ThreadLocal<?>, Object> e : parent.entrySet()) {
            @SuppressWarnings("unchecked")
            InheritableThreadLocal<Object> k = (InheritableThreadLocal<Object>) e.getKey();
            m.put(k, k.childValue(e.getValue()));
        }
        return m;
    }
}
