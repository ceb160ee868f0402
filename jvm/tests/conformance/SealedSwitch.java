// Sealed hierarchies, pattern instanceof, switch on strings/enums, switch expressions.
public class SealedSwitch {
    sealed interface Expr permits Num, Add, Mul, Neg { }
    record Num(int v) implements Expr { }
    record Add(Expr l, Expr r) implements Expr { }
    record Mul(Expr l, Expr r) implements Expr { }
    static final class Neg implements Expr {
        final Expr e;
        Neg(Expr e) { this.e = e; }
        public String toString() { return "Neg(" + e + ")"; }
    }

    static abstract sealed class Vehicle permits Car, Truck { abstract int wheels(); }
    static final class Car extends Vehicle { int wheels() { return 4; } }
    static non-sealed class Truck extends Vehicle { int wheels() { return 6; } }
    static class BigTruck extends Truck { int wheels() { return 18; } }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg n) return -eval(n.e);
        throw new AssertionError();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.v());
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        return "-" + show(((Neg) e).e);
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String kind(Day d) {
        return switch (d) {
            case SAT, SUN -> "weekend";
            case FRI -> "almost";
            default -> "weekday";
        };
    }

    static int letters(String s) {
        switch (s) {
            case "one": return 1;
            case "two":
            case "three": return s.length() * 10;
            case "Aa": return 100;           // same hashCode as "BB"
            case "BB": return 200;
            case "": return -1;
            default: return 0;
        }
    }

    static String classify(Object o) {
        String r;
        if (o instanceof String s && s.length() > 3) r = "long string " + s;
        else if (o instanceof String s) r = "short string " + s;
        else if (o instanceof Integer i && i > 10) r = "big int " + i;
        else if (!(o instanceof Number n)) r = "other " + o;
        else r = "number " + n.intValue();
        return r;
    }

    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Neg(new Add(new Num(1), new Num(4)))));
        System.out.println(e);
        System.out.println(show(e) + " = " + eval(e));
        Vehicle[] vs = { new Car(), new Truck(), new BigTruck() };
        for (Vehicle v : vs) System.out.println(v.getClass().getSimpleName() + " " + v.wheels());
        for (Day d : Day.values()) System.out.print(d + ":" + kind(d) + " ");
        System.out.println();
        for (String s : new String[] {"one", "two", "three", "four", "Aa", "BB", "", "ONE"})
            System.out.print("[" + s + "]=" + letters(s) + " ");
        System.out.println();
        for (Object o : new Object[] {"hi", "hello", 5, 50, 2.5, 'c', null})
            System.out.println(classify(o));
        int k = 3;
        String word = switch (k) { case 1 -> "one"; case 2, 3 -> { String t = "two-or-three"; yield t.toUpperCase(); } default -> "many"; };
        System.out.println(word);
        char c = 'x';
        int code = switch (c) { case 'a': yield 1; case 'x': yield 24; default: yield 0; };
        System.out.println("code " + code);
        System.out.println("sealed " + Expr.class.isInterface() + " " + Vehicle.class.getSimpleName());
    }
}
