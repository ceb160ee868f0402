package java.lang;

/** The long box, with the -128..127 cache. */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final long value;

    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    // ---- to text -------------------------------------------------------------

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        byte[] buf = new byte[65];
        int pos = 64;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[pos--] = (byte) Integer.digits[(int) (-(i % radix))];
            i = i / radix;
        }
        buf[pos] = (byte) Integer.digits[(int) (-i)];
        if (negative) buf[--pos] = '-';
        return Integer.latin1(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) return toString(i, radix);
        switch (radix) {
            case 2: return toBinaryString(i);
            case 4: return toUnsignedString0(i, 2);
            case 8: return toOctalString(i);
            case 16: return toHexString(i);
            case 32: return toUnsignedString0(i, 5);
            case 10: {
                long quot = (i >>> 1) / 5;
                long rem = i - quot * 10;
                return toString(quot) + rem;
            }
            default: {
                if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
                long quot = divideUnsigned(i, radix);
                long rem = i - quot * radix;
                return toString(quot, radix) + Character.forDigit((int) rem, radix);
            }
        }
    }

    public static String toHexString(long i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString0(i, 1);
    }

    private static String toUnsignedString0(long val, int shift) {
        int mag = SIZE - numberOfLeadingZeros(val);
        int chars = Math.max((mag + (shift - 1)) / shift, 1);
        byte[] buf = new byte[chars];
        int mask = (1 << shift) - 1;
        int pos = chars;
        do {
            buf[--pos] = (byte) Integer.digits[((int) val) & mask];
            val >>>= shift;
        } while (pos > 0);
        return String.newLatin1(buf);
    }

    public static String toString(long i) {
        if (i == (int) i) return Integer.toString((int) i);
        int size = stringSize(i);
        byte[] buf = new byte[size];
        getChars(i, size, buf);
        return String.newLatin1(buf);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    static int getChars(long i, int index, byte[] buf) {
        boolean negative = i < 0;
        if (!negative) i = -i;
        do {
            long q = i / 10;
            buf[--index] = (byte) ('0' + (int) (q * 10 - i));
            i = q;
        } while (i != 0);
        if (negative) buf[--index] = '-';
        return index;
    }

    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    // ---- from text -----------------------------------------------------------

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Integer.checkRadix(radix);
        int len = s.length();
        if (len == 0) throw NumberFormatException.forInputString(s, radix);
        if (radix == 10 && s.coder() == String.LATIN1 && len < 19) {
            // Fast path: up to eighteen decimal digits cannot overflow.
            byte[] v = s.value();
            int i = 0;
            long result = 0;
            boolean negative = false;
            if (v[0] == '-' || v[0] == '+') {
                negative = v[0] == '-';
                if (len == 1) throw NumberFormatException.forInputString(s, radix);
                i = 1;
            }
            boolean plain = true;
            for (; i < len && plain; i++) {
                int d = v[i] - '0';
                if (d < 0 || d > 9) plain = false;
                else result = result * 10 + d;
            }
            if (plain) return negative ? -result : result;
        }
        int i = 0;
        boolean negative = false;
        long limit = -MAX_VALUE;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = MIN_VALUE;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(s, radix);
            }
            if (len == 1) throw NumberFormatException.forInputString(s, radix);
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin) throw NumberFormatException.forInputString(s, radix);
            result *= radix;
            if (result < limit + digit) throw NumberFormatException.forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        int len = s.length();
        if (len == 0) throw NumberFormatException.forInputString(s, radix);
        if (s.charAt(0) == '-')
            throw new NumberFormatException(String.format("Illegal leading minus sign on unsigned string %s.", s));
        if (len <= 12 || (radix == 10 && len <= 18)) return parseLong(s, radix);
        long first = parseLong(s.substring(0, len - 1), radix);
        int second = Character.digit(s.charAt(len - 1), radix);
        if (second < 0) throw new NumberFormatException("Bad digit at end of " + s);
        long maxFirst = divideUnsigned(-1L, radix);
        long maxLast = remainderUnsigned(-1L, radix);
        if (compareUnsigned(first, maxFirst) > 0 || (first == maxFirst && second > maxLast))
            throw new NumberFormatException(String.format("String value %s exceeds range of unsigned long.", s));
        long result = first * radix + second;
        return result;
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    private static final class LongCache {
        static final Long[] cache = new Long[256];

        static {
            for (int i = 0; i < 256; i++) cache[i] = new Long(i - 128);
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) return LongCache.cache[(int) l + 128];
        return new Long(l);
    }

    public static Long decode(String nm) throws NumberFormatException {
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
        Long result;
        try {
            result = valueOf(nm.substring(index), radix);
            result = negative ? valueOf(-result.longValue()) : result;
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            result = valueOf(constant, radix);
        }
        return result;
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
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
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).value;
    }

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0L : 1L;
        if (dividend > 0) return dividend / divisor;
        // Halve, divide, then correct by at most one.
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    // ---- bits ----------------------------------------------------------------

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(x);
    }

    public static int numberOfTrailingZeros(long i) {
        int x = (int) i;
        return x == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(x);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
