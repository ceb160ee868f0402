package java.util.stream;

import java.util.*;
import java.util.function.*;

/** The common collectors.  Map-producing ones use HashMap/TreeMap exactly as the JDK's. */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Collectors {
    private Collectors() {}

    static final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                      Function<A, R> finisher) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        public Function<A, R> finisher() {
            return finisher;
        }

        public Set<Characteristics> characteristics() {
            return Collections.emptySet();
        }
    }

    static <I, R> Function<I, R> castingIdentity() {
        return new Function<I, R>() {
            public R apply(I i) {
                return (R) i;
            }
        };
    }

    private static <A> BinaryOperator<A> noCombiner() {
        return new BinaryOperator<A>() {
            public A apply(A a, A b) {
                throw new UnsupportedOperationException("parallel streams are not supported");
            }
        };
    }

    private static <T, A, R> Collector<T, A, R> make(Supplier<A> s, BiConsumer<A, T> acc, Function<A, R> fin) {
        return new CollectorImpl<>(s, acc, Collectors.<A>noCombiner(), fin);
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return make(collectionFactory, new BiConsumer<C, T>() {
            public void accept(C c, T t) {
                c.add(t);
            }
        }, Collectors.<C, C>castingIdentity());
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return toCollection(new Supplier<List<T>>() {
            public List<T> get() {
                return new ArrayList<>();
            }
        });
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return collectingAndThen(Collectors.<T>toList(), new Function<List<T>, List<T>>() {
            public List<T> apply(List<T> l) {
                return List.copyOf(l);
            }
        });
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return toCollection(new Supplier<Set<T>>() {
            public Set<T> get() {
                return new HashSet<>();
            }
        });
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return collectingAndThen(Collectors.<T>toSet(), new Function<Set<T>, Set<T>>() {
            public Set<T> apply(Set<T> s) {
                return Collections.unmodifiableSet(s);
            }
        });
    }

    public static Collector<CharSequence, ?, String> joining() {
        return joining("", "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
                                                             CharSequence suffix) {
        return make(new Supplier<StringJoiner>() {
            public StringJoiner get() {
                return new StringJoiner(delimiter, prefix, suffix);
            }
        }, new BiConsumer<StringJoiner, CharSequence>() {
            public void accept(StringJoiner j, CharSequence cs) {
                j.add(cs);
            }
        }, new Function<StringJoiner, String>() {
            public String apply(StringJoiner j) {
                return j.toString();
            }
        });
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
                                                          Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return make(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A a, T t) {
                ((BiConsumer<A, U>) acc).accept(a, mapper.apply(t));
            }
        }, downstream.finisher());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
                                                              Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return make(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A a, T t) {
                Stream<? extends U> s = mapper.apply(t);
                if (s != null) {
                    Iterator<? extends U> it = s.iterator();
                    while (it.hasNext()) ((BiConsumer<A, U>) acc).accept(a, it.next());
                }
            }
        }, downstream.finisher());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
                                                         Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return make(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A a, T t) {
                if (predicate.test(t)) ((BiConsumer<A, T>) acc).accept(a, t);
            }
        }, downstream.finisher());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
                                                                      Function<R, RR> finisher) {
        Function<A, R> f = downstream.finisher();
        return make(downstream.supplier(), downstream.accumulator(), new Function<A, RR>() {
            public RR apply(A a) {
                return finisher.apply(f.apply(a));
            }
        });
    }

    public static <T> Collector<T, ?, Long> counting() {
        return make(new Supplier<long[]>() {
            public long[] get() {
                return new long[1];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0]++;
            }
        }, new Function<long[], Long>() {
            public Long apply(long[] a) {
                return a[0];
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return make(new Supplier<int[]>() {
            public int[] get() {
                return new int[1];
            }
        }, new BiConsumer<int[], T>() {
            public void accept(int[] a, T t) {
                a[0] += mapper.applyAsInt(t);
            }
        }, new Function<int[], Integer>() {
            public Integer apply(int[] a) {
                return a[0];
            }
        });
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return make(new Supplier<long[]>() {
            public long[] get() {
                return new long[1];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
            }
        }, new Function<long[], Long>() {
            public Long apply(long[] a) {
                return a[0];
            }
        });
    }

    /** Kahan step with JDK 17's compensation arithmetic: a[0] sum, a[1] compensation, a[2] simple sum. */
    static void sumWithCompensation(double[] a, double value) {
        double tmp = value - a[1];
        double sum = a[0];
        double velvel = sum + tmp;
        a[1] = (velvel - sum) - tmp;
        a[0] = velvel;
    }

    static double computeFinalSum(double[] a) {
        double tmp = a[0] + a[1];
        double simpleSum = a[a.length - 1];
        return (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) ? simpleSum : tmp;
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return make(new Supplier<double[]>() {
            public double[] get() {
                return new double[3];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2] += val;
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return computeFinalSum(a);
            }
        });
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return make(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsInt(t);
                a[1]++;
            }
        }, new Function<long[], Double>() {
            public Double apply(long[] a) {
                return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
            }
        });
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return make(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
                a[1]++;
            }
        }, new Function<long[], Double>() {
            public Double apply(long[] a) {
                return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
            }
        });
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return make(new Supplier<double[]>() {
            public double[] get() {
                return new double[4];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2]++;
                a[3] += val;
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return (a[2] == 0) ? 0.0d : (computeFinalSum(a) / a[2]);
            }
        });
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return make(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((T) a[0], t);
            }
        }, new Function<Object[], T>() {
            public T apply(Object[] a) {
                return (T) a[0];
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        return make(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[2];
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                if (a[1] == null) {
                    a[0] = t;
                    a[1] = Boolean.TRUE;
                } else {
                    a[0] = op.apply((T) a[0], t);
                }
            }
        }, new Function<Object[], Optional<T>>() {
            public Optional<T> apply(Object[] a) {
                return a[1] == null ? Optional.empty() : Optional.of((T) a[0]);
            }
        });
    }

    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
                                                     BinaryOperator<U> op) {
        return make(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((U) a[0], mapper.apply(t));
            }
        }, new Function<Object[], U>() {
            public U apply(Object[] a) {
                return (U) a[0];
            }
        });
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
                                                                     Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, new Supplier<Map<K, D>>() {
            public Map<K, D> get() {
                return new HashMap<>();
            }
        }, downstream);
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Supplier<A> downstreamSupplier = downstream.supplier();
        BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        Function<A, D> downstreamFinisher = downstream.finisher();
        return make((Supplier<Map<K, A>>) (Supplier) mapFactory, new BiConsumer<Map<K, A>, T>() {
            public void accept(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, new Function<K, A>() {
                    public A apply(K k) {
                        return downstreamSupplier.get();
                    }
                });
                ((BiConsumer<A, T>) downstreamAccumulator).accept(container, t);
            }
        }, new Function<Map<K, A>, M>() {
            public M apply(Map<K, A> intermediate) {
                intermediate.replaceAll(new BiFunction<K, A, A>() {
                    public A apply(K k, A v) {
                        return (A) downstreamFinisher.apply(v);
                    }
                });
                return (M) intermediate;
            }
        });
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, Collectors.<T>toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
                                                                            Collector<? super T, A, D> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        Supplier<A> sup = downstream.supplier();
        Function<A, D> fin = downstream.finisher();
        return make(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {sup.get(), sup.get()};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] parts, T t) {
                ((BiConsumer<A, T>) acc).accept((A) parts[predicate.test(t) ? 1 : 0], t);
            }
        }, new Function<Object[], Map<Boolean, D>>() {
            public Map<Boolean, D> apply(Object[] parts) {
                // The JDK's Partition map iterates false, then true.
                LinkedHashMap<Boolean, D> m = new LinkedHashMap<>();
                m.put(false, fin.apply((A) parts[0]));
                m.put(true, fin.apply((A) parts[1]));
                return m;
            }
        });
    }

    private static <K, V> String duplicateKeyMessage(K k, V u, V v) {
        return String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                             Function<? super T, ? extends U> valueMapper) {
        return make(new Supplier<Map<K, U>>() {
            public Map<K, U> get() {
                return new HashMap<>();
            }
        }, new BiConsumer<Map<K, U>, T>() {
            public void accept(Map<K, U> map, T element) {
                K k = keyMapper.apply(element);
                U v = Objects.requireNonNull(valueMapper.apply(element));
                U u = map.putIfAbsent(k, v);
                if (u != null) throw new IllegalStateException(duplicateKeyMessage(k, u, v));
            }
        }, Collectors.<Map<K, U>, Map<K, U>>castingIdentity());
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends U> valueMapper) {
        return collectingAndThen(Collectors.<T, K, U>toMap(keyMapper, valueMapper),
            new Function<Map<K, U>, Map<K, U>>() {
                public Map<K, U> apply(Map<K, U> m) {
                    return Collections.unmodifiableMap(m);
                }
            });
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                             Function<? super T, ? extends U> valueMapper,
                                                             BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, new Supplier<Map<K, U>>() {
            public Map<K, U> get() {
                return new HashMap<>();
            }
        });
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
                                                                          Function<? super T, ? extends U> valueMapper,
                                                                          BinaryOperator<U> mergeFunction,
                                                                          Supplier<M> mapFactory) {
        return make(mapFactory, new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        }, Collectors.<M, M>castingIdentity());
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return make(new Supplier<IntSummaryStatistics>() {
            public IntSummaryStatistics get() {
                return new IntSummaryStatistics();
            }
        }, new BiConsumer<IntSummaryStatistics, T>() {
            public void accept(IntSummaryStatistics r, T t) {
                r.accept(mapper.applyAsInt(t));
            }
        }, Collectors.<IntSummaryStatistics, IntSummaryStatistics>castingIdentity());
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return make(new Supplier<LongSummaryStatistics>() {
            public LongSummaryStatistics get() {
                return new LongSummaryStatistics();
            }
        }, new BiConsumer<LongSummaryStatistics, T>() {
            public void accept(LongSummaryStatistics r, T t) {
                r.accept(mapper.applyAsLong(t));
            }
        }, Collectors.<LongSummaryStatistics, LongSummaryStatistics>castingIdentity());
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return make(new Supplier<DoubleSummaryStatistics>() {
            public DoubleSummaryStatistics get() {
                return new DoubleSummaryStatistics();
            }
        }, new BiConsumer<DoubleSummaryStatistics, T>() {
            public void accept(DoubleSummaryStatistics r, T t) {
                r.accept(mapper.applyAsDouble(t));
            }
        }, Collectors.<DoubleSummaryStatistics, DoubleSummaryStatistics>castingIdentity());
    }
}
