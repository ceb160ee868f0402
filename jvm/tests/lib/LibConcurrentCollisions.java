// Library conformance: ConcurrentHashMap with colliding hashes (presize on a long bin, tree bin order).
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*; import java.util.concurrent.*;
public class LibConcurrentCollisions { static final class K { final int v; K(int v) { this.v = v; } public int hashCode() { return v % 5 == 0 ? 3 : v; } public boolean equals(Object o) { return o instanceof K && ((K) o).v == v; } public String toString() { return "k" + v; } }
public static void main(String[] a) { Map<K,Integer> m = new ConcurrentHashMap<>(); for (int i = 0; i < 45; i++) { m.put(new K(i), i); if (i % 5 == 4) System.out.println(m.keySet()); } } }
