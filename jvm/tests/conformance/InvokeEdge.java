// Invocation edge cases: many mixed-width parameters, deeply nested expressions
// (large max_stack; partly generated), static members through null references,
// Object methods via interface references, interface methods via abstract classes.
public class InvokeEdge {
    static String many(int p0, long p1, double p2, float p3, byte p4, short p5, char p6, boolean p7, String p8, long p9, int p10, long p11, double p12, float p13, byte p14, short p15, char p16, boolean p17, String p18, long p19, int p20, long p21, double p22, float p23, byte p24, short p25, char p26, boolean p27, String p28, long p29) {
        return p0 + "," + p1 + "," + p2 + "," + p3 + "," + p4 + "," + p5 + "," + p6 + "," + p7 + "," + p8 + "," + p9 + "," + p10 + "," + p11 + "," + p12 + "," + p13 + "," + p14 + "," + p15 + "," + p16 + "," + p17 + "," + p18 + "," + p19 + "," + p20 + "," + p21 + "," + p22 + "," + p23 + "," + p24 + "," + p25 + "," + p26 + "," + p27 + "," + p28 + "," + p29;
    }
    String manyVirtual(int p0, long p1, double p2, float p3, byte p4, short p5, char p6, boolean p7, String p8, long p9, int p10, long p11, double p12, float p13, byte p14, short p15, char p16, boolean p17, String p18, long p19, int p20, long p21, double p22, float p23, byte p24, short p25, char p26, boolean p27, String p28, long p29) {
        return "v:" + many(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29);
    }
    static final String ARGS_DEMO = "";
    static int deep(int x) {
        return (1 ^ (7 * (6 - (5 + (4 ^ (3 * (2 - (1 + (7 ^ (6 * (5 - (4 + (3 ^ (2 * (1 - (7 + (6 ^ (5 * (4 - (3 + (2 ^ (1 * (7 - (6 + (5 ^ (4 * (3 - (2 + (1 ^ (7 * (6 - (5 + (4 ^ (3 * (2 - (1 + (7 ^ (6 * (5 - (4 + (3 ^ (2 * (1 - (7 + (6 ^ (5 * (4 - (3 + (2 ^ (1 * (7 - (6 + (5 ^ (4 * (3 - (2 + (1 ^ (7 * (6 - (5 + (4 ^ (3 * (2 - (1 + (7 ^ (6 * (5 - (4 + (3 ^ (2 * (1 - (7 + (6 ^ (5 * (4 - (3 + (2 ^ (1 * (7 - (6 + (5 ^ (4 * (3 - (2 + (1 ^ (7 * (6 - (5 + (4 ^ (3 * (2 - (1 + (7 ^ (6 * (5 - (4 + (3 ^ (2 * (1 - (7 + (6 ^ (5 * (4 - (3 + (2 ^ (1 * (7 - (6 + (5 ^ (4 * (3 - (2 + (1 ^ (7 * (6 - (5 + (4 ^ (3 * (2 - (1 + x))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))));
    }
    static double deepDouble(double y) {
        return (1.0 / (1.0 + (58.5 + (1.0 / (1.0 + (56.5 + (1.0 / (1.0 + (54.5 + (1.0 / (1.0 + (52.5 + (1.0 / (1.0 + (50.5 + (1.0 / (1.0 + (48.5 + (1.0 / (1.0 + (46.5 + (1.0 / (1.0 + (44.5 + (1.0 / (1.0 + (42.5 + (1.0 / (1.0 + (40.5 + (1.0 / (1.0 + (38.5 + (1.0 / (1.0 + (36.5 + (1.0 / (1.0 + (34.5 + (1.0 / (1.0 + (32.5 + (1.0 / (1.0 + (30.5 + (1.0 / (1.0 + (28.5 + (1.0 / (1.0 + (26.5 + (1.0 / (1.0 + (24.5 + (1.0 / (1.0 + (22.5 + (1.0 / (1.0 + (20.5 + (1.0 / (1.0 + (18.5 + (1.0 / (1.0 + (16.5 + (1.0 / (1.0 + (14.5 + (1.0 / (1.0 + (12.5 + (1.0 / (1.0 + (10.5 + (1.0 / (1.0 + (8.5 + (1.0 / (1.0 + (6.5 + (1.0 / (1.0 + (4.5 + (1.0 / (1.0 + (2.5 + (1.0 / (1.0 + (0.5 + y * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5))) * 0.5)));
    }

    static int staticField = 5;
    static String staticMethod() { return "static via instance ok"; }

    interface Shape { double area(); String name(); }
    static abstract class Base implements Shape {           // does not implement area(): miranda
        public String name() { return getClass().getSimpleName() + "(" + area() + ")"; }
    }
    static class Sq extends Base { final double s; Sq(double s) { this.s = s; } public double area() { return s * s; } }

    static class GrandParent { String who() { return "grandparent"; } }
    static class Parent extends GrandParent { }
    static class Child extends Parent {
        String who() { return "child"; }
        String parentWho() { return super.who(); }          // resolves to GrandParent.who
    }

    static String varargs(Object... xs) { return xs == null ? "null array" : xs.length + " args"; }

    public static void main(String[] args) {
        System.out.println(many(0, 1L << 40, 2.5, 3.25f, (byte) -4, (short) 5000, (char) ('A' + 6), true, "s8", 9L << 40, 10, 11L << 40, 12.5, 13.25f, (byte) -14, (short) 15000, (char) ('A' + 16), true, "s18", 19L << 40, 20, 21L << 40, 22.5, 23.25f, (byte) -24, (short) 25000, (char) ('A' + 26), false, "s28", 29L << 40));
        System.out.println(new InvokeEdge().manyVirtual(0, 1L << 40, 2.5, 3.25f, (byte) -4, (short) 5000, (char) ('A' + 6), true, "s8", 9L << 40, 10, 11L << 40, 12.5, 13.25f, (byte) -14, (short) 15000, (char) ('A' + 16), true, "s18", 19L << 40, 20, 21L << 40, 22.5, 23.25f, (byte) -24, (short) 25000, (char) ('A' + 26), false, "s28", 29L << 40));
        for (int x : new int[] {0, 1, -5, 1000, Integer.MAX_VALUE}) System.out.println("deep(" + x + ") = " + deep(x));
        System.out.println("deepDouble " + deepDouble(0.0) + " " + deepDouble(2.0));
        InvokeEdge nul = null;
        System.out.println(nul.staticMethod() + " " + nul.staticField);
        Runnable r = new Runnable() { public void run() { } public String toString() { return "custom runnable"; } };
        Runnable r2 = r;
        System.out.println("via interface: " + r.toString() + " " + r.equals(r2) + " " + (r.hashCode() == r2.hashCode()));
        Comparable<String> cs = "beta";
        System.out.println("Comparable.compareTo " + cs.compareTo("alpha") + " " + cs.equals("beta"));
        CharSequence seq = new StringBuilder("abc");
        System.out.println("CharSequence " + seq.length() + " " + seq.toString() + " " + seq.charAt(1));
        Base b = new Sq(3);
        Shape s = b;
        System.out.println("miranda " + b.area() + " " + s.name() + " " + b.name());
        System.out.println("super resolves up " + new Child().parentWho() + " " + new Child().who());
        System.out.println("varargs " + varargs() + ", " + varargs((Object[]) null) + ", " + varargs((Object) null) + ", " + varargs(1, "2", 3.0));
        int[] arr = {1, 2};
        Object ao = arr;
        System.out.println("array Object methods " + ao.equals(arr) + " " + (ao.hashCode() == arr.hashCode()) + " " + ao.getClass().getSimpleName());
    }
}
