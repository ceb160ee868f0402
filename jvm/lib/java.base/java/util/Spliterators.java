package java.util;

import java.util.function.Consumer;

public final class Spliterators {
    private Spliterators() {}

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<>(c.iterator(), c.size(), characteristics | Spliterator.SIZED);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<>(iterator, Long.MAX_VALUE, characteristics);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<>(iterator, size, characteristics | Spliterator.SIZED);
    }

    public static <T> Spliterator<T> emptySpliterator() {
        return new IteratorSpliterator<>(Collections.<T>emptyIterator(), 0, Spliterator.SIZED);
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        return new Iterator<T>() {
            boolean valueReady = false;
            T nextElement;

            public boolean hasNext() {
                if (!valueReady) {
                    valueReady = spliterator.tryAdvance(new Consumer<T>() {
                        public void accept(T t) {
                            nextElement = t;
                        }
                    });
                }
                return valueReady;
            }

            public T next() {
                if (!valueReady && !hasNext()) throw new NoSuchElementException();
                valueReady = false;
                T t = nextElement;
                nextElement = null;
                return t;
            }
        };
    }

    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private final int characteristics;
        private long est;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                ? additionalCharacteristics | Spliterator.SUBSIZED
                : additionalCharacteristics;
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            return est;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    static final class IteratorSpliterator<T> implements Spliterator<T> {
        private final Iterator<? extends T> it;
        private long est;
        private final int characteristics;

        IteratorSpliterator(Iterator<? extends T> it, long size, int characteristics) {
            this.it = it;
            this.est = size;
            this.characteristics = characteristics;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            if (action == null) throw new NullPointerException();
            if (!it.hasNext()) return false;
            action.accept(it.next());
            if (est != Long.MAX_VALUE && est > 0) est--;
            return true;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            if (action == null) throw new NullPointerException();
            while (it.hasNext()) action.accept(it.next());
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            return est;
        }

        public int characteristics() {
            return characteristics;
        }
    }
}
