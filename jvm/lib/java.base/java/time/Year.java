package java.time;

public final class Year implements Comparable<Year>, java.io.Serializable {
    public static final int MIN_VALUE = -999_999_999;
    public static final int MAX_VALUE = 999_999_999;
    private final int year;

    private Year(int year) {
        this.year = year;
    }

    public static Year of(int isoYear) {
        LocalDate.checkField("Year", isoYear, MIN_VALUE, MAX_VALUE);
        return new Year(isoYear);
    }

    public static Year now() {
        return of(LocalDate.now().getYear());
    }

    public static boolean isLeap(long year) {
        return ((year & 3) == 0) && ((year % 100) != 0 || (year % 400) == 0);
    }

    public int getValue() {
        return year;
    }

    public boolean isLeap() {
        return isLeap(year);
    }

    public int length() {
        return isLeap() ? 366 : 365;
    }

    public LocalDate atDay(int dayOfYear) {
        return LocalDate.ofYearDay(year, dayOfYear);
    }

    public int compareTo(Year other) {
        return year - other.year;
    }

    public boolean equals(Object obj) {
        return obj instanceof Year && year == ((Year) obj).year;
    }

    public int hashCode() {
        return year;
    }

    public String toString() {
        return Integer.toString(year);
    }
}
