// Covariant returns and generic bridge methods.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Bridges {
    static class Animal {
        Animal self() { return this; }
        Object value() { return "animal-value"; }
        public String toString() { return "Animal"; }
    }
    static class Dog extends Animal {
        @Override Dog self() { return this; }           // covariant: bridge Animal self()
        @Override String value() { return "dog-value"; }
        String bark() { return "woof"; }
        public String toString() { return "Dog"; }
    }

    interface Box<T> { T get(); void set(T t); }
    static class IntBox implements Box<Integer> {
        private Integer v = 0;
        public Integer get() { return v; }
        public void set(Integer t) { v = t * 2; }      // bridge set(Object)
    }

    static abstract class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();
        public int compareTo(Node<T> o) { return key().compareTo(o.key()); }
    }
    static class StrNode extends Node<String> {
        final String k;
        StrNode(String k) { this.k = k; }
        String key() { return k; }
        public String toString() { return "N(" + k + ")"; }
    }

    interface Transformer<A, B> { B apply(A a); }
    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) { return s.length(); }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.self() + " " + a.value());
        System.out.println(new Dog().self().bark());
        Box<Integer> b = new IntBox();
        b.set(21);
        System.out.println("box " + b.get());
        Box raw = b;
        raw.set(5);
        System.out.println("raw box " + raw.get());
        try {
            raw.set("not an int");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: CCE");
        }
        List<StrNode> nodes = new ArrayList<>();
        for (String s : new String[] {"pear", "apple", "fig", "kiwi"}) nodes.add(new StrNode(s));
        Collections.sort(nodes);
        System.out.println(nodes);
        Comparable c = nodes.get(0);
        System.out.println("raw compareTo " + Integer.signum(c.compareTo(nodes.get(1))));
        Transformer t = new Length();
        System.out.println("length " + t.apply("bridges"));
        System.out.println("done");
    }
}
