// ClassCastException message texts.
public class ClassCastMessages {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }
    interface Flyer { }

    interface Call { Object run() throws Throwable; }
    static void check(String label, Call c) {
        try {
            Object r = c.run();
            System.out.println(label + ": ok " + (r == null ? "null" : r.getClass().getName()));
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        } catch (Throwable t) {
            System.out.println(label + ": unexpected " + t);
        }
    }

    static Object obj(Object o) { return o; }

    public static void main(String[] args) {
        check("Integer->String", () -> (String) obj(42));
        check("String->Integer", () -> (Integer) obj("s"));
        check("Cat->Dog", () -> (Dog) obj(new Cat()));
        check("Animal->Dog", () -> (Dog) obj(new Animal()));
        check("Dog->Animal", () -> (Animal) obj(new Dog()));
        check("Dog->Flyer", () -> (Flyer) obj(new Dog()));
        check("int[]->long[]", () -> (long[]) obj(new int[1]));
        check("Object[]->String[]", () -> (String[]) obj(new Object[1]));
        check("String[]->Object[]", () -> (Object[]) obj(new String[1]));
        check("int[][]->Object[]", () -> (Object[]) obj(new int[1][1]));
        check("Dog[]->Cat[]", () -> (Cat[]) obj(new Dog[1]));
        check("String->Runnable", () -> (Runnable) obj("r"));
        check("Double->Number", () -> (Number) obj(1.5));
        check("Long->Comparable", () -> (Comparable<?>) obj(1L));
        check("null->Dog", () -> (Dog) obj(null));
        check("Class.cast", () -> String.class.cast(7));
        check("generic erasure", () -> {
            java.util.List<Object> raw = new java.util.ArrayList<>();
            raw.add(3.0);
            @SuppressWarnings("unchecked") java.util.List<String> strs = (java.util.List<String>) (java.util.List<?>) raw;
            String s = strs.get(0);
            return s;
        });
    }
}
