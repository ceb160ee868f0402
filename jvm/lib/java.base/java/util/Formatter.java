package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import jdk.internal.math.FloatingDecimal;

/**
 * printf-style formatting: %b %h %s %c %d %o %x %e %f %g %a %n %% with the
 * flags - # + space 0 , ( and width/precision, in the ROOT/US conventions.
 * Floating-point conversions round the JDK's decimal digits HALF_UP, as
 * java.util.Formatter does (so "%.1f" of 0.25 is "0.3").  Date/time (%t) is
 * not supported.  Exceptions and messages are the JDK's.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    private static final int MINUS = 1, SHARP = 2, PLUS = 4, SPACE = 8, ZERO = 16, GROUP = 32, PAREN = 64,
        PREVIOUS = 128, UPPER = 256;

    public Formatter() {
        this(new StringBuilder(), null);
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, null);
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(java.io.PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), null);
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public void close() {
        if (a == null) return;
        try {
            if (a instanceof Closeable) ((Closeable) a).close();
        } catch (IOException ioe) {
            lastException = ioe;
        } finally {
            a = null;
        }
    }

    private void ensureOpen() {
        if (a == null) throw new FormatterClosedException();
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        int last = -1;          // index of the last argument used by an ordinary specifier
        int lasto = -1;         // ... by any specifier (for '<')
        int n = format.length();
        int i = 0;
        try {
            while (i < n) {
                int pct = format.indexOf('%', i);
                if (pct < 0) {
                    a.append(format, i, n);
                    break;
                }
                if (pct > i) a.append(format, i, pct);
                Spec s = parse(format, pct);
                i = s.end;
                switch (s.conv) {
                    case '%':
                        a.append(justify("%", s));
                        continue;
                    case 'n':
                        a.append(System.lineSeparator());
                        continue;
                    default:
                        break;
                }
                Object arg;
                if (s.index == -1) {                    // '<': the previous argument again
                    if (lasto < 0 || args == null || lasto > args.length - 1)
                        throw new MissingFormatArgumentException(s.text);
                    arg = args[lasto];
                } else if (s.index == 0) {              // ordinary
                    last++;
                    lasto = last;
                    if (args != null && last > args.length - 1) throw new MissingFormatArgumentException(s.text);
                    arg = args == null ? null : args[last];
                } else {                                // explicit n$
                    lasto = s.index - 1;
                    if (args != null && lasto > args.length - 1) throw new MissingFormatArgumentException(s.text);
                    arg = args == null ? null : args[lasto];
                }
                a.append(print(s, arg));
            }
        } catch (IOException x) {
            lastException = x;
        }
        return this;
    }

    // ---- parsing -----------------------------------------------------------------

    private static final class Spec {
        int index;          // 0 ordinary, -1 previous ('<'), else n of n$
        int flags;
        int width = -1;
        int precision = -1;
        char conv;
        int end;
        String text;        // the specifier as written, for messages
        String flagText = "";
    }

    private static Spec parse(String f, int start) {
        Spec s = new Spec();
        int n = f.length();
        int i = start + 1;
        // Optional argument index: digits followed by '$'.
        int j = i;
        while (j < n && isDigit(f.charAt(j))) j++;
        if (j > i && j < n && f.charAt(j) == '$') {
            s.index = parseNum(f.substring(i, j));
            if (s.index == 0) throw new IllegalFormatArgumentIndexException(0);
            i = j + 1;
        }
        int flagStart = i;
        while (i < n && "-#+ 0,(<".indexOf(f.charAt(i)) >= 0) {
            int bit = flagBit(f.charAt(i));
            if ((s.flags & bit) != 0) throw new DuplicateFormatFlagsException(String.valueOf(f.charAt(i)));
            s.flags |= bit;
            i++;
        }
        s.flagText = f.substring(flagStart, i);
        if ((s.flags & PREVIOUS) != 0) s.index = -1;
        j = i;
        while (j < n && isDigit(f.charAt(j))) j++;
        if (j > i) {
            s.width = parseNum(f.substring(i, j));
            i = j;
        }
        if (i < n && f.charAt(i) == '.') {
            j = i + 1;
            while (j < n && isDigit(f.charAt(j))) j++;
            if (j == i + 1) throw incomplete(f, start);
            s.precision = parseNum(f.substring(i + 1, j));
            i = j;
        }
        if (i >= n) throw incomplete(f, start);
        char c = f.charAt(i);
        if (c == 't' || c == 'T') throw new UnknownFormatConversionException(String.valueOf(c));
        if ("bBhHsScCdoxXeEfgGaAn%".indexOf(c) < 0) throw new UnknownFormatConversionException(String.valueOf(c));
        if (Character.isUpperCase(c)) {
            s.flags |= UPPER;
            c = Character.toLowerCase(c);
        }
        s.conv = c;
        s.end = i + 1;
        s.text = f.substring(start, s.end);
        check(s);
        return s;
    }

    /** An unfinished specifier: the JDK names the first character after the '%'. */
    private static UnknownFormatConversionException incomplete(String f, int start) {
        return new UnknownFormatConversionException(start + 1 < f.length() ? String.valueOf(f.charAt(start + 1)) : "%");
    }

    private static int parseNum(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalFormatWidthException(Integer.MIN_VALUE);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int flagBit(char c) {
        switch (c) {
            case '-': return MINUS;
            case '#': return SHARP;
            case '+': return PLUS;
            case ' ': return SPACE;
            case '0': return ZERO;
            case ',': return GROUP;
            case '(': return PAREN;
            default: return PREVIOUS;
        }
    }

    private static String flagString(int flags) {
        StringBuilder sb = new StringBuilder();
        if ((flags & MINUS) != 0) sb.append('-');
        if ((flags & SHARP) != 0) sb.append('#');
        if ((flags & PLUS) != 0) sb.append('+');
        if ((flags & SPACE) != 0) sb.append(' ');
        if ((flags & ZERO) != 0) sb.append('0');
        if ((flags & GROUP) != 0) sb.append(',');
        if ((flags & PAREN) != 0) sb.append('(');
        if ((flags & PREVIOUS) != 0) sb.append('<');
        return sb.toString();
    }

    /** The JDK's per-conversion flag, width and precision checks. */
    private static void check(Spec s) {
        char c = s.conv;
        String convText = String.valueOf((s.flags & UPPER) != 0 ? Character.toUpperCase(c) : c);
        int f = s.flags;
        switch (c) {
            case '%':
            case 'n':
                if (c == 'n' && s.width != -1) throw new IllegalFormatWidthException(s.width);
                if (s.precision != -1) throw new IllegalFormatPrecisionException(s.precision);
                if (c == '%' && (f & ~(MINUS | UPPER)) != 0 && (f & ~(MINUS | UPPER)) != PREVIOUS)
                    throw new IllegalFormatFlagsException(flagString(f & ~UPPER));
                if ((f & MINUS) != 0 && s.width == -1) throw new MissingFormatWidthException(s.text);
                if (c == 'n' && (f & ~UPPER) != 0) throw new IllegalFormatFlagsException(flagString(f & ~UPPER));
                return;
            case 'b': case 'h': case 's': case 'c':
                if (c == 'c' && s.precision != -1) throw new IllegalFormatPrecisionException(s.precision);
                badFlags(s, convText, PLUS | SPACE | ZERO | GROUP | PAREN | (c == 's' ? 0 : SHARP));
                if ((f & MINUS) != 0 && s.width == -1) throw new MissingFormatWidthException(s.text);
                return;
            case 'd': case 'o': case 'x':
                if (s.precision != -1) throw new IllegalFormatPrecisionException(s.precision);
                if (c == 'd') badFlags(s, convText, SHARP);
                checkNumeric(s);
                return;
            case 'e': case 'f': case 'g': case 'a':
                if (c == 'e' || c == 'a') badFlags(s, convText, GROUP);
                if (c == 'g') badFlags(s, convText, SHARP);
                if (c == 'a') badFlags(s, convText, PAREN);
                checkNumeric(s);
                return;
            default:
        }
    }

    private static void badFlags(Spec s, String conv, int bad) {
        int hit = s.flags & bad;
        if (hit != 0) throw new FormatFlagsConversionMismatchException(flagString(lowestFlag(hit)), conv.charAt(0));
    }

    private static int lowestFlag(int bits) {
        // The JDK reports the first offending flag in the order - # + space 0 , (.
        for (int b : new int[] {MINUS, SHARP, PLUS, SPACE, ZERO, GROUP, PAREN})
            if ((bits & b) != 0) return b;
        return bits;
    }

    private static void checkNumeric(Spec s) {
        int f = s.flags;
        if (s.width == -1 && ((f & MINUS) != 0 || (f & ZERO) != 0)) throw new MissingFormatWidthException(s.text);
        if (((f & PLUS) != 0 && (f & SPACE) != 0) || ((f & MINUS) != 0 && (f & ZERO) != 0))
            throw new IllegalFormatFlagsException(flagString(f & ~UPPER));
    }

    // ---- printing ----------------------------------------------------------------

    private String print(Spec s, Object arg) {
        switch (s.conv) {
            case 'b': {
                String v = arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true");
                return justify(precise(v, s), s);
            }
            case 'h': {
                String v = arg == null ? "null" : Integer.toHexString(arg.hashCode());
                return justify(precise(v, s), s);
            }
            case 's': {
                if (arg instanceof Formattable) {
                    Formatter fmt = new Formatter(new StringBuilder(), l);
                    int ff = 0;
                    if ((s.flags & MINUS) != 0) ff |= FormattableFlags.LEFT_JUSTIFY;
                    if ((s.flags & UPPER) != 0) ff |= FormattableFlags.UPPERCASE;
                    if ((s.flags & SHARP) != 0) ff |= FormattableFlags.ALTERNATE;
                    ((Formattable) arg).formatTo(fmt, ff, s.width, s.precision);
                    return fmt.toString();
                }
                if ((s.flags & SHARP) != 0) throw new FormatFlagsConversionMismatchException("#", 's');
                return justify(precise(String.valueOf(arg), s), s);
            }
            case 'c':
                return justify(charArg(s, arg), s);
            case 'd': case 'o': case 'x':
                return justify(integral(s, arg), s);
            case 'e': case 'f': case 'g': case 'a':
                return justify(floating(s, arg), s);
            default:
                throw new UnknownFormatConversionException(String.valueOf(s.conv));
        }
    }

    private static String precise(String v, Spec s) {
        if (s.precision != -1 && s.precision < v.length()) v = v.substring(0, s.precision);
        return v;
    }

    /** Case conversion, then padding to the width (left or right). */
    private static String justify(String v, Spec s) {
        if ((s.flags & UPPER) != 0) v = v.toUpperCase();
        if (s.width == -1 || v.length() >= s.width) return v;
        StringBuilder sb = new StringBuilder(s.width);
        boolean left = (s.flags & MINUS) != 0;
        if (left) sb.append(v);
        for (int k = v.length(); k < s.width; k++) sb.append(' ');
        if (!left) sb.append(v);
        return sb.toString();
    }

    private static String charArg(Spec s, Object arg) {
        if (arg == null) return "null";
        if (arg instanceof Character) return arg.toString();
        int cp;
        if (arg instanceof Byte) cp = (Byte) arg;
        else if (arg instanceof Short) cp = (Short) arg;
        else if (arg instanceof Integer) cp = (Integer) arg;
        else throw new IllegalFormatConversionException('c', arg.getClass());
        if (!Character.isValidCodePoint(cp)) throw new IllegalFormatCodePointException(cp);
        return new String(Character.toChars(cp));
    }

    private static String integral(Spec s, Object arg) {
        if (arg == null) return "null";
        long v;
        int bits;
        if (arg instanceof Integer) {
            v = (Integer) arg;
            bits = 32;
        } else if (arg instanceof Long) {
            v = (Long) arg;
            bits = 64;
        } else if (arg instanceof Byte) {
            v = (Byte) arg;
            bits = 8;
        } else if (arg instanceof Short) {
            v = (Short) arg;
            bits = 16;
        } else {
            throw new IllegalFormatConversionException(s.conv == 'x' && (s.flags & UPPER) != 0 ? 'X' : s.conv,
                                                       arg.getClass());
        }
        int f = s.flags;
        StringBuilder sb = new StringBuilder();
        if (s.conv == 'd') {
            boolean neg = v < 0;
            String digits = neg ? Long.toString(v).substring(1) : Long.toString(v);
            leadingSign(sb, neg, f);
            localizedMagnitude(sb, digits, f, adjustWidth(s.width, f, neg));
            if (neg && (f & PAREN) != 0) sb.append(')');
            return sb.toString();
        }
        if ((f & (PLUS | SPACE | GROUP | PAREN)) != 0)
            throw new FormatFlagsConversionMismatchException(flagString(lowestFlag(f & (PLUS | SPACE | GROUP | PAREN))),
                                                             s.conv == 'x' && (f & UPPER) != 0 ? 'X' : s.conv);
        // Negative values print as their two's complement of the argument's width.
        long u = bits == 64 ? v : v & ((1L << bits) - 1);
        String digits = s.conv == 'o' ? Long.toOctalString(u) : Long.toHexString(u);
        String prefix = (f & SHARP) == 0 ? "" : (s.conv == 'o' ? "0" : "0x");
        sb.append(prefix);
        if ((f & ZERO) != 0)
            for (int k = prefix.length() + digits.length(); k < s.width; k++) sb.append('0');
        sb.append(digits);
        return sb.toString();
    }

    private static void leadingSign(StringBuilder sb, boolean neg, int f) {
        if (!neg) {
            if ((f & PLUS) != 0) sb.append('+');
            else if ((f & SPACE) != 0) sb.append(' ');
        } else {
            sb.append((f & PAREN) != 0 ? '(' : '-');
        }
    }

    private static int adjustWidth(int width, int f, boolean neg) {
        return (width != -1 && neg && (f & PAREN) != 0) ? width - 1 : width;
    }

    /** Digits (with an optional '.') plus grouping and zero padding, after the sign in sb. */
    private static void localizedMagnitude(StringBuilder sb, CharSequence value, int f, int width) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = 0; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (f & GROUP) != 0;
        for (int j = 0; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && ((dot - j) % 3 == 1)) sb.append(',');
        }
        if (width != -1 && (f & ZERO) != 0)
            for (int k = sb.length(); k < width; k++) sb.insert(begin, '0');
    }

    private static String floating(Spec s, Object arg) {
        if (arg == null) return "null";
        double value;
        if (arg instanceof Double) value = (Double) arg;
        else if (arg instanceof Float) value = (Float) arg;
        else throw new IllegalFormatConversionException(convChar(s), arg.getClass());
        int f = s.flags;
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (Double.isNaN(value)) {
            sb.append("NaN");
            return sb.toString();
        }
        double v = Math.abs(value);
        leadingSign(sb, neg, f);
        if (Double.isInfinite(v)) {
            sb.append("Infinity");
        } else if (s.conv == 'a') {
            sb.append(hexDouble(v, s.precision));
        } else {
            printFloat(sb, v, s, neg);
        }
        if (neg && (f & PAREN) != 0) sb.append(')');
        return sb.toString();
    }

    private static char convChar(Spec s) {
        return (s.flags & UPPER) != 0 ? Character.toUpperCase(s.conv) : s.conv;
    }

    private static String hexDouble(double d, int prec) {
        String h = Double.toHexString(d);
        return h.startsWith("0x") ? "0x" + h.substring(2) : h;
    }

    /** Digits and decimal exponent of the JDK's FloatingDecimal (value = 0.d1d2... * 10^exp). */
    private static final class Decimal {
        char[] digits;
        int n;
        int exp;

        Decimal(double v) {
            if (v == 0.0) {
                digits = new char[] {'0'};
                n = 1;
                exp = 1;
                return;
            }
            String s = FloatingDecimal.formatterDigits0(v);
            int e = s.indexOf('e');
            digits = s.substring(0, e).toCharArray();
            n = digits.length;
            exp = Integer.parseInt(s.substring(e + 1));
        }

        /** Rounds HALF_UP to prec significant digits; returns the new exponent. */
        int applyPrecision(int prec) {
            if (prec >= n || prec < 0) return exp;
            if (prec == 0) {
                if (digits[0] >= '5') {
                    digits[0] = '1';
                    Arrays.fill(digits, 1, n, '0');
                    return exp + 1;
                }
                Arrays.fill(digits, 0, n, '0');
                return exp;
            }
            int q = digits[prec];
            if (q >= '5') {
                int i = prec;
                q = digits[--i];
                if (q == '9') {
                    while (q == '9' && i > 0) q = digits[--i];
                    if (q == '9') {
                        digits[0] = '1';
                        Arrays.fill(digits, 1, n, '0');
                        return exp + 1;
                    }
                }
                digits[i] = (char) (q + 1);
                Arrays.fill(digits, i + 1, n, '0');
            } else {
                Arrays.fill(digits, prec, n, '0');
            }
            return exp;
        }

        String decimal(int precision, int e) {
            StringBuilder m = new StringBuilder();
            if (e > 0) {
                if (n < e) {
                    m.append(digits, 0, n);
                    for (int k = n; k < e; k++) m.append('0');
                } else {
                    int t = Math.min(n - e, precision);
                    m.append(digits, 0, e);
                    if (t > 0) m.append('.').append(digits, e, t);
                }
            } else {
                int zeros = Math.max(0, Math.min(-e, precision));
                int t = Math.max(0, Math.min(n, precision + e));
                if (zeros > 0) {
                    m.append("0.");
                    for (int k = 0; k < zeros; k++) m.append('0');
                    if (t > 0) m.append(digits, 0, t);
                } else if (t > 0) {
                    m.append("0.").append(digits, 0, t);
                } else {
                    m.append('0');
                }
            }
            return m.toString();
        }

        String scientificMantissa(int precision) {
            int t = Math.max(0, Math.min(n - 1, precision));
            StringBuilder m = new StringBuilder().append(digits[0]);
            if (t > 0) m.append('.').append(digits, 1, t);
            return m.toString();
        }

        static String exponent(int e) {
            char sign;
            int x;
            if (e <= 0) {
                sign = '-';
                x = -e + 1;
            } else {
                sign = '+';
                x = e - 1;
            }
            return sign + (x <= 9 ? "0" + x : Integer.toString(x));
        }
    }

    private static void addZeros(StringBuilder sb, int prec) {
        int len = sb.length();
        int i;
        for (i = 0; i < len; i++)
            if (sb.charAt(i) == '.') break;
        boolean needDot = i == len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec >= prec) return;
        if (needDot) sb.append('.');
        for (int k = outPrec; k < prec; k++) sb.append('0');
    }

    private static void printFloat(StringBuilder sb, double v, Spec s, boolean neg) {
        int f = s.flags;
        int width = s.width;
        boolean upper = (f & UPPER) != 0;
        if (s.conv == 'e') {
            int prec = s.precision == -1 ? 6 : s.precision;
            Decimal d = new Decimal(v);
            int e = d.applyPrecision(prec + 1);
            StringBuilder mant = new StringBuilder(d.scientificMantissa(prec));
            addZeros(mant, prec);
            if ((f & SHARP) != 0 && prec == 0) mant.append('.');
            String exp = Decimal.exponent(e);
            int newW = width == -1 ? -1 : adjustWidth(width - exp.length() - 1, f, neg);
            localizedMagnitude(sb, mant, f, newW);
            sb.append(upper ? 'E' : 'e').append(exp);
        } else if (s.conv == 'f') {
            int prec = s.precision == -1 ? 6 : s.precision;
            Decimal d = new Decimal(v);
            int e = d.applyPrecision(d.exp + prec);
            StringBuilder mant = new StringBuilder(d.decimal(prec, e));
            addZeros(mant, prec);
            if ((f & SHARP) != 0 && prec == 0) mant.append('.');
            localizedMagnitude(sb, mant, f, width == -1 ? -1 : adjustWidth(width, f, neg));
        } else {
            int prec = s.precision == -1 ? 6 : (s.precision == 0 ? 1 : s.precision);
            String exp = null;
            StringBuilder mant;
            int expRounded;
            if (v == 0.0) {
                mant = new StringBuilder("0");
                expRounded = 0;
            } else {
                Decimal d = new Decimal(v);
                int e = d.applyPrecision(prec);
                expRounded = e - 1;
                if (e - 1 < -4 || e - 1 >= prec) {
                    mant = new StringBuilder(d.scientificMantissa(prec - 1));
                    exp = Decimal.exponent(e);
                } else {
                    mant = new StringBuilder(d.decimal(prec - e, e));
                }
            }
            if (exp != null) prec -= 1;
            else prec -= expRounded + 1;
            addZeros(mant, prec);
            if ((f & SHARP) != 0 && prec == 0) mant.append('.');
            int newW = width;
            if (width != -1) newW = adjustWidth(exp != null ? width - exp.length() - 1 : width, f, neg);
            localizedMagnitude(sb, mant, f, newW);
            if (exp != null) sb.append(upper ? 'E' : 'e').append(exp);
        }
    }
}
