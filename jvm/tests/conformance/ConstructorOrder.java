// Instance creation order: field initializers, instance initializer blocks,
// constructor chaining, and virtual calls from a superclass constructor.
public class ConstructorOrder {
    static StringBuilder log = new StringBuilder();
    static int mark(String s) { log.append(s).append(' '); return s.length(); }

    static class Base {
        int a = mark("Base.a");
        { mark("Base.init"); }
        final String label;
        Base() { this("default"); mark("Base()"); }
        Base(String label) { this.label = label; mark("Base(" + label + ")"); describe(); }
        void describe() { mark("Base.describe"); }
    }

    static class Derived extends Base {
        int b = mark("Derived.b");
        String name = "named";
        int seenInDescribe = -1;
        { mark("Derived.init"); }
        Derived() { super(); mark("Derived()"); }
        Derived(int x) { super("x" + x); mark("Derived(int)"); }
        @Override void describe() {
            // runs before Derived's field initializers: fields still have default values
            seenInDescribe = b;
            mark("Derived.describe(b=" + b + ",name=" + name + ")");
        }
    }

    static class Counter {
        static int created;
        final int id;
        Counter() { id = ++created; }
    }

    static class FinalFields {
        final int x;
        final String y;
        FinalFields(boolean flag) {
            if (flag) { x = 1; y = "yes"; } else { x = 2; y = "no"; }
        }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println(log.toString().trim());
        System.out.println("after: a=" + d.a + " b=" + d.b + " name=" + d.name + " label=" + d.label + " seenInDescribe=" + d.seenInDescribe);
        log.setLength(0);
        Derived d2 = new Derived(7);
        System.out.println(log.toString().trim());
        System.out.println("label " + d2.label + " seenInDescribe " + d2.seenInDescribe);
        for (int i = 0; i < 3; i++) new Counter();
        System.out.println("counters " + Counter.created + " " + new Counter().id);
        FinalFields f1 = new FinalFields(true), f2 = new FinalFields(false);
        System.out.println("finals " + f1.x + f1.y + " " + f2.x + f2.y);
        Object anon = new Object() {
            int v;
            { v = 99; mark("anon.init"); }
            @Override public String toString() { return "anon v=" + v; }
        };
        System.out.println(anon);
    }
}
