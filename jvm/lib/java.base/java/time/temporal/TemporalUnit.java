package java.time.temporal;

public interface TemporalUnit {
    long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive);

    boolean isDateBased();

    boolean isTimeBased();
}
