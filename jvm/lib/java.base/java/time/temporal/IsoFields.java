package java.time.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** ISO quarter and week-based-year fields (read-only here: get, not with). */
public final class IsoFields {
    public static final TemporalField DAY_OF_QUARTER = new Field("DayOfQuarter", 0, ValueRange.of(1, 90, 92));
    public static final TemporalField QUARTER_OF_YEAR = new Field("QuarterOfYear", 1, ValueRange.of(1, 4));
    public static final TemporalField WEEK_OF_WEEK_BASED_YEAR = new Field("WeekOfWeekBasedYear", 2, ValueRange.of(1, 52, 53));
    public static final TemporalField WEEK_BASED_YEAR = new Field("WeekBasedYear", 3, ChronoField.YEAR.range());

    private IsoFields() {
    }

    private static final class Field implements TemporalField {
        private final String name;
        private final int kind;
        private final ValueRange range;

        Field(String name, int kind, ValueRange range) {
            this.name = name;
            this.kind = kind;
            this.range = range;
        }

        public TemporalUnit getBaseUnit() {
            return kind == 0 ? ChronoUnit.DAYS : kind == 1 ? ChronoUnit.MONTHS : kind == 2 ? ChronoUnit.WEEKS : ChronoUnit.YEARS;
        }

        public TemporalUnit getRangeUnit() {
            return kind == 0 ? ChronoUnit.MONTHS : kind == 1 ? ChronoUnit.YEARS : ChronoUnit.FOREVER;
        }

        public ValueRange range() {
            return range;
        }

        public boolean isDateBased() {
            return true;
        }

        public boolean isTimeBased() {
            return false;
        }

        public boolean isSupportedBy(TemporalAccessor temporal) {
            return temporal.isSupported(ChronoField.EPOCH_DAY);
        }

        public long getFrom(TemporalAccessor temporal) {
            if (!isSupportedBy(temporal)) throw new UnsupportedTemporalTypeException("Unsupported field: " + name);
            LocalDate date = LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
            switch (kind) {
                case 0: {
                    int doy = date.getDayOfYear();
                    int moy = date.getMonthValue();
                    int qoy = (moy - 1) / 3;
                    int[] start = {0, 90, 181, 273, 0, 91, 182, 274};
                    return doy - start[qoy + (date.isLeapYear() ? 4 : 0)];
                }
                case 1:
                    return (date.getMonthValue() + 2) / 3;
                case 2:
                    return getWeek(date);
                default:
                    return getWeekBasedYear(date);
            }
        }

        public String toString() {
            return name;
        }
    }

    private static int getWeek(LocalDate date) {
        int dow0 = date.getDayOfWeek().ordinal();
        int doy0 = date.getDayOfYear() - 1;
        int doyThu0 = doy0 + (3 - dow0);
        int alignedWeek = doyThu0 / 7;
        int firstThuDoy0 = doyThu0 - (alignedWeek * 7);
        int firstMonDoy0 = firstThuDoy0 - 3;
        if (firstMonDoy0 < -3) firstMonDoy0 += 7;
        if (doy0 < firstMonDoy0) return getWeekRange(getWeekBasedYear(date.withDayOfYear(180).minusYears(1)));
        int week = ((doy0 - firstMonDoy0) / 7) + 1;
        if (week == 53) {
            if (!(firstMonDoy0 == -3 || (firstMonDoy0 == -2 && date.isLeapYear()))) week = 1;
        }
        return week;
    }

    private static int getWeekRange(int wby) {
        LocalDate date = LocalDate.of(wby, 1, 1);
        if (date.getDayOfWeek() == DayOfWeek.THURSDAY || (date.getDayOfWeek() == DayOfWeek.WEDNESDAY && date.isLeapYear()))
            return 53;
        return 52;
    }

    private static int getWeekBasedYear(LocalDate date) {
        int year = date.getYear();
        int doy = date.getDayOfYear();
        if (doy <= 3) {
            int dow = date.getDayOfWeek().ordinal();
            if (doy - dow < -2) year--;
        } else if (doy >= 363) {
            int dow = date.getDayOfWeek().ordinal();
            doy = doy - 363 - (date.isLeapYear() ? 1 : 0);
            if (doy - dow >= 0) year++;
        }
        return year;
    }
}
