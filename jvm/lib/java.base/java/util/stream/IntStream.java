package java.util.stream;

import java.util.*;
import java.util.function.*;

public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream takeWhile(IntPredicate predicate);

    IntStream dropWhile(IntPredicate predicate);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    PrimitiveIterator.OfInt iterator();

    public static IntStream empty() {
        return of(new int[0]);
    }

    public static IntStream of(int t) {
        return of(new int[] {t});
    }

    public static IntStream of(int... values) {
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            int i;

            public boolean hasNext() {
                return i < values.length;
            }

            public int nextInt() {
                if (i >= values.length) throw new NoSuchElementException();
                return values[i++];
            }
        });
    }

    public static IntStream iterate(final int seed, final IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            int prev;
            boolean started;

            public boolean hasNext() {
                return true;
            }

            public int nextInt() {
                if (started) prev = f.applyAsInt(prev);
                else {
                    prev = seed;
                    started = true;
                }
                return prev;
            }
        });
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        return Stream.iterate(seed, new Predicate<Integer>() {
            public boolean test(Integer v) {
                return hasNext.test(v);
            }
        }, new UnaryOperator<Integer>() {
            public Integer apply(Integer v) {
                return next.applyAsInt(v);
            }
        }).mapToInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer v) {
                return v;
            }
        });
    }

    public static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return true;
            }

            public int nextInt() {
                return s.getAsInt();
            }
        });
    }

    public static IntStream concat(IntStream a, IntStream b) {
        PrimitiveIterator.OfInt ia = a.iterator(), ib = b.iterator();
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            public int nextInt() {
                return ia.hasNext() ? ia.nextInt() : ib.nextInt();
            }
        });
    }

    public static IntStream range(int startInclusive, int endExclusive) {
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            int next = startInclusive;

            public boolean hasNext() {
                return next < endExclusive;
            }

            public int nextInt() {
                if (next >= endExclusive) throw new NoSuchElementException();
                return next++;
            }
        });
    }

    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            int next = startInclusive;
            boolean done = startInclusive > endInclusive;

            public boolean hasNext() {
                return !done;
            }

            public int nextInt() {
                if (done) throw new NoSuchElementException();
                int r = next;
                if (next == endInclusive) done = true;
                else next++;
                return r;
            }
        });
    }
}
