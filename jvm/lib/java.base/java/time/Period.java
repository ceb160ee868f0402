package java.time;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** A date-based amount: years, months and days. */
public final class Period implements TemporalAmount, java.io.Serializable {
    public static final Period ZERO = new Period(0, 0, 0);

    private final int years;
    private final int months;
    private final int days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }

    private static Period create(int years, int months, int days) {
        if ((years | months | days) == 0) return ZERO;
        return new Period(years, months, days);
    }

    public static Period ofYears(int years) {
        return create(years, 0, 0);
    }

    public static Period ofMonths(int months) {
        return create(0, months, 0);
    }

    public static Period ofWeeks(int weeks) {
        return create(0, 0, Math.multiplyExact(weeks, 7));
    }

    public static Period ofDays(int days) {
        return create(0, 0, days);
    }

    public static Period of(int years, int months, int days) {
        return create(years, months, days);
    }

    public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
        return startDateInclusive.until(endDateExclusive);
    }

    public int getYears() {
        return years;
    }

    public int getMonths() {
        return months;
    }

    public int getDays() {
        return days;
    }

    public boolean isZero() {
        return (this == ZERO);
    }

    public boolean isNegative() {
        return years < 0 || months < 0 || days < 0;
    }

    public Period withYears(int years) {
        return create(years, months, days);
    }

    public Period withMonths(int months) {
        return create(years, months, days);
    }

    public Period withDays(int days) {
        return create(years, months, days);
    }

    public static Period from(TemporalAmount amount) {
        if (amount instanceof Period) return (Period) amount;
        java.util.Objects.requireNonNull(amount, "amount");
        int years = 0;
        int months = 0;
        int days = 0;
        for (TemporalUnit unit : amount.getUnits()) {
            long unitAmount = amount.get(unit);
            if (unit == ChronoUnit.YEARS) years = Math.toIntExact(unitAmount);
            else if (unit == ChronoUnit.MONTHS) months = Math.toIntExact(unitAmount);
            else if (unit == ChronoUnit.DAYS) days = Math.toIntExact(unitAmount);
            else throw new DateTimeException("Unit must be Years, Months or Days, but was " + unit);
        }
        return create(years, months, days);
    }

    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.YEARS) return getYears();
        if (unit == ChronoUnit.MONTHS) return getMonths();
        if (unit == ChronoUnit.DAYS) return getDays();
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    public java.util.List<TemporalUnit> getUnits() {
        return java.util.List.of(ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.DAYS);
    }

    public Temporal addTo(Temporal temporal) {
        if (months == 0) {
            if (years != 0) temporal = temporal.plus(years, ChronoUnit.YEARS);
        } else {
            long totalMonths = toTotalMonths();
            if (totalMonths != 0) temporal = temporal.plus(totalMonths, ChronoUnit.MONTHS);
        }
        if (days != 0) temporal = temporal.plus(days, ChronoUnit.DAYS);
        return temporal;
    }

    public Temporal subtractFrom(Temporal temporal) {
        if (months == 0) {
            if (years != 0) temporal = temporal.minus(years, ChronoUnit.YEARS);
        } else {
            long totalMonths = toTotalMonths();
            if (totalMonths != 0) temporal = temporal.minus(totalMonths, ChronoUnit.MONTHS);
        }
        if (days != 0) temporal = temporal.minus(days, ChronoUnit.DAYS);
        return temporal;
    }

    public Period plus(TemporalAmount amountToAdd) {
        Period p = Period.from(amountToAdd);
        return create(Math.addExact(years, p.years), Math.addExact(months, p.months), Math.addExact(days, p.days));
    }

    public Period plusYears(long yearsToAdd) {
        return create(Math.toIntExact(Math.addExact(years, yearsToAdd)), months, days);
    }

    public Period plusMonths(long monthsToAdd) {
        return create(years, Math.toIntExact(Math.addExact(months, monthsToAdd)), days);
    }

    public Period plusDays(long daysToAdd) {
        return create(years, months, Math.toIntExact(Math.addExact(days, daysToAdd)));
    }

    public Period minus(TemporalAmount amountToSubtract) {
        Period p = Period.from(amountToSubtract);
        return create(Math.subtractExact(years, p.years), Math.subtractExact(months, p.months),
                      Math.subtractExact(days, p.days));
    }

    public Period multipliedBy(int scalar) {
        if (this == ZERO || scalar == 1) return this;
        return create(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar), Math.multiplyExact(days, scalar));
    }

    public Period negated() {
        return multipliedBy(-1);
    }

    public Period normalized() {
        long totalMonths = toTotalMonths();
        long splitYears = totalMonths / 12;
        int splitMonths = (int) (totalMonths % 12);
        if (splitYears == years && splitMonths == months) return this;
        return create(Math.toIntExact(splitYears), splitMonths, days);
    }

    public long toTotalMonths() {
        return years * 12L + months;
    }

    public boolean equals(Object obj) {
        if (!(obj instanceof Period)) return false;
        Period other = (Period) obj;
        return years == other.years && months == other.months && days == other.days;
    }

    public int hashCode() {
        return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
    }

    public String toString() {
        if (this == ZERO) return "P0D";
        StringBuilder buf = new StringBuilder();
        buf.append('P');
        if (years != 0) buf.append(years).append('Y');
        if (months != 0) buf.append(months).append('M');
        if (days != 0) buf.append(days).append('D');
        return buf.toString();
    }
}
