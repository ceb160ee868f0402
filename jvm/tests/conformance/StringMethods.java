// java.lang.String methods.
import java.util.Arrays;

public class StringMethods {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.lastIndexOf('o')
            + " " + s.indexOf("World") + " " + s.indexOf("xyz") + " " + s.lastIndexOf("l", 5) + " " + s.indexOf("") + " " + s.lastIndexOf(""));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.subSequence(1, 3));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + s.replace('l', 'L') + " " + s.replace("World", "There")
            + " " + "aaa".replace("a", "bb") + " " + "abcabc".replace("", "-"));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.contains(", ")
            + " " + s.isEmpty() + " " + "".isEmpty() + " " + "  ".isBlank() + " " + " x ".isBlank());
        System.out.println("[" + "  padded\t ".trim() + "][" + " strip ".strip() + "][" + " lead".stripLeading() + "][" + "trail ".stripTrailing() + "]");
        System.out.println(s.equals("Hello, World") + " " + s.equalsIgnoreCase("hello, world") + " " + s.compareTo("Hello") + " "
            + "a".compareTo("b") + " " + "b".compareTo("a") + " " + "apple".compareTo("apricot") + " " + "ABC".compareToIgnoreCase("abd")
            + " " + "".compareTo("x"));
        System.out.println("hash " + s.hashCode() + " " + "".hashCode() + " " + "a".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1))
            + " " + Arrays.toString("a,b,c".split(",", 2)) + " " + Arrays.toString("one two  three".split(" "))
            + " " + Arrays.toString("".split(",")) + " " + Arrays.toString("a.b.c".split("\\.")));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", Arrays.asList("x", "y")) + " " + String.join(",")
            + " " + "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        char[] cs = s.toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs).trim() + " " + String.valueOf(cs, 0, 3).length() + " " + new String(cs, 2, 4).trim()
            + " " + String.copyValueOf(new char[] {'o', 'k'}));
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.5f) + String.valueOf(4.25) + String.valueOf(true)
            + String.valueOf('c') + String.valueOf((Object) null) + " " + Integer.toString(-5) + " " + Boolean.toString(false));
        System.out.println("concat " + "ab".concat("cd") + " " + "x".concat(""));
        System.out.println("codePoint " + s.codePointAt(0) + " " + "\u00e9t\u00e9".length() + " " + (int) "\u00e9".charAt(0)
            + " " + "\u00c9COLE".toLowerCase().equals("\u00e9cole") + " " + "stra\u00dfe".toUpperCase().length());
        String sup = "a\uD83D\uDE00b";
        System.out.println("surrogates len " + sup.length() + " cps " + sup.codePointCount(0, sup.length()) + " cp " + Integer.toHexString(sup.codePointAt(1))
            + " isSurrogate " + Character.isHighSurrogate(sup.charAt(1)));
        StringBuilder lines = new StringBuilder();
        for (String line : "l1\nl2\r\nl3".split("\n")) lines.append('<').append(line.strip()).append('>');
        System.out.println(lines);
        System.out.println("intern " + (new String("lit") == "lit") + " " + (new String("lit").intern() == "lit"));
        System.out.println("regionMatches " + "Hello".regionMatches(true, 1, "XELLX", 1, 3) + " " + "Hello".regionMatches(1, "xell", 1, 3));
        System.out.println("indexOf char int " + "banana".indexOf('a', 2) + " " + "banana".lastIndexOf('a', 4) + " " + "banana".indexOf("na", 3)
            + " " + "banana".lastIndexOf("an"));
        String fmt = String.format("%s-%d", "x", 5);
        System.out.println("format " + fmt + " " + "%d items".formatted(3));
        byte[] bytes = "AZaz09".getBytes();
        System.out.println("bytes " + Arrays.toString(bytes) + " " + new String(bytes, 2, 2));
        System.out.println("toString same " + (s.toString() == s) + " " + "Mixed Case 123".toLowerCase().toUpperCase());
        System.out.println("contentEquals " + s.contentEquals(new StringBuilder("Hello, World")) + " endsWith empty " + s.endsWith(""));
    }
}
