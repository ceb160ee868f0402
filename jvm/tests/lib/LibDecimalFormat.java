// Library conformance: java.text DecimalFormat/NumberFormat patterns, rounding, parsing, toPattern.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.text.*;
public class LibDecimalFormat { public static void main(String[] a) {
  double[] ds = {0.15, 0.25, 0.35, 0.45, 1.005, 2.675, 1234567.891, -0.5, 0.0, -0.0, 1e-7, 12.3456, 100, 0.5, 1.5, 2.5};
  String[] ps = {"0.0", "#.##", "#,##0.00", "0.###", "000.00", "#%", "0.00E0", "##0.#####E0", "$#,##0.00;($#,##0.00)", "#"};
  for (String p : ps) { DecimalFormat f = new DecimalFormat(p); StringBuilder sb = new StringBuilder(p + ":"); for (double d : ds) sb.append(' ').append(f.format(d)); System.out.println(sb); }
  System.out.println(NumberFormat.getInstance().format(1234567.891) + " " + NumberFormat.getIntegerInstance().format(2.5) + " " + NumberFormat.getPercentInstance().format(0.256) + " " + NumberFormat.getCurrencyInstance(java.util.Locale.US).format(12.5) + " " + new DecimalFormat("#.##").format(3L));
}}
