package java.time;
import java.time.temporal.TemporalAmount;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** A point on the UTC time-line: seconds since 1970-01-01T00:00:00Z plus nanoseconds. */
public final class Instant implements Temporal, java.time.temporal.TemporalAdjuster, Comparable<Instant>, java.io.Serializable {
    public static final Instant EPOCH = new Instant(0, 0);

    private final long seconds;
    private final int nanos;

    private Instant(long epochSecond, int nanos) {
        this.seconds = epochSecond;
        this.nanos = nanos;
    }

    public static Instant now() {
        return ofEpochMilli(System.currentTimeMillis());
    }

    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.INSTANT_SECONDS, seconds).with(ChronoField.NANO_OF_SECOND, nanos);
    }

    public static Instant from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof Instant) return (Instant) temporal;
        java.util.Objects.requireNonNull(temporal, "temporal");
        try {
            long instantSecs = temporal.getLong(ChronoField.INSTANT_SECONDS);
            int nanoOfSecond = temporal.isSupported(ChronoField.NANO_OF_SECOND) ? temporal.get(ChronoField.NANO_OF_SECOND) : 0;
            return Instant.ofEpochSecond(instantSecs, nanoOfSecond);
        } catch (DateTimeException ex) {
            throw new DateTimeException("Unable to obtain Instant from TemporalAccessor: " + temporal + " of type "
                + temporal.getClass().getName(), ex);
        }
    }

    public static Instant now(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        return clock.instant();
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.ofInstant(this, zone);
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.ofInstant(this, offset);
    }

    public static Instant ofEpochSecond(long epochSecond) {
        return new Instant(epochSecond, 0);
    }

    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = Math.addExact(epochSecond, Math.floorDiv(nanoAdjustment, 1000_000_000L));
        int nos = (int) Math.floorMod(nanoAdjustment, 1000_000_000L);
        return new Instant(secs, nos);
    }

    public static Instant ofEpochMilli(long epochMilli) {
        long secs = Math.floorDiv(epochMilli, 1000);
        int mos = (int) Math.floorMod(epochMilli, 1000);
        return new Instant(secs, mos * 1000_000);
    }

    public static Instant parse(CharSequence text) {
        String s = text.toString();
        if (!s.endsWith("Z"))
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index " + s.length(), s, s.length());
        LocalDateTime dt = LocalDateTime.parse(s.substring(0, s.length() - 1));
        return ofEpochSecond(dt.toLocalDate().toEpochDay() * 86400 + dt.toLocalTime().toSecondOfDay(), dt.getNano());
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField)
            return field == ChronoField.INSTANT_SECONDS || field == ChronoField.NANO_OF_SECOND
                || field == ChronoField.MICRO_OF_SECOND || field == ChronoField.MILLI_OF_SECOND;
        return field != null && field.isSupportedBy(this);
    }

    public int get(TemporalField field) {
        if (field == ChronoField.INSTANT_SECONDS)
            throw new UnsupportedTemporalTypeException("Invalid field 'InstantSeconds' for get() method, use getLong() instead");
        if (field instanceof ChronoField) return (int) getLong(field);
        return Temporal.super.get(field);
    }

    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField)) return field.getFrom(this);
        switch ((ChronoField) field) {
            case NANO_OF_SECOND: return nanos;
            case MICRO_OF_SECOND: return nanos / 1000;
            case MILLI_OF_SECOND: return nanos / 1000_000;
            case INSTANT_SECONDS: return seconds;
            default: throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public Instant with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField)) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        ChronoField f = (ChronoField) field;
        f.checkValidValue(newValue);
        switch (f) {
            case MILLI_OF_SECOND: { int nval = (int) newValue * 1000_000; return (nval != nanos ? new Instant(seconds, nval) : this); }
            case MICRO_OF_SECOND: { int nval = (int) newValue * 1000; return (nval != nanos ? new Instant(seconds, nval) : this); }
            case NANO_OF_SECOND: return (newValue != nanos ? new Instant(seconds, (int) newValue) : this);
            case INSTANT_SECONDS: return (newValue != seconds ? new Instant(newValue, nanos) : this);
            default: throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public long getEpochSecond() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public long toEpochMilli() {
        if (seconds < 0 && nanos > 0) {
            long millis = Math.multiplyExact(seconds + 1, 1000);
            long adjustment = nanos / 1000_000 - 1000;
            return Math.addExact(millis, adjustment);
        }
        long millis = Math.multiplyExact(seconds, 1000);
        return Math.addExact(millis, nanos / 1000_000);
    }

    public Instant plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Instant plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000_000);
    }

    public Instant plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    public Instant minusSeconds(long s) {
        return plusSeconds(-s);
    }

    public Instant minusMillis(long m) {
        return plusMillis(-m);
    }

    public Instant minusNanos(long n) {
        return plusNanos(-n);
    }

    public Instant plus(TemporalAmount amountToAdd) {
        if (amountToAdd instanceof Duration) {
            Duration d = (Duration) amountToAdd;
            return plus(d.getSeconds(), d.getNano());
        }
        java.util.Objects.requireNonNull(amountToAdd, "amountToAdd");
        return (Instant) amountToAdd.addTo(this);
    }

    public Instant minus(TemporalAmount amountToSubtract) {
        if (amountToSubtract instanceof Duration) {
            Duration d = (Duration) amountToSubtract;
            return plus(-d.getSeconds(), -d.getNano());
        }
        java.util.Objects.requireNonNull(amountToSubtract, "amountToSubtract");
        return (Instant) amountToSubtract.subtractFrom(this);
    }

    private Instant plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) return this;
        long epochSec = Math.addExact(seconds, secondsToAdd);
        epochSec = Math.addExact(epochSec, nanosToAdd / 1000_000_000L);
        nanosToAdd = nanosToAdd % 1000_000_000L;
        long nanoAdjustment = nanos + nanosToAdd;
        return ofEpochSecond(epochSec, nanoAdjustment);
    }

    public Instant plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amountToAdd);
            case MICROS: return plus(amountToAdd / 1000_000, (amountToAdd % 1000_000) * 1000);
            case MILLIS: return plusMillis(amountToAdd);
            case SECONDS: return plusSeconds(amountToAdd);
            case MINUTES: return plusSeconds(Math.multiplyExact(amountToAdd, 60));
            case HOURS: return plusSeconds(Math.multiplyExact(amountToAdd, 3600));
            case HALF_DAYS: return plusSeconds(Math.multiplyExact(amountToAdd, 43200));
            case DAYS: return plusSeconds(Math.multiplyExact(amountToAdd, 86400));
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        if (!(endExclusive instanceof Instant)) throw new DateTimeException("Unable to obtain Instant from TemporalAccessor: " + endExclusive);
        Instant end = (Instant) endExclusive;
        long secsDiff = Math.subtractExact(end.seconds, seconds);
        long totalNanos = Math.addExact(Math.multiplyExact(secsDiff, 1000_000_000L), end.nanos - nanos);
        return totalNanos / LocalTime.unitNanos(unit);
    }

    public boolean isAfter(Instant other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Instant other) {
        return compareTo(other) < 0;
    }

    public int compareTo(Instant otherInstant) {
        int cmp = Long.compare(seconds, otherInstant.seconds);
        if (cmp != 0) return cmp;
        return nanos - otherInstant.nanos;
    }

    public boolean equals(Object other) {
        return other instanceof Instant && seconds == ((Instant) other).seconds && nanos == ((Instant) other).nanos;
    }

    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    public String toString() {
        LocalDateTime dt = LocalDateTime.ofEpochSecond(seconds, 0);
        StringBuilder buf = new StringBuilder(32);
        buf.append(dt.toLocalDate()).append('T');
        LocalTime t = dt.toLocalTime();
        buf.append(t.getHour() < 10 ? "0" : "").append(t.getHour()).append(t.getMinute() < 10 ? ":0" : ":").append(t.getMinute())
            .append(t.getSecond() < 10 ? ":0" : ":").append(t.getSecond());
        if (nanos > 0) {
            buf.append('.');
            if (nanos % 1000_000 == 0) buf.append(Integer.toString((nanos / 1000_000) + 1000).substring(1));
            else if (nanos % 1000 == 0) buf.append(Integer.toString((nanos / 1000) + 1000_000).substring(1));
            else buf.append(Integer.toString(nanos + 1000_000_000).substring(1));
        }
        return buf.append('Z').toString();
    }
}
