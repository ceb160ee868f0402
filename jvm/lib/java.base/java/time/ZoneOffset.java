package java.time;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.zone.ZoneRules;

/** A fixed offset from UTC, -18:00 to +18:00. */
public final class ZoneOffset extends ZoneId implements TemporalAccessor, java.time.temporal.TemporalAdjuster, Comparable<ZoneOffset> {
    private static final java.util.HashMap<Integer, ZoneOffset> SECONDS_CACHE = new java.util.HashMap<>();
    private static final int MAX_SECONDS = 18 * 3600;

    public static final ZoneOffset UTC = ofTotalSeconds(0);
    public static final ZoneOffset MIN = ofTotalSeconds(-MAX_SECONDS);
    public static final ZoneOffset MAX = ofTotalSeconds(MAX_SECONDS);

    private final int totalSeconds;
    private final String id;
    private transient ZoneRules rules;

    private ZoneOffset(int totalSeconds) {
        this.totalSeconds = totalSeconds;
        this.id = buildId(totalSeconds);
    }

    private static String buildId(int totalSeconds) {
        if (totalSeconds == 0) return "Z";
        int absTotalSeconds = Math.abs(totalSeconds);
        StringBuilder buf = new StringBuilder();
        int absHours = absTotalSeconds / 3600;
        int absMinutes = (absTotalSeconds / 60) % 60;
        buf.append(totalSeconds < 0 ? "-" : "+").append(absHours < 10 ? "0" : "").append(absHours)
            .append(absMinutes < 10 ? ":0" : ":").append(absMinutes);
        int absSeconds = absTotalSeconds % 60;
        if (absSeconds != 0) buf.append(absSeconds < 10 ? ":0" : ":").append(absSeconds);
        return buf.toString();
    }

    public static ZoneOffset of(String offsetId) {
        java.util.Objects.requireNonNull(offsetId, "offsetId");
        if (offsetId.equals("Z")) return UTC;
        final int hours, minutes, seconds;
        switch (offsetId.length()) {
            case 2:
                offsetId = offsetId.charAt(0) + "0" + offsetId.charAt(1);
                // fall through
            case 3:
                hours = parseNumber(offsetId, 1, false);
                minutes = 0;
                seconds = 0;
                break;
            case 5:
                hours = parseNumber(offsetId, 1, false);
                minutes = parseNumber(offsetId, 3, false);
                seconds = 0;
                break;
            case 6:
                hours = parseNumber(offsetId, 1, false);
                minutes = parseNumber(offsetId, 4, true);
                seconds = 0;
                break;
            case 7:
                hours = parseNumber(offsetId, 1, false);
                minutes = parseNumber(offsetId, 3, false);
                seconds = parseNumber(offsetId, 5, false);
                break;
            case 9:
                hours = parseNumber(offsetId, 1, false);
                minutes = parseNumber(offsetId, 4, true);
                seconds = parseNumber(offsetId, 7, true);
                break;
            default:
                throw new DateTimeException("Invalid ID for ZoneOffset, invalid format: " + offsetId);
        }
        char first = offsetId.charAt(0);
        if (first != '+' && first != '-')
            throw new DateTimeException("Invalid ID for ZoneOffset, plus/minus not found when expected: " + offsetId);
        if (first == '-') return ofHoursMinutesSeconds(-hours, -minutes, -seconds);
        return ofHoursMinutesSeconds(hours, minutes, seconds);
    }

    private static int parseNumber(CharSequence offsetId, int pos, boolean precededByColon) {
        if (precededByColon && offsetId.charAt(pos - 1) != ':')
            throw new DateTimeException("Invalid ID for ZoneOffset, colon not found when expected: " + offsetId);
        char ch1 = offsetId.charAt(pos);
        char ch2 = offsetId.charAt(pos + 1);
        if (ch1 < '0' || ch1 > '9' || ch2 < '0' || ch2 > '9')
            throw new DateTimeException("Invalid ID for ZoneOffset, non numeric characters found: " + offsetId);
        return (ch1 - 48) * 10 + (ch2 - 48);
    }

