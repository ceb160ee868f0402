// Library conformance: ConcurrentHashMap iteration order across resizes, atomics, CopyOnWriteArrayList.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
public class LibConcurrent { public static void main(String[] a) {
  ConcurrentHashMap<String,Integer> m = new ConcurrentHashMap<>();
  for (int i = 0; i < 100; i++) { m.put("key" + (i * 37 % 101), i); if (i == 11 || i == 12 || i == 30 || i == 60) System.out.println(m); }
  System.out.println(m.keySet()); System.out.println(m.values());
  ConcurrentHashMap<Integer,Integer> m2 = new ConcurrentHashMap<>(Map.of(1,1,17,2,33,3,49,4,65,5));
  for (int i = 0; i < 50; i++) m2.merge(i * 16 % 97, 1, Integer::sum); System.out.println(m2);
  ConcurrentHashMap<Integer,Integer> m3 = new ConcurrentHashMap<>(64); for (int i = 0; i < 70; i++) m3.put(i * 31, i); System.out.println(m3);
  Map<String,Integer> hm = new HashMap<>(); for (int i = 0; i < 30; i++) hm.put("h" + i, i); System.out.println(new ConcurrentHashMap<>(hm));
  Set<String> ks = ConcurrentHashMap.newKeySet(); for (String s : "a b c d e f g h i j k l m n o p q".split(" ")) ks.add(s); System.out.println(ks);
  AtomicInteger ai = new AtomicInteger(); List<Integer> l = List.of(1,2,3); l.forEach(x -> ai.addAndGet(x)); System.out.println(ai + " " + ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.compareAndSet(7, 9) + " " + ai.updateAndGet(x -> x * 2) + " " + new AtomicLong(5).accumulateAndGet(3, Long::max) + " " + new AtomicReference<>("r") + " " + new AtomicBoolean(true) + " " + new AtomicIntegerArray(3));
  CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1,2,3)); for (Integer x : cow) cow.add(x * 10); System.out.println(cow + " " + TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.convert(2, TimeUnit.MINUTES));
}}
