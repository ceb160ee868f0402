package java.lang.ref;

/**
 * Cleared at the collector's discretion; this VM clears soft references in
 * the last collection before it would throw OutOfMemoryError, as the
 * specification guarantees.
 */
public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
