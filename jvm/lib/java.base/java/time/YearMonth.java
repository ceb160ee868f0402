package java.time;

public final class YearMonth implements Comparable<YearMonth>, java.io.Serializable {
    private final int year;
    private final int month;

    private YearMonth(int year, int month) {
        this.year = year;
        this.month = month;
    }

    public static YearMonth of(int year, int month) {
        LocalDate.checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE);
        LocalDate.checkField("MonthOfYear", month, 1, 12);
        return new YearMonth(year, month);
    }

    public static YearMonth of(int year, Month month) {
        return of(year, month.getValue());
    }

    public static YearMonth now() {
        LocalDate d = LocalDate.now();
        return of(d.getYear(), d.getMonthValue());
    }

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
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

    public LocalDate atDay(int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    public LocalDate atEndOfMonth() {
        return LocalDate.of(year, month, lengthOfMonth());
    }

    public YearMonth plusMonths(long monthsToAdd) {
        long monthCount = year * 12L + (month - 1);
        long calcMonths = monthCount + monthsToAdd;
        return of((int) Math.floorDiv(calcMonths, 12), (int) Math.floorMod(calcMonths, 12) + 1);
    }

    public YearMonth minusMonths(long months) {
        return plusMonths(-months);
    }

    public YearMonth plusYears(long years) {
        return of((int) (year + years), month);
    }

    public int compareTo(YearMonth other) {
        int cmp = (year - other.year);
        return cmp == 0 ? month - other.month : cmp;
    }

    public boolean equals(Object obj) {
        return obj instanceof YearMonth && year == ((YearMonth) obj).year && month == ((YearMonth) obj).month;
    }

    public int hashCode() {
        return year ^ (month << 27);
    }

    public String toString() {
        int absYear = Math.abs(year);
        StringBuilder buf = new StringBuilder(9);
        if (absYear < 1000) {
            if (year < 0) buf.append(year - 10000).deleteCharAt(1);
            else buf.append(year + 10000).deleteCharAt(0);
        } else {
            buf.append(year);
        }
        return buf.append(month < 10 ? "-0" : "-").append(month).toString();
    }
}
