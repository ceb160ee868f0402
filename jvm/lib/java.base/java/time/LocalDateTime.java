package java.time;
import java.time.chrono.ChronoLocalDateTime;
import java.time.temporal.TemporalAmount;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.ValueRange;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** A date and time of day, without zone. */
public final class LocalDateTime implements ChronoLocalDateTime<LocalDate>, java.io.Serializable {
    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    /** Offset of local time from UTC in seconds at the given instant (TZ / /etc/localtime). */
    static native int offsetSeconds0(long epochSecond);

    public static LocalDateTime now() {
        long millis = System.currentTimeMillis();
        long secs = Math.floorDiv(millis, 1000);
        int nanos = (int) Math.floorMod(millis, 1000) * 1000_000;
        return ofEpochSecond(secs + offsetSeconds0(secs), nanos);
    }

    public static LocalDateTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDateTime now(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDateTime ofInstant(Instant instant, ZoneId zone) {
        java.util.Objects.requireNonNull(instant, "instant");
        java.util.Objects.requireNonNull(zone, "zone");
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
    }

    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        java.util.Objects.requireNonNull(offset, "offset");
        ChronoField.NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        return ofEpochSecond(epochSecond + offset.getTotalSeconds(), nanoOfSecond);
    }

    public long toEpochSecond(ZoneOffset offset) {
        java.util.Objects.requireNonNull(offset, "offset");
        long secs = date.toEpochDay() * 86400 + time.toSecondOfDay();
        return secs - offset.getTotalSeconds();
    }

