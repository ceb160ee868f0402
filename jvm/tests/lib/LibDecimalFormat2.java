// Library conformance: DecimalFormat affixes, scientific patterns, big numbers, parse, toPattern.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.text.*;
import java.math.*;
public class LibDecimalFormat2 { public static void main(String[] a) throws Exception {
  double[] ds = {-1234.5678, 0.001, 999.995, 1e15, 123456789012.345, -0.004, 7, 0.0005, 1.25, 1.35};
  String[] ps = {"#,##0.0#", "0.00%", "'#'0", "0.0;minus 0.0", "#,##,###", "00.##E00", "0.#E0", "#.#", "0.000\u2030", "##0.00 units", "#,##0.###", ".00", "0."};
  for (String p : ps) { DecimalFormat f = new DecimalFormat(p); StringBuilder sb = new StringBuilder(p + ":"); for (double d : ds) sb.append(" [").append(f.format(d)).append(']'); sb.append(" L:").append(f.format(-1234567L)).append(" BD:").append(f.format(new BigDecimal("2.675"))).append(" BI:").append(f.format(new BigInteger("123456789"))); System.out.println(sb); }
  DecimalFormat f = new DecimalFormat("#,##0.00"); f.setRoundingMode(RoundingMode.HALF_UP); System.out.println(f.format(2.675) + " " + f.format(0.125) + " " + f.format(1.005));
  f.setMinimumFractionDigits(4); f.setGroupingUsed(false); System.out.println(f.format(1234.5) + " " + f.getMaximumFractionDigits() + " " + f.toPattern());
  System.out.println(f.parse("1,234.56") + " " + new DecimalFormat("#,##0").parse("1,234") + " " + NumberFormat.getInstance().parse("-12.5") + " " + NumberFormat.getPercentInstance().parse("45%") + " " + new DecimalFormat("0.0").parse("3.0").getClass().getSimpleName());
  try { NumberFormat.getInstance().parse("abc"); } catch (ParseException e) { System.out.println(e.getMessage() + " " + e.getErrorOffset()); }
  System.out.println(NumberFormat.getInstance().format(-0.0) + " " + NumberFormat.getInstance().format(Double.NaN) + " " + NumberFormat.getInstance().format(Double.POSITIVE_INFINITY) + " " + NumberFormat.getIntegerInstance().format(3.5) + " " + NumberFormat.getIntegerInstance().format(-2.5));
}}
