package java.util.function;

@FunctionalInterface
public interface LongPredicate {
    boolean test(long value);

    default LongPredicate and(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        LongPredicate self = this;
        return new LongPredicate() {
            public boolean test(long v) {
                return self.test(v) && other.test(v);
            }
        };
    }

    default LongPredicate negate() {
        LongPredicate self = this;
        return new LongPredicate() {
            public boolean test(long v) {
                return !self.test(v);
            }
        };
    }

    default LongPredicate or(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        LongPredicate self = this;
        return new LongPredicate() {
            public boolean test(long v) {
                return self.test(v) || other.test(v);
            }
        };
    }
}
