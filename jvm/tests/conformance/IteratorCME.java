// Iterator protocol and ConcurrentModificationException.
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

public class IteratorCME {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        try {
            for (Integer x : list) if (x == 2) list.remove(x);
            System.out.println("no CME?");
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList CME " + e.getMessage() + " list now " + list);
        }
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3));
        for (Integer x : l2) if (x == 2) l2.remove(x);   // removing the second-to-last: loop ends without CME
        System.out.println("second-to-last removal " + l2);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        try {
            for (String k : m.keySet()) m.put(k + k, 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("HashMap CME");
        }
        LinkedList<String> ll = new LinkedList<>(List.of("x", "y", "z"));
        try {
            Iterator<String> it = ll.iterator();
            it.next();
            ll.add("w");
            it.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("LinkedList CME");
        }
        TreeMap<Integer, Integer> tm = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
        try {
            for (Integer k : tm.keySet()) tm.remove(k + 1);
        } catch (ConcurrentModificationException e) {
            System.out.println("TreeMap CME");
        }
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println("iterator.remove " + list);
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: NoSuchElementException");
        }
        Iterator<Integer> fresh = list.iterator();
        try {
            fresh.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        Iterator<Map.Entry<String, Integer>> eit = new TreeMap<>(Map.of("k1", 1, "k2", 2, "k3", 3)).entrySet().iterator();
        StringBuilder sb = new StringBuilder();
        while (eit.hasNext()) {
            Map.Entry<String, Integer> e = eit.next();
            if (e.getValue() == 2) { eit.remove(); continue; }
            e.setValue(e.getValue() * 10);
            sb.append(e);
        }
        System.out.println("entry iteration " + sb);
        List<String> empty = new ArrayList<>();
        System.out.println("empty iterator hasNext " + empty.iterator().hasNext());
        Map<Integer, String> hm = new HashMap<>();
        for (int i = 0; i < 20; i++) hm.put(i, "v" + i);
        hm.entrySet().removeIf(e -> e.getKey() % 3 != 0);
        hm.values().removeIf(v -> v.equals("v9"));
        hm.keySet().remove(12);
        System.out.println("view removals " + hm);
        list.forEach(x -> System.out.print(x + ";"));
        System.out.println();
    }
}
