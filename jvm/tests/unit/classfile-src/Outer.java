// Deeply nested classes, an abstract class and a plain interface hierarchy.
public abstract class Outer {
    abstract int value();
    interface Base { int id(); }
    interface Derived extends Base, Comparable<Derived> {
        default int compareTo(Derived o) { return Integer.compare(id(), o.id()); }
    }
    public static class Level1 {
        public class Level2 {
            private class Level3 {
                int depth() { return 3; }
            }
            int depth() { return new Level3().depth() - 1; }
        }
    }
    static Outer make(int v) {
        return new Outer() { int value() { return v; } };
    }
    public static void main(String[] args) {
        System.out.println(make(42).value() + new Level1().new Level2().depth());
    }
}
