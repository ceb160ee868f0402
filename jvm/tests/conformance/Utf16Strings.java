// Strings outside Latin-1 (UTF-16 coder): operations printed as code points, so
// the output is ASCII regardless of the terminal encoding.
public class Utf16Strings {
    static String esc(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) sb.append(c);
            else sb.append(String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String greek = "\u0391\u03b2\u03b3 \u03b4\u03b5";       // Alpha beta gamma delta epsilon
        String mixed = "abc" + greek + "xyz";
        System.out.println(esc(mixed) + " length " + mixed.length() + " hash " + mixed.hashCode());
        System.out.println("indexOf " + mixed.indexOf('\u03b3') + " " + mixed.indexOf("xyz") + " " + mixed.indexOf("\u03b4\u03b5") + " " + mixed.lastIndexOf(' '));
        System.out.println("substring " + esc(mixed.substring(3, 6)) + " | " + esc(mixed.substring(7)) + " latin1 part equal " + mixed.substring(0, 3).equals("abc"));
        System.out.println("upper " + esc(greek.toUpperCase()) + " lower " + esc(greek.toLowerCase()));
        System.out.println("compare " + Integer.signum("\u03b1".compareTo("a")) + " " + Integer.signum("abc".compareTo("abc\u0100")) + " "
            + "\u0100".compareTo("\u00ff") + " equals " + ("abc" + "\u03b1").equals("abc\u03b1"));
        String cjk = "\u4e2d\u6587 text \u65e5\u672c";
        System.out.println(esc(cjk) + " length " + cjk.length() + " hash " + cjk.hashCode() + " trim/split " + cjk.split(" ").length);
        StringBuilder sb = new StringBuilder("latin");
        sb.append('\u20ac').append(" euro ").append(1.5).insert(0, '\u00bf');
        System.out.println("builder " + esc(sb) + " reverse " + esc(new StringBuilder(sb).reverse()));
        sb.setLength(5);
        System.out.println("builder truncated " + esc(sb));
        char[] cs = cjk.toCharArray();
        java.util.Arrays.sort(cs);
        System.out.println("sorted chars " + esc(new String(cs)));
        String emoji = "x\uD83D\uDE00y\uD83C\uDF89";
        System.out.println("supplementary length " + emoji.length() + " codePoints " + emoji.codePointCount(0, emoji.length())
            + " cp1 " + Integer.toHexString(emoji.codePointAt(1)) + " before " + Integer.toHexString(emoji.codePointBefore(3)) + " offset "
            + emoji.offsetByCodePoints(0, 3));
        byte[] utf8 = mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println("utf8 bytes " + utf8.length + " first greek bytes " + (utf8[3] & 0xff) + " " + (utf8[4] & 0xff)
            + " decoded equal " + new String(utf8, java.nio.charset.StandardCharsets.UTF_8).equals(mixed));
        String replaced = mixed.replace('\u03b2', 'B').replace("xyz", "\u2603");
        System.out.println("replace " + esc(replaced) + " contains " + replaced.contains("\u2603") + " startsWith " + replaced.startsWith("abc\u0391"));
        String joined = String.join("\u00b7", "a", "\u03c9", "c");
        System.out.println("join " + esc(joined) + " charAt " + (int) joined.charAt(1) + " intern " + (joined.intern() == ("a\u00b7" + "\u03c9\u00b7c").intern()));
        System.out.println("isLetter " + Character.isLetter('\u4e2d') + " isUpperCase " + Character.isUpperCase('\u0391') + " toLowerCase "
            + Integer.toHexString(Character.toLowerCase('\u0391')) + " isWhitespace " + Character.isWhitespace('\u3000'));
        String concat = "";
        for (char c = '\u03b1'; c < '\u03b1' + 5; c++) concat += c;
        System.out.println("concat loop " + esc(concat) + " " + concat.hashCode());
        System.out.println("format " + esc(String.format("%s|%5s|%-4s|", "\u03a9", "\u00e9t\u00e9", "\u4e2d")));
    }
}
