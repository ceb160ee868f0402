// Library conformance: MessageDigest (MD5, SHA family) at every padding boundary, CRC32/CRC32C/Adler32,
// HexFormat, UUID.nameUUIDFromBytes.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.security.*;
import java.util.*;
import java.util.zip.*;
public class LibDigests {
  public static void main(String[] args) throws Exception {
    HexFormat hex = HexFormat.of();
    int[] lens = {0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 1000, 4096};
    String[] algs = {"MD5", "SHA-1", "SHA", "SHA-224", "SHA-256", "SHA-384", "SHA-512", "SHA-512/224", "SHA-512/256", "sha-256"};
    for (String alg : algs) {
      MessageDigest md = MessageDigest.getInstance(alg);
      StringBuilder sb = new StringBuilder(alg + " " + md.getAlgorithm() + " " + md.getDigestLength());
      for (int n : lens) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) data[i] = (byte) (i * 31 + 7);
        sb.append("\n  ").append(n).append(' ').append(hex.formatHex(md.digest(data)));
      }
      byte[] chunked; md.update((byte) 'a'); md.update("bc".getBytes()); md.update("xxdefyy".getBytes(), 2, 3); chunked = md.digest();
      sb.append("\n  chunked ").append(hex.formatHex(chunked)).append(' ').append(MessageDigest.isEqual(chunked, md.digest("abcdef".getBytes())));
      System.out.println(sb);
    }
    try { MessageDigest.getInstance("MD4"); } catch (NoSuchAlgorithmException e) { System.out.println(e); }
    MessageDigest m = MessageDigest.getInstance("SHA-256");
    m.update("part".getBytes());
    MessageDigest c = (MessageDigest) m.clone();
    m.update("1".getBytes()); c.update("2".getBytes());
    System.out.println(hex.formatHex(m.digest()) + " " + hex.formatHex(c.digest()) + " " + m.toString().trim());
    byte[] text = "The quick brown fox jumps over the lazy dog".getBytes();
    Checksum[] cs = {new CRC32(), new CRC32C(), new Adler32()};
    for (Checksum k : cs) { k.update(text, 0, text.length); long v1 = k.getValue(); k.reset(); for (byte b : text) k.update(b); System.out.println(k.getClass().getSimpleName() + " " + v1 + " " + Long.toHexString(k.getValue()) + " " + (v1 == k.getValue())); k.reset(); System.out.println("  empty " + k.getValue()); }
    CRC32 crc = new CRC32(); crc.update(new byte[100000]); System.out.println("zeros " + crc.getValue());
    System.out.println(hex.formatHex(new byte[] {0, 1, (byte) 0xAB, (byte) 0xFF}) + " " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(new byte[] {10, 11, 12}) + " " + HexFormat.ofDelimiter(", ").withPrefix("0x").formatHex(new byte[] {1, 2}) + " " + Arrays.toString(hex.parseHex("00ff7f80")) + " " + Arrays.toString(HexFormat.ofDelimiter(":").parseHex("0a:0b")) + " " + hex.toHexDigits((byte) 5) + " " + hex.toHexDigits(0x1234) + " " + hex.withUpperCase().toHexDigits(255L) + " " + HexFormat.fromHexDigits("7fff") + " " + HexFormat.fromHexDigitsToLong("ffffffffff") + " " + HexFormat.isHexDigit('g') + " " + HexFormat.of().withUpperCase());
    try { hex.parseHex("abc"); } catch (IllegalArgumentException e) { System.out.println(e.getClass().getName()); }
    try { HexFormat.fromHexDigit('z'); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    System.out.println(UUID.nameUUIDFromBytes("hello".getBytes()) + " " + UUID.nameUUIDFromBytes(new byte[0]) + " " + UUID.nameUUIDFromBytes("hello".getBytes()).version());
    SecureRandom sr = new SecureRandom();
    System.out.println(sr.nextInt(10) < 10 && SecureRandom.getInstance("SHA1PRNG").nextDouble() < 1.0);
  }
}
