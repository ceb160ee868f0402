package java.time.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Date adjusters for LocalDate (and the date part of LocalDateTime). */
public final class TemporalAdjusters {
    private TemporalAdjusters() {}

    private interface DateFn {
        LocalDate apply(LocalDate d);
    }

    private static TemporalAdjuster of(DateFn fn) {
        return new TemporalAdjuster() {
            public Temporal adjustInto(Temporal t) {
                if (t instanceof LocalDate) return fn.apply((LocalDate) t);
                if (t instanceof LocalDateTime) {
                    LocalDateTime dt = (LocalDateTime) t;
                    return LocalDateTime.of(fn.apply(dt.toLocalDate()), dt.toLocalTime());
                }
                throw new UnsupportedTemporalTypeException("Unsupported temporal: " + t);
            }
        };
    }

    public static TemporalAdjuster firstDayOfMonth() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return d.withDayOfMonth(1);
            }
        });
    }

    public static TemporalAdjuster lastDayOfMonth() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return d.withDayOfMonth(d.lengthOfMonth());
            }
        });
    }

    public static TemporalAdjuster firstDayOfNextMonth() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return d.withDayOfMonth(1).plusMonths(1);
            }
        });
    }

    public static TemporalAdjuster firstDayOfYear() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return LocalDate.of(d.getYear(), 1, 1);
            }
        });
    }

    public static TemporalAdjuster lastDayOfYear() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return LocalDate.of(d.getYear(), 12, 31);
            }
        });
    }

    public static TemporalAdjuster firstDayOfNextYear() {
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                return LocalDate.of(d.getYear() + 1, 1, 1);
            }
        });
    }

    public static TemporalAdjuster firstInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(1, dayOfWeek);
    }

    public static TemporalAdjuster lastInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(-1, dayOfWeek);
    }

    public static TemporalAdjuster dayOfWeekInMonth(int ordinal, DayOfWeek dayOfWeek) {
        int dowValue = dayOfWeek.getValue();
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                if (ordinal >= 0) {
                    LocalDate temp = d.withDayOfMonth(1);
                    int curDow = temp.getDayOfWeek().getValue();
                    int dowDiff = (dowValue - curDow + 7) % 7;
                    dowDiff += (ordinal - 1L) * 7L;
                    return temp.plusDays(dowDiff);
                }
                LocalDate temp = d.withDayOfMonth(d.lengthOfMonth());
                int curDow = temp.getDayOfWeek().getValue();
                int daysDiff = dowValue - curDow;
                daysDiff = (daysDiff == 0 ? 0 : (daysDiff > 0 ? daysDiff - 7 : daysDiff));
                daysDiff -= (-ordinal - 1L) * 7L;
                return temp.plusDays(daysDiff);
            }
        });
    }

    public static TemporalAdjuster next(DayOfWeek dayOfWeek) {
        return relative(dayOfWeek, 1, false);
    }

    public static TemporalAdjuster nextOrSame(DayOfWeek dayOfWeek) {
        return relative(dayOfWeek, 1, true);
    }

    public static TemporalAdjuster previous(DayOfWeek dayOfWeek) {
        return relative(dayOfWeek, -1, false);
    }

    public static TemporalAdjuster previousOrSame(DayOfWeek dayOfWeek) {
        return relative(dayOfWeek, -1, true);
    }

    private static TemporalAdjuster relative(DayOfWeek dayOfWeek, int dir, boolean orSame) {
        int dowValue = dayOfWeek.getValue();
        return of(new DateFn() {
            public LocalDate apply(LocalDate d) {
                int calDow = d.getDayOfWeek().getValue();
                if (orSame && calDow == dowValue) return d;
                if (dir > 0) {
                    int daysDiff = calDow - dowValue;
                    return d.plusDays(daysDiff >= 0 ? 7 - daysDiff : -daysDiff);
                }
                int daysDiff = dowValue - calDow;
                return d.minusDays(daysDiff >= 0 ? 7 - daysDiff : -daysDiff);
            }
        });
    }
}
