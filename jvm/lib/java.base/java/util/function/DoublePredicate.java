package java.util.function;

@FunctionalInterface
public interface DoublePredicate {
    boolean test(double value);

    default DoublePredicate and(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        DoublePredicate self = this;
        return new DoublePredicate() {
            public boolean test(double v) {
                return self.test(v) && other.test(v);
            }
        };
    }

    default DoublePredicate negate() {
        DoublePredicate self = this;
        return new DoublePredicate() {
            public boolean test(double v) {
                return !self.test(v);
            }
        };
    }

    default DoublePredicate or(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        DoublePredicate self = this;
        return new DoublePredicate() {
            public boolean test(double v) {
                return self.test(v) || other.test(v);
            }
        };
    }
}
