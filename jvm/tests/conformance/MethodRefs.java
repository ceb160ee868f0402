// Method references: static, bound, unbound, constructor, array constructor, super::, this::.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.*;

public class MethodRefs {
    static class Base {
        String greet(String who) { return "Base hello " + who; }
    }
    static class Derived extends Base {
        @Override String greet(String who) { return "Derived hi " + who; }
        Function<String, String> viaSuper() { return super::greet; }
        Function<String, String> viaThis() { return this::greet; }
    }
    static class Point {
        final int x, y;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
        int sum() { return x + y; }
        static int compareByX(Point a, Point b) { return Integer.compare(a.x, b.x); }
    }

    static int twice(int x) { return 2 * x; }
    static String join(String a, String b) { return a + "+" + b; }
    static int sumAll(int... xs) { int s = 0; for (int x : xs) s += x; return s; }

    public static void main(String[] args) {
        IntUnaryOperator st = MethodRefs::twice;
        BinaryOperator<String> j = MethodRefs::join;
        System.out.println("static " + st.applyAsInt(21) + " " + j.apply("a", "b"));
        String prefix = "prefix-";
        Function<String, String> bound = prefix::concat;
        Supplier<Integer> boundLen = prefix::length;
        System.out.println("bound " + bound.apply("x") + " " + boundLen.get());
        Function<String, Integer> unbound = String::length;
        BiFunction<String, String, Boolean> starts = String::startsWith;
        Function<Point, Integer> psum = Point::sum;
        System.out.println("unbound " + unbound.apply("hello") + " " + starts.apply("hello", "he") + " " + psum.apply(new Point(3, 4)));
        Supplier<Point> p0 = Point::new;
        Function<Integer, Point> p1 = Point::new;
        BiFunction<Integer, Integer, Point> p2 = Point::new;
        System.out.println("ctor " + p0.get() + " " + p1.apply(5) + " " + p2.apply(1, 2));
        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> made = listMaker.get();
        made.add("m");
        System.out.println("ArrayList::new " + made);
        IntFunction<int[]> arr = int[]::new;
        Function<Integer, String[]> sarr = String[]::new;
        IntFunction<long[][]> arr2 = long[][]::new;
        System.out.println("array ctor " + arr.apply(4).length + " " + Arrays.toString(arr.apply(3)) + " " + sarr.apply(2).length
            + " " + sarr.apply(1).getClass().getSimpleName() + " " + arr2.apply(2).length);
        Derived d = new Derived();
        System.out.println("super:: " + d.viaSuper().apply("sup") + " | this:: " + d.viaThis().apply("me"));
        Point[] pts = { new Point(3, 1), new Point(1, 2), new Point(2, 0) };
        Arrays.sort(pts, Point::compareByX);
        System.out.println("sorted " + Arrays.toString(pts));
        List<String> words = new ArrayList<>(List.of("pear", "Apple", "fig"));
        words.sort(String::compareToIgnoreCase);
        System.out.println(words);
        words.forEach(System.out::println);
        Consumer<Object> printer = System.out::println;
        printer.accept("via consumer");
        Function<Integer, String> toStr = Integer::toHexString;
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(toStr.apply(255) + " " + valueOf.apply(null) + " " + valueOf.apply(1.5));
        Comparator2<String> cmp = String::compareTo;
        System.out.println("compareTo via ref " + cmp.compare("a", "b"));
        IntBinaryOperator max = Math::max;
        ToIntFunction<Integer> unboxRef = Integer::intValue;
        System.out.println("Math::max " + max.applyAsInt(3, 9) + " intValue " + unboxRef.applyAsInt(77));
        IntBinaryOperator varargs = MethodRefs::sumAll;
        System.out.println("varargs ref " + varargs.applyAsInt(4, 5));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("parse " + (parse.apply("12") + 1));
        Supplier<String> ts = d::toString;
        System.out.println("bound toString startsWith " + ts.get().startsWith("MethodRefs$Derived@"));
        Object nul = null;
        try {
            Supplier<String> bad = nul::toString;     // receiver evaluated (null check) at capture
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("NPE at bound ref creation");
        }
    }

    interface Comparator2<T> { int compare(T a, T b); }
}
