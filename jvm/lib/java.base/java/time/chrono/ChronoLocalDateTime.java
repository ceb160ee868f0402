package java.time.chrono;

import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

/** A date-time in some calendar system; here only the ISO LocalDateTime implements it. */
public interface ChronoLocalDateTime<D extends ChronoLocalDate>
        extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    default int compareTo(ChronoLocalDateTime<?> other) {
        int cmp = Long.compare(toLocalDate().toEpochDay(), other.toLocalDate().toEpochDay());
        if (cmp == 0) cmp = toLocalTime().compareTo(other.toLocalTime());
        return cmp;
    }

    default boolean isAfter(ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    default boolean isBefore(ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    default boolean isEqual(ChronoLocalDateTime<?> other) {
        return compareTo(other) == 0;
    }
}
