package java.util;

/** Formats and parses hexadecimal (JDK 17). */
public final class HexFormat {
    private static final char[] LOWERCASE_DIGITS = "0123456789abcdef".toCharArray();
    private static final char[] UPPERCASE_DIGITS = "0123456789ABCDEF".toCharArray();
    private static final HexFormat HEX_FORMAT = new HexFormat("", "", "", LOWERCASE_DIGITS);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final char[] digits;

    private HexFormat(String delimiter, String prefix, String suffix, char[] digits) {
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.digits = digits;
    }

    public static HexFormat of() {
        return HEX_FORMAT;
    }

    public static HexFormat ofDelimiter(String delimiter) {
        return new HexFormat(delimiter, "", "", LOWERCASE_DIGITS);
    }

    public HexFormat withDelimiter(String delimiter) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withPrefix(String prefix) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withSuffix(String suffix) {
        return new HexFormat(delimiter, prefix, suffix, digits);
    }

    public HexFormat withUpperCase() {
        return new HexFormat(delimiter, prefix, suffix, UPPERCASE_DIGITS);
    }

    public HexFormat withLowerCase() {
        return new HexFormat(delimiter, prefix, suffix, LOWERCASE_DIGITS);
    }

    public String delimiter() {
        return delimiter;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isUpperCase() {
        return digits == UPPERCASE_DIGITS;
    }

    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, bytes.length);
    }

    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        StringBuilder sb = new StringBuilder();
        for (int i = fromIndex; i < toIndex; i++) {
            if (i > fromIndex) sb.append(delimiter);
            sb.append(prefix);
            sb.append(digits[(bytes[i] >> 4) & 0xf]).append(digits[bytes[i] & 0xf]);
            sb.append(suffix);
        }
        return sb.toString();
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        try {
            out.append(formatHex(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, string.length());
    }

    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        String s = string.subSequence(fromIndex, toIndex).toString();
        if (s.isEmpty()) return new byte[0];
        int stride = prefix.length() + 2 + suffix.length() + delimiter.length();
        int unit = prefix.length() + 2 + suffix.length();
        if ((s.length() + delimiter.length()) % stride != 0)
            throw new IllegalArgumentException("extra or missing delimiters or values consisting of prefix, two hexadecimal digits, and suffix");
        int n = (s.length() + delimiter.length()) / stride;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int p = i * stride;
            if (i > 0 && !s.startsWith(delimiter, p - delimiter.length()))
                throw new IllegalArgumentException("found: \"" + s.substring(p - delimiter.length(), p) + "\", expected: \"" + delimiter + "\", index: " + (p - delimiter.length()) + " ch: " + (int) s.charAt(p - delimiter.length()));
            if (!s.startsWith(prefix, p)) throw new IllegalArgumentException("found: \"" + s.substring(p, p + prefix.length()) + "\", expected: \"" + prefix + "\"");
            int d = p + prefix.length();
            out[i] = (byte) fromHexDigits(s, d, d + 2);
            if (!s.startsWith(suffix, d + 2)) throw new IllegalArgumentException("found: \"" + s.substring(d + 2, Math.min(s.length(), d + 2 + suffix.length())) + "\", expected: \"" + suffix + "\"");
            if (unit < 0) break;
        }
        return out;
    }

    public char toLowHexDigit(int value) {
        return digits[value & 0xf];
    }

    public char toHighHexDigit(int value) {
        return digits[(value >> 4) & 0xf];
    }

    public String toHexDigits(byte value) {
        return new String(new char[] {toHighHexDigit(value), toLowHexDigit(value)});
    }

    public String toHexDigits(char value) {
        return toHexDigits((short) value);
    }

    public String toHexDigits(short value) {
        return toHexDigits((long) value & 0xffffL, 4);
    }

    public String toHexDigits(int value) {
        return toHexDigits((long) value & 0xffffffffL, 8);
    }

    public String toHexDigits(long value) {
        return toHexDigits(value, 16);
    }

    public String toHexDigits(long value, int digits) {
        if (digits < 0 || digits > 16) throw new IllegalArgumentException("number of digits: " + digits);
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = this.digits[(int) (value & 0xf)];
            value >>>= 4;
        }
        return new String(out);
    }

    public static boolean isHexDigit(int ch) {
        return ((ch >>> 8) == 0 && Character.digit(ch, 16) >= 0 && ch < 128);
    }

    public static int fromHexDigit(int ch) {
        int d;
        if ((ch >>> 8) == 0 && ch < 128 && (d = Character.digit(ch, 16)) >= 0) return d;
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, string.length());
    }

    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        int length = toIndex - fromIndex;
        if (length > 8) throw new IllegalArgumentException("string length greater than 8: " + length);
        int value = 0;
        for (int i = 0; i < length; i++) value = (value << 4) + fromHexDigit(string.charAt(fromIndex + i));
        return value;
    }

    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(string, 0, string.length());
    }

    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        int length = toIndex - fromIndex;
        if (length > 16) throw new IllegalArgumentException("string length greater than 16: " + length);
        long value = 0L;
        for (int i = 0; i < length; i++) value = (value << 4) + fromHexDigit(string.charAt(fromIndex + i));
        return value;
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (o == null || getClass() != o.getClass()) return false;
        HexFormat otherHex = (HexFormat) o;
        return Arrays.equals(digits, otherHex.digits) && delimiter.equals(otherHex.delimiter)
            && prefix.equals(otherHex.prefix) && suffix.equals(otherHex.suffix);
    }

    public int hashCode() {
        int result = Objects.hash(delimiter, prefix, suffix);
        result = 31 * result + Boolean.hashCode(Arrays.equals(digits, UPPERCASE_DIGITS));
        return result;
    }

    public String toString() {
        return "uppercase: " + Arrays.equals(digits, UPPERCASE_DIGITS) + ", delimiter: \"" + delimiter
            + "\", prefix: \"" + prefix + "\", suffix: \"" + suffix + "\"";
    }
}
