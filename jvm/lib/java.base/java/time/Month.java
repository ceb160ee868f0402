package java.time;

import java.time.format.TextStyle;
import java.util.Locale;

public enum Month {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    private static final Month[] ENUMS = Month.values();

    public static Month of(int month) {
        if (month < 1 || month > 12) throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        return ENUMS[month - 1];
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public String getDisplayName(TextStyle style, Locale locale) {
        String full = name().charAt(0) + name().substring(1).toLowerCase();
        switch (style) {
            case SHORT:
            case SHORT_STANDALONE:
                return full.substring(0, 3);
            case NARROW:
            case NARROW_STANDALONE:
                return full.substring(0, 1);
            default:
                return full;
        }
    }

    public Month plus(long months) {
        int amount = (int) (months % 12);
        return ENUMS[(ordinal() + (amount + 12)) % 12];
    }

    public Month minus(long months) {
        return plus(-(months % 12));
    }

    public int length(boolean leapYear) {
        switch (this) {
            case FEBRUARY: return (leapYear ? 29 : 28);
            case APRIL: case JUNE: case SEPTEMBER: case NOVEMBER: return 30;
            default: return 31;
        }
    }

    public int minLength() {
        return this == FEBRUARY ? 28 : length(false);
    }

    public int maxLength() {
        return this == FEBRUARY ? 29 : length(false);
    }

    public int firstDayOfYear(boolean leapYear) {
        int leap = leapYear ? 1 : 0;
        switch (this) {
            case JANUARY: return 1;
            case FEBRUARY: return 32;
            case MARCH: return 60 + leap;
            case APRIL: return 91 + leap;
            case MAY: return 121 + leap;
            case JUNE: return 152 + leap;
            case JULY: return 182 + leap;
            case AUGUST: return 213 + leap;
            case SEPTEMBER: return 244 + leap;
            case OCTOBER: return 274 + leap;
            case NOVEMBER: return 305 + leap;
            default: return 335 + leap;
        }
    }

    public Month firstMonthOfQuarter() {
        return ENUMS[(ordinal() / 3) * 3];
    }
}
