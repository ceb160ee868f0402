// super calls, abstract classes, field hiding, static vs virtual dispatch, overloading.
public class InheritanceDispatch {
    static abstract class Shape {
        String name = "shape";
        static String kind() { return "Shape.kind"; }
        abstract double area();
        String describe() { return name + " area=" + area(); }
        public String toString() { return "Shape[" + describe() + "]"; }
    }
    static class Rect extends Shape {
        String name = "rect";                  // hides Shape.name
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        static String kind() { return "Rect.kind"; }   // hides, not overrides
        double area() { return w * h; }
        String describe() { return "Rect(" + super.describe() + ") own name=" + name + " super name=" + super.name; }
    }
    static class Square extends Rect {
        Square(double s) { super(s, s); }
        String describe() { return "Square:" + super.describe(); }
    }

    static class A {
        String f() { return "A.f"; }
        String callF() { return f(); }
        private String p() { return "A.p"; }
        String callP() { return p(); }          // private: not virtual
        static String s() { return "A.s"; }
    }
    static class B extends A {
        String f() { return "B.f"; }
        String p() { return "B.p"; }
        static String s() { return "B.s"; }
    }

    // Overloading resolution
    static String o(int x) { return "int"; }
    static String o(long x) { return "long"; }
    static String o(double x) { return "double"; }
    static String o(Integer x) { return "Integer"; }
    static String o(Object x) { return "Object"; }
    static String o(int... x) { return "int..."; }
    static String q(long x) { return "q(long)"; }
    static String q(Integer x) { return "q(Integer)"; }
    static String r(Object o) { return "r(Object)"; }
    static String r(String s) { return "r(String)"; }
    static String v(String s, Object... rest) { return "v(" + s + "," + rest.length + ")"; }
    static String c(char ch) { return "c(char)"; }
    static String c(int i) { return "c(int)"; }

    public static void main(String[] args) {
        Shape s = new Square(3);
        System.out.println(s);
        System.out.println("s.name via Shape ref = " + s.name);
        System.out.println("((Rect) s).name = " + ((Rect) s).name);
        System.out.println(Shape.kind() + " " + Rect.kind());
        Shape r = new Rect(2, 5);
        System.out.println(r.describe());

        A a = new B();
        System.out.println(a.f() + " " + a.callF() + " " + a.callP());
        System.out.println(((B) a).p());
        System.out.println(A.s() + " " + B.s());

        byte b = 1; short sh = 2; char ch = 'c'; long l = 4; float fl = 5f;
        System.out.println("o(byte)=" + o(b) + " o(short)=" + o(sh) + " o(char)=" + o(ch));
        System.out.println("o(long)=" + o(l) + " o(float)=" + o(fl) + " o(Integer)=" + o(Integer.valueOf(1)));
        System.out.println("o(String)=" + o("x") + " o()=" + o() + " o(1,2)=" + o(1, 2));
        System.out.println("q(5)=" + q(5));
        System.out.println("r(null)=" + r(null) + " r((Object)\"s\")=" + r((Object) "s"));
        System.out.println(v("a") + " " + v("a", 1, 2) + " " + v("a", (Object[]) new String[] {"x", "y", "z"}));
        System.out.println(c('x') + " " + c('x' + 1) + " " + c((char) ('x' + 1)));
        Object[] shapes = { new Rect(1, 2), new Square(2), new Rect(0.5, 4) };
        double total = 0;
        for (Object o : shapes) total += ((Shape) o).area();
        System.out.println("total area " + total);
    }
}
