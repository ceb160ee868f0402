// Library conformance: HashMap/LinkedHashMap/TreeMap/PriorityQueue/ArrayDeque orders, Collections, Arrays, streams, Random.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
public class LibCollections {
  public static void main(String[] args) {
    // HashMap orders
    Map<String,Integer> hm = new HashMap<>();
    String[] words = "the quick brown fox jumps over the lazy dog and then some more words appear here to force resizing of the table beyond sixteen entries okay".split(" ");
    for (String w : words) hm.merge(w, 1, Integer::sum);
    System.out.println(hm);
    Map<Integer,String> im = new HashMap<>();
    for (int i = 0; i < 40; i += 3) im.put(i * 37 % 101, "v" + i);
    System.out.println(im + " " + im.keySet() + " " + im.values());
    Map<String, List<Integer>> g = new HashMap<>();
    for (int i = 0; i < 30; i++) g.computeIfAbsent("k" + (i % 7), k -> new ArrayList<>()).add(i);
    System.out.println(g);
    Map<Object,Object> mixed = new HashMap<>();
    mixed.put(1L, "long"); mixed.put(1.5, "double"); mixed.put('c', "char"); mixed.put(true, "bool"); mixed.put(null, "null"); mixed.put("s", null);
    System.out.println(mixed + " " + mixed.get(null) + " " + mixed.containsValue(null));
    Set<String> hs = new HashSet<>(Arrays.asList(words)); System.out.println(hs);
    Set<Integer> is = new HashSet<>(); for (int i = 100; i > 0; i -= 7) is.add(i * i); System.out.println(is);
    LinkedHashMap<String,Integer> lru = new LinkedHashMap<>(16, 0.75f, true) { protected boolean removeEldestEntry(Map.Entry<String,Integer> e) { return size() > 3; } };
    lru.put("a",1); lru.put("b",2); lru.put("c",3); lru.get("a"); lru.put("d",4); System.out.println(lru);
    TreeMap<String,Integer> tm = new TreeMap<>(hm);
    System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.headMap("fox") + " " + tm.tailMap("the", false) + " " + tm.subMap("b", "l"));
    System.out.println(tm.descendingMap() + " " + tm.floorKey("m") + " " + tm.ceilingKey("m") + " " + tm.higherKey("the") + " " + tm.lowerKey("a"));
    System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm.size() + " " + tm.navigableKeySet().descendingSet());
    TreeSet<Integer> ts = new TreeSet<>(Comparator.reverseOrder()); for (int i = 0; i < 20; i++) ts.add(i * 7 % 13);
    System.out.println(ts + " " + ts.headSet(5) + " " + ts.first() + " " + ts.ceiling(6));
    PriorityQueue<Integer> pq = new PriorityQueue<>(); for (int i = 0; i < 15; i++) pq.add((i * 11) % 17);
    System.out.println(pq); pq.poll(); pq.remove(7); System.out.println(pq + " " + pq.peek());
    PriorityQueue<String> pqs = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
    pqs.addAll(Arrays.asList(words)); StringBuilder sb = new StringBuilder(); while (!pqs.isEmpty()) sb.append(pqs.poll()).append(','); System.out.println(sb);
    ArrayDeque<Integer> dq = new ArrayDeque<>(); for (int i = 0; i < 20; i++) { if (i % 3 == 0) dq.addFirst(i); else dq.addLast(i); }
    System.out.println(dq + " " + dq.pollFirst() + " " + dq.pollLast() + " " + dq.peek()); dq.removeIf(x -> x % 2 == 0); System.out.println(dq);
    LinkedList<String> ll = new LinkedList<>(List.of("a","b","c","d")); ll.add(2, "x"); ll.removeFirst(); ll.addFirst("z"); ListIterator<String> li = ll.listIterator(); while (li.hasNext()) { String s = li.next(); if (s.equals("x")) li.set("X"); if (s.equals("c")) li.remove(); } System.out.println(ll + " " + ll.indexOf("d"));
    List<Integer> al = new ArrayList<>(); for (int i = 0; i < 20; i++) al.add((i * 7) % 20);
    Collections.sort(al); System.out.println(al + " " + Collections.binarySearch(al, 13) + " " + Collections.max(al) + " " + Collections.frequency(al, 3));
    Collections.shuffle(al, new Random(42)); System.out.println(al); Collections.reverse(al); System.out.println(al); Collections.rotate(al, 3); System.out.println(al);
    System.out.println(al.subList(3, 8) + " " + al.contains(5) + " " + al.hashCode() + " " + al.equals(new ArrayList<>(al)));
    al.removeIf(x -> x > 10); al.replaceAll(x -> x * 2); System.out.println(al);
    System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonMap("k", "v") + " " + Collections.unmodifiableList(al).size());
    Stack<Integer> st = new Stack<>(); st.push(1); st.push(2); st.push(3); System.out.println(st + " " + st.pop() + " " + st.peek() + " " + st.search(1));
    Vector<String> v = new Vector<>(List.of("x","y")); v.addElement("z"); System.out.println(v + " " + v.elementAt(1) + " " + v.firstElement());
    // Arrays
    int[] ia = {5, 3, 9, 1, -4, 7, 3}; Arrays.sort(ia); System.out.println(Arrays.toString(ia) + " " + Arrays.binarySearch(ia, 7) + " " + Arrays.binarySearch(ia, 6));
    double[] da = {3.5, -0.0, 0.0, Double.NaN, -1e10, 2}; Arrays.sort(da); System.out.println(Arrays.toString(da));
    String[] sa = {"pear", "Apple", "fig", "banana", "cherry"}; Arrays.sort(sa); System.out.println(Arrays.toString(sa)); Arrays.sort(sa, String.CASE_INSENSITIVE_ORDER); System.out.println(Arrays.toString(sa));
    Arrays.sort(sa, Comparator.comparing(String::length).reversed()); System.out.println(Arrays.toString(sa));
    Integer[][] grid = {{1,2},{3,4}}; System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepHashCode(grid) + " " + Arrays.hashCode(ia));
    int[] filled = new int[5]; Arrays.fill(filled, 1, 4, 9); System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOf(filled, 7)) + " " + Arrays.toString(Arrays.copyOfRange(ia, 2, 5)));
    System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.equals(ia, ia.clone()) + " " + Arrays.stream(ia).sum() + " " + List.of(1,2,3).equals(Arrays.asList(1,2,3)));
    char[] ca = "hello".toCharArray(); Arrays.sort(ca); System.out.println(new String(ca) + Arrays.toString(ca));
    // streams
    System.out.println(IntStream.rangeClosed(1, 10).filter(x -> x % 2 == 1).map(x -> x * x).boxed().collect(Collectors.toList()));
    System.out.println(Stream.of(words).collect(Collectors.groupingBy(String::length, Collectors.counting())));
    System.out.println(Stream.of(words).distinct().sorted().collect(Collectors.joining(", ", "[", "]")));
    System.out.println(Stream.of(words).collect(Collectors.partitioningBy(w -> w.length() > 4)));
    Map<String,Integer> tmm = Stream.of(words).collect(Collectors.toMap(w -> w, String::length, (a, b) -> a + b, TreeMap::new)); System.out.println(tmm);
    System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).summaryStatistics());
    System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(1, 2, 3, 4).average().getAsDouble() + " " + Stream.of(1,2,3).mapToDouble(x -> x * 0.1).sum());
    System.out.println(Stream.iterate(1, x -> x * 2).limit(10).reduce(0, Integer::sum) + " " + Stream.of("a","bb","ccc").map(String::toUpperCase).toList() + " " + IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining("-")));
    System.out.println(Stream.of(5, 3, 8).max(Integer::compare).get() + " " + Stream.of(5,3,8).min(Comparator.naturalOrder()).get() + " " + Stream.of(1,2,3,4).anyMatch(x -> x > 3) + " " + Stream.of(1,2).allMatch(x -> x > 1) + " " + Stream.empty().findFirst().isPresent());
    System.out.println(Stream.of(List.of(1,2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * 10).collect(Collectors.toSet()));
    Map<Character,List<Integer>> gm = Stream.of(words).collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.mapping(String::length, Collectors.toList()))); System.out.println(gm);
    System.out.println(Stream.of(words).mapToInt(String::length).average() + " " + Stream.of(words).collect(Collectors.averagingInt(String::length)) + " " + Stream.of(words).collect(Collectors.summingInt(String::length)));
    LinkedList<Integer> lk = IntStream.range(0, 20).skip(5).limit(7).peek(x -> {}).sorted().boxed().collect(Collectors.toCollection(LinkedList::new)); System.out.println(lk);
    Optional<String> o = Optional.of("x"); System.out.println(o + " " + o.map(s -> s + "y") + " " + Optional.empty() + " " + o.filter(s -> s.isEmpty()).orElse("none") + " " + OptionalInt.of(3) + " " + OptionalDouble.empty());
    StringJoiner sj = new StringJoiner(", ", "{", "}"); sj.setEmptyValue("EMPTY"); System.out.println(sj); sj.add("a").add("b"); System.out.println(sj + " " + sj.length());
    System.out.println(Objects.hash(1, "a", null) + " " + Objects.toString(null, "def") + " " + Objects.equals(null, null) + " " + Objects.requireNonNullElse(null, "x"));
    BiFunction<Integer,Integer,Integer> add = (a, b) -> a + b; Function<Integer,Integer> dbl = x -> x * 2;
    System.out.println(add.andThen(dbl).apply(3, 4) + " " + dbl.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9) + " " + ((Predicate<String>) String::isEmpty).negate().test("") + " " + UnaryOperator.identity().apply("u"));
    Random r = new Random(12345); System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextFloat() + " " + r.nextGaussian() + " " + r.nextInt(5, 10) + " " + r.nextInt(1 << 20));
    int[] counts = new int[6]; Random dice = new Random(7); for (int i = 0; i < 1000; i++) counts[dice.nextInt(6)]++; System.out.println(Arrays.toString(counts));
    System.out.println(new Random(99).ints(5, 0, 10).boxed().collect(Collectors.toList()) + " " + new Random(99).doubles(2).sum());
    EnumMap<Thread.State, Integer> em = new EnumMap<>(Thread.State.class); em.put(Thread.State.WAITING, 1); em.put(Thread.State.NEW, 2); System.out.println(em + " " + EnumSet.of(Thread.State.BLOCKED, Thread.State.NEW) + " " + EnumSet.complementOf(EnumSet.of(Thread.State.NEW)) + " " + EnumSet.range(Thread.State.RUNNABLE, Thread.State.WAITING));
    Iterator<Integer> it = List.of(1,2,3).iterator(); it.next(); it.forEachRemaining(x -> System.out.print(x + ";")); System.out.println();
    Map<String,Integer> cm = new TreeMap<>(Map.of("a",1,"b",2,"c",3)); cm.replaceAll((k, val) -> val * 10); cm.computeIfPresent("b", (k, val) -> null); cm.compute("d", (k, val) -> val == null ? 0 : val + 1); cm.putIfAbsent("a", 99); System.out.println(cm + " " + cm.getOrDefault("zz", -1));
    Properties p = new Properties(); p.setProperty("x", "1"); p.setProperty("y", "2"); System.out.println(p + " " + p.getProperty("x") + " " + p.getProperty("q", "dflt"));
    Hashtable<String,Integer> ht = new Hashtable<>(); for (String w : words) ht.put(w, w.length()); System.out.println(ht);
  }
}
