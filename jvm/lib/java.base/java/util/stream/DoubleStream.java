package java.util.stream;

import java.util.*;
import java.util.function.*;

public interface DoubleStream extends BaseStream<Double, DoubleStream> {
    DoubleStream filter(DoublePredicate predicate);

    DoubleStream map(DoubleUnaryOperator mapper);

    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);

    IntStream mapToInt(DoubleToIntFunction mapper);

    LongStream mapToLong(DoubleToLongFunction mapper);

    DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper);

    DoubleStream distinct();

    DoubleStream sorted();

    DoubleStream peek(DoubleConsumer action);

    DoubleStream limit(long maxSize);

    DoubleStream skip(long n);

    DoubleStream takeWhile(DoublePredicate predicate);

    DoubleStream dropWhile(DoublePredicate predicate);

    void forEach(DoubleConsumer action);

    void forEachOrdered(DoubleConsumer action);

    double[] toArray();

    double reduce(double identity, DoubleBinaryOperator op);

    OptionalDouble reduce(DoubleBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner);

    double sum();

    OptionalDouble min();

    OptionalDouble max();

    long count();

    OptionalDouble average();

    DoubleSummaryStatistics summaryStatistics();

    boolean anyMatch(DoublePredicate predicate);

    boolean allMatch(DoublePredicate predicate);

    boolean noneMatch(DoublePredicate predicate);

    OptionalDouble findFirst();

    OptionalDouble findAny();

    Stream<Double> boxed();

    PrimitiveIterator.OfDouble iterator();

    public static DoubleStream empty() {
        return of(new double[0]);
    }

    public static DoubleStream of(double t) {
        return of(new double[] {t});
    }

    public static DoubleStream of(double... values) {
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            int i;

            public boolean hasNext() {
                return i < values.length;
            }

            public double nextDouble() {
                if (i >= values.length) throw new NoSuchElementException();
                return values[i++];
            }
        });
    }

    public static DoubleStream iterate(final double seed, final DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            double prev;
            boolean started;

            public boolean hasNext() {
                return true;
            }

            public double nextDouble() {
                if (started) prev = f.applyAsDouble(prev);
                else {
                    prev = seed;
                    started = true;
                }
                return prev;
            }
        });
    }

    public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        return Stream.iterate(seed, new Predicate<Double>() {
            public boolean test(Double v) {
                return hasNext.test(v);
            }
        }, new UnaryOperator<Double>() {
            public Double apply(Double v) {
                return next.applyAsDouble(v);
            }
        }).mapToDouble(new ToDoubleFunction<Double>() {
            public double applyAsDouble(Double v) {
                return v;
            }
        });
    }

    public static DoubleStream generate(DoubleSupplier s) {
        Objects.requireNonNull(s);
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return true;
            }

            public double nextDouble() {
                return s.getAsDouble();
            }
        });
    }

    public static DoubleStream concat(DoubleStream a, DoubleStream b) {
        PrimitiveIterator.OfDouble ia = a.iterator(), ib = b.iterator();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            public double nextDouble() {
                return ia.hasNext() ? ia.nextDouble() : ib.nextDouble();
            }
        });
    }
}
