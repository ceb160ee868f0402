package java.util.stream;

import java.util.Collection;

public final class StreamSupport {
    private StreamSupport() {}

    public static <T> Stream<T> stream(Collection<T> c) {
        return RefPipeline.of(c.iterator());
    }

    public static <T> Stream<T> stream(java.util.Spliterator<T> spliterator, boolean parallel) {
        return RefPipeline.of(java.util.Spliterators.iterator(spliterator));
    }
}
