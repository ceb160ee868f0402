package java.util.stream;

import java.util.*;
import java.util.function.*;

/** The sequential IntStream: lazy primitive iterators, as RefPipeline. */
final class IntPipeline implements IntStream {
    private PrimitiveIterator.OfInt it;
    private boolean linked;

    private IntPipeline(PrimitiveIterator.OfInt it) {
        this.it = it;
    }

    static IntStream of(PrimitiveIterator.OfInt it) {
        return new IntPipeline(it);
    }

    private PrimitiveIterator.OfInt take() {
        if (linked) throw new IllegalStateException("stream has already been operated upon or closed");
        linked = true;
        return it;
    }

    /** Looks ahead one element for filtering stages. */
    abstract static class Lookahead implements PrimitiveIterator.OfInt {
        private int pending;
        private boolean ready, done;

        abstract boolean advance();

        final boolean emit(int v) {
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

        public final int nextInt() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return pending;
        }
    }

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt src = take();
        return of(new Lookahead() {
            boolean advance() {
                while (src.hasNext()) {
                    int v = src.nextInt();
                    if (predicate.test(v)) return emit(v);
                }
                return false;
            }
        });
    }

    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt src = take();
        return of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public int nextInt() {
                return mapper.applyAsInt(src.nextInt());
            }
        });
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt src = take();
        return RefPipeline.of(new Iterator<U>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public U next() {
                return mapper.apply(src.nextInt());
            }
        });
    }

    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt src = take();
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                return mapper.applyAsLong(src.nextInt());
            }
        });
    }

    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt src = take();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return mapper.applyAsDouble(src.nextInt());
            }
        });
    }

    public LongStream asLongStream() {
        PrimitiveIterator.OfInt src = take();
        return LongPipeline.of(new PrimitiveIterator.OfLong() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public long nextLong() {
                return src.nextInt();
            }
        });
    }

    public DoubleStream asDoubleStream() {
        PrimitiveIterator.OfInt src = take();
        return DoublePipeline.of(new PrimitiveIterator.OfDouble() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public double nextDouble() {
                return src.nextInt();
            }
        });
    }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt src = take();
        return of(new Lookahead() {
            PrimitiveIterator.OfInt cur;

            boolean advance() {
                for (;;) {
                    if (cur != null && cur.hasNext()) return emit(cur.nextInt());
                    if (!src.hasNext()) return false;
                    IntStream s = mapper.apply(src.nextInt());
                    cur = s == null ? null : s.iterator();
                }
            }
        });
    }

    public IntStream distinct() {
        return boxed().distinct().mapToInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer v) {
                return v;
            }
        });
    }

    public IntStream sorted() {
        int[] a = toArray();
        Arrays.sort(a);
        return IntStream.of(a);
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt src = take();
        return of(new PrimitiveIterator.OfInt() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public int nextInt() {
                int v = src.nextInt();
                action.accept(v);
                return v;
            }
        });
    }

    public IntStream limit(long maxSize) {
        if (maxSize < 0) throw new IllegalArgumentException(Long.toString(maxSize));
        PrimitiveIterator.OfInt src = take();
        return of(new PrimitiveIterator.OfInt() {
            long left = maxSize;

            public boolean hasNext() {
                return left > 0 && src.hasNext();
            }

            public int nextInt() {
                if (left <= 0) throw new NoSuchElementException();
                left--;
                return src.nextInt();
            }
        });
    }

    public IntStream skip(long n) {
        if (n < 0) throw new IllegalArgumentException(Long.toString(n));
        PrimitiveIterator.OfInt src = take();
        return of(new Lookahead() {
            long toSkip = n;

            boolean advance() {
                while (toSkip > 0 && src.hasNext()) {
                    src.nextInt();
                    toSkip--;
                }
                return src.hasNext() && emit(src.nextInt());
            }
        });
    }

    public IntStream takeWhile(IntPredicate predicate) {
        PrimitiveIterator.OfInt src = take();
        return of(new Lookahead() {
            boolean advance() {
                if (!src.hasNext()) return false;
                int v = src.nextInt();
                return predicate.test(v) && emit(v);
            }
        });
    }

    public IntStream dropWhile(IntPredicate predicate) {
        PrimitiveIterator.OfInt src = take();
        return of(new Lookahead() {
            boolean dropping = true;

            boolean advance() {
                while (src.hasNext()) {
                    int v = src.nextInt();
                    if (dropping && predicate.test(v)) continue;
                    dropping = false;
                    return emit(v);
                }
                return false;
            }
        });
    }

    public void forEach(IntConsumer action) {
        PrimitiveIterator.OfInt src = take();
        while (src.hasNext()) action.accept(src.nextInt());
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        PrimitiveIterator.OfInt src = take();
        int[] a = new int[16];
        int n = 0;
        while (src.hasNext()) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = src.nextInt();
        }
        return Arrays.copyOf(a, n);
    }

    public int reduce(int identity, IntBinaryOperator op) {
        PrimitiveIterator.OfInt src = take();
        int r = identity;
        while (src.hasNext()) r = op.applyAsInt(r, src.nextInt());
        return r;
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        PrimitiveIterator.OfInt src = take();
        if (!src.hasNext()) return OptionalInt.empty();
        int r = src.nextInt();
        while (src.hasNext()) r = op.applyAsInt(r, src.nextInt());
        return OptionalInt.of(r);
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        PrimitiveIterator.OfInt src = take();
        R r = supplier.get();
        while (src.hasNext()) accumulator.accept(r, src.nextInt());
        return r;
    }

    public int sum() {
        PrimitiveIterator.OfInt src = take();
        int s = 0;
        while (src.hasNext()) s += src.nextInt();
        return s;
    }

    public OptionalDouble average() {
        PrimitiveIterator.OfInt src = take();
        long count = 0, s = 0;
        while (src.hasNext()) {
            s += src.nextInt();
            count++;
        }
        return count > 0 ? OptionalDouble.of((double) s / count) : OptionalDouble.empty();
    }

    public OptionalInt min() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.min(a, b);
            }
        });
    }

    public OptionalInt max() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.max(a, b);
            }
        });
    }

    public long count() {
        PrimitiveIterator.OfInt src = take();
        long n = 0;
        while (src.hasNext()) {
            src.nextInt();
            n++;
        }
        return n;
    }

    public IntSummaryStatistics summaryStatistics() {
        PrimitiveIterator.OfInt src = take();
        IntSummaryStatistics s = new IntSummaryStatistics();
        while (src.hasNext()) s.accept(src.nextInt());
        return s;
    }

    public boolean anyMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt src = take();
        while (src.hasNext())
            if (predicate.test(src.nextInt())) return true;
        return false;
    }

    public boolean allMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt src = take();
        while (src.hasNext())
            if (!predicate.test(src.nextInt())) return false;
        return true;
    }

    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }

    public OptionalInt findFirst() {
        PrimitiveIterator.OfInt src = take();
        return src.hasNext() ? OptionalInt.of(src.nextInt()) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    public Stream<Integer> boxed() {
        PrimitiveIterator.OfInt src = take();
        return RefPipeline.of(new Iterator<Integer>() {
            public boolean hasNext() {
                return src.hasNext();
            }

            public Integer next() {
                return src.nextInt();
            }
        });
    }

    public PrimitiveIterator.OfInt iterator() {
        return take();
    }

    public boolean isParallel() {
        return false;
    }

    public IntStream sequential() {
        return this;
    }

    public IntStream parallel() {
        return this;
    }

    public IntStream unordered() {
        return this;
    }

    public IntStream onClose(Runnable closeHandler) {
        return this;
    }

    public void close() {}
}
