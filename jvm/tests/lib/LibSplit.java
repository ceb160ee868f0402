// Library conformance: String.split limits and regex-free fast paths.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
public class LibSplit { public static void main(String[] a) {
 System.out.println(java.util.Arrays.toString("a,b,,c,,".split(",")));
 System.out.println(java.util.Arrays.toString("".split(",")));
 System.out.println(java.util.Arrays.toString(",a".split(",")));
 System.out.println(java.util.Arrays.toString("abc".split("")));
 System.out.println(java.util.Arrays.toString("a,b,,c,,".split(",", -1)));
 System.out.println(java.util.Arrays.toString("a,b,,c,,".split(",", 2)));
 System.out.println(java.util.Arrays.toString(" a  b ".split(" ")));
 System.out.println(java.util.Arrays.toString(" a  b ".split("\\s+")));
 System.out.println(java.util.Arrays.toString("a1b22c".split("\\d+")));
 System.out.println(java.util.Arrays.toString("a.b".split("\\.")));
 System.out.println(java.util.Arrays.toString("a|b".split("\\|")));
 System.out.println("x".repeat(3) + "abc".replace("", "-"));
}}
