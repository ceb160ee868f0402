// java.util.function interfaces and their default/static combinators.
import java.util.function.*;

public class FunctionalIfaces {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println("andThen " + inc.andThen(dbl).apply(5) + " compose " + inc.compose(dbl).apply(5)
            + " identity " + Function.<String>identity().apply("id"));
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println("bi andThen " + mul.andThen(x -> "r=" + x).apply(6, 7));
        Supplier<String> sup = () -> "supplied";
        System.out.println(sup.get());
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = s -> log.append("c1:").append(s).append(' ');
        Consumer<String> c2 = s -> log.append("c2:").append(s.toUpperCase()).append(' ');
        c1.andThen(c2).accept("go");
        BiConsumer<String, Integer> bc = (s, n) -> log.append(s.repeat(n));
        bc.accept("ab", 2);
        System.out.println("consumers " + log);
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longStr = s -> s.length() > 3;
        for (String s : new String[] {"", "ab", "abcdef"})
            System.out.println("'" + s + "' empty=" + empty.test(s) + " notEmpty=" + empty.negate().test(s)
                + " or=" + empty.or(longStr).test(s) + " and=" + empty.negate().and(longStr).test(s)
                + " not=" + Predicate.not(longStr).test(s) + " isEqual=" + Predicate.isEqual("ab").test(s));
        BiPredicate<String, Integer> lenIs = (s, n) -> s.length() == n;
        System.out.println("bipredicate " + lenIs.test("abc", 3) + " " + lenIs.negate().test("abc", 3));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println("unary " + up.apply("shout") + " " + UnaryOperator.identity().apply("same"));
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Integer::compare);
        BinaryOperator<String> maxBy = BinaryOperator.maxBy((a, b) -> a.length() - b.length());
        System.out.println("minBy " + minBy.apply(4, 2) + " maxBy " + maxBy.apply("aa", "bbb"));
        IntUnaryOperator sq = x -> x * x;
        IntBinaryOperator sub = (a, b) -> a - b;
        IntPredicate even = x -> x % 2 == 0;
        IntFunction<String> stars = n -> "*".repeat(n);
        ToIntFunction<String> len = String::length;
        IntSupplier is = () -> 42;
        IntConsumer ic = x -> log.append("#").append(x);
        ic.andThen(x -> log.append("!")).accept(9);
        System.out.println("int ops " + sq.applyAsInt(9) + " " + sq.andThen(x -> x + 1).applyAsInt(3) + " " + sub.applyAsInt(3, 10)
            + " " + even.test(4) + " " + even.negate().test(4) + " " + stars.apply(3) + " " + len.applyAsInt("xyz") + " " + is.getAsInt()
            + " " + log.substring(log.length() - 3));
        LongBinaryOperator lmul = (a, b) -> a * b;
        LongUnaryOperator lneg = a -> -a;
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        DoubleSupplier ds = () -> 0.25;
        ToDoubleFunction<Integer> half = x -> x / 2.0;
        IntToLongFunction widen = x -> x * 1_000_000_000L;
        LongToIntFunction narrow = x -> (int) (x >>> 32);
        DoubleToIntFunction trunc = x -> (int) x;
        IntToDoubleFunction recip = x -> 1.0 / x;
        ObjIntConsumer<String> oic = (s, n) -> log.append(s).append(n);
        oic.accept("k", 5);
        System.out.println("prim " + lmul.applyAsLong(123456789L, 1000L) + " " + lneg.applyAsLong(5) + " " + hyp.applyAsDouble(3, 4)
            + " " + ds.getAsDouble() + " " + half.applyAsDouble(7) + " " + widen.applyAsLong(5) + " " + narrow.applyAsInt(1L << 35)
            + " " + trunc.applyAsInt(-2.9) + " " + recip.applyAsDouble(8) + " " + log.substring(log.length() - 2));
        BooleanSupplier bs = () -> true;
        ToIntBiFunction<String, String> cmp = String::compareTo;
        BiFunction<String, Integer, Character> at = String::charAt;
        System.out.println("misc " + bs.getAsBoolean() + " " + Integer.signum(cmp.applyAsInt("a", "b")) + " " + at.apply("hello", 1));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> add3 = a -> b -> c -> a + b + c;
        System.out.println("curry " + add3.apply(1).apply(2).apply(3));
    }
}
