// HashMap / LinkedHashMap / TreeMap: operations and iteration order.
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class Maps {
    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        String[] words = {"banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "Aa", "BB", "kiwi", "lemon", "mango", "x", "yy", "zzz"};
        for (int i = 0; i < words.length; i++) hm.put(words[i], i);
        System.out.println("HashMap " + hm);
        System.out.println("keys " + hm.keySet());
        System.out.println("values " + hm.values());
        Map<Integer, String> im = new HashMap<>();
        for (int k : new int[] {100, -5, 17, 3, 64, 0, 1 << 20, 33, 16, 999999, -100}) im.put(k, "v" + k);
        System.out.println("Integer keys " + im);
        for (int i = 0; i < 100; i++) im.put(i * 7, "n" + i);   // forces resizes
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> e : im.entrySet()) if (e.getKey() % 5 == 0) sb.append(e.getKey()).append(' ');
        System.out.println("after resize, keys %5: " + sb + " size " + im.size());
        System.out.println("get " + hm.get("fig") + " " + hm.get("nope") + " getOrDefault " + hm.getOrDefault("nope", -1)
            + " containsKey " + hm.containsKey("kiwi") + " containsValue " + hm.containsValue(3) + " " + hm.containsValue(99));
        System.out.println("put returns " + hm.put("fig", 55) + " putIfAbsent " + hm.putIfAbsent("fig", 66) + " " + hm.putIfAbsent("new", 7)
            + " remove " + hm.remove("banana") + " " + hm.remove("banana"));
        hm.merge("apple", 10, Integer::sum);
        hm.merge("plum", 1, Integer::sum);
        hm.compute("cherry", (k, v) -> v == null ? 0 : v * 100);
        hm.computeIfAbsent("quince", k -> k.length());
        hm.computeIfPresent("date", (k, v) -> null);     // removes
        System.out.println("after merge/compute " + hm);
        hm.replaceAll((k, v) -> v + k.length());
        System.out.println("replaceAll " + hm);
        Map<String, Integer> nulls = new HashMap<>();
        nulls.put(null, 1);
        nulls.put("k", null);
        System.out.println("nulls " + nulls + " " + nulls.get(null) + " " + nulls.containsKey("k") + " " + nulls.get("k"));
        Map<String, Integer> lhm = new LinkedHashMap<>();
        for (String w : words) lhm.put(w, w.length());
        lhm.put("banana", 0);                  // re-put keeps position
        lhm.remove("cherry");
        lhm.put("cherry", 9);                  // re-insert goes to the end
        System.out.println("LinkedHashMap " + lhm);
        LinkedHashMap<Integer, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> e) { return size() > 4; }
        };
        for (int i = 1; i <= 4; i++) lru.put(i, i * i);
        lru.get(1);
        lru.put(5, 25);
        lru.get(3);
        lru.put(6, 36);
        System.out.println("LRU " + lru);
        TreeMap<String, Integer> tm = new TreeMap<>(hm);
        System.out.println("TreeMap " + tm);
        System.out.println("first " + tm.firstKey() + " last " + tm.lastKey() + " floor(c) " + tm.floorKey("c") + " ceiling(c) " + tm.ceilingKey("c")
            + " lower(fig) " + tm.lowerKey("fig") + " higher(fig) " + tm.higherKey("fig"));
        System.out.println("head(e) " + tm.headMap("e") + " tail(l) " + tm.tailMap("l") + " sub(c,k) " + tm.subMap("c", "k"));
        System.out.println("descending " + tm.descendingMap().keySet() + " firstEntry " + tm.firstEntry() + " pollLast " + tm.pollLastEntry());
        TreeMap<Integer, String> rev = new TreeMap<>((x, y) -> y - x);
        for (int k : new int[] {5, 1, 9, 3}) rev.put(k, "#" + k);
        System.out.println("reverse TreeMap " + rev + " headMap(3) " + rev.headMap(3));
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println("counts " + counts);
        Map<String, Integer> a = new HashMap<>(Map.of("x", 1, "y", 2));
        Map<String, Integer> b = new TreeMap<>(a);
        System.out.println("equals across types " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
        Map.Entry<String, Integer> e = Map.entry("key", 5);
        System.out.println("entry " + e + " " + e.getKey() + " " + e.getValue());
        sb.setLength(0);
        hm.forEach((k, v) -> sb.append(k.charAt(0)));
        System.out.println("forEach " + sb);
        HashMap<Character, Integer> freq = new HashMap<>();
        for (char ch : "mississippi".toCharArray()) freq.put(ch, freq.getOrDefault(ch, 0) + 1);
        System.out.println("freq " + freq);
    }
}
