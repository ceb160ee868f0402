// java.lang.Object methods: clone, equals/hashCode contracts, getClass, default toString shape.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class ObjectMethods {
    static class Sheep implements Cloneable {
        String name;
        int[] tags = {1, 2};
        Sheep(String n) { name = n; }
        @Override public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static final class Key {
        final String a; final int b;
        Key(String a, int b) { this.a = a; this.b = b; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.a.equals(a) && k.b == b; }
        @Override public int hashCode() { return a.hashCode() * 31 + b; }
        @Override public String toString() { return a + "#" + b; }
    }

    static final class BadHash {
        final int v;
        BadHash(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof BadHash h && h.v == v; }
        @Override public int hashCode() { return 7; }          // every key collides
        @Override public String toString() { return "B" + v; }
    }

    public static void main(String[] args) throws Exception {
        Sheep dolly = new Sheep("dolly");
        Sheep copy = dolly.clone();
        System.out.println("clone distinct " + (copy != dolly) + " same class " + (copy.getClass() == Sheep.class) + " name " + copy.name
            + " shallow tags " + (copy.tags == dolly.tags));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Map<Key, String> m = new HashMap<>();
        m.put(new Key("x", 1), "first");
        m.put(new Key("x", 1), "second");
        m.put(new Key("y", 2), "third");
        System.out.println("map size " + m.size() + " get " + m.get(new Key("x", 1)) + " " + m.get(new Key("y", 3)));
        Set<BadHash> bad = new HashSet<>();
        for (int i = 0; i < 20; i++) bad.add(new BadHash(i % 12));
        System.out.println("colliding set size " + bad.size() + " contains B11 " + bad.contains(new BadHash(11)) + " B12 " + bad.contains(new BadHash(12)));
        Object o = new Object();
        String s = o.toString();
        System.out.println("default toString shape " + s.equals("java.lang.Object@" + Integer.toHexString(o.hashCode())));
        Sheep sh = new Sheep("s");
        System.out.println("user class toString shape " + sh.toString().equals("ObjectMethods$Sheep@" + Integer.toHexString(sh.hashCode())));
        System.out.println("equals default " + o.equals(o) + " " + o.equals(new Object()) + " " + o.equals(null));
        System.out.println("hashCode stable " + (o.hashCode() == o.hashCode()));
        System.out.println("getClass " + o.getClass().getName() + " " + "s".getClass().getName() + " " + new int[0][0].getClass().getName()
            + " " + copy.getClass().getSimpleName() + " " + new Key("a", 1).getClass().getName());
        System.out.println("superclass " + Sheep.class.getSuperclass().getName() + " " + Object.class.getSuperclass() + " "
            + Integer.class.getSuperclass().getName() + " " + int[].class.getSuperclass().getName() + " " + Runnable.class.getSuperclass());
        System.out.println("isInstance " + Number.class.isInstance(5) + " " + String.class.isInstance(5) + " isAssignableFrom "
            + Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class) + " "
            + Object[].class.isAssignableFrom(String[].class));
        int[] arr = {3, 1, 2};
        int[] arrClone = arr.clone();
        arrClone[0] = 9;
        System.out.println("array clone " + arr[0] + " " + arrClone[0] + " " + arr.getClass().getName());
        System.out.println("String hashCode " + "hello".hashCode() + " Integer " + Integer.valueOf(99).hashCode() + " Boolean "
            + Boolean.TRUE.hashCode() + " Character " + Character.valueOf('x').hashCode() + " List " + java.util.List.of(1, 2, 3).hashCode()
            + " Map.entry " + Map.entry("k", "v").hashCode());
    }
}
