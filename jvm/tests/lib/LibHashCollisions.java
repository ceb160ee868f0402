// Library conformance: HashMap/LinkedHashMap with colliding hashes (resize at 8 collisions, tree bins, removal, splits).
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
public class LibHashCollisions { 
  static final class K implements Comparable<K> { final int v; K(int v) { this.v = v; } public int hashCode() { return v % 3 == 0 ? 7 : v; } public boolean equals(Object o) { return o instanceof K && ((K) o).v == v; } public String toString() { return "k" + v; } public int compareTo(K o) { return Integer.compare(v, o.v); } }
  public static void main(String[] a) {
    Map<Object,Integer> m = new HashMap<>(); for (int i = 0; i < 40; i++) { m.put(new K(i), i); if (i % 5 == 4) System.out.println(m.keySet()); }
    Map<Object,Integer> m2 = new HashMap<>(); for (int i = 0; i < 30; i++) { m2.computeIfAbsent(new K(i * 3), k -> 1); m2.merge("s" + i, 1, Integer::sum); } System.out.println(m2.keySet());
    Map<String,Integer> m3 = new HashMap<>(); String[] coll = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "AaAaAa", "AaAaBB", "AaBBAa", "AaBBBB", "BBAaAa", "BBAaBB", "BBBBAa", "BBBBBB"}; for (String s : coll) m3.put(s, s.length()); for (int i = 0; i < 20; i++) m3.put("x" + i, i); System.out.println(m3);
  }
}
