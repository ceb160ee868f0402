package java.util.function;

@FunctionalInterface
public interface IntPredicate {
    boolean test(int value);

    default IntPredicate and(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        IntPredicate self = this;
        return new IntPredicate() {
            public boolean test(int v) {
                return self.test(v) && other.test(v);
            }
        };
    }

    default IntPredicate negate() {
        IntPredicate self = this;
        return new IntPredicate() {
            public boolean test(int v) {
                return !self.test(v);
            }
        };
    }

    default IntPredicate or(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        IntPredicate self = this;
        return new IntPredicate() {
            public boolean test(int v) {
                return self.test(v) || other.test(v);
            }
        };
    }
}
