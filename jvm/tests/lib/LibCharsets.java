// Library conformance: UTF-8 decoding of malformed input (String and InputStreamReader) and encoding per charset.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.nio.charset.StandardCharsets;
public class LibCharsets { public static void main(String[] a) throws Exception {
  int[][] vs = {{0xE2,0x82},{0xE2,0x41},{0xF0,0x9F,0x98},{0xC3},{0x80},{0xED,0xA0,0x80},{0xF4,0x90,0x80,0x80},{0xC0,0x80},{0xE0,0x80,0x80},{0x41,0xE2,0x82,0x41},{0xF0,0x9F,0x98,0x80,0x41},{0xE2,0x82,0xAC},{0xFF,0xFE},{0xF0,0x41},{0xF0,0x9F,0x41},{0xE0,0xA0},{0xC2,0xC2,0xA9}};
  for (int[] v : vs) { byte[] b = new byte[v.length]; for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
    String s = new String(b, StandardCharsets.UTF_8); StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) sb.append(Integer.toHexString(c)).append(' ');
    java.io.Reader r = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(b), StandardCharsets.UTF_8); StringBuilder sb2 = new StringBuilder(); int c; while ((c = r.read()) >= 0) sb2.append(Integer.toHexString(c)).append(' ');
    System.out.println(sb + "| " + sb2); }
  String t = "A\u00e9\u4e2d\ud83d\ude00\ud800X"; for (String cs : new String[]{"UTF-8","ISO-8859-1","US-ASCII"}) { StringBuilder sb = new StringBuilder(cs + ":"); for (byte x : t.getBytes(cs)) sb.append(' ').append(x & 0xff); System.out.println(sb); }
}}
