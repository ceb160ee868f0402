// Library conformance: BigInteger/BigDecimal error messages and special spellings.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.math.*;
public class LibBigErrors { 
  interface R { Object run() throws Exception; }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
  public static void main(String[] a) {
    t("parse", () -> new BigInteger("12a"));
    t("parse2", () -> new BigInteger(""));
    t("parse3", () -> new BigInteger("-"));
    t("parse4", () -> new BigInteger("1-2"));
    t("parse5", () -> new BigInteger(" 12"));
    t("parse6", () -> new BigInteger("+0012"));
    t("parse7", () -> new BigInteger("ff", 16));
    t("div0", () -> BigInteger.ONE.divide(BigInteger.ZERO));
    t("mod", () -> BigInteger.ONE.mod(BigInteger.valueOf(-3)));
    t("pow", () -> BigInteger.TWO.pow(-1));
    t("intExact", () -> BigInteger.TWO.pow(40).intValueExact());
    t("longExact", () -> BigInteger.TWO.pow(80).longValueExact());
    t("modInverse", () -> BigInteger.TWO.modInverse(BigInteger.valueOf(4)));
    t("sqrt", () -> BigInteger.valueOf(-4).sqrt());
    t("bd parse", () -> new BigDecimal("1.2.3"));
    t("bd div", () -> BigDecimal.ONE.divide(BigDecimal.valueOf(3)));
    t("bd div0", () -> BigDecimal.ONE.divide(BigDecimal.ZERO));
    t("bd setScale", () -> new BigDecimal("1.25").setScale(1));
    t("bd exact", () -> new BigDecimal("1.5").intValueExact());
    t("bd valueOf", () -> BigDecimal.valueOf(0.1) + " " + new BigDecimal(0.1) + " " + BigDecimal.valueOf(100, -2) + " " + new BigDecimal("1E+3") + " " + new BigDecimal("0.000000123") + " " + new BigDecimal("-1.50").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros() + " " + BigDecimal.valueOf(1.0) + " " + new BigDecimal("1e-7").toPlainString());
    t("bd hash", () -> new BigDecimal("1.50").hashCode() + " " + new BigInteger("123456789012345678901234567890").hashCode() + " " + BigInteger.valueOf(-5).hashCode());
    t("mc", () -> MathContext.DECIMAL64 + " " + new BigDecimal("2").sqrt(MathContext.DECIMAL64) + " " + BigDecimal.TEN.divide(new BigDecimal("3"), MathContext.DECIMAL32) + " " + new BigDecimal("123.456").round(new MathContext(2)) + " " + new BigDecimal("9.995").setScale(2, RoundingMode.HALF_EVEN) + " " + new BigDecimal("2.5").setScale(0, RoundingMode.HALF_DOWN));
    t("bd unnecessary", () -> new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY));
  }
}
