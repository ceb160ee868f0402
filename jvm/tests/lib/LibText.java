// Library conformance: printStackTrace formats, try-with-resources, regex, Scanner, readers/writers, charsets, Class names.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
import java.util.regex.*;
import java.io.*;
public class LibText {
  static class MyEx extends Exception { MyEx(String m, Throwable c) { super(m, c); } }
  static void a(int n) throws MyEx { try { b(n); } catch (RuntimeException e) { throw new MyEx("wrapped " + n, e); } }
  static void b(int n) { if (n > 0) b(n - 1); else throw new IllegalStateException("deep"); }
  public static void main(String[] args) throws Exception {
    try { a(3); } catch (MyEx e) { e.printStackTrace(System.out); StackTraceElement[] st = e.getStackTrace(); System.out.println(st.length + " " + st[0] + " " + e.getCause().getMessage()); }
    Exception sup = new Exception("main"); sup.addSuppressed(new RuntimeException("s1")); sup.addSuppressed(new Error("s2", new ArithmeticException("inner"))); sup.printStackTrace(System.out);
    try (AutoCloseable c1 = () -> { throw new IOException("close1"); }; AutoCloseable c2 = () -> { throw new IOException("close2"); }) { throw new IllegalArgumentException("body"); } catch (Exception e) { System.out.println(e + " " + Arrays.toString(e.getSuppressed())); }
    Throwable t = new Throwable(); System.out.println(t + " " + t.getMessage() + " " + new RuntimeException((String) null) + " " + new RuntimeException(new Error("x")) + " " + new Exception("m", null).getCause());
    try { new Throwable().initCause(null).initCause(null); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
    StringWriter sw = new StringWriter(); new Exception("pw").printStackTrace(new PrintWriter(sw)); System.out.println(sw.toString().split("\n")[0]);
    // regex
    Pattern p = Pattern.compile("(\\w+)@(\\w+)\\.com");
    Matcher m = p.matcher("mail bob@example.com and alice@test.com now");
    while (m.find()) System.out.println(m.group() + " " + m.group(1) + " " + m.group(2) + " " + m.start() + "-" + m.end());
    System.out.println("a1b2c3".replaceAll("(\\d)", "<$1>") + " " + "Hello World".replaceAll("(?i)o", "0") + " " + "x.y.z".split("\\.").length + " " + Pattern.matches("[a-c]+\\d*", "abca123") + " " + "aaa bbb".replaceAll("\\b(\\w)", "[$1]"));
    Matcher nm = Pattern.compile("(?<year>\\d{4})-(?<mon>\\d\\d)").matcher("on 2023-07 and"); if (nm.find()) System.out.println(nm.group("year") + "/" + nm.group("mon") + " " + nm.groupCount());
    System.out.println(Arrays.toString("boo:and:foo".split("o", -1)) + Arrays.toString("boo:and:foo".split("o")) + Arrays.toString("a1b2c3".split("(?<=\\d)")) + Arrays.toString("CamelCaseString".split("(?=[A-Z])")) + Arrays.toString(" x  y ".split(" ")));
    System.out.println("aaa".matches("a*?") + " " + "abcabc".replaceAll("(a)(b)?", "$2$1") + " " + "AbC".matches("(?i)abc") + " " + Pattern.compile("^\\s*$", Pattern.MULTILINE).matcher("a\n  \nb").find() + " " + "tEsT".replaceAll("[^a-z]", "_") + " " + "1,234,567".replaceAll("[^0-9]", "") + " " + "x--y---z".split("-+").length + " " + "ab12cd".replaceAll("\\D", "").length() + " " + "((a))".matches("\\(\\(a\\)\\)") + " " + "aXbXc".split("X", 0).length + " " + "a+b".split("\\+")[1] + " " + Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + Matcher.quoteReplacement("$1\\"));
    Matcher rm = Pattern.compile("(a+)(b*)").matcher("aab ab b aaabbb"); StringBuilder out = new StringBuilder(); while (rm.find()) rm.appendReplacement(out, "[$2$1]"); rm.appendTail(out); System.out.println(out);
    System.out.println(Pattern.compile("\\d+").matcher("a12b345").results().map(MatchResult::group).toList() + " " + Pattern.compile(",").splitAsStream("a,b,c").count() + " " + "hello world".replaceAll("(\\w+) (\\w+)", "$2 $1") + " " + "aaaa".replaceAll("aa", "b") + " " + "".split(",").length + " " + ",a,,b,".split(",").length);
    try { Pattern.compile("(ab"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
    try { Pattern.compile("a{2,1}"); } catch (PatternSyntaxException e) { System.out.println(e.getDescription()); }
    try { Pattern.compile("*a"); } catch (PatternSyntaxException e) { System.out.println(e.getMessage()); }
    // Scanner from string
    Scanner sc = new Scanner("12 abc 3.5 true\nline two\n  42  ");
    System.out.println(sc.nextInt() + " " + sc.hasNextInt() + " " + sc.next() + " " + sc.nextDouble() + " " + sc.nextBoolean() + " [" + sc.nextLine() + "] [" + sc.nextLine() + "] " + sc.hasNextInt() + " " + sc.nextInt() + " " + sc.hasNext() + " " + sc.hasNextLine());
    Scanner sc2 = new Scanner("a, b,c ,, d").useDelimiter("\\s*,\\s*"); while (sc2.hasNext()) System.out.print("[" + sc2.next() + "]"); System.out.println();
    Scanner sc3 = new Scanner("1,000 -5 +7 0x10 9999999999 1e3 NaN"); System.out.println(sc3.hasNextInt() + " " + sc3.nextInt() + " " + sc3.nextInt() + " " + sc3.nextInt() + " " + sc3.hasNextInt() + " " + sc3.next() + " " + sc3.hasNextInt() + " " + sc3.hasNextLong() + " " + sc3.nextLong() + " " + sc3.nextDouble() + " " + sc3.nextDouble());
    try { new Scanner("x").nextInt(); } catch (InputMismatchException e) { System.out.println(e); }
    try { new Scanner("99999999999").nextInt(); } catch (InputMismatchException e) { System.out.println(e); }
    BufferedReader br = new BufferedReader(new StringReader("l1\r\nl2\rl3\n\nl5")); String line; while ((line = br.readLine()) != null) System.out.print("<" + line + ">"); System.out.println();
    ByteArrayOutputStream bos = new ByteArrayOutputStream(); PrintStream ps = new PrintStream(bos, true, "UTF-8"); ps.print("é€"); ps.printf("%d", 5); ps.flush(); System.out.println(bos.size() + " " + bos.toString("UTF-8") + " " + Arrays.toString("é".getBytes("ISO-8859-1")));
    System.out.println(new String(new byte[]{(byte)0xe2, (byte)0x82, (byte)0xac, 0x41, (byte)0xff}, "UTF-8").length() + " " + (int) new String(new byte[]{(byte)0xff}, "UTF-8").charAt(0) + " " + new String(new byte[]{(byte)0xc3}, "UTF-8").length());
    InputStream in = new ByteArrayInputStream("abc\ndef".getBytes()); System.out.println(new BufferedReader(new InputStreamReader(in)).lines().toList());
    System.out.println(String.valueOf(new char[]{'h','i'}) + Objects.requireNonNull("z", "msg") + new StringWriter().append("q").append('r').toString());
    System.out.println(Integer.class.getName() + " " + int[].class.getName() + " " + String[][].class.getSimpleName() + " " + Map.Entry.class.getName() + " " + Map.Entry.class.getSimpleName() + " " + new Object(){}.getClass().getName() + " " + int.class + " " + Runnable.class + " " + LibText.class.getSimpleName() + " " + MyEx.class.getSimpleName() + " " + MyEx.class.getCanonicalName() + " " + Thread.State.NEW.getClass().getSimpleName() + " " + "s".getClass().getTypeName() + " " + int[][].class.getTypeName() + " " + Integer.class.isInstance(5) + " " + Number.class.isAssignableFrom(Integer.class) + " " + Integer.TYPE + " " + Comparable.class.isInterface());
    System.out.println(Thread.currentThread().getName() + " " + Thread.currentThread().getPriority() + " " + Thread.currentThread() + " " + Thread.State.valueOf("NEW") + " " + Enum.valueOf(Thread.State.class, "BLOCKED").ordinal() + " " + Thread.State.values().length);
    System.out.println(System.getProperty("line.separator").length() + " " + System.getProperty("nope", "dflt") + " " + System.lineSeparator().equals("\n") + " " + (System.currentTimeMillis() > 0) + " " + (System.nanoTime() != 0) + " " + System.identityHashCode(null) + " " + (Runtime.getRuntime().availableProcessors() > 0) + " " + System.getProperty("java.specification.version") + " " + System.getProperty("file.separator"));
  }
}
