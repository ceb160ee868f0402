// Library conformance: HashMap/LinkedHashMap with colliding hashes (resize at 8 collisions, tree bins, removal, splits).
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
public class LibHashTreeBins {
  static final class K implements Comparable<K> { final int v, h; K(int v, int h) { this.v = v; this.h = h; } public int hashCode() { return h; } public boolean equals(Object o) { return o instanceof K && ((K) o).v == v; } public String toString() { return v + "/" + h; } public int compareTo(K o) { return Integer.compare(v, o.v); } }
  public static void main(String[] a) {
    Random r = new Random(17);
    for (int round = 0; round < 6; round++) {
      Map<K,Integer> m = round % 2 == 0 ? new HashMap<>() : new LinkedHashMap<>();
      StringBuilder log = new StringBuilder();
      for (int op = 0; op < 600; op++) {
        int v = r.nextInt(120); K k = new K(v, (v % 4) * 64 + (round > 3 ? v % 2 : 0));
        switch (r.nextInt(6)) {
          case 0: case 1: m.put(k, op); break;
          case 2: m.remove(k); break;
          case 3: m.computeIfAbsent(k, x -> 1); break;
          case 4: m.merge(k, 1, Integer::sum); break;
          default: { Iterator<K> it = m.keySet().iterator(); int n = r.nextInt(5); while (it.hasNext()) { K x = it.next(); if (x.v % 7 == n) it.remove(); } }
        }
        if (op % 100 == 99) log.append(m.keySet()).append('\n');
      }
      System.out.print(log);
      System.out.println(m.size() + " " + m.get(new K(5, 5 % 4 * 64)) + " " + m.containsKey(new K(7, 7 % 4 * 64)));
    }
    Map<String,Integer> sm = new HashMap<>();
    for (int i = 0; i < 3000; i++) sm.put(Integer.toString(i * 7919 % 10007, 36), i);
    for (int i = 0; i < 3000; i += 3) sm.remove(Integer.toString(i * 7919 % 10007, 36));
    System.out.println(sm.keySet().hashCode() + " " + new ArrayList<>(sm.keySet()).subList(0, 50));
  }
}
