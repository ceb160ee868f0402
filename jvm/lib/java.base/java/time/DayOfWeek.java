package java.time;

import java.time.format.TextStyle;
import java.util.Locale;

public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    private static final DayOfWeek[] ENUMS = DayOfWeek.values();

    public static DayOfWeek of(int dayOfWeek) {
        if (dayOfWeek < 1 || dayOfWeek > 7) throw new DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
        return ENUMS[dayOfWeek - 1];
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

    public DayOfWeek plus(long days) {
        int amount = (int) (days % 7);
        return ENUMS[(ordinal() + (amount + 7)) % 7];
    }

    public DayOfWeek minus(long days) {
        return plus(-(days % 7));
    }
}
