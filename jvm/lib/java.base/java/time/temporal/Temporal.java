package java.time.temporal;

public interface Temporal extends TemporalAccessor {
    Temporal with(TemporalField field, long newValue);

    Temporal plus(long amountToAdd, TemporalUnit unit);

    default Temporal minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    long until(Temporal endExclusive, TemporalUnit unit);
}