    public static ZoneOffset ofHours(int hours) {
        return ofHoursMinutesSeconds(hours, 0, 0);
    }

    public static ZoneOffset ofHoursMinutes(int hours, int minutes) {
        return ofHoursMinutesSeconds(hours, minutes, 0);
    }

    public static ZoneOffset ofHoursMinutesSeconds(int hours, int minutes, int seconds) {
        validate(hours, minutes, seconds);
        int totalSeconds = hours * 3600 + minutes * 60 + seconds;
        return ofTotalSeconds(totalSeconds);
    }

    private static void validate(int hours, int minutes, int seconds) {
        if (hours < -18 || hours > 18)
            throw new DateTimeException("Zone offset hours not in valid range: value " + hours + " is not in the range -18 to 18");
        if (hours > 0) {
            if (minutes < 0 || seconds < 0)
                throw new DateTimeException("Zone offset minutes and seconds must be positive because hours is positive");
        } else if (hours < 0) {
            if (minutes > 0 || seconds > 0)
                throw new DateTimeException("Zone offset minutes and seconds must be negative because hours is negative");
        } else if ((minutes > 0 && seconds < 0) || (minutes < 0 && seconds > 0)) {
            throw new DateTimeException("Zone offset minutes and seconds must have the same sign");
        }
        if (minutes < -59 || minutes > 59)
            throw new DateTimeException("Zone offset minutes not in valid range: value " + minutes + " is not in the range -59 to 59");
        if (seconds < -59 || seconds > 59)
            throw new DateTimeException("Zone offset seconds not in valid range: value " + seconds + " is not in the range -59 to 59");
        if (Math.abs(hours) == 18 && (minutes | seconds) != 0)
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
    }

    public static ZoneOffset ofTotalSeconds(int totalSeconds) {
        if (totalSeconds < -MAX_SECONDS || totalSeconds > MAX_SECONDS)
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        if (totalSeconds % (15 * 60) == 0) {
            synchronized (SECONDS_CACHE) {
                ZoneOffset result = SECONDS_CACHE.get(totalSeconds);
                if (result == null) {
                    result = new ZoneOffset(totalSeconds);
                    SECONDS_CACHE.put(totalSeconds, result);
                }
                return result;
            }
        }
        return new ZoneOffset(totalSeconds);
    }

    public static ZoneOffset from(TemporalAccessor temporal) {
        if (temporal instanceof ZoneOffset) return (ZoneOffset) temporal;
        if (temporal instanceof ZonedDateTime) return ((ZonedDateTime) temporal).getOffset();
        if (temporal instanceof OffsetDateTime) return ((OffsetDateTime) temporal).getOffset();
        throw new DateTimeException("Unable to obtain ZoneOffset from TemporalAccessor: " + temporal
            + " of type " + temporal.getClass().getName());
    }

    public int getTotalSeconds() {
        return totalSeconds;
    }

    public String getId() {
        return id;
    }

    public ZoneRules getRules() {
        ZoneRules r = rules;
        if (r == null) rules = r = ZoneRules.of(this);
        return r;
    }

    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) return field == ChronoField.OFFSET_SECONDS;
        return field != null && field.isSupportedBy(this);
    }

    public int get(TemporalField field) {
        if (field == ChronoField.OFFSET_SECONDS) return totalSeconds;
        if (field instanceof ChronoField) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return (int) field.getFrom(this);
    }

    public long getLong(TemporalField field) {
        if (field == ChronoField.OFFSET_SECONDS) return totalSeconds;
        if (field instanceof ChronoField) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.getFrom(this);
    }

    public java.time.temporal.Temporal adjustInto(java.time.temporal.Temporal temporal) {
        return temporal.with(ChronoField.OFFSET_SECONDS, totalSeconds);
    }

    public int compareTo(ZoneOffset other) {
        return other.totalSeconds - totalSeconds;
    }

    public boolean equals(Object obj) {
        if (this == obj) return true;
        return obj instanceof ZoneOffset && totalSeconds == ((ZoneOffset) obj).totalSeconds;
    }

    public int hashCode() {
        return totalSeconds;
    }

    public String toString() {
        return id;
    }
}
