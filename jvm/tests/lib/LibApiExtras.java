// Library conformance: JDK 9+ additions and views — Arrays.compare/mismatch, lazy Random streams,
// Scanner big numbers/tokens, unmodifiable/synchronized sorted views, Data streams, file readers/writers.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.io.*;
import java.math.*;
import java.util.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;
public class LibApiExtras {
  interface R { Object run() throws Exception; }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
  public static void main(String[] args) throws Exception {
    int[] a = {1, 2, 3, 4}, b = {1, 2, 4}, c = {1, 2, 3};
    t("cmp", () -> Arrays.compare(a, b) + " " + Arrays.compare(a, c) + " " + Arrays.compare(c, a) + " " + Arrays.compare((int[]) null, a) + " " + Arrays.mismatch(a, b) + " " + Arrays.mismatch(a, c) + " " + Arrays.mismatch(c, c.clone()) + " " + Arrays.compareUnsigned(new int[] {-1}, new int[] {1}) + " " + Arrays.compare(new byte[] {-1}, new byte[] {1}) + " " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1}));
    t("cmprange", () -> Arrays.compare(a, 1, 3, b, 1, 3) + " " + Arrays.mismatch(a, 0, 2, b, 0, 2) + " " + Arrays.equals(a, 0, 3, c, 0, 3) + " " + Arrays.equals(a, 1, 2, b, 1, 2) + " " + Arrays.compare(new double[] {Double.NaN}, new double[] {1.0}) + " " + Arrays.mismatch(new double[] {0.0}, new double[] {-0.0}));
    t("cmpbad", () -> Arrays.compare(a, 2, 1, b, 0, 1));
    t("cmpbad2", () -> Arrays.mismatch(a, 0, 9, b, 0, 1));
    t("cmpobj", () -> Arrays.compare(new String[] {"a", null}, new String[] {"a", "b"}) + " " + Arrays.compare(new String[] {"b"}, new String[] {"a", "b"}) + " " + Arrays.mismatch(new Object[] {1, 2}, new Object[] {1, 3}) + " " + Arrays.compare(new String[] {"B"}, new String[] {"a"}, String.CASE_INSENSITIVE_ORDER) + " " + Arrays.equals(new String[] {"A"}, new String[] {"a"}, String.CASE_INSENSITIVE_ORDER));
    Random r = new Random(42);
    t("rints", () -> r.ints(5, 0, 10).boxed().collect(Collectors.toList()) + " " + r.nextInt() + " " + r.ints(0, 100).limit(3).boxed().collect(Collectors.toList()) + " " + r.nextInt(7) + " " + r.ints().limit(2).boxed().collect(Collectors.toList()));
    t("rlongs", () -> r.longs(2).boxed().collect(Collectors.toList()) + " " + r.longs(3, 5, 10).boxed().collect(Collectors.toList()) + " " + r.longs(-5, 5).limit(2).boxed().collect(Collectors.toList()) + " " + r.longs().findFirst().getAsLong());
    t("rdoubles", () -> r.doubles(2).boxed().collect(Collectors.toList()) + " " + r.doubles(2, 1.0, 2.0).boxed().collect(Collectors.toList()) + " " + r.doubles(5.0, 6.0).limit(1).sum() + " " + r.doubles().limit(1).sum() + " " + r.ints(10, 0, 5).anyMatch(x -> x == 3) + " " + r.nextLong());
    t("rbad", () -> r.ints(-1));
    t("rbad2", () -> r.ints(5, 5));
    t("rbad3", () -> r.doubles(1.0, 1.0));
    Scanner sc = new Scanner("123456789012345678901234567890 3.25e2 -17 ff 1,234 NaN word rest of tokens");
    t("scan", () -> sc.hasNextBigInteger() + " " + sc.nextBigInteger() + " " + sc.hasNextBigInteger() + " " + sc.hasNextBigDecimal() + " " + sc.nextBigDecimal() + " " + sc.nextBigInteger() + " " + sc.hasNextInt(16) + " " + sc.nextBigInteger(16) + " " + sc.nextBigDecimal() + " " + sc.hasNextBigDecimal() + " " + sc.hasNextDouble());
    t("scan2", () -> sc.nextBigDecimal());
    t("scan3", () -> { sc.next(); return sc.tokens().collect(Collectors.toList()); });
    t("scan4", () -> new Scanner("12 300 -129 7f").nextByte() + " " + new Scanner("7f").nextByte(16) + " " + new Scanner("300").hasNextByte() + " " + new Scanner("-129").hasNextShort() + " " + new Scanner("zz").hasNextLong(36) + " " + new Scanner("zz").nextShort(36));
    TreeMap<String, Integer> tm = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3));
    NavigableMap<String, Integer> um = Collections.unmodifiableNavigableMap(tm);
    t("unmod", () -> um + " " + um.firstEntry() + " " + um.headMap("b", true) + " " + um.descendingMap() + " " + um.navigableKeySet() + " " + Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(3, 1, 2))).headSet(3));
    t("unmod1", () -> um.put("d", 4));
    t("unmod2", () -> um.firstEntry().setValue(9));
    t("unmod3", () -> um.entrySet().iterator().next().setValue(9));
    t("unmod4", () -> um.pollFirstEntry());
    t("unmod5", () -> um.headMap("c").put("a", 5));
    t("unmod6", () -> Collections.unmodifiableMap(new HashMap<>(Map.of("k", 1))).compute("z", (k, v) -> null));
    t("unmod7", () -> { Map.Entry<String, Integer> e = Collections.unmodifiableMap(new HashMap<>(Map.of("k", 1))).entrySet().iterator().next(); return e + " " + e.equals(Map.entry("k", 1)) + " " + e.hashCode() + " " + Collections.unmodifiableMap(new HashMap<>(Map.of("k", 1))).entrySet().contains(Map.entry("k", 1)); });
    t("unmod8", () -> Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(1))).add(2));
    t("empty", () -> Collections.emptySortedMap() + " " + Collections.emptyNavigableSet() + " " + Collections.emptySortedSet().size() + " " + Collections.emptyNavigableMap().firstEntry());
    t("empty2", () -> Collections.emptySortedSet().add(1));
    t("empty3", () -> Collections.emptySortedMap().firstKey());
    List<Integer> sl = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> sm = Collections.synchronizedMap(new HashMap<>());
    Thread[] ts = new Thread[4];
    for (int i = 0; i < ts.length; i++) {
      final int id = i;
      ts[i] = new Thread(() -> { for (int k = 0; k < 2000; k++) { sl.add(k); sm.merge("k" + (k % 10), 1, Integer::sum); } });
      ts[i].start();
    }
    for (Thread th : ts) th.join();
    t("sync", () -> sl.size() + " " + new TreeMap<>(sm) + " " + (sl instanceof RandomAccess) + " " + (Collections.synchronizedList(new LinkedList<>()) instanceof RandomAccess) + " " + Collections.synchronizedSortedMap(new TreeMap<>(tm)).headMap("c") + " " + Collections.synchronizedNavigableSet(new TreeSet<>(Set.of(5, 1, 3))).descendingSet() + " " + Collections.synchronizedMap(new TreeMap<>(tm)).keySet());
    Random shared = new Random(7);
    AtomicInteger dup = new AtomicInteger();
    Set<Integer> seen = Collections.synchronizedSet(new HashSet<>());
    Thread[] rs = new Thread[3];
    for (int i = 0; i < rs.length; i++) { rs[i] = new Thread(() -> { for (int k = 0; k < 3000; k++) if (!seen.add(shared.nextInt())) dup.incrementAndGet(); }); rs[i].start(); }
    for (Thread th : rs) th.join();
    t("rshared", () -> seen.size() + " " + dup.get());
    t("lifo", () -> { Queue<Integer> q = Collections.asLifoQueue(new ArrayDeque<>()); q.add(1); q.add(2); q.offer(3); return q + " " + q.poll() + " " + q.peek(); });
    t("lastsub", () -> Collections.lastIndexOfSubList(List.of(1, 2, 1, 2, 3), List.of(1, 2)) + " " + Collections.lastIndexOfSubList(List.of(1), List.of(2)));
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    DataOutputStream dos = new DataOutputStream(bo);
    dos.writeInt(-123456); dos.writeLong(Long.MIN_VALUE + 5); dos.writeDouble(Math.PI); dos.writeFloat(-1.5f); dos.writeUTF("héllo\u0000€"); dos.writeBoolean(true); dos.writeShort(-2); dos.writeChar('Z'); dos.writeByte(200); dos.writeBytes("ab\r\ncd\rx\n");
    t("dos", () -> dos.size() + " " + Arrays.toString(Arrays.copyOf(bo.toByteArray(), 12)));
    DataInputStream dis = new DataInputStream(new ByteArrayInputStream(bo.toByteArray()));
    t("dis", () -> dis.readInt() + " " + dis.readLong() + " " + dis.readDouble() + " " + dis.readFloat() + " " + dis.readUTF() + " " + dis.readBoolean() + " " + dis.readShort() + " " + dis.readChar() + " " + dis.readUnsignedByte() + " [" + dis.readLine() + "] [" + dis.readLine() + "] [" + dis.readLine() + "] " + dis.readLine());
    t("diseof", () -> dis.readInt());
    t("utfbad", () -> new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, (byte) 0xC3, 0x41})).readUTF());
    PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream("xyz".getBytes()), 2);
    t("pushback", () -> { int x = pb.read(); pb.unread(x); pb.unread('q'); return (char) pb.read() + "" + (char) pb.read() + (char) pb.read() + pb.available(); });
    t("pushbackfull", () -> { pb.unread(1); pb.unread(2); pb.unread(3); return null; });
    File tmp = File.createTempFile("libapi", ".txt");
    tmp.deleteOnExit();
    try (FileWriter fw = new FileWriter(tmp)) { fw.write("line one\nline two ü\n"); }
    try (FileWriter fw = new FileWriter(tmp, true)) { fw.write("appended\n"); }
    t("filerw", () -> { try (BufferedReader br = new BufferedReader(new FileReader(tmp))) { return br.lines().collect(Collectors.toList()) + " " + tmp.length() + " " + tmp.getName().startsWith("libapi") + " " + tmp.getName().endsWith(".txt"); } });
    t("fnf", () -> new FileReader("/nonexistent/x"));
    File dir = tmp.getParentFile();
    t("list", () -> Arrays.asList(dir.listFiles((d, n) -> n.equals(tmp.getName()))).size() + " " + Arrays.asList(dir.listFiles(f -> f.equals(tmp))).size() + " " + dir.list((d, n) -> n.equals(tmp.getName())).length);
    t("tmpbad", () -> File.createTempFile("ab", null));
    t("escapes", () -> "a\\tb\\n\\101\\7\\s\\\"\\'\\\\z\\\nq".translateEscapes().replace("\t", "<T>").replace("\n", "<N>").replace("\u0007", "<7>"));
    t("escapes2", () -> "bad\\q".translateEscapes());
    CharSequence cs = new CharSequence() {
      public int length() { return 3; }
      public char charAt(int i) { return "xyz".charAt(i); }
      public CharSequence subSequence(int s, int e) { return "xyz".subSequence(s, e); }
      public String toString() { return "xyz"; }
    };
    t("cschars", () -> cs.chars().sum() + " " + cs.codePoints().count() + " " + new StringBuilder("a\ud83d\ude00b").chars().count() + " " + new StringBuilder("a\ud83d\ude00b").offsetByCodePoints(0, 2));
    t("bdmc", () -> new BigDecimal(123456, new MathContext(3)) + " " + new BigDecimal(987654321987L, MathContext.DECIMAL32) + " " + new BigDecimal(new BigInteger("123456789"), new MathContext(4, RoundingMode.DOWN)) + " " + new BigDecimal("1.23456".toCharArray(), new MathContext(2)));
    t("entrycopy", () -> { Map.Entry<String, Integer> e = new AbstractMap.SimpleEntry<>("k", 1); Map.Entry<String, Integer> c2 = Map.Entry.copyOf(e); e.setValue(2); return c2 + " " + e; });
    t("entrycopy2", () -> Map.Entry.copyOf(new AbstractMap.SimpleEntry<>(null, 1)));
    AtomicInteger ai = new AtomicInteger(5);
    AtomicLong al = new AtomicLong(7);
    t("cae", () -> ai.compareAndExchange(5, 6) + " " + ai.compareAndExchange(5, 7) + " " + ai + " " + al.compareAndExchange(7, 1) + " " + al + " " + ai.weakCompareAndSetVolatile(6, 8) + " " + ai);
    t("objlong", () -> Objects.checkFromToIndex(1L, 5L, 10L) + " " + Objects.checkFromIndexSize(2L, 3L, 5L));
    t("objlong2", () -> Objects.checkFromIndexSize(2L, 4L, 5L));
    t("skipn", () -> { InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3}); in.skipNBytes(2); int v = in.read(); in.skipNBytes(0); try { in.skipNBytes(1); } catch (EOFException e) { return v + " eof"; } return v; });
  }
}
