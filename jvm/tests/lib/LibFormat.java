// Library conformance: Formatter conversions and flags, Integer/Long/Double/Math, Character, String and StringBuilder.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
public class LibFormat {
  public static void main(String[] args) {
    double[] ds = {0, -0.0, 1, -1.5, 0.1, 1.0/3, 2.0/3, 123.456, 1e-5, 1e7, 9999999.999, 12345678.9, 1.0E-4, 0.00012345, 1e21, 1e100, Math.PI, Math.E, 0.5, 0.05, 0.005, 0.125, 2.5, 3.5, -2.5, 1.005, 99.995, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789.0, 0.000001, 1234.5678};
    for (double d : ds) {
      System.out.println(d + " | " + String.format("%f|%.2f|%.0f|%e|%.3e|%g|%.3g|%10.3f|%-10.2f|%+.1f|%(.2f|%,.2f|%010.3f|% .2f|%E|%G", d, d, d, d, d, d, d, d, d, d, d, d, d, d, d, d));
    }
    float[] fs = {0.1f, 1.0f/3, 3.14159f, 1e10f, 1.0E-5f, 123456.79f, Float.MIN_VALUE, Float.MAX_VALUE, 16777216f, 0.3f};
    for (float f : fs) System.out.println(f + " " + String.format("%.3f %s %e", f, f, f) + " " + (double) f);
    long[] ls = {0, 1, -1, 42, -42, 1234567, -9876543210L, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (long l : ls) System.out.println(String.format("%d|%5d|%-5d|%05d|%,d|%+d|%(d|% d|%x|%X|%o|%#x|%#o|%08X|%s", l, l, l, l, l, l, l, l, l, l, l, l, l, l, l));
    for (int i : new int[]{0, 255, -1, -255, 65535}) System.out.println(String.format("%x %X %o %d %08x %c", i, i, i, i, i, (char) (65 + (i & 15))));
    System.out.println(String.format("%s %S %10s|%-10s|%.3s %b %B %h %c %C %% %n", "str", "str", "right", "left", "truncate", null, true, "hi", 'x', 'y'));
    System.out.println(String.format("%2$s %1$s %<s %s", "a", "b"));
    System.out.println(String.format("%s %s %s", new int[0].length, List.of(1), Map.of("k", 1)));
    System.out.println(String.format("%5.1f%%", 45.678) + String.format("|%8.3e|", 12345.6789) + String.format("|%-8b|", false));
    System.out.println(String.format("%,d %,.3f %,d", 1234567890123L, 9876543.21, -1000));
    System.out.println(String.format("%x %x %x", (byte) -1, (short) -1, -1L));
    byte b = -5; short sh = -300; System.out.println(String.format("%d %d %o", b, sh, b));
    String[] bad = {"%d", "%q", "%.2d", "%-d", "%#s", "%+s", "%05s", "%,x", "%c", "%-05d", "%+ d", "%1$", "%.f"};
    for (String f : bad) { try { System.out.println(String.format(f, f.equals("%c") ? (Object) "str" : (Object) 5)); } catch (Exception e) { System.out.println(f + " -> " + e); } }
    try { String.format("%d %d", 1); } catch (Exception e) { System.out.println(e); }
    try { String.format("%s", (Object[]) null); } catch (Exception e) { System.out.println(e); }
    System.out.printf("%s=%d%n", "x", 5); System.out.format("%.2f%n", 2.345); System.out.printf("%08.2f|%-8.2f|%8.2e%n", -3.14159, 3.14159, 314.159);
    // Integer/Long
    System.out.println(Integer.toBinaryString(42) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(8) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseInt("+42") + " " + Integer.valueOf(127) + " " + Long.toString(Long.MIN_VALUE, 36));
    System.out.println(Integer.bitCount(255) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.signum(-9) + " " + Integer.compare(3, 5) + " " + Integer.toUnsignedString(-1) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 2) + " " + Long.toUnsignedString(-1L) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
    Integer i1 = 127, i2 = 127, i3 = 128, i4 = 128; Long l1 = 127L, l2 = 127L; System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + (l1 == l2) + " " + Integer.valueOf(5).hashCode() + " " + Long.hashCode(1L << 40) + " " + Double.hashCode(1.5) + " " + Boolean.hashCode(true) + " " + Character.valueOf('a').hashCode() + " " + Float.hashCode(2.5f));
    System.out.println(Double.compare(0.0, -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (0.0 == -0.0) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Float.toHexString(1.5f) + " " + Double.parseDouble("0x1.8p1") + " " + Double.parseDouble("  1e3  ") + " " + Double.parseDouble("-Infinity") + " " + Float.parseFloat("1.1f") + " " + Double.parseDouble(".5") + " " + Double.parseDouble("5."));
    System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(2.5f) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.signum(-3.0) + " " + Math.hypot(3, 4) + " " + Math.cbrt(-27) + " " + Math.pow(2, 0.5) + " " + Math.sqrt(2) + " " + Math.exp(1) + " " + Math.log(10) + " " + Math.log10(1000) + " " + Math.toDegrees(Math.PI) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.copySign(3, -0.0) + " " + Math.getExponent(1024.0) + " " + Math.scalb(1.5, 4) + " " + Math.IEEEremainder(10, 3) + " " + Math.fma(2, 3, 4));
    // Character
    for (char c : new char[]{'a', 'Z', '5', ' ', '\t', '_', '$', 'é', 'ß', 'µ', 'ÿ', '中', '\u00a0', '\u2028'}) System.out.print(c + ":" + Character.isLetter(c) + Character.isDigit(c) + Character.isWhitespace(c) + Character.isUpperCase(c) + Character.isLowerCase(c) + Character.isLetterOrDigit(c) + Character.isJavaIdentifierStart(c) + Character.isSpaceChar(c) + "/" + Character.toUpperCase(c) + Character.toLowerCase(c) + Character.getType(c) + " ");
    System.out.println();
    System.out.println(Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.getNumericValue('Z') + " " + Character.getNumericValue('½') + " " + Character.isDigit('٣') + " " + (int) Character.toUpperCase('ÿ') + " " + Character.toChars(0x1F600).length + " " + Character.isSurrogate('\ud83d') + " " + Character.MAX_RADIX + " " + (int) Character.MAX_VALUE + " " + Character.toString(65) + " " + Character.compare('a', 'b'));
    // Strings
    String s = "  Hello, World! Hello!  ";
    System.out.println(s.trim() + "|" + s.strip() + "|" + s.stripLeading() + "|" + s.stripTrailing() + "|" + s.isBlank() + "|" + "".isEmpty() + "|" + s.indexOf("Hello") + "|" + s.lastIndexOf("Hello") + "|" + s.indexOf('o', 10) + "|" + s.charAt(4) + "|" + s.replace("Hello", "Bye") + "|" + s.replace('l', 'L') + "|" + s.contains("World") + "|" + s.toUpperCase() + "|" + s.toLowerCase() + "|" + s.substring(2, 7) + "|" + s.startsWith("  He") + "|" + s.endsWith("!  ") + "|" + "abc".compareTo("abd") + "|" + "ABC".equalsIgnoreCase("abc") + "|" + "b".compareToIgnoreCase("A") + "|" + String.join("/", "a", "b", "c") + "|" + String.join("-", List.of("x", "y")) + "|" + "ab".repeat(3) + "|" + "a,b;c d".split("[,; ]").length + "|" + "Straße".toUpperCase() + "|" + "ÀÉÎ".toLowerCase());
    System.out.println("hello".chars().filter(Character::isLetter).count() + " " + "hello".hashCode() + " " + "".hashCode() + " " + "héllo".hashCode() + " " + "中文".hashCode() + " " + new String(new char[]{'a','b'}) + " " + String.valueOf(3.0f) + " " + String.valueOf(true) + " " + "x".concat("y") + " " + "abcabc".replaceAll("b+", "X") + " " + "a1b22c333".replaceFirst("\\d+", "#") + " " + "2021-01-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + Arrays.toString("one  two   three".split("\\s+")) + " " + Arrays.toString("a:b:c".split(":", 2)) + " " + "Mississippi".lastIndexOf("ss") + " " + "x".compareTo("xyz") + " " + "line1\nline2\r\nline3".lines().count() + " " + " a b ".strip().length() + " " + "%d items".formatted(3) + " " + "abc".contentEquals(new StringBuilder("abc")) + " " + "Hello".regionMatches(true, 1, "ELL", 0, 3) + " " + "aaa".indexOf("", 2) + " " + "tab\there".indexOf('\t') + " " + "€".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    StringBuilder sb = new StringBuilder("hello");
    sb.append(1).append('c').append(2.5).append(true).append((Object) null).append(new char[]{'x','y'}).append(3L).append(1.5f).insert(0, "<").insert(3, 42).reverse(); System.out.println(sb + " " + sb.length());
    sb.setLength(5); sb.setCharAt(0, 'Z'); sb.deleteCharAt(1); sb.replace(0, 2, "AB"); sb.delete(1, 2); System.out.println(sb + " " + sb.indexOf("l") + " " + sb.charAt(0) + " " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder().appendCodePoint(0x1F600).length() + " " + new StringBuilder("a中b").reverse());
    System.out.println(String.valueOf((Object) null) + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.valueOf("yes") + " " + Byte.parseByte("-128") + " " + Short.parseShort("7FFF", 16) + " " + Long.parseLong("-9223372036854775808") + " " + Double.valueOf("1e-3") + " " + Float.valueOf("3.4028235E38") + " " + Integer.MAX_VALUE + 1);
  }
}
