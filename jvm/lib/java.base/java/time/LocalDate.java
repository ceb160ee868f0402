package java.time;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.TemporalAmount;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.ValueRange;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** A date in the proleptic Gregorian calendar (ISO-8601), without time or zone. */
public final class LocalDate implements ChronoLocalDate, java.io.Serializable {
    public static final LocalDate MIN = new LocalDate(Year.MIN_VALUE, 1, 1);
    public static final LocalDate MAX = new LocalDate(Year.MAX_VALUE, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    static final int DAYS_PER_CYCLE = 146097;
    static final long DAYS_0000_TO_1970 = (DAYS_PER_CYCLE * 5L) - (30L * 365L + 7L);

    private final int year;
    private final short month;
    private final short day;

    private LocalDate(int year, int month, int dayOfMonth) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) dayOfMonth;
    }

    static void checkField(String name, long value, long min, long max) {
        if (value < min || value > max)
            throw new DateTimeException("Invalid value for " + name + " (valid values " + min + " - " + max + "): " + value);
    }

    public static LocalDate now() {
        return LocalDateTime.now().toLocalDate();
    }

    public static LocalDate now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDate now(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDate ofInstant(Instant instant, ZoneId zone) {
        java.util.Objects.requireNonNull(instant, "instant");
        java.util.Objects.requireNonNull(zone, "zone");
        ZoneOffset offset = zone.getRules().getOffset(instant);
        long localSecond = instant.getEpochSecond() + offset.getTotalSeconds();
        return ofEpochDay(Math.floorDiv(localSecond, 86400));
    }

    public ZonedDateTime atStartOfDay(ZoneId zone) {
        java.util.Objects.requireNonNull(zone, "zone");
        LocalDateTime ldt = atTime(LocalTime.MIDNIGHT);
        if (!(zone instanceof ZoneOffset)) {
            java.time.zone.ZoneOffsetTransition trans = zone.getRules().getTransition(ldt);
            if (trans != null && trans.isGap()) ldt = trans.getDateTimeAfter();
        }
        return ZonedDateTime.of(ldt, zone);
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        return of(year, month.getValue(), dayOfMonth);
    }

    public static LocalDate of(int year, int month, int dayOfMonth) {
        checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE);
        checkField("MonthOfYear", month, 1, 12);
        if (dayOfMonth < 1 || dayOfMonth > 31)
            throw new DateTimeException("Invalid value for DayOfMonth (valid values 1 - 28/31): " + dayOfMonth);
        return create(year, month, dayOfMonth);
    }

    private static LocalDate create(int year, int month, int dayOfMonth) {
        if (dayOfMonth > 28) {
            int dom = Month.of(month).length(Year.isLeap(year));
            if (dayOfMonth > dom) {
                if (dayOfMonth == 29)
                    throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
                throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
            }
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    public static LocalDate ofYearDay(int year, int dayOfYear) {
        checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE);
        checkField("DayOfYear", dayOfYear, 1, 366);
        boolean leap = Year.isLeap(year);
        if (dayOfYear == 366 && !leap)
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        Month moy = Month.of((dayOfYear - 1) / 31 + 1);
        int monthEnd = moy.firstDayOfYear(leap) + moy.length(leap) - 1;
        if (dayOfYear > monthEnd) moy = moy.plus(1);
        int dom = dayOfYear - moy.firstDayOfYear(leap) + 1;
        return new LocalDate(year, moy.getValue(), dom);
    }

    public static LocalDate ofEpochDay(long epochDay) {
        checkField("EpochDay", epochDay, -365243219162L, 365241780471L);
        long zeroDay = epochDay + DAYS_0000_TO_1970;
        zeroDay -= 60;      // years start in March, so the leap day is last
        long adjust = 0;
        if (zeroDay < 0) {
            long adjustCycles = (zeroDay + 1) / DAYS_PER_CYCLE - 1;
            adjust = adjustCycles * 400;
            zeroDay += -adjustCycles * DAYS_PER_CYCLE;
        }
        long yearEst = (400 * zeroDay + 591) / DAYS_PER_CYCLE;
        long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
        if (doyEst < 0) {
            yearEst--;
            doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
        }
        yearEst += adjust;
        int marchDoy0 = (int) doyEst;
        int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
        int month = (marchMonth0 + 2) % 12 + 1;
        int dom = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
        yearEst += marchMonth0 / 10;
        return new LocalDate((int) yearEst, month, dom);
    }

    public static LocalDate parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {
        java.util.Objects.requireNonNull(formatter, "formatter");
        return formatter.parse(text, new java.time.temporal.TemporalQuery<LocalDate>() {
            public LocalDate queryFrom(TemporalAccessor temporal) {
                return LocalDate.from(temporal);
            }
        });
    }

    private static LocalDate resolvePreviousValid(int year, int month, int day) {
        switch (month) {
            case 2:
                day = Math.min(day, Year.isLeap(year) ? 29 : 28);
                break;
            case 4: case 6: case 9: case 11:
                day = Math.min(day, 30);
                break;
            default:
        }
        return new LocalDate(year, month, day);
    }

    // ---- fields ----------------------------------------------------------------------

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public int getDayOfMonth() {
        return day;
    }

    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    public DayOfWeek getDayOfWeek() {
        int dow0 = (int) Math.floorMod(toEpochDay() + 3, 7);
        return DayOfWeek.of(dow0 + 1);
    }

    public boolean isLeapYear() {
        return Year.isLeap(year);
    }

    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    // ---- fields ---------------------------------------------------------------------

    public static LocalDate from(TemporalAccessor temporal) {
        java.util.Objects.requireNonNull(temporal, "temporal");
        if (temporal instanceof LocalDate) return (LocalDate) temporal;
        if (temporal instanceof LocalDateTime) return ((LocalDateTime) temporal).toLocalDate();
        if (!(temporal instanceof Instant) && temporal.isSupported(ChronoField.EPOCH_DAY))
            return ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
        throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + temporal
            + " of type " + temporal.getClass().getName());
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field.isDateBased();
        return field != null && field.isSupportedBy(this);
    }

    public ValueRange range(TemporalField field) {
        if (field instanceof ChronoField) {
            ChronoField f = (ChronoField) field;
            if (f.isDateBased()) {
                switch (f) {
                    case DAY_OF_MONTH: return ValueRange.of(1, lengthOfMonth());
                    case DAY_OF_YEAR: return ValueRange.of(1, lengthOfYear());
                    case ALIGNED_WEEK_OF_MONTH:
                        return ValueRange.of(1, getMonth() == Month.FEBRUARY && !isLeapYear() ? 4 : 5);
                    case YEAR_OF_ERA:
                        return (year <= 0 ? ValueRange.of(1, Year.MAX_VALUE + 1) : ValueRange.of(1, Year.MAX_VALUE));
                    default: return field.range();
                }
            }
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.range();
    }

    public int get(TemporalField field) {
        if (field == ChronoField.EPOCH_DAY || field == ChronoField.PROLEPTIC_MONTH)
            throw new UnsupportedTemporalTypeException("Invalid field '" + field + "' for get() method, use getLong() instead");
        if (field instanceof ChronoField) return (int) getLong(field);
        return ChronoLocalDate.super.get(field);
    }

    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField)) return field.getFrom(this);
        switch ((ChronoField) field) {
            case DAY_OF_WEEK: return getDayOfWeek().getValue();
            case ALIGNED_DAY_OF_WEEK_IN_MONTH: return ((day - 1) % 7) + 1;
            case ALIGNED_DAY_OF_WEEK_IN_YEAR: return ((getDayOfYear() - 1) % 7) + 1;
            case DAY_OF_MONTH: return day;
            case DAY_OF_YEAR: return getDayOfYear();
            case EPOCH_DAY: return toEpochDay();
            case ALIGNED_WEEK_OF_MONTH: return ((day - 1) / 7) + 1;
            case ALIGNED_WEEK_OF_YEAR: return ((getDayOfYear() - 1) / 7) + 1;
            case MONTH_OF_YEAR: return month;
            case PROLEPTIC_MONTH: return getProlepticMonth();
            case YEAR_OF_ERA: return (year >= 1 ? year : 1 - year);
            case YEAR: return year;
            case ERA: return (year >= 1 ? 1 : 0);
            default: throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    public LocalDate with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField)) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        ChronoField f = (ChronoField) field;
        if (!f.isDateBased()) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        f.checkValidValue(newValue);
        switch (f) {
            case DAY_OF_WEEK: return plusDays(newValue - getDayOfWeek().getValue());
            case ALIGNED_DAY_OF_WEEK_IN_MONTH: return plusDays(newValue - getLong(ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH));
            case ALIGNED_DAY_OF_WEEK_IN_YEAR: return plusDays(newValue - getLong(ChronoField.ALIGNED_DAY_OF_WEEK_IN_YEAR));
            case DAY_OF_MONTH: return withDayOfMonth((int) newValue);
            case DAY_OF_YEAR: return withDayOfYear((int) newValue);
            case EPOCH_DAY: return LocalDate.ofEpochDay(newValue);
            case ALIGNED_WEEK_OF_MONTH: return plusWeeks(newValue - getLong(ChronoField.ALIGNED_WEEK_OF_MONTH));
            case ALIGNED_WEEK_OF_YEAR: return plusWeeks(newValue - getLong(ChronoField.ALIGNED_WEEK_OF_YEAR));
            case MONTH_OF_YEAR: return withMonth((int) newValue);
            case PROLEPTIC_MONTH: return plusMonths(newValue - getProlepticMonth());
            case YEAR_OF_ERA: return withYear((int) (year >= 1 ? newValue : 1 - newValue));
            case YEAR: return withYear((int) newValue);
            default: return (getLong(ChronoField.ERA) == newValue ? this : withYear(1 - year));
        }
    }

    long getProlepticMonth() {
        return year * 12L + month - 1;
    }

    // ---- with / plus / minus ---------------------------------------------------------

    public LocalDate with(TemporalAdjuster adjuster) {
        return (LocalDate) adjuster.adjustInto(this);
    }

    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDateTime) return ((LocalDateTime) temporal).with(this);
        return this;
    }

    public LocalDate withYear(int year) {
        if (this.year == year) return this;
        checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE);
        return resolvePreviousValid(year, month, day);
    }

    public LocalDate withMonth(int month) {
        if (this.month == month) return this;
        checkField("MonthOfYear", month, 1, 12);
        return resolvePreviousValid(year, month, day);
    }

    public LocalDate withDayOfMonth(int dayOfMonth) {
        if (this.day == dayOfMonth) return this;
        return of(year, month, dayOfMonth);
    }

    public LocalDate withDayOfYear(int dayOfYear) {
        if (getDayOfYear() == dayOfYear) return this;
        return ofYearDay(year, dayOfYear);
    }

    public LocalDate plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        switch ((ChronoUnit) unit) {
            case DAYS: return plusDays(amountToAdd);
            case WEEKS: return plusWeeks(amountToAdd);
            case MONTHS: return plusMonths(amountToAdd);
            case YEARS: return plusYears(amountToAdd);
            case DECADES: return plusYears(Math.multiplyExact(amountToAdd, 10));
            case CENTURIES: return plusYears(Math.multiplyExact(amountToAdd, 100));
            case MILLENNIA: return plusYears(Math.multiplyExact(amountToAdd, 1000));
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalDate plus(TemporalAmount amountToAdd) {
        if (amountToAdd instanceof Period) {
            Period p = (Period) amountToAdd;
            return plusMonths(p.toTotalMonths()).plusDays(p.getDays());
        }
        java.util.Objects.requireNonNull(amountToAdd, "amountToAdd");
        return (LocalDate) amountToAdd.addTo(this);
    }

    public LocalDate minus(TemporalAmount amountToSubtract) {
        if (amountToSubtract instanceof Period) {
            Period p = (Period) amountToSubtract;
            return minusMonths(p.toTotalMonths()).minusDays(p.getDays());
        }
        java.util.Objects.requireNonNull(amountToSubtract, "amountToSubtract");
        return (LocalDate) amountToSubtract.subtractFrom(this);
    }

    public LocalDate minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    public LocalDate plusYears(long yearsToAdd) {
        if (yearsToAdd == 0) return this;
        long newYear = year + yearsToAdd;
        checkField("Year", newYear, Year.MIN_VALUE, Year.MAX_VALUE);
        return resolvePreviousValid((int) newYear, month, day);
    }

    public LocalDate plusMonths(long monthsToAdd) {
        if (monthsToAdd == 0) return this;
        long monthCount = year * 12L + (month - 1);
        long calcMonths = monthCount + monthsToAdd;
        long newYear = Math.floorDiv(calcMonths, 12);
        checkField("Year", newYear, Year.MIN_VALUE, Year.MAX_VALUE);
        int newMonth = (int) Math.floorMod(calcMonths, 12) + 1;
        return resolvePreviousValid((int) newYear, newMonth, day);
    }

    public LocalDate plusWeeks(long weeksToAdd) {
        return plusDays(Math.multiplyExact(weeksToAdd, 7));
    }

    public LocalDate plusDays(long daysToAdd) {
        if (daysToAdd == 0) return this;
        return ofEpochDay(Math.addExact(toEpochDay(), daysToAdd));
    }

    public LocalDate minusYears(long years) {
        return plusYears(-years);
    }

    public LocalDate minusMonths(long months) {
        return plusMonths(-months);
    }

    public LocalDate minusWeeks(long weeks) {
        return plusWeeks(-weeks);
    }

    public LocalDate minusDays(long days) {
        return plusDays(-days);
    }

    // ---- differences -------------------------------------------------------------------

    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end;
        if (endExclusive instanceof LocalDate) end = (LocalDate) endExclusive;
        else if (endExclusive instanceof LocalDateTime) end = ((LocalDateTime) endExclusive).toLocalDate();
        else throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + endExclusive);
        if (!(unit instanceof ChronoUnit)) throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        switch ((ChronoUnit) unit) {
            case DAYS: return daysUntil(end);
            case WEEKS: return daysUntil(end) / 7;
            case MONTHS: return monthsUntil(end);
            case YEARS: return monthsUntil(end) / 12;
            case DECADES: return monthsUntil(end) / 120;
            case CENTURIES: return monthsUntil(end) / 1200;
            case MILLENNIA: return monthsUntil(end) / 12000;
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    long daysUntil(LocalDate end) {
        return end.toEpochDay() - toEpochDay();
    }

    private long monthsUntil(LocalDate end) {
        long packed1 = getProlepticMonth() * 32L + getDayOfMonth();
        long packed2 = end.getProlepticMonth() * 32L + end.getDayOfMonth();
        return (packed2 - packed1) / 32;
    }

    public Period until(ChronoLocalDate endDateExclusive) {
        LocalDate end = LocalDate.from(endDateExclusive);
        long totalMonths = end.getProlepticMonth() - this.getProlepticMonth();
        int days = end.day - this.day;
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
            LocalDate calcDate = this.plusMonths(totalMonths);
            days = (int) (end.toEpochDay() - calcDate.toEpochDay());
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
            days -= end.lengthOfMonth();
        }
        long years = totalMonths / 12;
        int months = (int) (totalMonths % 12);
        return Period.of(Math.toIntExact(years), months, days);
    }

    public long toEpochDay() {
        long y = year;
        long m = month;
        long total = 0;
        total += 365 * y;
        if (y >= 0) total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        else total -= y / -4 - y / -100 + y / -400;
        total += ((367 * m - 362) / 12);
        total += day - 1;
        if (m > 2) {
            total--;
            if (!isLeapYear()) total--;
        }
        return total - DAYS_0000_TO_1970;
    }

    // ---- combining ------------------------------------------------------------------

    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    public LocalDateTime atTime(int hour, int minute) {
        return atTime(LocalTime.of(hour, minute));
    }

    public LocalDateTime atTime(int hour, int minute, int second) {
        return atTime(LocalTime.of(hour, minute, second));
    }

    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    // ---- comparison and text ------------------------------------------------------------

    public int compareTo(ChronoLocalDate other) {
        if (other instanceof LocalDate) return compareTo0((LocalDate) other);
        return ChronoLocalDate.super.compareTo(other);
    }

    private int compareTo0(LocalDate other) {
        int cmp = (year - other.year);
        if (cmp == 0) {
            cmp = (month - other.month);
            if (cmp == 0) cmp = (day - other.day);
        }
        return cmp;
    }

    public boolean isAfter(ChronoLocalDate other) {
        if (other instanceof LocalDate) return compareTo0((LocalDate) other) > 0;
        return ChronoLocalDate.super.isAfter(other);
    }

    public boolean isBefore(ChronoLocalDate other) {
        if (other instanceof LocalDate) return compareTo0((LocalDate) other) < 0;
        return ChronoLocalDate.super.isBefore(other);
    }

    public boolean isEqual(ChronoLocalDate other) {
        if (other instanceof LocalDate) return compareTo0((LocalDate) other) == 0;
        return ChronoLocalDate.super.isEqual(other);
    }

    public boolean equals(Object obj) {
        return obj instanceof LocalDate && compareTo0((LocalDate) obj) == 0;
    }

    public int hashCode() {
        int yearValue = year;
        int monthValue = month;
        int dayValue = day;
        return (yearValue & 0xFFFFF800) ^ ((yearValue << 11) + (monthValue << 6) + (dayValue));
    }

    public String toString() {
        int yearValue = year;
        int monthValue = month;
        int dayValue = day;
        int absYear = Math.abs(yearValue);
        StringBuilder buf = new StringBuilder(10);
        if (absYear < 1000) {
            if (yearValue < 0) buf.append(yearValue - 10000).deleteCharAt(1);
            else buf.append(yearValue + 10000).deleteCharAt(0);
        } else {
            if (yearValue > 9999) buf.append('+');
            buf.append(yearValue);
        }
        return buf.append(monthValue < 10 ? "-0" : "-").append(monthValue)
            .append(dayValue < 10 ? "-0" : "-").append(dayValue).toString();
    }
}
