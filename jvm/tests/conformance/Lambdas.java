// Lambdas: non-capturing, capturing locals and this, nested, recursion, in loops.
import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class Lambdas {
    private int base = 100;
    private String tag = "T";

    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    interface IntOp { int op(int x); }
    interface Thrower { void run() throws Exception; }

    IntOp addBase() { return x -> x + base; }               // captures this
    Supplier<String> tagger(String suffix) { return () -> tag + suffix + base; }

    static IntUnaryOperator fact;
    static { fact = n -> n <= 1 ? 1 : n * fact.applyAsInt(n - 1); }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> System.out.println("runnable, no capture");
        r.run();
        int local = 7;
        String word = "word";
        long big = 1L << 40;
        double dv = 2.5;
        char ch = 'c';
        Supplier<String> cap = () -> word + local + big + dv + ch;
        System.out.println("captured " + cap.get());
        Lambdas me = new Lambdas();
        IntOp ab = me.addBase();
        System.out.println("addBase " + ab.op(5));
        me.base = 1;
        System.out.println("addBase after change " + ab.op(5) + " " + me.tagger("-s").get());
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        TriFunction<String, Integer, Boolean, String> tri = (s, n, b) -> b ? s.repeat(n) : s;
        System.out.println(add.apply(2, 3) + " " + tri.apply("ab", 3, true) + " " + tri.apply("ab", 3, false));
        System.out.println("fact " + fact.applyAsInt(10));
        List<Supplier<Integer>> sups = new ArrayList<>();
        for (int i = 0; i < 5; i++) { int j = i * i; sups.add(() -> j); }
        StringBuilder sb = new StringBuilder();
        for (Supplier<Integer> s : sups) sb.append(s.get()).append(' ');
        System.out.println("loop captures " + sb);
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * 10 + b;
        System.out.println("curried " + curried.apply(4).apply(2));
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 10; i++) inc.run();
        System.out.println("counter " + counter[0]);
        Thrower th = () -> { throw new java.io.IOException("from lambda"); };
        try { th.run(); } catch (java.io.IOException e) { System.out.println("caught " + e.getMessage()); }
        Comparable<String> cmp = o -> o.length() - 3;
        System.out.println("compareTo " + cmp.compareTo("hello"));
        Object o = (Runnable & java.io.Serializable) () -> { };
        System.out.println("intersection " + (o instanceof Runnable) + " " + (o instanceof java.io.Serializable));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        System.out.println("gcd " + gcd.applyAsInt(1071, 462));
        BiFunction<Double, Long, String> mixed = (x, y) -> x + ":" + y;
        System.out.println(mixed.apply(0.5, 9L));
        ToLongFunction<String> len = String::length;
        LongSupplier ls = () -> big * 2;
        DoubleUnaryOperator half = x -> x / 2;
        System.out.println(len.applyAsLong("four") + " " + ls.getAsLong() + " " + half.applyAsDouble(dv));
        Supplier<Supplier<String>> nested = () -> () -> "nested " + word;
        System.out.println(nested.get().get());
        Function<Object, String> desc = x -> x == null ? "null!" : x.getClass().getSimpleName();
        System.out.println(desc.apply(null) + " " + desc.apply(3) + " " + desc.apply("s"));
    }
}
