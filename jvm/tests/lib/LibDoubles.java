// Library conformance: Double/Float.toString (JDK 17 FloatingDecimal digits) and %e/%g on random bit patterns.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
public class LibDoubles { public static void main(String[] a) { java.util.Random r = new java.util.Random(3); StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3000; i++) { double d = Double.longBitsToDouble(r.nextLong()); sb.append(d).append(' ').append((float) d).append(' ').append(String.format("%.3e %g", d, d)).append('\n'); } System.out.print(sb); } }
