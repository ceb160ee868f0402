import java.util.*;

/** The program `make demo` runs on bin/jvm: a little of everything. */
public class Demo {
    record Point(int x, int y) {}

    interface Shape { double area(); }
    static final class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
    }
    static final class Square implements Shape {
        final double s;
        Square(double s) { this.s = s; }
        public double area() { return s * s; }
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) {
        System.out.println("Hello from twovm's jvm, running " + Demo.class.getName());
        List<Shape> shapes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) { shapes.add(new Circle(i)); shapes.add(new Square(i)); }
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println("total area of " + shapes.size() + " shapes = " + total);

        Map<String, Integer> counts = new HashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" "))
            counts.merge(w, 1, Integer::sum);
        System.out.println("word counts: " + counts);

        System.out.println("records: " + new Point(3, 4) + " equals " + new Point(3, 4).equals(new Point(3, 4)));
        System.out.println("fib(25) = " + fib(25));
        try {
            int[] a = new int[3];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught: " + e);
        }
    }
}
