package java.util.stream;

import java.util.*;
import java.util.function.*;

/**
 * The sequential Stream: a chain of lazy iterators.  Each intermediate
 * operation wraps the upstream iterator; terminal operations drain it.
 */
@SuppressWarnings("unchecked")
final class RefPipeline<T> implements Stream<T> {
    private Iterator<T> it;
    private boolean linked;
    private ArrayList<Runnable> closeHandlers;

    private RefPipeline(Iterator<T> it) {
        this.it = it;
    }

    static <T> Stream<T> of(Iterator<? extends T> it) {
        return new RefPipeline<>((Iterator<T>) it);
    }

    /** Hands the source to the next stage; a stream may be used once. */
    private Iterator<T> take() {
        if (linked) throw new IllegalStateException("stream has already been operated upon or closed");
        linked = true;
        return it;
    }

    private <R> Stream<R> chain(Iterator<R> next) {
        RefPipeline<R> p = new RefPipeline<>(next);
        p.closeHandlers = closeHandlers;
        return p;
    }

    /** An iterator computing its next element on demand (hasNext may look ahead). */
    abstract static class Lookahead<E> implements Iterator<E> {
        private E pending;
        private boolean ready, done;

        /** Sets the next element through emit(); returns false at the end. */
        abstract boolean advance();

        final boolean emit(E e) {
            pending = e;
            return true;
        }

        public final boolean hasNext() {
            if (ready) return true;
            if (done) return false;
            if (advance()) {
                ready = true;
                return true;
            }
            done = true;
            return false;
        }

        public final E next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            E e = pending;
            pending = null;
            return e;
        }
    }

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            boolean advance() {
                while (src.hasNext()) {
                    T t = src.next();
                    if (predicate.test(t)) return emit(t);
                }
                return false;
            }
        });
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> src = take();
        return chain(new Iterator<R>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public R next() {
                return mapper.apply(src.next());
            }
        });
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> src = take();
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(src.next());
            }
        });
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> src = take();
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(src.next());
            }
        });
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> src = take();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(src.next());
            }
        });
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> src = take();
        return chain(new Lookahead<R>() {
            Iterator<? extends R> cur;

            boolean advance() {
                for (;;) {
                    if (cur != null && cur.hasNext()) return emit(cur.next());
                    if (!src.hasNext()) return false;
                    Stream<? extends R> s = mapper.apply(src.next());
                    cur = s == null ? null : s.iterator();
                }
            }
        });
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new Function<T, Stream<Integer>>() {
            public Stream<Integer> apply(T t) {
                IntStream s = mapper.apply(t);
                return s == null ? null : s.boxed();
            }
        }).mapToInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer i) {
                return i;
            }
        });
    }

    public Stream<T> distinct() {
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            final HashSet<T> seen = new HashSet<>();

            boolean advance() {
                while (src.hasNext()) {
                    T t = src.next();
                    if (seen.add(t)) return emit(t);
                }
                return false;
            }
        });
    }

    public Stream<T> sorted() {
        return sorted(null);
    }

    public Stream<T> sorted(Comparator<? super T> comparator) {
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            Iterator<T> sortedIt;

            boolean advance() {
                if (sortedIt == null) {
                    ArrayList<T> all = new ArrayList<>();
                    while (src.hasNext()) all.add(src.next());
                    Object[] a = all.toArray();
                    Arrays.sort(a, (Comparator<Object>) comparator);
                    sortedIt = (Iterator<T>) Arrays.asList(a).iterator();
                }
                return sortedIt.hasNext() && emit(sortedIt.next());
            }
        });
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> src = take();
        return chain(new Iterator<T>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public T next() {
                T t = src.next();
                action.accept(t);
                return t;
            }
        });
    }

    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        Iterator<T> src = take();
        return chain(new Iterator<T>() {
            long left = maxSize;

            public boolean hasNext() {
                return left > 0 && src.hasNext();
            }

            public T next() {
                if (left <= 0) throw new NoSuchElementException();
                left--;
                return src.next();
            }
        });
    }

    public Stream<T> skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            long toSkip = n;

            boolean advance() {
                while (toSkip > 0 && src.hasNext()) {
                    src.next();
                    toSkip--;
                }
                return src.hasNext() && emit(src.next());
            }
        });
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            boolean advance() {
                if (!src.hasNext()) return false;
                T t = src.next();
                return predicate.test(t) && emit(t);
            }
        });
    }

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> src = take();
        return chain(new Lookahead<T>() {
            boolean dropping = true;

            boolean advance() {
                while (src.hasNext()) {
                    T t = src.next();
                    if (dropping && predicate.test(t)) continue;
                    dropping = false;
                    return emit(t);
                }
                return false;
            }
        });
    }

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> src = take();
        while (src.hasNext()) action.accept(src.next());
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    public Object[] toArray() {
        return drain().toArray();
    }

    private ArrayList<T> drain() {
        Iterator<T> src = take();
        ArrayList<T> all = new ArrayList<>();
        while (src.hasNext()) all.add(src.next());
        return all;
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        ArrayList<T> all = drain();
        A[] a = generator.apply(all.size());
        if (a.length != all.size()) throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + a.length);
        for (int i = 0; i < a.length; i++) {
            Object o = all.get(i);
            if (o != null && !a.getClass().getComponentType().isInstance(o))
                throw new ArrayStoreException(o.getClass().getName());
            ((Object[]) a)[i] = o;
        }
        return a;
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Iterator<T> src = take();
        T result = identity;
        while (src.hasNext()) result = accumulator.apply(result, src.next());
        return result;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> src = take();
        if (!src.hasNext()) return Optional.empty();
        T result = src.next();
        while (src.hasNext()) result = accumulator.apply(result, src.next());
        return Optional.of(result);
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Iterator<T> src = take();
        U result = identity;
        while (src.hasNext()) result = accumulator.apply(result, src.next());
        return result;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Iterator<T> src = take();
        R container = supplier.get();
        while (src.hasNext()) accumulator.accept(container, src.next());
        return container;
    }

    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Iterator<T> src = take();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        while (src.hasNext()) ((BiConsumer<A, T>) acc).accept(container, src.next());
        return collector.finisher().apply(container);
    }

    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(drain());
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(BinaryOperator.minBy(comparator));
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(BinaryOperator.maxBy(comparator));
    }

    public long count() {
        Iterator<T> src = take();
        long n = 0;
        while (src.hasNext()) {
            src.next();
            n++;
        }
        return n;
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        Iterator<T> src = take();
        while (src.hasNext())
            if (predicate.test(src.next())) return true;
        return false;
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        Iterator<T> src = take();
        while (src.hasNext())
            if (!predicate.test(src.next())) return false;
        return true;
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        return !anyMatch(predicate);
    }

    public Optional<T> findFirst() {
        Iterator<T> src = take();
        return src.hasNext() ? Optional.of(src.next()) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public Iterator<T> iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public Stream<T> sequential() {
        return this;
    }

    public Stream<T> parallel() {
        return this;
    }

    public Stream<T> unordered() {
        return this;
    }

    public Stream<T> onClose(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (closeHandlers == null) closeHandlers = new ArrayList<>();
        closeHandlers.add(closeHandler);
        return this;
    }

    public void close() {
        ArrayList<Runnable> h = closeHandlers;
        closeHandlers = null;
        if (h != null)
            for (Runnable r : h) r.run();
    }
}
