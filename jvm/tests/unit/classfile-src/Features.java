// Test input for the class file parser: javac 17 compiles this at test time
// and the unit tests compare what cf_parse() sees with what javap reports.
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

@Retention(RetentionPolicy.RUNTIME)
@interface Marker {
    String value() default "m";
    int[] numbers() default {1, 2};
}

interface Greeter {
    String PREFIX = "Hello, ";
    String name();
    default String greet() { return PREFIX + decorate(name()); }
    static Greeter of(String n) { return () -> n; }
    private String decorate(String s) { return "<" + s + ">"; }
}

enum Planet implements Greeter {
    MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6) {
        @Override public String greet() { return "home"; }
    };
    static final double G = 6.67300E-11;
    private final double mass, radius;
    Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
    double surfaceGravity() { return G * mass / (radius * radius); }
}

record Point(int x, int y) implements Serializable {
    static final long ORIGIN_HASH = 0x7fff_ffff_ffffL;
    Point {
        if (x < 0) throw new IllegalArgumentException("x");
    }
    int dist() { return Math.abs(x) + Math.abs(y); }
}

sealed interface Shape permits Circle, Square {}
final class Circle implements Shape { final double r = 1.5; }
non-sealed class Square implements Shape {}

@Marker("features")
public class Features<T extends Comparable<T>> implements Supplier<List<T>> {
    public static final int INT_K = 123456;
    public static final long LONG_K = -9_000_000_000L;
    public static final float FLOAT_K = 2.5f;
    public static final double DOUBLE_K = 3.141592653589793;
    public static final String STR_K = "caf\u00e9 \u20ac \ud83d\ude00";
    public static final boolean BOOL_K = true;
    public static final char CHAR_K = 'x';
    private final List<T> items = new ArrayList<>();
    protected transient volatile int counter;

    class Inner { int outerCounter() { return counter; } }
    static class Nested { static int twice(int v) { return v * 2; } }

    @Override public List<T> get() { return items; }

    @SafeVarargs
    public final void addAll(T... ts) { for (T t : ts) items.add(t); }

    public synchronized int tableSwitch(int k) {
        switch (k) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            default: return -1;
        }
    }

    public static int lookupSwitch(int k) {
        switch (k) {
            case -1000: return 1;
            case 7: return 2;
            case 1 << 20: return 3;
            default: return 0;
        }
    }

    public static int stringSwitch(String s) {
        return switch (s) {
            case "alpha" -> 1;
            case "beta" -> 2;
            default -> s.length();
        };
    }

    public static String enumSwitch(Planet p) {
        switch (p) {
            case MERCURY: return "hot";
            case EARTH: return "ok";
            default: return "?";
        }
    }

    public static String patterns(Object o) {
        if (o instanceof Point p && p.x() > 0) return "point " + p.dist();
        if (o instanceof Shape s) return s.getClass().getSimpleName();
        return String.valueOf(o);
    }

    public int lambdas(int a, int b) {
        IntBinaryOperator add = (x, y) -> x + y + counter;
        Supplier<String> s = this::toString;
        Runnable r = new Runnable() { public void run() { counter++; } };
        r.run();
        class Local { int k() { return a * b; } }
        return add.applyAsInt(a, b) + new Local().k() + s.get().length();
    }

    public long longMath(long x, double d) throws IOException, InterruptedException {
        long r = 0;
        try {
            r = x / (long) d;
        } catch (ArithmeticException | ClassCastException e) {
            r = -1;
        } finally {
            counter++;
        }
        if (r > 1_000_000_000_000L) throw new IOException("too big");
        return r + LONG_K;
    }

    static native int nativeMethod(int x);
    static { System.getProperty("x"); }
}
