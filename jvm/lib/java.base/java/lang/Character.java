package java.lang;

/**
 * The char box and char classification.  Latin-1 is classified exactly; above
 * it the common scripts (Latin Extended, Greek, Cyrillic, CJK, kana, Hangul)
 * are covered by ranges rather than the full Unicode tables, to stay small.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    private static final class CharacterCache {
        static final Character[] cache = new Character[128];

        static {
            for (int i = 0; i < 128; i++) cache[i] = new Character((char) i);
        }
    }

    public static Character valueOf(char c) {
        if (c < 128) return CharacterCache.cache[c];
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return String.valueOfCodePoint(codePoint);
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points -----------------------------------------------------------

    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException(badCodePoint(codePoint));
    }

    private static String badCodePoint(int codePoint) {
        return "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) return new char[] {(char) codePoint};
        if (isValidCodePoint(codePoint)) return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        throw new IllegalArgumentException(badCodePoint(codePoint));
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        return seq.toString().codePointCount(beginIndex, endIndex);
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++)
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) x++;
            if (i < codePointOffset) throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++)
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) x--;
            if (i < 0) throw new IndexOutOfBoundsException();
        }
        return x;
    }

    // ---- classification --------------------------------------------------------

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int c) {
        if (c < 0x100) return latin1Type(c);
        if (c >= 0xD800 && c <= 0xDFFF) return SURROGATE;
        if (c >= 0xE000 && c <= 0xF8FF) return PRIVATE_USE;
        if (isSpaceSeparator(c)) return SPACE_SEPARATOR;
        if (c == 0x2028) return LINE_SEPARATOR;
        if (c == 0x2029) return PARAGRAPH_SEPARATOR;
        if (digitValue(c) >= 0 && c > 0x2FF) return DECIMAL_DIGIT_NUMBER;
        int up = toUpperCase(c), lo = toLowerCase(c);
        if (up != c && lo == c) return LOWERCASE_LETTER;
        if (lo != c && up == c) return UPPERCASE_LETTER;
        if (c >= 0x300 && c <= 0x36F) return NON_SPACING_MARK;
        if (isOtherLetter(c)) return OTHER_LETTER;
        if (c >= 0x2010 && c <= 0x2015) return DASH_PUNCTUATION;
        if (c >= 0x2016 && c <= 0x2027) return OTHER_PUNCTUATION;
        if (c >= 0x20A0 && c <= 0x20BF) return CURRENCY_SYMBOL;
        if (c >= 0x2190 && c <= 0x21FF) return MATH_SYMBOL;
        if (c >= 0x2200 && c <= 0x22FF) return MATH_SYMBOL;
        if (c >= 0x2300 && c <= 0x2BFF) return OTHER_SYMBOL;
        if (c >= 0x1F000 && c <= 0x1FAFF) return OTHER_SYMBOL;
        if (c >= 0x3000 && c <= 0x303F) return OTHER_PUNCTUATION;
        if (c >= 0x10000) return c <= 0x10FFFF ? OTHER_LETTER : UNASSIGNED;
        return OTHER_LETTER;
    }

    private static int latin1Type(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return CONTROL;
        if (c >= 'a' && c <= 'z') return LOWERCASE_LETTER;
        if (c >= 'A' && c <= 'Z') return UPPERCASE_LETTER;
        if (c >= '0' && c <= '9') return DECIMAL_DIGIT_NUMBER;
        if (c >= 0xC0) {
            if (c == 0xD7 || c == 0xF7) return MATH_SYMBOL;
            return c <= 0xDE ? UPPERCASE_LETTER : LOWERCASE_LETTER;
        }
        switch (c) {
            case ' ': case 0xA0: return SPACE_SEPARATOR;
            case '$': case 0xA2: case 0xA3: case 0xA4: case 0xA5: return CURRENCY_SYMBOL;
            case '+': case '<': case '=': case '>': case '|': case '~': case 0xAC: case 0xB1: return MATH_SYMBOL;
            case '^': case '`': case 0xA8: case 0xAF: case 0xB4: case 0xB8: return MODIFIER_SYMBOL;
            case '(': case '[': case '{': return START_PUNCTUATION;
            case ')': case ']': case '}': return END_PUNCTUATION;
            case '-': return DASH_PUNCTUATION;
            case '_': return CONNECTOR_PUNCTUATION;
            case 0xAA: case 0xBA: return OTHER_LETTER;
            case 0xB5: return LOWERCASE_LETTER;
            case 0xB2: case 0xB3: case 0xB9: case 0xBC: case 0xBD: case 0xBE: return OTHER_NUMBER;
            case 0xA6: case 0xA9: case 0xAE: case 0xB0: return OTHER_SYMBOL;
            case 0xAB: return INITIAL_QUOTE_PUNCTUATION;
            case 0xBB: return FINAL_QUOTE_PUNCTUATION;
            case 0xAD: return FORMAT;
            default: return OTHER_PUNCTUATION;   // ! " # % & ' * , . / : ; ? @ \ 0xA1 0xA7 0xB6 0xB7 0xBF
        }
    }

    private static boolean isSpaceSeparator(int c) {
        return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
            || c == 0x205F || c == 0x3000;
    }

    /** Caseless letters of the common scripts: CJK, kana, Hangul, Hebrew, Arabic, Thai, ... */
    private static boolean isOtherLetter(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3041 && c <= 0x3096)
            || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x5D0 && c <= 0x5EA)
            || (c >= 0x620 && c <= 0x64A) || (c >= 0xE01 && c <= 0xE30) || (c >= 0x904 && c <= 0x939)
            || (c >= 0x1100 && c <= 0x11FF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int c) {
        return getType(c) == LOWERCASE_LETTER || c == 0xAA || c == 0xBA;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int c) {
        return getType(c) == UPPERCASE_LETTER;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int c) {
        return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int c) {
        if (c < 0x80) return c >= '0' && c <= '9';
        return digitValue(c) >= 0;
    }

    private static final int[] DIGIT_ZEROS = {
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10
    };

    /** Value of a Unicode decimal digit (Nd) in the scripts we cover, else -1. */
    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c < 0x660) return -1;
        for (int z : DIGIT_ZEROS)
            if (c >= z && c <= z + 9) return c - z;
        return -1;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int c) {
        return getType(c) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int c) {
        int t = getType(c);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int c) {
        return isLetter(c) || isDigit(c);
    }

    public static boolean isAlphabetic(int c) {
        return isLetter(c) || getType(c) == LETTER_NUMBER;
    }

    public static boolean isIdeographic(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0x20000 && c <= 0x3134F) || c == 0x3006 || c == 0x3007;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int c) {
        int t = getType(c);
        return isLetter(c) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int c) {
        int t = getType(c);
        return isJavaIdentifierStart(c) || t == DECIMAL_DIGIT_NUMBER || t == NON_SPACING_MARK
            || t == COMBINING_SPACING_MARK || isIdentifierIgnorable(c);
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int c) {
        return isLetter(c) || getType(c) == LETTER_NUMBER;
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int c) {
        int t = getType(c);
        return isUnicodeIdentifierStart(c) || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER
            || t == NON_SPACING_MARK || t == COMBINING_SPACING_MARK || isIdentifierIgnorable(c);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int c) {
        return (c >= 0 && c <= 8) || (c >= 0xE && c <= 0x1B) || (c >= 0x7F && c <= 0x9F) || getType(c) == FORMAT;
    }

    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch <= 0x0020 && (((((1L << 0x0009) | (1L << 0x000A) | (1L << 0x000C) | (1L << 0x000D)
            | (1L << 0x0020)) >> ch) & 1L) != 0);
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int c) {
        return isSpaceSeparator(c) || c == 0x2028 || c == 0x2029;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int c) {
        if (c <= 0x20) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        if (c == 0xA0 || c == 0x2007 || c == 0x202F) return false;
        return isSpaceChar(c);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int c) {
        return c <= 0x9F && (c >= 0x7F || (c >>> 5 == 0));
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    public static boolean isMirrored(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
            || c == 0xAB || c == 0xBB;
    }

    // ---- case mapping ------------------------------------------------------------

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int c) {
        if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
        if (c < 0x180) {
            if (c == 0x130) return 'i';
            if (c == 0x178) return 0xFF;
            if (c == 0x17F || c == 0x131 || c == 0x138 || c == 0x149) return c;
            // Latin Extended-A pairs: upper even below 0x138, upper odd from 0x139 to 0x148 and 0x179..
            boolean oddUpper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
            return ((c & 1) == 0) != oddUpper ? c + 1 : c;
        }
        if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
        if (c == 0x386) return 0x3AC;
        if (c >= 0x388 && c <= 0x38A) return c + 37;
        if (c == 0x38C) return 0x3CC;
        if (c == 0x38E || c == 0x38F) return c + 63;
        if (c >= 0x410 && c <= 0x42F) return c + 32;
        if (c >= 0x400 && c <= 0x40F) return c + 80;
        if (c >= 0x460 && c <= 0x4FF && (c & 1) == 0 && !(c >= 0x482 && c <= 0x489)) return c + 1;
        if (c >= 0x531 && c <= 0x556) return c + 48;
        if (c >= 0x1E00 && c <= 0x1EFF && (c & 1) == 0 && !(c >= 0x1E96 && c <= 0x1E9F)) return c + 1;
        if (c >= 0x2160 && c <= 0x216F) return c + 16;
        if (c >= 0x24B6 && c <= 0x24CF) return c + 26;
        if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
        if (c >= 0x10400 && c <= 0x10427) return c + 40;
        return c;
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
        if (c < 0x100) {
            if (c == 0xB5) return 0x39C;
            if (c == 0xFF) return 0x178;
            return (c >= 0xE0 && c <= 0xFE && c != 0xF7) ? c - 32 : c;
        }
        if (c < 0x180) {
            if (c == 0x131) return 'I';
            if (c == 0x17F) return 'S';
            if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x178) return c;
            boolean oddUpper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
            return ((c & 1) == 1) != oddUpper ? c - 1 : c;
        }
        if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
        if (c == 0x3C2) return 0x3A3;
        if (c == 0x3AC) return 0x386;
        if (c >= 0x3AD && c <= 0x3AF) return c - 37;
        if (c == 0x3CC) return 0x38C;
        if (c == 0x3CD || c == 0x3CE) return c - 63;
        if (c >= 0x430 && c <= 0x44F) return c - 32;
        if (c >= 0x450 && c <= 0x45F) return c - 80;
        if (c >= 0x461 && c <= 0x4FF && (c & 1) == 1 && !(c >= 0x482 && c <= 0x489)) return c - 1;
        if (c >= 0x561 && c <= 0x586) return c - 48;
        if (c >= 0x1E01 && c <= 0x1EFF && (c & 1) == 1 && !(c >= 0x1E96 && c <= 0x1E9F)) return c - 1;
        if (c >= 0x2170 && c <= 0x217F) return c - 16;
        if (c >= 0x24D0 && c <= 0x24E9) return c - 26;
        if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
        if (c >= 0x10428 && c <= 0x1044F) return c - 40;
        return c;
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int c) {
        return toUpperCase(c);
    }

    // ---- digits ------------------------------------------------------------------

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int c, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        int v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
        else if (c >= 0xFF21 && c <= 0xFF3A) v = c - 0xFF21 + 10;
        else if (c >= 0xFF41 && c <= 0xFF5A) v = c - 0xFF41 + 10;
        else if (c < 0x660) return -1;
        else v = digitValue(c);
        return v >= 0 && v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int c) {
        int d = digit(c, MAX_RADIX);
        if (d >= 0) return d;
        switch (c) {
            case 0xB2: return 2;
            case 0xB3: return 3;
            case 0xB9: return 1;
            case 0xBC: case 0xBD: case 0xBE: return -2;
            default:
                if (c >= 0x2160 && c <= 0x216B) return c - 0x2160 + 1;
                if (c >= 0x2170 && c <= 0x217B) return c - 0x2170 + 1;
                return -1;
        }
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) return '\0';
        if (radix < MIN_RADIX || radix > MAX_RADIX) return '\0';
        if (digit < 10) return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }

    public static String getName(int codePoint) {
        if (!isValidCodePoint(codePoint)) throw new IllegalArgumentException(badCodePoint(codePoint));
        return null;
    }
}