    public Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), time.getNano());
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.of(this, zone);
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.of(this, offset);
    }

    static LocalDateTime ofEpochSecond(long localSecond, int nanoOfSecond) {
        long localEpochDay = Math.floorDiv(localSecond, LocalTime.SECONDS_PER_DAY);
        int secsOfDay = (int) Math.floorMod(localSecond, LocalTime.SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(localEpochDay);
        LocalTime time = LocalTime.ofNanoOfDay(secsOfDay * LocalTime.NANOS_PER_SECOND + nanoOfSecond);
        return new LocalDateTime(date, time);
    }

    public static LocalDateTime of(int year, Month month, int dayOfMonth, int hour, int minute) {
        return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute) {
        return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second) {
        return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, Month month, int dayOfMonth, int hour, int minute, int second) {
        return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second, int nano) {
        return new LocalDateTime(LocalDate.of(year, month, dayOfMonth), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(LocalDate date, LocalTime time) {
        if (date == null || time == null) throw new NullPointerException();
        return new LocalDateTime(date, time);
    }

    public static LocalDateTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        java.util.Objects.requireNonNull(formatter, "formatter");
        return formatter.parse(text, new java.time.temporal.TemporalQuery<LocalDateTime>() {
            public LocalDateTime queryFrom(TemporalAccessor temporal) {
                return LocalDateTime.from(temporal);
            }
        });
    }

    private LocalDateTime with(LocalDate newDate, LocalTime newTime) {
        if (date == newDate && time == newTime) return this;
        return new LocalDateTime(newDate, newTime);
    }

    // ---- fields ---------------------------------------------------------------------

    public static LocalDateTime from(TemporalAccessor temporal) {
        java.util.Objects.requireNonNull(temporal, "temporal");
        if (temporal instanceof LocalDateTime) return (LocalDateTime) temporal;
        try {
            LocalDate date = LocalDate.from(temporal);
            LocalTime time = LocalTime.from(temporal);
            return new LocalDateTime(date, time);
        } catch (DateTimeException ex) {
            throw new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + temporal
                + " of type " + temporal.getClass().getName(), ex);
        }
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field.isDateBased() || field.isTimeBased();
        return field != null && field.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field instanceof ChronoField) return field.isTimeBased() ? time.range(field) : date.range(field);
        return field.range();
    }

    public int get(TemporalField field) {
        if (field instanceof ChronoField) return field.isTimeBased() ? time.get(field) : date.get(field);
        return ChronoLocalDateTime.super.get(field);
    }

    public long getLong(TemporalField field) {
        if (field instanceof ChronoField) return field.isTimeBased() ? time.getLong(field) : date.getLong(field);
        return field.getFrom(this);
    }

    public LocalDateTime with(TemporalField field, long newValue) {
        if (field instanceof ChronoField && field.isTimeBased()) return with(date, time.with(field, newValue));
        return with(date.with(field, newValue), time);
    }

    public LocalDate toLocalDate() {
        return date;
    }

    public LocalTime toLocalTime() {
        return time;
    }

    public int getYear() {
        return date.getYear();
    }

    public int getMonthValue() {
        return date.getMonthValue();
    }

    public Month getMonth() {
        return date.getMonth();
    }

    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    public int getDayOfYear() {
        return date.getDayOfYear();
    }

    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    public int getHour() {
        return time.getHour();
    }

    public int getMinute() {
        return time.getMinute();
    }

    public int getSecond() {
        return time.getSecond();
    }

    public int getNano() {
        return time.getNano();
    }

    public Temporal adjustInto(Temporal temporal) {
        return this;
    }

    public LocalDateTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) return with((LocalDate) adjuster, time);
        if (adjuster instanceof LocalTime) return with(date, (LocalTime) adjuster);
        return (LocalDateTime) adjuster.adjustInto(this);
    }

    public LocalDateTime withYear(int year) {
        return with(date.withYear(year), time);
    }

    public LocalDateTime withMonth(int month) {
        return with(date.withMonth(month), time);
    }

    public LocalDateTime withDayOfMonth(int dayOfMonth) {
        return with(date.withDayOfMonth(dayOfMonth), time);
    }

    public LocalDateTime withHour(int hour) {
        return with(date, time.withHour(hour));
    }

    public LocalDateTime withMinute(int minute) {
        return with(date, time.withMinute(minute));
    }

    public LocalDateTime withSecond(int second) {
        return with(date, time.withSecond(second));
    }

    public LocalDateTime withNano(int nanoOfSecond) {
        return with(date, time.withNano(nanoOfSecond));
    }

    public LocalDateTime truncatedTo(TemporalUnit unit) {
        return with(date, time.truncatedTo(unit));
    }

    public LocalDateTime plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        ChronoUnit f = (ChronoUnit) unit;
        switch (f) {
            case NANOS: return plusNanos(amountToAdd);
            case MICROS: return plusDays(amountToAdd / 86400_000_000L).plusNanos((amountToAdd % 86400_000_000L) * 1000);
            case MILLIS: return plusDays(amountToAdd / 86400_000L).plusNanos((amountToAdd % 86400_000L) * 1000_000);
            case SECONDS: return plusSeconds(amountToAdd);
            case MINUTES: return plusMinutes(amountToAdd);
            case HOURS: return plusHours(amountToAdd);
            case HALF_DAYS: return plusDays(amountToAdd / 256).plusHours((amountToAdd % 256) * 12);
            default: return with(date.plus(amountToAdd, unit), time);
        }
    }

    public LocalDateTime plus(TemporalAmount amountToAdd) {
        if (amountToAdd instanceof Period) return with(date.plus(amountToAdd), time);
        java.util.Objects.requireNonNull(amountToAdd, "amountToAdd");
        return (LocalDateTime) amountToAdd.addTo(this);
    }

    public LocalDateTime minus(TemporalAmount amountToSubtract) {
        if (amountToSubtract instanceof Period) return with(date.minus(amountToSubtract), time);
        java.util.Objects.requireNonNull(amountToSubtract, "amountToSubtract");
        return (LocalDateTime) amountToSubtract.subtractFrom(this);
    }

    public LocalDateTime minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    public LocalDateTime plusYears(long years) {
        return with(date.plusYears(years), time);
    }

    public LocalDateTime plusMonths(long months) {
        return with(date.plusMonths(months), time);
    }

    public LocalDateTime plusWeeks(long weeks) {
        return with(date.plusWeeks(weeks), time);
    }

    public LocalDateTime plusDays(long days) {
        return with(date.plusDays(days), time);
    }

    public LocalDateTime plusHours(long hours) {
        return plusWithOverflow(date, hours, 0, 0, 0, 1);
    }

    public LocalDateTime plusMinutes(long minutes) {
        return plusWithOverflow(date, 0, minutes, 0, 0, 1);
    }

    public LocalDateTime plusSeconds(long seconds) {
        return plusWithOverflow(date, 0, 0, seconds, 0, 1);
    }

    public LocalDateTime plusNanos(long nanos) {
        return plusWithOverflow(date, 0, 0, 0, nanos, 1);
    }

    public LocalDateTime minusYears(long years) {
        return plusYears(-years);
    }

    public LocalDateTime minusMonths(long months) {
        return plusMonths(-months);
    }

    public LocalDateTime minusWeeks(long weeks) {
        return plusWeeks(-weeks);
    }

    public LocalDateTime minusDays(long days) {
        return plusDays(-days);
    }

    public LocalDateTime minusHours(long hours) {
        return plusWithOverflow(date, hours, 0, 0, 0, -1);
    }

    public LocalDateTime minusMinutes(long minutes) {
        return plusWithOverflow(date, 0, minutes, 0, 0, -1);
    }

    public LocalDateTime minusSeconds(long seconds) {
        return plusWithOverflow(date, 0, 0, seconds, 0, -1);
    }

    public LocalDateTime minusNanos(long nanos) {
        return plusWithOverflow(date, 0, 0, 0, nanos, -1);
    }

    private LocalDateTime plusWithOverflow(LocalDate newDate, long hours, long minutes, long seconds, long nanos, int sign) {
        if ((hours | minutes | seconds | nanos) == 0) return with(newDate, time);
        long totDays = nanos / LocalTime.NANOS_PER_DAY + seconds / LocalTime.SECONDS_PER_DAY + minutes / 1440 + hours / 24;
        totDays *= sign;
        long totNanos = nanos % LocalTime.NANOS_PER_DAY + (seconds % LocalTime.SECONDS_PER_DAY) * LocalTime.NANOS_PER_SECOND
            + (minutes % 1440) * LocalTime.NANOS_PER_MINUTE + (hours % 24) * LocalTime.NANOS_PER_HOUR;
        long curNoD = time.toNanoOfDay();
        totNanos = totNanos * sign + curNoD;
        totDays += Math.floorDiv(totNanos, LocalTime.NANOS_PER_DAY);
        long newNoD = Math.floorMod(totNanos, LocalTime.NANOS_PER_DAY);
        LocalTime newTime = (newNoD == curNoD ? time : LocalTime.ofNanoOfDay(newNoD));
        return with(newDate.plusDays(totDays), newTime);
    }

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDateTime end;
        if (endExclusive instanceof LocalDateTime) end = (LocalDateTime) endExclusive;
        else throw new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + endExclusive);
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        if (unit.isTimeBased()) {
            long amount = date.daysUntil(end.date);
            if (amount == 0) return time.until(end.time, unit);
            long timePart = end.time.toNanoOfDay() - time.toNanoOfDay();
            if (amount > 0) {
                amount--;
                timePart += LocalTime.NANOS_PER_DAY;
            } else {
                amount++;
                timePart -= LocalTime.NANOS_PER_DAY;
            }
            long unitNanos = LocalTime.unitNanos(unit);
            long perDay = LocalTime.NANOS_PER_DAY / unitNanos;
            return Math.addExact(Math.multiplyExact(amount, perDay), timePart / unitNanos);
        }
        LocalDate endDate = end.date;
        if (endDate.isAfter(date) && end.time.isBefore(time)) endDate = endDate.minusDays(1);
        else if (endDate.isBefore(date) && end.time.isAfter(time)) endDate = endDate.plusDays(1);
        return date.until(endDate, unit);
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public int compareTo(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime) return compareTo0((LocalDateTime) other);
        return ChronoLocalDateTime.super.compareTo(other);
    }

    private int compareTo0(LocalDateTime other) {
        int cmp = date.compareTo(other.date);
        if (cmp == 0) cmp = time.compareTo(other.time);
        return cmp;
    }

    public boolean isAfter(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime) return compareTo0((LocalDateTime) other) > 0;
        return ChronoLocalDateTime.super.isAfter(other);
    }

    public boolean isBefore(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime) return compareTo0((LocalDateTime) other) < 0;
        return ChronoLocalDateTime.super.isBefore(other);
    }

    public boolean isEqual(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime) return compareTo0((LocalDateTime) other) == 0;
        return ChronoLocalDateTime.super.isEqual(other);
    }

    public boolean equals(Object obj) {
        return obj instanceof LocalDateTime && date.equals(((LocalDateTime) obj).date)
            && time.equals(((LocalDateTime) obj).time);
    }

    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    public String toString() {
        return date.toString() + 'T' + time.toString();
    }
}
