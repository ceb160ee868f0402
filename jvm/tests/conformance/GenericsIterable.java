// Comparable/compareTo on custom classes, Iterable in for-each, generic interfaces and methods.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

public class GenericsIterable {
    static final class Version implements Comparable<Version> {
        final int major, minor, patch;
        Version(String s) {
            String[] p = s.split("\\.");
            major = Integer.parseInt(p[0]); minor = Integer.parseInt(p[1]); patch = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        }
        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            if (minor != o.minor) return Integer.compare(minor, o.minor);
            return Integer.compare(patch, o.patch);
        }
        @Override public boolean equals(Object o) { return o instanceof Version v && compareTo(v) == 0; }
        @Override public int hashCode() { return (major * 31 + minor) * 31 + patch; }
        @Override public String toString() { return major + "." + minor + "." + patch; }
    }

    static final class Range implements Iterable<Integer> {
        final int from, to, step;
        Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;
                public boolean hasNext() { return step > 0 ? next < to : next > to; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted");
                    int v = next; next += step; return v;
                }
            };
        }
    }

    interface Stack<T> extends Iterable<T> {
        void push(T t);
        T pop();
        boolean isEmpty();
        default T peekOr(T dflt) { if (isEmpty()) return dflt; T t = pop(); push(t); return t; }
    }

    static final class LinkedStack<T> implements Stack<T> {
        private static final class Node<T> { final T v; final Node<T> next; Node(T v, Node<T> n) { this.v = v; next = n; } }
        private Node<T> head;
        private int size;
        public void push(T t) { head = new Node<>(t, head); size++; }
        public T pop() { if (head == null) throw new IllegalStateException("empty"); T v = head.v; head = head.next; size--; return v; }
        public boolean isEmpty() { return head == null; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node<T> cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() { T v = cur.v; cur = cur.next; return v; }
            };
        }
        <R> LinkedStack<R> map(Function<? super T, ? extends R> f) {
            LinkedStack<R> tmp = new LinkedStack<>(), out = new LinkedStack<>();
            for (T t : this) tmp.push(f.apply(t));
            for (R r : tmp) out.push(r);
            return out;
        }
        public String toString() { StringBuilder sb = new StringBuilder("["); for (T t : this) sb.append(sb.length() > 1 ? ", " : "").append(t); return sb + "] size " + size; }
    }

    static <T extends Comparable<? super T>> T max(Iterable<T> items) {
        T best = null;
        for (T t : items) if (best == null || t.compareTo(best) > 0) best = t;
        return best;
    }

    static <K, V extends Comparable<V>> K argMax(List<K> keys, Function<K, V> f) {
        K best = keys.get(0);
        for (K k : keys) if (f.apply(k).compareTo(f.apply(best)) > 0) best = k;
        return best;
    }

    static double sum(List<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> dst, int n) { for (int i = 0; i < n; i++) dst.add(i); }

    @SafeVarargs
    static <T> List<T> listOf(T... xs) { List<T> l = new ArrayList<>(); Collections.addAll(l, xs); return l; }

    public static void main(String[] args) {
        List<Version> vs = new ArrayList<>();
        for (String s : new String[] {"1.10.0", "1.2", "1.9.9", "0.9.1", "2.0", "1.2.0"}) vs.add(new Version(s));
        Collections.sort(vs);
        System.out.println("sorted " + vs + " max " + max(vs) + " equals " + vs.get(1).equals(vs.get(2)) + " hash " + vs.get(1).hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        for (int i : new Range(5, -5, -4)) sb.append(i).append(' ');
        System.out.println("ranges " + sb + "max " + max(new Range(3, 50, 7)));
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("exhausted: " + e.getMessage()); }
        LinkedStack<String> st = new LinkedStack<>();
        for (String s : "a bb ccc dddd".split(" ")) st.push(s);
        System.out.println("stack " + st + " peekOr " + st.peekOr("none") + " mapped " + st.map(String::length));
        Stack<Integer> si = new LinkedStack<>();
        System.out.println("empty peekOr " + si.peekOr(-1));
        try { si.pop(); } catch (IllegalStateException e) { System.out.println("pop empty: " + e.getMessage()); }
        List<String> words = listOf("kiwi", "banana", "fig", "cherry");
        System.out.println("argMax length " + argMax(words, String::length) + " max " + max(words));
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        nums.add(2.5);
        System.out.println("wildcards " + nums + " sum " + sum(nums) + " " + sum(listOf(1L, 2L)));
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        System.out.println("super wildcard " + objs);
    }
}
