package java.util.concurrent;

import java.util.Random;

/** One Random per thread, seeded unpredictably (its sequence is not specified). */
public class ThreadLocalRandom extends Random {
    private static final ThreadLocal<ThreadLocalRandom> LOCAL = new ThreadLocal<ThreadLocalRandom>() {
        protected ThreadLocalRandom initialValue() {
            return new ThreadLocalRandom();
        }
    };

    private final boolean initialized;

    private ThreadLocalRandom() {
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return LOCAL.get();
    }

    public void setSeed(long seed) {
        if (initialized) throw new UnsupportedOperationException();
        super.setSeed(seed);
    }
}
