package java.time;
import java.time.temporal.TemporalAmount;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** A time of day to the nanosecond, without date or zone. */
public final class LocalTime implements Temporal, TemporalAdjuster, Comparable<LocalTime>, java.io.Serializable {
    static final int HOURS_PER_DAY = 24;
    static final int MINUTES_PER_HOUR = 60;
    static final int SECONDS_PER_MINUTE = 60;
    static final int SECONDS_PER_HOUR = 3600;
    static final int SECONDS_PER_DAY = 86400;
    static final long NANOS_PER_SECOND = 1000_000_000L;
    static final long NANOS_PER_MINUTE = NANOS_PER_SECOND * 60;
    static final long NANOS_PER_HOUR = NANOS_PER_MINUTE * 60;
    static final long NANOS_PER_DAY = NANOS_PER_HOUR * 24;

    private static final LocalTime[] HOURS = new LocalTime[24];

    static {
        for (int i = 0; i < HOURS.length; i++) HOURS[i] = new LocalTime(i, 0, 0, 0);
    }

    public static final LocalTime MIDNIGHT = HOURS[0];
    public static final LocalTime NOON = HOURS[12];
    public static final LocalTime MIN = HOURS[0];
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999_999_999);

    private final byte hour;
    private final byte minute;
    private final byte second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nanoOfSecond) {
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.nano = nanoOfSecond;
    }

    private static LocalTime create(int hour, int minute, int second, int nanoOfSecond) {
        if ((minute | second | nanoOfSecond) == 0) return HOURS[hour];
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    public static LocalTime now() {
        return LocalDateTime.now().toLocalTime();
    }

    public static LocalTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalTime now(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalTime ofInstant(Instant instant, ZoneId zone) {
        java.util.Objects.requireNonNull(instant, "instant");
        java.util.Objects.requireNonNull(zone, "zone");
        ZoneOffset offset = zone.getRules().getOffset(instant);
        long localSecond = instant.getEpochSecond() + offset.getTotalSeconds();
        int secsOfDay = (int) Math.floorMod(localSecond, 86400);
        return ofNanoOfDay(secsOfDay * NANOS_PER_SECOND + instant.getNano());
    }

    public static LocalTime of(int hour, int minute) {
        LocalDate.checkField("HourOfDay", hour, 0, 23);
        LocalDate.checkField("MinuteOfHour", minute, 0, 59);
        return create(hour, minute, 0, 0);
    }

    public static LocalTime of(int hour, int minute, int second) {
        LocalDate.checkField("HourOfDay", hour, 0, 23);
        LocalDate.checkField("MinuteOfHour", minute, 0, 59);
        LocalDate.checkField("SecondOfMinute", second, 0, 59);
        return create(hour, minute, second, 0);
    }

    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        LocalDate.checkField("HourOfDay", hour, 0, 23);
        LocalDate.checkField("MinuteOfHour", minute, 0, 59);
        LocalDate.checkField("SecondOfMinute", second, 0, 59);
        LocalDate.checkField("NanoOfSecond", nanoOfSecond, 0, 999_999_999);
        return create(hour, minute, second, nanoOfSecond);
    }

    public static LocalTime ofSecondOfDay(long secondOfDay) {
        LocalDate.checkField("SecondOfDay", secondOfDay, 0, SECONDS_PER_DAY - 1);
        int hours = (int) (secondOfDay / SECONDS_PER_HOUR);
        secondOfDay -= hours * (long) SECONDS_PER_HOUR;
        int minutes = (int) (secondOfDay / SECONDS_PER_MINUTE);
        secondOfDay -= minutes * SECONDS_PER_MINUTE;
        return create(hours, minutes, (int) secondOfDay, 0);
    }

    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        LocalDate.checkField("NanoOfDay", nanoOfDay, 0, NANOS_PER_DAY - 1);
        int hours = (int) (nanoOfDay / NANOS_PER_HOUR);
        nanoOfDay -= hours * NANOS_PER_HOUR;
        int minutes = (int) (nanoOfDay / NANOS_PER_MINUTE);
        nanoOfDay -= minutes * NANOS_PER_MINUTE;
        int seconds = (int) (nanoOfDay / NANOS_PER_SECOND);
        nanoOfDay -= seconds * NANOS_PER_SECOND;
        return create(hours, minutes, seconds, (int) nanoOfDay);
    }

    public static LocalTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    public static LocalTime parse(CharSequence text, DateTimeFormatter formatter) {
        java.util.Objects.requireNonNull(formatter, "formatter");
        return formatter.parse(text, new java.time.temporal.TemporalQuery<LocalTime>() {
            public LocalTime queryFrom(TemporalAccessor temporal) {
                return LocalTime.from(temporal);
            }
        });
    }

    // ---- fields ---------------------------------------------------------------------

    public static LocalTime from(TemporalAccessor temporal) {
        java.util.Objects.requireNonNull(temporal, "temporal");
        if (temporal instanceof LocalTime) return (LocalTime) temporal;
        if (temporal instanceof LocalDateTime) return ((LocalDateTime) temporal).toLocalTime();
        if (!(temporal instanceof Instant) && temporal.isSupported(ChronoField.NANO_OF_DAY))
            return ofNanoOfDay(temporal.getLong(ChronoField.NANO_OF_DAY));
        throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + temporal
            + " of type " + temporal.getClass().getName());
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field.isTimeBased();
        return field != null && field.isSupportedBy(this);
    }

    public int get(TemporalField field) {
        if (field == ChronoField.NANO_OF_DAY || field == ChronoField.MICRO_OF_DAY)
            throw new UnsupportedTemporalTypeException("Invalid field '" + field + "' for get() method, use getLong() instead");
        if (field instanceof ChronoField) return (int) getLong(field);
        return Temporal.super.get(field);
    }

    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField)) return field.getFrom(this);
        switch ((ChronoField) field) {
            case NANO_OF_SECOND: return nano;
            case NANO_OF_DAY: return toNanoOfDay();
            case MICRO_OF_SECOND: return nano / 1000;
            case MICRO_OF_DAY: return toNanoOfDay() / 1000;
            case MILLI_OF_SECOND: return nano / 1000_000;
            case MILLI_OF_DAY: return toNanoOfDay() / 1000_000;
            case SECOND_OF_MINUTE: return second;
            case SECOND_OF_DAY: return toSecondOfDay();
            case MINUTE_OF_HOUR: return minute;
            case MINUTE_OF_DAY: return hour * 60 + minute;
            case HOUR_OF_AMPM: return hour % 12;
            case CLOCK_HOUR_OF_AMPM: { int ham = hour % 12; return (ham % 12 == 0 ? 12 : ham); }
            case HOUR_OF_DAY: return hour;
            case CLOCK_HOUR_OF_DAY: return (hour == 0 ? 24 : hour);
            case AMPM_OF_DAY: return hour / 12;
            default: throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public LocalTime with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField) || !field.isTimeBased())
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        ChronoField f = (ChronoField) field;
        f.checkValidValue(newValue);
        switch (f) {
            case NANO_OF_SECOND: return withNano((int) newValue);
            case NANO_OF_DAY: return LocalTime.ofNanoOfDay(newValue);
            case MICRO_OF_SECOND: return withNano((int) newValue * 1000);
            case MICRO_OF_DAY: return LocalTime.ofNanoOfDay(newValue * 1000);
            case MILLI_OF_SECOND: return withNano((int) newValue * 1000_000);
            case MILLI_OF_DAY: return LocalTime.ofNanoOfDay(newValue * 1000_000);
            case SECOND_OF_MINUTE: return withSecond((int) newValue);
            case SECOND_OF_DAY: return plusSeconds(newValue - toSecondOfDay());
            case MINUTE_OF_HOUR: return withMinute((int) newValue);
            case MINUTE_OF_DAY: return plusMinutes(newValue - (hour * 60 + minute));
            case HOUR_OF_AMPM: return plusHours(newValue - (hour % 12));
            case CLOCK_HOUR_OF_AMPM: return plusHours((newValue == 12 ? 0 : newValue) - (hour % 12));
            case HOUR_OF_DAY: return withHour((int) newValue);
            case CLOCK_HOUR_OF_DAY: return withHour((int) (newValue == 24 ? 0 : newValue));
            default: return plusHours((newValue - (hour / 12)) * 12);
        }
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public int getSecond() {
        return second;
    }

    public int getNano() {
        return nano;
    }

    public LocalTime withHour(int hour) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withMinute(int minute) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withSecond(int second) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withNano(int nanoOfSecond) {
        return of(hour, minute, second, nanoOfSecond);
    }

    public LocalTime truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) return this;
        if (unit == ChronoUnit.DAYS) return MIDNIGHT;
        long dur = unitNanos(unit);
        long nod = toNanoOfDay();
        return ofNanoOfDay((nod / dur) * dur);
    }

    static long unitNanos(TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        switch ((ChronoUnit) unit) {
            case NANOS: return 1;
            case MICROS: return 1000;
            case MILLIS: return 1000_000;
            case SECONDS: return NANOS_PER_SECOND;
            case MINUTES: return NANOS_PER_MINUTE;
            case HOURS: return NANOS_PER_HOUR;
            case HALF_DAYS: return NANOS_PER_HOUR * 12;
            case DAYS: return NANOS_PER_DAY;
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDateTime) return ((LocalDateTime) temporal).with(this);
        return this;
    }

    public LocalTime with(TemporalAdjuster adjuster) {
        return (LocalTime) adjuster.adjustInto(this);
    }

    public LocalTime plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amountToAdd);
            case MICROS: return plusNanos((amountToAdd % 86400_000_000L) * 1000);
            case MILLIS: return plusNanos((amountToAdd % 86400_000L) * 1000_000);
            case SECONDS: return plusSeconds(amountToAdd);
            case MINUTES: return plusMinutes(amountToAdd);
            case HOURS: return plusHours(amountToAdd);
            case HALF_DAYS: return plusHours((amountToAdd % 2) * 12);
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalTime plus(TemporalAmount amountToAdd) {
        if (amountToAdd instanceof Duration) return plusNanos(((Duration) amountToAdd).toNanosWrapped());
        java.util.Objects.requireNonNull(amountToAdd, "amountToAdd");
        return (LocalTime) amountToAdd.addTo(this);
    }

    public LocalTime minus(TemporalAmount amountToSubtract) {
        if (amountToSubtract instanceof Duration) return plusNanos(-((Duration) amountToSubtract).toNanosWrapped());
        java.util.Objects.requireNonNull(amountToSubtract, "amountToSubtract");
        return (LocalTime) amountToSubtract.subtractFrom(this);
    }

    public LocalTime minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    public LocalTime plusHours(long hoursToAdd) {
        if (hoursToAdd == 0) return this;
        int newHour = ((int) (hoursToAdd % HOURS_PER_DAY) + hour + HOURS_PER_DAY) % HOURS_PER_DAY;
        return create(newHour, minute, second, nano);
    }

    public LocalTime plusMinutes(long minutesToAdd) {
        if (minutesToAdd == 0) return this;
        int mofd = hour * MINUTES_PER_HOUR + minute;
        int newMofd = ((int) (minutesToAdd % 1440) + mofd + 1440) % 1440;
        if (mofd == newMofd) return this;
        return create(newMofd / MINUTES_PER_HOUR, newMofd % MINUTES_PER_HOUR, second, nano);
    }

    public LocalTime plusSeconds(long secondstoAdd) {
        if (secondstoAdd == 0) return this;
        int sofd = hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second;
        int newSofd = ((int) (secondstoAdd % SECONDS_PER_DAY) + sofd + SECONDS_PER_DAY) % SECONDS_PER_DAY;
        if (sofd == newSofd) return this;
        return create(newSofd / SECONDS_PER_HOUR, (newSofd / SECONDS_PER_MINUTE) % MINUTES_PER_HOUR,
                      newSofd % SECONDS_PER_MINUTE, nano);
    }

    public LocalTime plusNanos(long nanosToAdd) {
        if (nanosToAdd == 0) return this;
        long nofd = toNanoOfDay();
        long newNofd = ((nanosToAdd % NANOS_PER_DAY) + nofd + NANOS_PER_DAY) % NANOS_PER_DAY;
        if (nofd == newNofd) return this;
        return ofNanoOfDay(newNofd);
    }

    public LocalTime minusHours(long hours) {
        return plusHours(-(hours % HOURS_PER_DAY));
    }

    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-(minutes % 1440));
    }

    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-(seconds % SECONDS_PER_DAY));
    }

    public LocalTime minusNanos(long nanos) {
        return plusNanos(-(nanos % NANOS_PER_DAY));
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end;
        if (endExclusive instanceof LocalTime) end = (LocalTime) endExclusive;
        else if (endExclusive instanceof LocalDateTime) end = ((LocalDateTime) endExclusive).toLocalTime();
        else throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + endExclusive);
        long nanosUntil = end.toNanoOfDay() - toNanoOfDay();
        return nanosUntil / unitNanos(unit);
    }

    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    public int toSecondOfDay() {
        return hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second;
    }

    public long toNanoOfDay() {
        long total = hour * NANOS_PER_HOUR;
        total += minute * NANOS_PER_MINUTE;
        total += second * NANOS_PER_SECOND;
        total += nano;
        return total;
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public int compareTo(LocalTime other) {
        int cmp = Integer.compare(hour, other.hour);
        if (cmp == 0) {
            cmp = Integer.compare(minute, other.minute);
            if (cmp == 0) {
                cmp = Integer.compare(second, other.second);
                if (cmp == 0) cmp = Integer.compare(nano, other.nano);
            }
        }
        return cmp;
    }

    public boolean isAfter(LocalTime other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(LocalTime other) {
        return compareTo(other) < 0;
    }

    public boolean equals(Object obj) {
        return obj instanceof LocalTime && compareTo((LocalTime) obj) == 0;
    }

    public int hashCode() {
        long nod = toNanoOfDay();
        return (int) (nod ^ (nod >>> 32));
    }

    public String toString() {
        StringBuilder buf = new StringBuilder(18);
        int hourValue = hour, minuteValue = minute, secondValue = second, nanoValue = nano;
        buf.append(hourValue < 10 ? "0" : "").append(hourValue).append(minuteValue < 10 ? ":0" : ":").append(minuteValue);
        if (secondValue > 0 || nanoValue > 0) {
            buf.append(secondValue < 10 ? ":0" : ":").append(secondValue);
            if (nanoValue > 0) {
                buf.append('.');
                if (nanoValue % 1000_000 == 0) buf.append(Integer.toString((nanoValue / 1000_000) + 1000).substring(1));
                else if (nanoValue % 1000 == 0) buf.append(Integer.toString((nanoValue / 1000) + 1000_000).substring(1));
                else buf.append(Integer.toString((nanoValue) + 1000_000_000).substring(1));
            }
        }
        return buf.toString();
    }
}
