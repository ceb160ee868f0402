package java.util.stream;

import java.util.*;
import java.util.function.*;

public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    LongStream takeWhile(LongPredicate predicate);

    LongStream dropWhile(LongPredicate predicate);

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    PrimitiveIterator.OfLong iterator();

    public static LongStream empty() {
        return of(new long[0]);
    }

    public static LongStream of(long t) {
        return of(new long[] {t});
    }

    public static LongStream of(long... values) {
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            int i;

            public boolean hasNext() {
                return i < values.length;
            }

            public long nextLong() {
                if (i >= values.length) throw new NoSuchElementException();
                return values[i++];
            }
        });
    }

    public static LongStream iterate(final long seed, final LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            long prev;
            boolean started;

            public boolean hasNext() {
                return true;
            }

            public long nextLong() {
                if (started) prev = f.applyAsLong(prev);
                else {
                    prev = seed;
                    started = true;
                }
                return prev;
            }
        });
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        return Stream.iterate(seed, new Predicate<Long>() {
            public boolean test(Long v) {
                return hasNext.test(v);
            }
        }, new UnaryOperator<Long>() {
            public Long apply(Long v) {
                return next.applyAsLong(v);
            }
        }).mapToLong(new ToLongFunction<Long>() {
            public long applyAsLong(Long v) {
                return v;
            }
        });
    }

    public static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return true;
            }

            public long nextLong() {
                return s.getAsLong();
            }
        });
    }

    public static LongStream concat(LongStream a, LongStream b) {
        PrimitiveIterator.OfLong ia = a.iterator(), ib = b.iterator();
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            public long nextLong() {
                return ia.hasNext() ? ia.nextLong() : ib.nextLong();
            }
        });
    }

    public static LongStream range(long startInclusive, long endExclusive) {
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            long next = startInclusive;

            public boolean hasNext() {
                return next < endExclusive;
            }

            public long nextLong() {
                if (next >= endExclusive) throw new NoSuchElementException();
                return next++;
            }
        });
    }

    public static LongStream rangeClosed(long startInclusive, long endInclusive) {
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            long next = startInclusive;
            boolean done = startInclusive > endInclusive;

            public boolean hasNext() {
                return !done;
            }

            public long nextLong() {
                if (done) throw new NoSuchElementException();
                long r = next;
                if (next == endInclusive) done = true;
                else next++;
                return r;
            }
        });
    }
}
