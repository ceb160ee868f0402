package java.lang;

/** The int box, with the -128..127 cache that == semantics rely on. */
public final class Integer extends Number implements Comparable<Integer> {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Class.getPrimitiveClass("int");
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    static final char[] digits = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    private final int value;

    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    // ---- to text -------------------------------------------------------------

    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        byte[] buf = new byte[33];
        boolean negative = i < 0;
        int pos = 32;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[pos--] = (byte) digits[-(i % radix)];
            i = i / radix;
        }
        buf[pos] = (byte) digits[-i];
        if (negative) buf[--pos] = '-';
        return latin1(buf, pos, 33 - pos);
    }

    static String latin1(byte[] buf, int off, int len) {
        byte[] v = new byte[len];
        System.arraycopy(buf, off, v, 0, len);
        return String.newLatin1(v);
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toUnsignedString(toUnsignedLong(i), radix);
    }

    public static String toHexString(int i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(int i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(int i) {
        return toUnsignedString0(i, 1);
    }

    private static String toUnsignedString0(int val, int shift) {
        int mag = SIZE - numberOfLeadingZeros(val);
        int chars = Math.max((mag + (shift - 1)) / shift, 1);
        byte[] buf = new byte[chars];
        int mask = (1 << shift) - 1;
        int pos = chars;
        do {
            buf[--pos] = (byte) digits[val & mask];
            val >>>= shift;
        } while (pos > 0);
        return String.newLatin1(buf);
    }

    public static String toString(int i) {
        int size = stringSize(i);
        byte[] buf = new byte[size];
        getChars(i, size, buf);
        return String.newLatin1(buf);
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    /** Writes i's decimal digits into buf ending just before index; returns the start. */
    static int getChars(int i, int index, byte[] buf) {
        boolean negative = i < 0;
        if (!negative) i = -i;          // work in negatives: MIN_VALUE has no positive twin
        do {
            int q = i / 10;
            buf[--index] = (byte) ('0' + (q * 10 - i));
            i = q;
        } while (i != 0);
        if (negative) buf[--index] = '-';
        return index;
    }

    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 10 + d;
    }

    // ---- from text -----------------------------------------------------------

    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        checkRadix(radix);
        int len = s.length();
        if (len == 0) throw NumberFormatException.forInputString(s, radix);
        if (radix == 10 && s.coder() == String.LATIN1 && len < 10) {
            // Fast path: up to nine decimal digits cannot overflow.
            byte[] v = s.value();
            int i = 0, result = 0;
            boolean negative = false;
            if (v[0] == '-' || v[0] == '+') {
                negative = v[0] == '-';
                if (len == 1) throw NumberFormatException.forInputString(s, radix);
                i = 1;
            }
            for (; i < len; i++) {
                int d = v[i] - '0';
                if (d < 0 || d > 9) return parseInt(s, 0, len, radix, s);   // other digit kinds, or an error
                result = result * 10 + d;
            }
            return negative ? -result : result;
        }
        return parseInt(s, 0, len, radix, s);
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }

    private static int parseInt(CharSequence s, int i, int end, int radix, String whole) {
        boolean negative = false;
        int limit = -MAX_VALUE;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = MIN_VALUE;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(whole, radix);
            }
            if (end - i == 1) throw NumberFormatException.forInputString(whole, radix);
            i++;
        }
        int multmin = limit / radix;
        int result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin) throw NumberFormatException.forInputString(whole, radix);
            result *= radix;
            if (result < limit + digit) throw NumberFormatException.forInputString(whole, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) {
        if (s == null) throw new NullPointerException();
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) throw new IndexOutOfBoundsException();
        checkRadix(radix);
        if (beginIndex == endIndex) throw new NumberFormatException("");
        return parseInt(s, beginIndex, endIndex, radix, s.subSequence(beginIndex, endIndex).toString());
    }

    public static int parseInt(String s) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        return parseInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        long ell = Long.parseLong(s, radix);
        if ((ell & 0xffff_ffff_0000_0000L) != 0)
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        return (int) ell;
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    private static final class IntegerCache {
        static final Integer[] cache = new Integer[256];

        static {
            for (int i = 0; i < 256; i++) cache[i] = new Integer(i - 128);
        }
    }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) return IntegerCache.cache[i + 128];
        return new Integer(i);
    }

    public static Integer decode(String nm) throws NumberFormatException {
        int radix = 10, index = 0;
        boolean negative = false;
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index))
            throw new NumberFormatException("Sign character in wrong position");
        Integer result;
        try {
            result = valueOf(nm.substring(index), radix);
            result = negative ? valueOf(-result.intValue()) : result;
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            result = valueOf(constant, radix);
        }
        return result;
    }

    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
        String v = nm == null || nm.isEmpty() ? null : System.getProperty(nm);
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
            }
        }
        return val;
    }

    // ---- Number and Object ---------------------------------------------------

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).value;
    }

    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return ((long) x) & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    // ---- bits ----------------------------------------------------------------

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) return i == 0 ? 32 : 0;
        int n = 31;
        if (i >= 1 << 16) { n -= 16; i >>>= 16; }
        if (i >= 1 << 8) { n -= 8; i >>>= 8; }
        if (i >= 1 << 4) { n -= 4; i >>>= 4; }
        if (i >= 1 << 2) { n -= 2; i >>>= 2; }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        i = ~i & (i - 1);
        if (i <= 0) return i & 32;
        int n = 1;
        if (i > 1 << 16) { n += 16; i >>>= 16; }
        if (i > 1 << 8) { n += 8; i >>>= 8; }
        if (i > 1 << 4) { n += 4; i >>>= 4; }
        if (i > 1 << 2) { n += 2; i >>>= 2; }
        return n + (i >>> 1);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        return i & 0x3f;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }
}
