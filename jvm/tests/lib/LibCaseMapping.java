// Library conformance: String case mapping with expansions, final sigma, supplementary characters.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
public class LibCaseMapping { public static void main(String[] a) {
  String[] ss = {"straße", "ŉ", "ǰ", "ﬁre", "İstanbul", "ΟΔΟΣ", "ΣΟΦΟΣ Σ", "ΑΣ.ΒΣ", "ὒ", "Hello Wörld", "ΐ", "ß", "ǅ", "ǆ", "\ud801\udc00", "\ud801\udc28"};
  for (String s : ss) System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + s.toUpperCase().length() + " " + s.equalsIgnoreCase(s.toUpperCase()) + " " + s.compareToIgnoreCase(s.toLowerCase()));
}}
