// Classes are initialized only at first active use.
public class LazyLoading {
    static class A {
        static { System.out.println("A initialized"); }
        static int field = 1;
        static void m() { System.out.println("A.m"); }
    }
    static class B {
        static { System.out.println("B initialized"); }
        int x = 3;
    }
    static class C {
        static { System.out.println("C initialized"); }
        static final String NAME = "constant";   // inlined constant
    }
    static class D {
        static { System.out.println("D initialized"); }
    }
    static class E {
        static { System.out.println("E initialized"); }
        static int v = 99;
    }
    static class F {
        static { System.out.println("F initialized"); }
        static int v = 5;
    }
    static class Never {
        static { System.out.println("Never initialized (wrong!)"); }
    }

    static boolean flag(boolean b) { return b; }

    public static void main(String[] args) throws Exception {
        System.out.println("start");
        if (flag(false)) new Never();
        System.out.println("C.NAME = " + C.NAME);
        B[] arr = new B[4];                     // array creation: no init
        System.out.println("B[] length " + arr.length);
        Class<?> dc = D.class;                  // class literal: no init
        System.out.println("got " + dc.getName());
        System.out.println("before A.field");
        System.out.println("A.field = " + A.field);
        A.m();
        System.out.println("before new B");
        System.out.println("new B().x = " + new B().x);
        System.out.println("forName E without init");
        Class<?> ec = Class.forName("LazyLoading$E", false, LazyLoading.class.getClassLoader());
        System.out.println("loaded " + ec.getName());
        System.out.println("forName E with init");
        Class.forName("LazyLoading$E");
        System.out.println("E.v = " + E.v);
        Class.forName("LazyLoading$F");
        Class.forName("LazyLoading$F");
        System.out.println("F.v = " + F.v);
        try {
            Class.forName("LazyLoading$Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("CNFE " + e.getMessage());
        }
        System.out.println("end");
    }
}
