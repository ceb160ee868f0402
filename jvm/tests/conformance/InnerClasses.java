// Inner, static nested, anonymous and local classes; nest-mate private access.
import java.util.ArrayList;
import java.util.List;

public class InnerClasses {
    private int secret = 42;
    private static String hidden = "outer-static-private";
    private String name;

    InnerClasses(String name) { this.name = name; }

    private String whisper() { return "whisper from " + name; }

    class Inner {
        private int innerSecret = 7;
        int secret = 1;                          // shadows the outer field
        String show() {
            return "Inner sees outer secret=" + InnerClasses.this.secret + " own=" + secret
                + " " + whisper() + " " + hidden;
        }
        class Deeper {
            String show() { return "Deeper: " + name + " " + innerSecret; }
        }
    }

    static class Nested {
        private int n;
        Nested(int n) { this.n = n; }
        String show(InnerClasses o) { return "Nested " + n + " reads " + o.secret + " and " + hidden; }
    }

    interface Op { int apply(int x); }

    Op adder(int k) {
        class LocalAdder implements Op {
            private final int base = secret;
            public int apply(int x) { return x + k + base; }
            public String toString() { return "LocalAdder(k=" + k + ",base=" + base + ")"; }
        }
        return new LocalAdder();
    }

    Op multiplier(final int m) {
        return new Op() {
            int calls;
            public int apply(int x) { calls++; return x * m + calls; }
        };
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outerA");
        InnerClasses.Inner in = outer.new Inner();
        System.out.println(in.show());
        System.out.println("inner private via outer: " + in.innerSecret);
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(d.show());
        Nested n = new Nested(5);
        System.out.println(n.show(outer) + " n.n=" + n.n);
        outer.secret = 100;
        System.out.println(in.show());
        Op a = outer.adder(3);
        System.out.println(a + " apply(10)=" + a.apply(10));
        Op m = outer.multiplier(4);
        System.out.println("mul " + m.apply(1) + " " + m.apply(2) + " " + m.apply(3));
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int j = i;
            ops.add(new Op() { public int apply(int x) { return x * j; } });
        }
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) sb.append(op.apply(10)).append(',');
        System.out.println("anon loop: " + sb);
        Runnable r = new Runnable() {
            public void run() { System.out.println("anon runnable sees " + hidden); }
        };
        r.run();
        System.out.println("Inner simple name: " + Inner.class.getSimpleName()
            + ", name: " + Inner.class.getName());
        System.out.println("Deeper name: " + Inner.Deeper.class.getName());
    }
}
