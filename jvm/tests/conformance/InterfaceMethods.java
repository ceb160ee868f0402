// Interface default, static and private methods; diamond resolution; constants.
public class InterfaceMethods {
    interface Greeter {
        String PREFIX = "Hi ";                  // implicitly public static final
        int LIMIT = PREFIX.length() * 10;
        String name();
        default String greet() { return decorate(PREFIX + name()); }
        private String decorate(String s) { return "[" + s + "]"; }
        static Greeter of(String n) { return () -> n; }
        static String shout(String s) { return helper(s).toUpperCase(); }
        private static String helper(String s) { return s + "!"; }
    }

    interface Left { default String who() { return "Left"; } }
    interface Right { default String who() { return "Right"; } }

    static class Both implements Left, Right {
        public String who() { return "Both(" + Left.super.who() + "+" + Right.super.who() + ")"; }
    }

    interface Top { default String where() { return "Top"; } }
    interface Mid1 extends Top { }
    interface Mid2 extends Top { default String where() { return "Mid2"; } }
    static class Diamond implements Mid1, Mid2 { }   // Mid2 is more specific than Top

    static abstract class AbstractGreeter implements Greeter {
        public String greet() { return "abstract:" + Greeter.super.greet(); }
    }
    static class Bob extends AbstractGreeter {
        public String name() { return "Bob"; }
    }

    static class ClassWins implements Left {
        public String who() { return "ClassWins"; }
    }
    static class Parent { public String who() { return "Parent"; } }
    static class Child extends Parent implements Left, Right { }  // class method beats defaults

    interface Counter {
        int next();
        default int skip(int n) { int r = 0; for (int i = 0; i < n; i++) r = next(); return r; }
    }

    public static void main(String[] args) {
        Greeter g = Greeter.of("Ann");
        System.out.println(g.greet());
        System.out.println(Greeter.shout("hey"));
        System.out.println("LIMIT=" + Greeter.LIMIT + " PREFIX='" + Greeter.PREFIX + "'");
        System.out.println(new Both().who());
        System.out.println(new Diamond().where());
        System.out.println(new Bob().greet());
        System.out.println(new ClassWins().who());
        System.out.println(new Child().who());
        Left l = new Child();
        System.out.println("via Left: " + l.who());
        int[] c = {0};
        Counter ctr = () -> ++c[0];
        System.out.println("skip(5)=" + ctr.skip(5) + " next=" + ctr.next());
        Greeter anon = new Greeter() {
            public String name() { return "Anon"; }
            public String greet() { return "custom " + name(); }
        };
        System.out.println(anon.greet());
        Object o = anon;
        System.out.println("instanceof Greeter: " + (o instanceof Greeter));
        System.out.println("Both is Left: " + (new Both() instanceof Left) + ", Right: " + (new Both() instanceof Right));
    }
}
