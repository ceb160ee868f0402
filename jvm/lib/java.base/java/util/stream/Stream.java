package java.util.stream;

import java.util.*;
import java.util.function.*;

public interface Stream<T> extends BaseStream<T, Stream<T>> {
    Stream<T> filter(Predicate<? super T> predicate);

    <R> Stream<R> map(Function<? super T, ? extends R> mapper);

    IntStream mapToInt(ToIntFunction<? super T> mapper);

    LongStream mapToLong(ToLongFunction<? super T> mapper);

    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);

    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);

    IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper);

    default <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new Function<T, Stream<R>>() {
            public Stream<R> apply(T e) {
                ArrayList<R> buffer = new ArrayList<>();
                mapper.accept(e, new Consumer<R>() {
                    public void accept(R r) {
                        buffer.add(r);
                    }
                });
                return buffer.stream();
            }
        });
    }

    Stream<T> distinct();

    Stream<T> sorted();

    Stream<T> sorted(Comparator<? super T> comparator);

    Stream<T> peek(Consumer<? super T> action);

    Stream<T> limit(long maxSize);

    Stream<T> skip(long n);

    Stream<T> takeWhile(Predicate<? super T> predicate);

    Stream<T> dropWhile(Predicate<? super T> predicate);

    void forEach(Consumer<? super T> action);

    void forEachOrdered(Consumer<? super T> action);

    Object[] toArray();

    <A> A[] toArray(IntFunction<A[]> generator);

    T reduce(T identity, BinaryOperator<T> accumulator);

    Optional<T> reduce(BinaryOperator<T> accumulator);

    <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);

    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);

    <R, A> R collect(Collector<? super T, A, R> collector);

    List<T> toList();

    Optional<T> min(Comparator<? super T> comparator);

    Optional<T> max(Comparator<? super T> comparator);

    long count();

    boolean anyMatch(Predicate<? super T> predicate);

    boolean allMatch(Predicate<? super T> predicate);

    boolean noneMatch(Predicate<? super T> predicate);

    Optional<T> findFirst();

    Optional<T> findAny();

    public static <T> Stream<T> empty() {
        return RefPipeline.of(Collections.<T>emptyIterator());
    }

    public static <T> Stream<T> of(T t) {
        return RefPipeline.of(Collections.singletonList(t).iterator());
    }

    public static <T> Stream<T> ofNullable(T t) {
        return t == null ? Stream.empty() : Stream.of(t);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Stream<T> of(T... values) {
        return RefPipeline.of(Arrays.asList(values).iterator());
    }

    public static <T> Stream<T> iterate(final T seed, final UnaryOperator<T> f) {
        Objects.requireNonNull(f);
        return RefPipeline.of(new Iterator<T>() {
            T prev;
            boolean started;

            public boolean hasNext() {
                return true;
            }

            public T next() {
                if (started) prev = f.apply(prev);
                else {
                    prev = seed;
                    started = true;
                }
                return prev;
            }
        });
    }

    public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return RefPipeline.of(new Iterator<T>() {
            T prev;
            boolean started, finished, ready;

            public boolean hasNext() {
                if (finished) return false;
                if (ready) return true;
                T t = started ? next.apply(prev) : seed;
                started = true;
                if (!hasNext.test(t)) {
                    prev = null;
                    finished = true;
                    return false;
                }
                prev = t;
                ready = true;
                return true;
            }

            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return prev;
            }
        });
    }

    public static <T> Stream<T> generate(Supplier<? extends T> s) {
        Objects.requireNonNull(s);
        return RefPipeline.of(new Iterator<T>() {
            public boolean hasNext() {
                return true;
            }

            public T next() {
                return s.get();
            }
        });
    }

    @SuppressWarnings("unchecked")
    public static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Iterator<T> ia = (Iterator<T>) a.iterator(), ib = (Iterator<T>) b.iterator();
        return RefPipeline.of(new Iterator<T>() {
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            public T next() {
                return ia.hasNext() ? ia.next() : ib.next();
            }
        });
    }

    public static <T> Builder<T> builder() {
        return new Builder<T>() {
            final ArrayList<T> items = new ArrayList<>();

            public void accept(T t) {
                items.add(t);
            }

            public Stream<T> build() {
                return items.stream();
            }
        };
    }

    public interface Builder<T> extends Consumer<T> {
        void accept(T t);

        default Builder<T> add(T t) {
            accept(t);
            return this;
        }

        Stream<T> build();
    }
}
