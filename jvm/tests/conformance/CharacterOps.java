// java.lang.Character classification and conversion (ASCII and Latin-1).
public class CharacterOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 256; c++) {
            char ch = (char) c;
            int flags = (Character.isDigit(ch) ? 1 : 0) | (Character.isLetter(ch) ? 2 : 0) | (Character.isLetterOrDigit(ch) ? 4 : 0)
                | (Character.isWhitespace(ch) ? 8 : 0) | (Character.isUpperCase(ch) ? 16 : 0) | (Character.isLowerCase(ch) ? 32 : 0)
                | (Character.isSpaceChar(ch) ? 64 : 0) | (Character.isJavaIdentifierStart(ch) ? 128 : 0)
                | (Character.isJavaIdentifierPart(ch) ? 256 : 0) | (Character.isISOControl(ch) ? 512 : 0)
                | (Character.isAlphabetic(c) ? 1024 : 0);
            sb.append(Integer.toHexString(flags)).append(c % 16 == 15 ? "\n" : " ");
        }
        System.out.print(sb);
        sb.setLength(0);
        for (int c = 0; c < 256; c++) {
            char up = Character.toUpperCase((char) c), lo = Character.toLowerCase((char) c);
            if (up != c || lo != c) sb.append(c).append(':').append((int) up).append('/').append((int) lo).append(' ');
        }
        System.out.println(sb);
        System.out.println("digit " + Character.digit('7', 10) + " " + Character.digit('a', 16) + " " + Character.digit('Z', 36) + " "
            + Character.digit('9', 8) + " " + Character.digit('x', 10) + " forDigit " + Character.forDigit(7, 10) + Character.forDigit(15, 16)
            + Character.forDigit(35, 36) + " " + (int) Character.forDigit(10, 10));
        System.out.println("numeric " + Character.getNumericValue('5') + " " + Character.getNumericValue('a') + " " + Character.getNumericValue('Z')
            + " " + Character.getNumericValue('-'));
        System.out.println("type " + Character.getType('a') + " " + Character.getType('A') + " " + Character.getType('1') + " "
            + Character.getType(' ') + " " + Character.getType('$') + " " + Character.getType('_'));
        System.out.println("codepoints " + Character.isValidCodePoint(0x10FFFF) + " " + Character.isValidCodePoint(0x110000) + " "
            + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.charCount(0x1F600) + " " + Character.charCount('a') + " "
            + (int) Character.highSurrogate(0x1F600) + " " + (int) Character.lowSurrogate(0x1F600) + " "
            + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.isBmpCodePoint(0xFFFF));
        char c = 'a';
        c++;
        c += 2;
        System.out.println("arith " + c + " " + (char) (c + 1) + " " + (c - 'a') + " " + (char) ('A' + 25) + " " + Character.toString('x')
            + Character.valueOf('y') + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        String word = "Hello World 42!";
        int letters = 0, digits = 0, spaces = 0, upper = 0;
        for (char ch : word.toCharArray()) {
            if (Character.isLetter(ch)) letters++;
            if (Character.isDigit(ch)) digits++;
            if (Character.isWhitespace(ch)) spaces++;
            if (Character.isUpperCase(ch)) upper++;
        }
        System.out.println("counts " + letters + " " + digits + " " + spaces + " " + upper);
        System.out.println("greek " + Character.isLetter('\u03b1') + " " + (int) Character.toUpperCase('\u03b1') + " " + Character.isDigit('\u0665')
            + " " + Character.getNumericValue('\u0665') + " " + Character.isWhitespace('\u2003') + " " + Character.isSpaceChar('\u00a0')
            + " " + Character.isWhitespace('\u00a0'));
        Character boxed = 'q';
        System.out.println("boxed " + boxed.charValue() + " " + boxed.compareTo('a') + " " + boxed.equals('q') + " " + boxed.hashCode());
    }
}
