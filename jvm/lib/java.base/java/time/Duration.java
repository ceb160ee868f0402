package java.time;
import java.time.temporal.TemporalAmount;
import java.time.temporal.UnsupportedTemporalTypeException;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

/** A time-based amount: seconds plus nanoseconds (0..999,999,999). */
public final class Duration implements TemporalAmount, Comparable<Duration>, java.io.Serializable {
    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Duration create(long seconds, int nanoAdjustment) {
        if ((seconds | nanoAdjustment) == 0) return ZERO;
        return new Duration(seconds, nanoAdjustment);
    }

    public static Duration ofDays(long days) {
        return create(Math.multiplyExact(days, 86400), 0);
    }

    public static Duration ofHours(long hours) {
        return create(Math.multiplyExact(hours, 3600), 0);
    }

    public static Duration ofMinutes(long minutes) {
        return create(Math.multiplyExact(minutes, 60), 0);
    }

    public static Duration ofSeconds(long seconds) {
        return create(seconds, 0);
    }

    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        long secs = Math.addExact(seconds, Math.floorDiv(nanoAdjustment, 1000_000_000L));
        int nos = (int) Math.floorMod(nanoAdjustment, 1000_000_000L);
        return create(secs, nos);
    }

    public static Duration ofMillis(long millis) {
        long secs = millis / 1000;
        int mos = (int) (millis % 1000);
        if (mos < 0) {
            mos += 1000;
            secs--;
        }
        return create(secs, mos * 1000_000);
    }

    public static Duration ofNanos(long nanos) {
        long secs = nanos / 1000_000_000L;
        int nos = (int) (nanos % 1000_000_000L);
        if (nos < 0) {
            nos += 1000_000_000L;
            secs--;
        }
        return create(secs, nos);
    }

    public static Duration of(long amount, TemporalUnit unit) {
        return ZERO.plus(amount, unit);
    }

    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        try {
            return ofNanos(startInclusive.until(endExclusive, ChronoUnit.NANOS));
        } catch (DateTimeException | ArithmeticException ex) {
            long secs = startInclusive.until(endExclusive, ChronoUnit.SECONDS);
            return ofSeconds(secs);
        }
    }

    public long getSeconds() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    public static Duration from(TemporalAmount amount) {
        java.util.Objects.requireNonNull(amount, "amount");
        Duration duration = ZERO;
        for (TemporalUnit unit : amount.getUnits()) duration = duration.plus(amount.get(unit), unit);
        return duration;
    }

    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS) return seconds;
        if (unit == ChronoUnit.NANOS) return nanos;
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    public java.util.List<TemporalUnit> getUnits() {
        return java.util.List.of(ChronoUnit.SECONDS, ChronoUnit.NANOS);
    }

    public Temporal addTo(Temporal temporal) {
        if (seconds != 0) temporal = temporal.plus(seconds, ChronoUnit.SECONDS);
        if (nanos != 0) temporal = temporal.plus(nanos, ChronoUnit.NANOS);
        return temporal;
    }

    public Temporal subtractFrom(Temporal temporal) {
        if (seconds != 0) temporal = temporal.minus(seconds, ChronoUnit.SECONDS);
        if (nanos != 0) temporal = temporal.minus(nanos, ChronoUnit.NANOS);
        return temporal;
    }

    public Duration plus(Duration duration) {
        return plus(duration.getSeconds(), duration.getNano());
    }

    public Duration plus(long amountToAdd, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) return plus(Math.multiplyExact(amountToAdd, 86400), 0);
        if (amountToAdd == 0) return this;
        if (!(unit instanceof ChronoUnit) || unit.isDateBased())
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amountToAdd);
            case MICROS: return plusSeconds((amountToAdd / (1000_000L * 1000)) * 1000).plusNanos((amountToAdd % (1000_000L * 1000)) * 1000);
            case MILLIS: return plusMillis(amountToAdd);
            case SECONDS: return plusSeconds(amountToAdd);
            case MINUTES: return plusSeconds(Math.multiplyExact(amountToAdd, 60));
            case HOURS: return plusSeconds(Math.multiplyExact(amountToAdd, 3600));
            default: return plusSeconds(Math.multiplyExact(amountToAdd, 43200));
        }
    }

    public Duration plusDays(long daysToAdd) {
        return plus(Math.multiplyExact(daysToAdd, 86400), 0);
    }

    public Duration plusHours(long hoursToAdd) {
        return plus(Math.multiplyExact(hoursToAdd, 3600), 0);
    }

    public Duration plusMinutes(long minutesToAdd) {
        return plus(Math.multiplyExact(minutesToAdd, 60), 0);
    }

    public Duration plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Duration plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000_000);
    }

    public Duration plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    private Duration plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) return this;
        long epochSec = Math.addExact(seconds, secondsToAdd);
        epochSec = Math.addExact(epochSec, nanosToAdd / 1000_000_000L);
        nanosToAdd = nanosToAdd % 1000_000_000L;
        long nanoAdjustment = nanos + nanosToAdd;
        return ofSeconds(epochSec, nanoAdjustment);
    }

    public Duration minus(Duration duration) {
        long secsToSubtract = duration.getSeconds();
        int nanosToSubtract = duration.getNano();
        if (secsToSubtract == Long.MIN_VALUE) return plus(Long.MAX_VALUE, -nanosToSubtract).plus(1, 0);
        return plus(-secsToSubtract, -nanosToSubtract);
    }

    public Duration minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    public Duration minusDays(long days) {
        return plusDays(-days);
    }

    public Duration minusHours(long hours) {
        return plusHours(-hours);
    }

    public Duration minusMinutes(long minutes) {
        return plusMinutes(-minutes);
    }

    public Duration minusSeconds(long seconds) {
        return plusSeconds(-seconds);
    }

    public Duration minusMillis(long millis) {
        return plusMillis(-millis);
    }

    public Duration minusNanos(long nanos) {
        return plusNanos(-nanos);
    }

    public Duration multipliedBy(long multiplicand) {
        if (multiplicand == 0) return ZERO;
        if (multiplicand == 1) return this;
        java.math.BigInteger n = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1000_000_000L))
            .add(java.math.BigInteger.valueOf(nanos)).multiply(java.math.BigInteger.valueOf(multiplicand));
        return fromNanos(n);
    }

    public Duration dividedBy(long divisor) {
        if (divisor == 0) throw new ArithmeticException("Cannot divide by zero");
        if (divisor == 1) return this;
        java.math.BigInteger n = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1000_000_000L))
            .add(java.math.BigInteger.valueOf(nanos));
        return fromNanos(n.divide(java.math.BigInteger.valueOf(divisor)));
    }

    public long dividedBy(Duration divisor) {
        java.math.BigInteger a = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1000_000_000L))
            .add(java.math.BigInteger.valueOf(nanos));
        java.math.BigInteger b = java.math.BigInteger.valueOf(divisor.seconds).multiply(java.math.BigInteger.valueOf(1000_000_000L))
            .add(java.math.BigInteger.valueOf(divisor.nanos));
        return a.divide(b).longValueExact();
    }

    private static Duration fromNanos(java.math.BigInteger n) {
        java.math.BigInteger[] qr = n.divideAndRemainder(java.math.BigInteger.valueOf(1000_000_000L));
        long secs = qr[0].longValueExact();
        long nos = qr[1].longValue();
        return ofSeconds(secs, nos);
    }

    public Duration negated() {
        return multipliedBy(-1);
    }

    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    public long toDays() {
        return seconds / 86400;
    }

    public long toHours() {
        return seconds / 3600;
    }

    public long toMinutes() {
        return seconds / 60;
    }

    public long toSeconds() {
        return seconds;
    }

    public long toMillis() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - 1000_000_000L;
        }
        long millis = Math.multiplyExact(tempSeconds, 1000);
        millis = Math.addExact(millis, tempNanos / 1000_000);
        return millis;
    }

    public long toNanos() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - 1000_000_000L;
        }
        long totalNanos = Math.multiplyExact(tempSeconds, 1000_000_000L);
        totalNanos = Math.addExact(totalNanos, tempNanos);
        return totalNanos;
    }

    /** Nanoseconds modulo a day (for LocalTime arithmetic). */
    long toNanosWrapped() {
        return (seconds % 86400) * 1000_000_000L + nanos;
    }

    public long toDaysPart() {
        return seconds / 86400;
    }

    public int toHoursPart() {
        return (int) (toHours() % 24);
    }

    public int toMinutesPart() {
        return (int) (toMinutes() % 60);
    }

    public int toSecondsPart() {
        return (int) (seconds % 60);
    }

    public int toMillisPart() {
        return nanos / 1000_000;
    }

    public int toNanosPart() {
        return nanos;
    }

    public int compareTo(Duration otherDuration) {
        int cmp = Long.compare(seconds, otherDuration.seconds);
        if (cmp != 0) return cmp;
        return nanos - otherDuration.nanos;
    }

    public boolean equals(Object other) {
        return other instanceof Duration && seconds == ((Duration) other).seconds && nanos == ((Duration) other).nanos;
    }

    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + (51 * nanos);
    }

    public String toString() {
        if (this == ZERO) return "PT0S";
        long effectiveTotalSecs = seconds;
        if (seconds < 0 && nanos > 0) effectiveTotalSecs++;
        long hours = effectiveTotalSecs / 3600;
        int minutes = (int) ((effectiveTotalSecs % 3600) / 60);
        int secs = (int) (effectiveTotalSecs % 60);
        StringBuilder buf = new StringBuilder(24);
        buf.append("PT");
        if (hours != 0) buf.append(hours).append('H');
        if (minutes != 0) buf.append(minutes).append('M');
        if (secs == 0 && nanos == 0 && buf.length() > 2) return buf.toString();
        if (seconds < 0 && nanos > 0) {
            if (secs == 0) buf.append("-0");
            else buf.append(secs);
        } else {
            buf.append(secs);
        }
        if (nanos > 0) {
            int pos = buf.length();
            if (seconds < 0) buf.append(2 * 1000_000_000L - nanos);
            else buf.append(nanos + 1000_000_000L);
            while (buf.charAt(buf.length() - 1) == '0') buf.setLength(buf.length() - 1);
            buf.setCharAt(pos, '.');
        }
        buf.append('S');
        return buf.toString();
    }
}
