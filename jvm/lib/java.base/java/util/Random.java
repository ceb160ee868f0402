package java.util;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** The JDK's 48-bit linear congruential generator: same sequence for the same seed. */
public class Random implements java.io.Serializable {
    private long seed;
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long seedUniquifier = 8682522807148012L;

    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    public Random() {
        this(seedUniquifier() ^ System.nanoTime());
    }

    private static synchronized long seedUniquifier() {
        return seedUniquifier *= 1181783497276652981L;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        if (jdk.internal.misc.Threads.started) return nextLocked(bits);
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    private synchronized int nextLocked(int bits) {
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; )
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE)
                bytes[i++] = (byte) rnd;
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return boundedNextInt(origin, bound);
    }

    final int boundedNextInt(int origin, int bound) {
        int r = nextInt();
        if (origin < bound) {
            final int n = bound - origin, m = n - 1;
            if ((n & m) == 0) {
                r = (r & m) + origin;
            } else if (n > 0) {
                for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) ;
                r += origin;
            } else {
                while (r < origin || r >= bound) r = nextInt();
            }
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        final long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) ;
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        return boundedNextLong(origin, bound);
    }

    final long boundedNextLong(long origin, long bound) {
        long r = nextLong();
        if (origin < bound) {
            final long n = bound - origin, m = n - 1;
            if ((n & m) == 0L) {
                r = (r & m) + origin;
            } else if (n > 0L) {
                for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) ;
                r += origin;
            } else {
                while (r < origin || r >= bound) r = nextLong();
            }
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be positive");
        double r = nextDouble() * bound;
        if (r >= bound) r = Math.nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
        return boundedNextDouble(origin, bound);
    }

    final double boundedNextDouble(double origin, double bound) {
        double r = nextDouble();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound) r = Math.nextDown(bound);
        }
        return r;
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    // Streams draw lazily, as the JDK's spliterators do, so a short-circuited stream
    // consumes only the values it used.

    private static void checkSize(long streamSize) {
        if (streamSize < 0L) throw new IllegalArgumentException("size must be non-negative");
    }

    private static void checkRange(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
    }

    private IntStream intStream(final int origin, final int bound) {
        return IntStream.generate(new java.util.function.IntSupplier() {
            public int getAsInt() {
                return boundedNextInt(origin, bound);
            }
        });
    }

    private LongStream longStream(final long origin, final long bound) {
        return LongStream.generate(new java.util.function.LongSupplier() {
            public long getAsLong() {
                return boundedNextLong(origin, bound);
            }
        });
    }

    private DoubleStream doubleStream(final double origin, final double bound) {
        return DoubleStream.generate(new java.util.function.DoubleSupplier() {
            public double getAsDouble() {
                return boundedNextDouble(origin, bound);
            }
        });
    }

    public IntStream ints(long streamSize) {
        checkSize(streamSize);
        return intStream(Integer.MAX_VALUE, 0).limit(streamSize);
    }

    public IntStream ints() {
        return intStream(Integer.MAX_VALUE, 0);
    }

    public IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return intStream(origin, bound).limit(streamSize);
    }

    public IntStream ints(int origin, int bound) {
        checkRange(origin, bound);
        return intStream(origin, bound);
    }

    public LongStream longs(long streamSize) {
        checkSize(streamSize);
        return longStream(Long.MAX_VALUE, 0L).limit(streamSize);
    }

    public LongStream longs() {
        return longStream(Long.MAX_VALUE, 0L);
    }

    public LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return longStream(origin, bound).limit(streamSize);
    }

    public LongStream longs(long origin, long bound) {
        checkRange(origin, bound);
        return longStream(origin, bound);
    }

    public DoubleStream doubles(long streamSize) {
        checkSize(streamSize);
        return doubleStream(Double.MAX_VALUE, 0.0).limit(streamSize);
    }

    public DoubleStream doubles() {
        return doubleStream(Double.MAX_VALUE, 0.0);
    }

    public DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        checkRange(origin, bound);
        return doubleStream(origin, bound).limit(streamSize);
    }

    public DoubleStream doubles(double origin, double bound) {
        checkRange(origin, bound);
        return doubleStream(origin, bound);
    }
}
