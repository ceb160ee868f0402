// Library conformance: BitSet, Base64, UUID, IdentityHashMap.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
public class LibMisc { public static void main(String[] a) {
  BitSet b = new BitSet(); for (int i = 0; i < 200; i += 7) b.set(i); b.set(64, 70); BitSet c = new BitSet(); c.set(0, 100, true); c.clear(50);
  System.out.println(b + " " + b.cardinality() + " " + b.length() + " " + b.size() + " " + b.hashCode() + " " + b.nextClearBit(64) + " " + b.previousSetBit(100));
  BitSet d = (BitSet) b.clone(); d.and(c); System.out.println(d); d.or(c); System.out.println(d.cardinality()); d.xor(b); System.out.println(d); d.andNot(c); System.out.println(d + " " + d.isEmpty() + " " + b.get(10, 30) + " " + b.intersects(c) + " " + Arrays.toString(b.toLongArray()) + " " + b.stream().sum());
  System.out.println(Base64.getEncoder().encodeToString("hello world!?".getBytes()) + " " + new String(Base64.getDecoder().decode("aGVsbG8gd29ybGQhPw==")) + " " + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[]{(byte)0xfb, (byte)0xff}));
  UUID u = new UUID(0x123456789abcdefL, 0xfedcba9876543210L); System.out.println(u + " " + u.hashCode() + " " + UUID.fromString(u.toString()).equals(u) + " " + u.version());
  IdentityHashMap<String,Integer> im = new IdentityHashMap<>(); String k = new String("k"); im.put(k, 1); im.put(new String("k"), 2); System.out.println(im.size() + " " + im.get(k) + " " + im.containsKey("k"));
}}
