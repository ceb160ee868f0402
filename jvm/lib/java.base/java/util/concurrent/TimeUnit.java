package java.util.concurrent;

public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000),
    SECONDS(1000L * 1000 * 1000),
    MINUTES(1000L * 1000 * 1000 * 60),
    HOURS(1000L * 1000 * 1000 * 60 * 60),
    DAYS(1000L * 1000 * 1000 * 60 * 60 * 24);

    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    private static long cvt(long d, long dst, long src) {
        if (src == dst) return d;
        if (src < dst) return d / (dst / src);
        long r = src / dst;
        long max = Long.MAX_VALUE / r;
        if (d > max) return Long.MAX_VALUE;
        if (d < -max) return Long.MIN_VALUE;
        return d * r;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return cvt(sourceDuration, scale, sourceUnit.scale);
    }

    public long toNanos(long duration) {
        return cvt(duration, NANOSECONDS.scale, scale);
    }

    public long toMicros(long duration) {
        return cvt(duration, MICROSECONDS.scale, scale);
    }

    public long toMillis(long duration) {
        return cvt(duration, MILLISECONDS.scale, scale);
    }

    public long toSeconds(long duration) {
        return cvt(duration, SECONDS.scale, scale);
    }

    public long toMinutes(long duration) {
        return cvt(duration, MINUTES.scale, scale);
    }

    public long toHours(long duration) {
        return cvt(duration, HOURS.scale, scale);
    }

    public long toDays(long duration) {
        return cvt(duration, DAYS.scale, scale);
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ns = toNanos(timeout);
            Thread.sleep(ns / 1000000L, (int) (ns % 1000000L));
        }
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = (int) (toNanos(timeout) - ms * 1000000L);
            obj.wait(ms, Math.max(0, Math.min(ns, 999999)));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = (int) (toNanos(timeout) - ms * 1000000L);
            thread.join(ms, Math.max(0, Math.min(ns, 999999)));
        }
    }

    public long convert(java.time.Duration duration) {
        long secs = duration.getSeconds();
        int nano = duration.getNano();
        if (secs < 0 && nano > 0) {
            secs++;
            nano -= 1000_000_000;
        }
        long s = cvt(secs, scale, SECONDS.scale);
        long n = nano / scale;
        long r = s + n;
        if (((s ^ r) & (n ^ r)) < 0) return secs < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return r;
    }

    public java.time.temporal.ChronoUnit toChronoUnit() {
        switch (this) {
            case NANOSECONDS: return java.time.temporal.ChronoUnit.NANOS;
            case MICROSECONDS: return java.time.temporal.ChronoUnit.MICROS;
            case MILLISECONDS: return java.time.temporal.ChronoUnit.MILLIS;
            case SECONDS: return java.time.temporal.ChronoUnit.SECONDS;
            case MINUTES: return java.time.temporal.ChronoUnit.MINUTES;
            case HOURS: return java.time.temporal.ChronoUnit.HOURS;
            default: return java.time.temporal.ChronoUnit.DAYS;
        }
    }

    /** Waits on a held monitor for at most nanos (> 0) nanoseconds. */
    static void waitNanos(Object monitor, long nanos) throws InterruptedException {
        if (nanos <= 0) return;
        long ms = nanos / 1000000L;
        int ns = (int) (nanos % 1000000L);
        monitor.wait(ms, ns);
    }
}
