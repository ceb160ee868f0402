// Library conformance: BigInteger/BigDecimal arithmetic, rounding and spellings against random operands.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.math.*;
import java.util.*;
public class LibBigNum { public static void main(String[] a) {
  Random r = new Random(5);
  StringBuilder sb = new StringBuilder();
  for (int i = 0; i < 300; i++) {
    BigInteger x = new BigInteger(r.nextInt(300) + 1, r), y = new BigInteger(r.nextInt(200) + 1, r);
    if (r.nextBoolean()) x = x.negate(); if (r.nextBoolean()) y = y.negate();
    if (y.signum() == 0) y = BigInteger.ONE;
    sb.append(x.add(y)).append(' ').append(x.subtract(y)).append(' ').append(x.multiply(y)).append(' ').append(x.divide(y)).append(' ').append(x.remainder(y)).append(' ').append(x.mod(y.abs())).append(' ')
      .append(x.gcd(y)).append(' ').append(x.and(y)).append(' ').append(x.or(y)).append(' ').append(x.xor(y)).append(' ').append(x.not()).append(' ').append(x.shiftLeft(i % 70)).append(' ').append(x.shiftRight(i % 70)).append(' ')
      .append(x.bitLength()).append(' ').append(x.bitCount()).append(' ').append(x.hashCode()).append(' ').append(x.toString(16)).append(' ').append(x.toString(7)).append(' ').append(Arrays.toString(x.toByteArray())).append(' ').append(x.testBit(i % 50)).append(' ').append(x.setBit(i % 90)).append(' ').append(x.clearBit(i%40)).append(' ').append(x.getLowestSetBit()).append(' ')
      .append(x.longValue()).append(' ').append(x.intValue()).append(' ').append(x.doubleValue()).append(' ').append(x.abs().sqrt()).append(' ').append(x.compareTo(y)).append(' ').append(new BigInteger(x.toByteArray()).equals(x)).append(' ').append(x.pow(i % 5)).append(' ');
    if (y.signum() > 0 && x.signum() != 0) sb.append(x.abs().modPow(BigInteger.valueOf(i), y.abs().add(BigInteger.ONE)));
    sb.append('\n');
  }
  System.out.print(sb);
  BigInteger f = BigInteger.ONE; for (int i = 1; i <= 300; i++) f = f.multiply(BigInteger.valueOf(i)); System.out.println(f + " " + f.bitLength() + " " + f.divide(BigInteger.TEN.pow(100)));
  BigInteger big = BigInteger.TWO.pow(5000).subtract(BigInteger.ONE); System.out.println(big.multiply(big).mod(BigInteger.valueOf(1000000007)) + " " + big.multiply(big.add(BigInteger.ONE)).divide(big).equals(big.add(BigInteger.ONE)));
  for (int p : new int[]{2, 97, 561, 7919, 1000003, 104729}) System.out.print(BigInteger.valueOf(p).isProbablePrime(20) + " "); System.out.println(new BigInteger("170141183460469231731687303715884105727").isProbablePrime(50) + " " + BigInteger.valueOf(100).nextProbablePrime() + " " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
  System.out.println(new BigInteger("-123456789012345678901234567890").toString(36) + " " + new BigInteger("zzzzzzzzzzzz", 36) + " " + new BigInteger("-80000000", 16).intValue() + " " + BigInteger.valueOf(Long.MIN_VALUE).negate() + " " + BigInteger.valueOf(-1).shiftRight(5) + " " + BigInteger.valueOf(-17).shiftRight(2) + " " + BigInteger.valueOf(-256).bitLength());
  // BigDecimal
  String[] ds = {"0", "1", "-1.50", "123.456", "0.001", "1E+5", "-2.5e-10", "99999.99999", "1.0", "7", "3.14159265358979323846"};
  for (String s1 : ds) for (String s2 : ds) { BigDecimal x = new BigDecimal(s1), y = new BigDecimal(s2);
    System.out.print(x.add(y) + " " + x.subtract(y) + " " + x.multiply(y) + " " + x.compareTo(y) + " " + x.equals(y) + " ");
    if (y.signum() != 0) { System.out.print(x.divide(y, 5, RoundingMode.HALF_UP) + " " + x.divide(y, MathContext.DECIMAL32) + " " + x.divide(y, new MathContext(3, RoundingMode.DOWN)) + " " + x.divideToIntegralValue(y) + " " + x.remainder(y) + " "); try { System.out.print(x.divide(y) + " "); } catch (ArithmeticException e) { System.out.print("NT "); } }
    System.out.println(); }
  for (String s : ds) { BigDecimal x = new BigDecimal(s); System.out.println(x + " " + x.toPlainString() + " " + x.toEngineeringString() + " " + x.scale() + " " + x.precision() + " " + x.stripTrailingZeros() + " " + x.setScale(2, RoundingMode.HALF_EVEN) + " " + x.negate() + " " + x.hashCode() + " " + x.doubleValue() + " " + x.intValue() + " " + x.round(new MathContext(2)) + " " + x.pow(3) + " " + x.abs().sqrt(MathContext.DECIMAL32) + " " + x.movePointLeft(3) + " " + x.movePointRight(2) + " " + x.unscaledValue()); }
  for (RoundingMode m : RoundingMode.values()) { if (m == RoundingMode.UNNECESSARY) continue; StringBuilder s = new StringBuilder(m + ":"); for (String v : new String[]{"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"}) s.append(' ').append(new BigDecimal(v).setScale(0, m)); System.out.println(s); }
  System.out.println(new BigDecimal(0.1) + " " + new BigDecimal(1e-20) + " " + new BigDecimal(123456789.0) + " " + BigDecimal.valueOf(2.50) + " " + BigDecimal.valueOf(1e10) + " " + BigDecimal.valueOf(12345, 3) + " " + new BigDecimal("1234.5").toBigInteger() + " " + BigDecimal.TEN.pow(20) + " " + new BigDecimal("1E-10").add(BigDecimal.ONE));
  BigDecimal sum = BigDecimal.ZERO; for (int i = 0; i < 10; i++) sum = sum.add(new BigDecimal("0.1")); System.out.println(sum + " " + sum.equals(BigDecimal.ONE) + " " + (sum.compareTo(BigDecimal.ONE) == 0));
  System.out.println(new BigDecimal("10").divide(new BigDecimal("4")) + " " + new BigDecimal("1.00").divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("0.25")) + " " + new BigDecimal("6.0").divide(new BigDecimal("2")) + " " + new BigDecimal("1").divide(new BigDecimal("32")));
}}
