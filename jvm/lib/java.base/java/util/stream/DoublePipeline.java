package java.util.stream;

import java.util.*;
import java.util.function.*;

/** The sequential DoubleStream: lazy primitive iterators, as RefPipeline. */
final class DoublePipeline implements DoubleStream {
    private PrimitiveIterator.OfDouble it;
    private boolean linked;

    private DoublePipeline(PrimitiveIterator.OfDouble it) {
        this.it = it;
    }

    static DoubleStream of(PrimitiveIterator.OfDouble it) {
        return new DoublePipeline(it);
    }

    private PrimitiveIterator.OfDouble take() {
        if (linked) throw new IllegalStateException("stream has already been operated upon or closed");
        linked = true;
        return it;
    }

    /** Looks ahead one element for filtering stages. */
    abstract static class Lookahead implements PrimitiveIterator.OfDouble {
        private double pending;
        private boolean ready, done;

        abstract boolean advance();

        final boolean emit(double v) {
            pending = v;
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

        public final double nextDouble() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return pending;
        }
    }

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble src = take();
        return of(new Lookahead() {
            boolean advance() {
                while (src.hasNext()) {
                    double v = src.nextDouble();
                    if (predicate.test(v)) return emit(v);
                }
                return false;
            }
        });
    }

    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble src = take();
        return of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(src.nextDouble());
            }
        });
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble src = take();
        return RefPipeline.of(new Iterator<U>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public U next() {
                return mapper.apply(src.nextDouble());
            }
        });
    }

    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble src = take();
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(src.nextDouble());
            }
        });
    }

    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble src = take();
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(src.nextDouble());
            }
        });
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble src = take();
        return of(new Lookahead() {
            PrimitiveIterator.OfDouble cur;

            boolean advance() {
                for (;;) {
                    if (cur != null && cur.hasNext()) return emit(cur.nextDouble());
                    if (!src.hasNext()) return false;
                    DoubleStream s = mapper.apply(src.nextDouble());
                    cur = s == null ? null : s.iterator();
                }
            }
        });
    }

    public DoubleStream distinct() {
        return boxed().distinct().mapToDouble(new ToDoubleFunction<Double>() {
            public double applyAsDouble(Double v) {
                return v;
            }
        });
    }

    public DoubleStream sorted() {
        double[] a = toArray();
        Arrays.sort(a);
        return DoubleStream.of(a);
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble src = take();
        return of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                double v = src.nextDouble();
                action.accept(v);
                return v;
            }
        });
    }

    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        PrimitiveIterator.OfDouble src = take();
        return of(new PrimitiveIterator.OfDouble() {
            long left = maxSize;

            public boolean hasNext() {
                return left > 0 && src.hasNext();
            }

            public double nextDouble() {
                if (left <= 0) throw new NoSuchElementException();
                left--;
                return src.nextDouble();
            }
        });
    }

    public DoubleStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        PrimitiveIterator.OfDouble src = take();
        return of(new Lookahead() {
            long toSkip = n;

            boolean advance() {
                while (toSkip > 0 && src.hasNext()) {
                    src.nextDouble();
                    toSkip--;
                }
                return src.hasNext() && emit(src.nextDouble());
            }
        });
    }

    public DoubleStream takeWhile(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble src = take();
        return of(new Lookahead() {
            boolean advance() {
                if (!src.hasNext()) return false;
                double v = src.nextDouble();
                return predicate.test(v) && emit(v);
            }
        });
    }

    public DoubleStream dropWhile(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble src = take();
        return of(new Lookahead() {
            boolean dropping = true;

            boolean advance() {
                while (src.hasNext()) {
                    double v = src.nextDouble();
                    if (dropping && predicate.test(v)) continue;
                    dropping = false;
                    return emit(v);
                }
                return false;
            }
        });
    }

    public void forEach(DoubleConsumer action) {
        PrimitiveIterator.OfDouble src = take();
        while (src.hasNext()) action.accept(src.nextDouble());
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        PrimitiveIterator.OfDouble src = take();
        double[] a = new double[16];
        int n = 0;
        while (src.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = src.nextDouble();
        }
        return Arrays.copyOf(a, n);
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        PrimitiveIterator.OfDouble src = take();
        double r = identity;
        while (src.hasNext()) r = op.applyAsDouble(r, src.nextDouble());
        return r;
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        PrimitiveIterator.OfDouble src = take();
        if (!src.hasNext()) return OptionalDouble.empty();
        double r = src.nextDouble();
        while (src.hasNext()) r = op.applyAsDouble(r, src.nextDouble());
        return OptionalDouble.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        PrimitiveIterator.OfDouble src = take();
        R r = supplier.get();
        while (src.hasNext()) accumulator.accept(r, src.nextDouble());
        return r;
    }

    public double sum() {
        // Kahan summation with the JDK 17 compensation arithmetic.
        PrimitiveIterator.OfDouble src = take();
        double sum = 0, comp = 0, simple = 0;
        while (src.hasNext()) {
            double v = src.nextDouble();
            simple += v;
            double tmp = v - comp;
            double velvel = sum + tmp;
            comp = (velvel - sum) - tmp;
            sum = velvel;
        }
        double tmp = sum + comp;
        return (Double.isNaN(tmp) && Double.isInfinite(simple)) ? simple : tmp;
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfDouble src = take();
        double sum = 0, comp = 0, simple = 0;
        long count = 0;
        while (src.hasNext()) {
            double v = src.nextDouble();
            count++;
            simple += v;
            double tmp = v - comp;
            double velvel = sum + tmp;
            comp = (velvel - sum) - tmp;
            sum = velvel;
        }
        if (count == 0) return OptionalDouble.empty();
        double tmp = sum + comp;
        double total = (Double.isNaN(tmp) && Double.isInfinite(simple)) ? simple : tmp;
        return OptionalDouble.of(total / count);
    }

    public OptionalDouble min() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalDouble max() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        PrimitiveIterator.OfDouble src = take();
        long n = 0;
        while (src.hasNext()) {
            src.nextDouble();
            n++;
        }
        return n;
    }

    public DoubleSummaryStatistics summaryStatistics() {
        PrimitiveIterator.OfDouble src = take();
        DoubleSummaryStatistics s = new DoubleSummaryStatistics();
        while (src.hasNext()) s.accept(src.nextDouble());
        return s;
    }

    public boolean anyMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble src = take();
        while (src.hasNext())
            if (predicate.test(src.nextDouble())) return true;
        return false;
    }

    public boolean allMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble src = take();
        while (src.hasNext())
            if (!predicate.test(src.nextDouble())) return false;
        return true;
    }

    public boolean noneMatch(DoublePredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalDouble findFirst() {
        PrimitiveIterator.OfDouble src = take();
        return src.hasNext() ? OptionalDouble.of(src.nextDouble()) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    public Stream<Double> boxed() {
        PrimitiveIterator.OfDouble src = take();
        return RefPipeline.of(new Iterator<Double>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public Double next() {
                return src.nextDouble();
            }
        });
    }

    public PrimitiveIterator.OfDouble iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public DoubleStream sequential() {
        return this;
    }

    public DoubleStream parallel() {
        return this;
    }

    public DoubleStream unordered() {
        return this;
    }

    public DoubleStream onClose(Runnable closeHandler) {
        return this;
    }

    public void close() {}
}
