// Static initializer order across superclasses and superinterfaces (JVMS 5.5).
public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        System.out.println("init " + s);
        log.append(s).append(' ');
        return s.length();
    }

    interface Plain {                       // no default methods: not initialized with implementors
        int P = note("Plain.P");
    }

    interface WithDefault {                 // declares a default method: initialized before the class
        int W = note("WithDefault.W");
        default String hello() { return "hello from WithDefault"; }
    }

    interface SubDefault extends WithDefault {
        int S = note("SubDefault.S");
        default String sub() { return "sub"; }
    }

    static class Base {
        static int b = note("Base.b");
        static { note("Base.static"); }
        Base() { System.out.println("Base()"); }
    }

    static class Derived extends Base implements Plain, SubDefault {
        static int d = note("Derived.d");
        static { note("Derived.static"); }
        static final int CONST = 42;                       // compile-time constant: no init
        static final Integer BOXED = note("Derived.BOXED"); // not a constant
        Derived() { super(); System.out.println("Derived()"); }
    }

    static class Holder {
        static { note("Holder.static"); }
        static int value = 7;
        static void touch() { System.out.println("Holder.touch"); }
    }

    static class SubHolder extends Holder {
        static { note("SubHolder.static"); }
    }

    static class Counter {
        static int count;
        static { count = 10; note("Counter.static count=" + count); }
        static { count += 5; note("Counter.static2 count=" + count); }
    }

    public static void main(String[] args) {
        System.out.println("main start");
        System.out.println("Derived.CONST = " + Derived.CONST);
        System.out.println("before new Derived");
        Derived x = new Derived();
        System.out.println("after new Derived");
        System.out.println(x.hello() + " / " + x.sub());
        new Derived();
        System.out.println("Plain.P = " + Plain.P);
        System.out.println("SubHolder.value = " + SubHolder.value); // only Holder is initialized
        SubHolder.touch();
        System.out.println("new SubHolder");
        new SubHolder();
        System.out.println("Counter.count = " + Counter.count);
        System.out.println("Derived.BOXED = " + Derived.BOXED);
        System.out.println("log: " + log.toString().trim());
    }
}
