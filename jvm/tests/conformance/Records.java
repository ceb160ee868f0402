// Records: toString/equals/hashCode, compact constructors, static members.
import java.util.ArrayList;
import java.util.List;

public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        static Point of(int v) { return new Point(v, v); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        double dist() { return Math.sqrt(x * x + y * y); }
    }

    record Range(int lo, int hi) {
        Range {                                   // compact canonical constructor
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
        int length() { return hi - lo; }
    }

    record Person(String name, int age) {
        Person(String name) { this(name, -1); }
        @Override public String name() { return name.toUpperCase(); }   // accessor override
    }

    record Mixed(long l, double d, boolean b, char c, String s, float f, byte by, short sh) { }

    record Wrapper(Object inner) { }

    record Empty() { }

    interface Shape { double area(); }
    record Square(double side) implements Shape { public double area() { return side * side; } }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist());
        System.out.println(p.plus(Point.of(2)) + " origin " + Point.ORIGIN);
        System.out.println("equals " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null));
        System.out.println("hashCode " + p.hashCode() + " " + new Point(3, 4).hashCode() + " " + Point.ORIGIN.hashCode());
        System.out.println(new Range(2, 9) + " len " + new Range(2, 9).length());
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        Person a = new Person("ann", 30);
        System.out.println(a + " name()=" + a.name() + " " + new Person("bob"));
        System.out.println("person hash " + a.hashCode() + " equals " + a.equals(new Person("ann", 30)));
        Mixed m = new Mixed(1L << 40, 0.1, true, 'z', null, -0.0f, (byte) -3, (short) 300);
        System.out.println(m);
        System.out.println("mixed hash " + m.hashCode());
        Mixed m2 = new Mixed(1L << 40, 0.1, true, 'z', null, -0.0f, (byte) -3, (short) 300);
        System.out.println("mixed equals " + m.equals(m2));
        Mixed m3 = new Mixed(1L << 40, 0.1, true, 'z', null, 0.0f, (byte) -3, (short) 300);
        System.out.println("-0.0f vs 0.0f component equals " + m.equals(m3));
        Wrapper w = new Wrapper(new Wrapper(p));
        System.out.println(w + " " + w.equals(new Wrapper(new Wrapper(new Point(3, 4)))));
        System.out.println("wrapper null " + new Wrapper(null) + " hash " + new Wrapper(null).hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " hash " + new Empty().hashCode());
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(1.5));
        shapes.add(new Square(2));
        for (Shape s : shapes) System.out.println(s + " area " + s.area());
        System.out.println("isRecord " + Point.class.isRecord() + " " + Records.class.isRecord());
        Object o = p;
        if (o instanceof Point q && q.x() > 0) System.out.println("pattern matched x=" + q.x());
    }
}
