package java.lang;

import java.util.HashMap;

public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        if (t.inheritableThreadLocals == null && create) t.inheritableThreadLocals = new HashMap<>();
        return t.inheritableThreadLocals;
    }
}
