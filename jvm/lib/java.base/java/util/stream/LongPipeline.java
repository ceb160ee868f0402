package java.util.stream;

import java.util.*;
import java.util.function.*;

/** The sequential LongStream: lazy primitive iterators, as RefPipeline. */
final class LongPipeline implements LongStream {
    private PrimitiveIterator.OfLong it;
    private boolean linked;

    private LongPipeline(PrimitiveIterator.OfLong it) {
        this.it = it;
    }

    static LongStream of(PrimitiveIterator.OfLong it) {
        return new LongPipeline(it);
    }

    private PrimitiveIterator.OfLong take() {
        if (linked) throw new IllegalStateException("stream has already been operated upon or closed");
        linked = true;
        return it;
    }

    /** Looks ahead one element for filtering stages. */
    abstract static class Lookahead implements PrimitiveIterator.OfLong {
        private long pending;
        private boolean ready, done;

        abstract boolean advance();

        final boolean emit(long v) {
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

        public final long nextLong() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return pending;
        }
    }

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong src = take();
        return of(new Lookahead() {
            boolean advance() {
                while (src.hasNext()) {
                    long v = src.nextLong();
                    if (predicate.test(v)) return emit(v);
                }
                return false;
            }
        });
    }

    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong src = take();
        return of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(src.nextLong());
            }
        });
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong src = take();
        return RefPipeline.of(new Iterator<U>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public U next() {
                return mapper.apply(src.nextLong());
            }
        });
    }

    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong src = take();
        return IntPipeline.of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(src.nextLong());
            }
        });
    }

    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong src = take();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(src.nextLong());
            }
        });
    }

    public DoubleStream asDoubleStream() {
        PrimitiveIterator.OfLong src = take();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return src.nextLong();
            }
        });
    }

    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong src = take();
        return of(new Lookahead() {
            PrimitiveIterator.OfLong cur;

            boolean advance() {
                for (;;) {
                    if (cur != null && cur.hasNext()) return emit(cur.nextLong());
                    if (!src.hasNext()) return false;
                    LongStream s = mapper.apply(src.nextLong());
                    cur = s == null ? null : s.iterator();
                }
            }
        });
    }

    public LongStream distinct() {
        return boxed().distinct().mapToLong(new ToLongFunction<Long>() {
            public long applyAsLong(Long v) {
                return v;
            }
        });
    }

    public LongStream sorted() {
        long[] a = toArray();
        Arrays.sort(a);
        return LongStream.of(a);
    }

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong src = take();
        return of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                long v = src.nextLong();
                action.accept(v);
                return v;
            }
        });
    }

    public LongStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        PrimitiveIterator.OfLong src = take();
        return of(new PrimitiveIterator.OfLong() {
            long left = maxSize;

            public boolean hasNext() {
                return left > 0 && src.hasNext();
            }

            public long nextLong() {
                if (left <= 0) throw new NoSuchElementException();
                left--;
                return src.nextLong();
            }
        });
    }

    public LongStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        PrimitiveIterator.OfLong src = take();
        return of(new Lookahead() {
            long toSkip = n;

            boolean advance() {
                while (toSkip > 0 && src.hasNext()) {
                    src.nextLong();
                    toSkip--;
                }
                return src.hasNext() && emit(src.nextLong());
            }
        });
    }

    public LongStream takeWhile(LongPredicate predicate) {
        PrimitiveIterator.OfLong src = take();
        return of(new Lookahead() {
            boolean advance() {
                if (!src.hasNext()) return false;
                long v = src.nextLong();
                return predicate.test(v) && emit(v);
            }
        });
    }

    public LongStream dropWhile(LongPredicate predicate) {
        PrimitiveIterator.OfLong src = take();
        return of(new Lookahead() {
            boolean dropping = true;

            boolean advance() {
                while (src.hasNext()) {
                    long v = src.nextLong();
                    if (dropping && predicate.test(v)) continue;
                    dropping = false;
                    return emit(v);
                }
                return false;
            }
        });
    }

    public void forEach(LongConsumer action) {
        PrimitiveIterator.OfLong src = take();
        while (src.hasNext()) action.accept(src.nextLong());
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        PrimitiveIterator.OfLong src = take();
        long[] a = new long[16];
        int n = 0;
        while (src.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = src.nextLong();
        }
        return Arrays.copyOf(a, n);
    }

    public long reduce(long identity, LongBinaryOperator op) {
        PrimitiveIterator.OfLong src = take();
        long r = identity;
        while (src.hasNext()) r = op.applyAsLong(r, src.nextLong());
        return r;
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        PrimitiveIterator.OfLong src = take();
        if (!src.hasNext()) return OptionalLong.empty();
        long r = src.nextLong();
        while (src.hasNext()) r = op.applyAsLong(r, src.nextLong());
        return OptionalLong.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        PrimitiveIterator.OfLong src = take();
        R r = supplier.get();
        while (src.hasNext()) accumulator.accept(r, src.nextLong());
        return r;
    }

    public long sum() {
        PrimitiveIterator.OfLong src = take();
        long s = 0;
        while (src.hasNext()) s += src.nextLong();
        return s;
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfLong src = take();
        long count = 0, s = 0;
        while (src.hasNext()) {
            s += src.nextLong();
            count++;
        }
        return count > 0 ? OptionalDouble.of((double) s / count) : OptionalDouble.empty();
    }

    public OptionalLong min() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalLong max() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        PrimitiveIterator.OfLong src = take();
        long n = 0;
        while (src.hasNext()) {
            src.nextLong();
            n++;
        }
        return n;
    }

    public LongSummaryStatistics summaryStatistics() {
        PrimitiveIterator.OfLong src = take();
        LongSummaryStatistics s = new LongSummaryStatistics();
        while (src.hasNext()) s.accept(src.nextLong());
        return s;
    }

    public boolean anyMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong src = take();
        while (src.hasNext())
            if (predicate.test(src.nextLong())) return true;
        return false;
    }

    public boolean allMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong src = take();
        while (src.hasNext())
            if (!predicate.test(src.nextLong())) return false;
        return true;
    }

    public boolean noneMatch(LongPredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalLong findFirst() {
        PrimitiveIterator.OfLong src = take();
        return src.hasNext() ? OptionalLong.of(src.nextLong()) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    public Stream<Long> boxed() {
        PrimitiveIterator.OfLong src = take();
        return RefPipeline.of(new Iterator<Long>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public Long next() {
                return src.nextLong();
            }
        });
    }

    public PrimitiveIterator.OfLong iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public LongStream sequential() {
        return this;
    }

    public LongStream parallel() {
        return this;
    }

    public LongStream unordered() {
        return this;
    }

    public LongStream onClose(Runnable closeHandler) {
        return this;
    }

    public void close() {}
}
