package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token scanner.  The default delimiter (Java whitespace) is handled without
 * regular expressions; a custom delimiter goes through java.util.regex.
 * Number syntax follows the JDK's US-locale patterns (signs, ',' grouping,
 * NaN/Infinity for floats).  A token that does not match is not consumed.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private Reader source;
    private char[] buf = new char[1024];
    private int len;                // chars read into buf
    private int pos;                // next unconsumed char
    private boolean eof;
    private int tokStart = -1, tokEnd, tokPos = -1;   // the last token found at tokPos
    private boolean closed;
    private Pattern delim;          // null = whitespace
    private IOException lastException;
    private int radix = 10;

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    public Scanner(InputStream source, String charsetName) {
        this(makeReader(source, charsetName));
    }

    private static Reader makeReader(InputStream source, String charsetName) {
        try {
            return new InputStreamReader(Objects.requireNonNull(source, "source"), charsetName);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(source)));
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    public Scanner(Readable source) {
        this((Reader) Objects.requireNonNull(source, "source"));
    }

    private Scanner(Reader r) {
        source = r;
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Scanner closed");
    }

    /** Drops consumed text; only between operations, as scans hold indices into buf. */
    private void compact() {
        if (pos > 4096 && pos > len / 2) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            if (tokPos >= 0) {
                tokStart -= pos;
                tokEnd -= pos;
                tokPos -= pos;
            }
            pos = 0;
        }
    }

    /** Reads more input into buf (growing it); false at end of input. */
    private boolean fill() {
        if (eof) return false;
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        try {
            int n = source.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
                return false;
            }
            len += n;
            return true;
        } catch (IOException e) {
            lastException = e;
            eof = true;
            return false;
        }
    }

    private boolean available(int i) {
        while (i >= len) {
            if (!fill()) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        return c >= 0x80 && Character.isWhitespace(c);
    }

    /** The buffer as a CharSequence for java.util.regex. */
    private final CharSequence seq = new CharSequence() {
        public int length() {
            return len;
        }

        public char charAt(int index) {
            return buf[index];
        }

        public CharSequence subSequence(int start, int end) {
            return new String(buf, start, end - start);
        }

        public String toString() {
            return new String(buf, 0, len);
        }
    };

    private String text(int start, int end) {
        return new String(buf, start, end - start);
    }

    public void close() {
        if (closed) return;
        try {
            source.close();
        } catch (IOException e) {
            lastException = e;
        }
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    public Pattern delimiter() {
        return delim == null ? Pattern.compile("\\p{javaWhitespace}+") : delim;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delim = pattern;
        tokPos = -1;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        return useDelimiter(Pattern.compile(pattern));
    }

    public Scanner useLocale(Locale locale) {
        return this;
    }

    public Locale locale() {
        return Locale.getDefault();
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new IllegalArgumentException("radix:" + radix);
        this.radix = radix;
        return this;
    }

    public int radix() {
        return radix;
    }

    // ---- tokens ------------------------------------------------------------------

    /** Start and end of the next token, or null; consumes nothing. */
    /** Finds the next token (cached until something is consumed); false if there is none. */
    private boolean peek() {
        ensureOpen();
        if (tokPos == pos) return tokStart >= 0;
        compact();
        tokPos = pos;
        int[] t = delim != null ? peekTokenRegex() : peekTokenSpace();
        if (t == null) {
            tokStart = -1;
            return false;
        }
        tokStart = t[0];
        tokEnd = t[1];
        return true;
    }

    private int[] peekTokenSpace() {
        int i = pos;
        while (available(i) && isSpace(buf[i])) i++;
        if (!available(i)) return null;
        int start = i;
        while (available(i) && !isSpace(buf[i])) i++;
        return new int[] {start, i};
    }

    /** The token as {start, end} or null (the JDK-style interface the parsers below use). */
    private int[] peekToken() {
        return peek() ? new int[] {tokStart, tokEnd} : null;
    }

    private void consume() {
        pos = tokEnd;
    }

    private int[] peekTokenRegex() {
        while (fill()) ;            // a custom delimiter sees the whole input
        Matcher m = delim.matcher(seq);
        int start = pos;
        m.region(pos, len);
        if (m.lookingAt()) start = m.end();
        if (start >= len) return null;
        m.region(start, len);
        int end = len;
        while (m.find()) {
            // A delimiter right at the start ends an empty token ("1,,2" has one);
            // an empty match there does not.
            if (m.end() > m.start() || m.start() > start) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    public boolean hasNext() {
        return peek();
    }

    public String next() {
        if (!peek()) throw new NoSuchElementException();
        consume();
        return text(tokStart, tokEnd);
    }

    public boolean hasNext(String pattern) {
        return peek() && Pattern.matches(pattern, text(tokStart, tokEnd));
    }

    public String next(String pattern) {
        if (!peek()) throw new NoSuchElementException();
        String s = text(tokStart, tokEnd);
        if (!Pattern.matches(pattern, s)) throw new InputMismatchException();
        consume();
        return s;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return available(pos);
    }

    public String nextLine() {
        ensureOpen();
        compact();
        if (!available(pos)) throw new NoSuchElementException("No line found");
        int i = pos;
        for (;;) {
            if (!available(i)) {
                String s = text(pos, i);
                pos = i;
                return s;
            }
            char c = buf[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String s = text(pos, i);
                pos = i + 1;
                return s;
            }
            if (c == '\r') {
                String s = text(pos, i);
                pos = (available(i + 1) && buf[i + 1] == '\n') ? i + 2 : i + 1;
                return s;
            }
            i++;
        }
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        int i = pos;
        while (available(i) && buf[i] != '\n' && buf[i] != '\r') i++;
        Matcher m = pattern.matcher(seq);
        m.region(pos, i);
        if (m.find()) {
            pos = m.end();
            return m.group();
        }
        return null;
    }

    public Scanner skip(String pattern) {
        while (fill()) ;
        Matcher m = Pattern.compile(pattern).matcher(seq);
        m.region(pos, len);
        if (!m.lookingAt()) throw new NoSuchElementException();
        pos = m.end();
        return this;
    }

    // ---- numbers -----------------------------------------------------------------

    /** The token without ',' group separators if it is a well-formed integer, else null. */
    private String integerToken(int radix) {
        if (!peek()) return null;
        return cleanInteger(text(tokStart, tokEnd), radix);
    }

    /** Plain [+-]ASCII digits of at most 18 digits, parsed in place; else Long.MIN_VALUE. */
    private long plainDecimal() {
        int i = tokStart, end = tokEnd;
        boolean neg = false;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            neg = buf[i] == '-';
            i++;
        }
        if (i == end || end - i > 18) return Long.MIN_VALUE;
        long v = 0;
        for (; i < end; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) return Long.MIN_VALUE;
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    private static String cleanInteger(String s, int radix) {
        int i = 0, n = s.length();
        StringBuilder out = new StringBuilder(n);
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            if (s.charAt(0) == '-') out.append('-');
            i++;
        }
        if (i == n) return null;
        int digitsInGroup = 0;
        boolean grouped = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' && radix == 10) {
                if (digitsInGroup == 0 || (grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3)) return null;
                grouped = true;
                digitsInGroup = 0;
                continue;
            }
            if (Character.digit(c, radix) < 0) return null;
            out.append(c);
            digitsInGroup++;
        }
        if (grouped && digitsInGroup != 3) return null;
        if (digitsInGroup == 0) return null;
        return out.toString();
    }

    private void consumeToken() {
        peek();
        consume();
    }

    private long nextIntegral(int radix, long min, long max) {
        String s = integerToken(radix);
        if (s == null) throw noToken();
        long v;
        try {
            v = Long.parseLong(s, radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
        if (v < min || v > max) {
            throw new InputMismatchException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        consumeToken();
        return v;
    }

    private RuntimeException noToken() {
        return hasNext() ? new InputMismatchException() : new NoSuchElementException();
    }

    private boolean hasIntegral(int radix, long min, long max) {
        String s = integerToken(radix);
        if (s == null) return false;
        try {
            long v = Long.parseLong(s, radix);
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean hasNextInt() {
        return hasIntegral(radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean hasNextInt(int radix) {
        return hasIntegral(radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int nextInt() {
        return nextInt(radix);
    }

    public int nextInt(int radix) {
        if (radix == 10 && peek()) {
            long v = plainDecimal();
            if (v != Long.MIN_VALUE && v == (int) v) {
                consume();
                return (int) v;
            }
        }
        String s = integerToken(radix);
        if (s == null) throw noToken();
        try {
            int v = Integer.parseInt(s, radix);
            consumeToken();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextLong() {
        String s = integerToken(radix);
        if (s == null) return false;
        try {
            Long.parseLong(s, radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long nextLong() {
        return nextLong(radix);
    }

    public long nextLong(int radix) {
        if (radix == 10 && peek()) {
            long v = plainDecimal();
            if (v != Long.MIN_VALUE) {
                consume();
                return v;
            }
        }
        String s = integerToken(radix);
        if (s == null) throw noToken();
        try {
            long v = Long.parseLong(s, radix);
            consumeToken();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextShort() {
        return hasIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public short nextShort() {
        return (short) nextIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean hasNextByte() {
        return hasIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public byte nextByte() {
        return (byte) nextIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /** A float token made parseable (grouping removed), or null if it is not one. */
    private String floatToken() {
        if (!peek()) return null;
        String s = text(tokStart, tokEnd);
        String body = s;
        String sign = "";
        if (body.startsWith("-") || body.startsWith("+")) {
            sign = body.startsWith("-") ? "-" : "";
            body = body.substring(1);
        }
        if (body.equals("NaN") || body.equals("Infinity")) return sign + body;
        int e = Math.max(body.indexOf('e'), body.indexOf('E'));
        String mant = e >= 0 ? body.substring(0, e) : body;
        String exp = e >= 0 ? body.substring(e + 1) : null;
        int dot = mant.indexOf('.');
        String ip = dot >= 0 ? mant.substring(0, dot) : mant;
        String fp = dot >= 0 ? mant.substring(dot + 1) : "";
        if (ip.isEmpty() && fp.isEmpty()) return null;
        String cleanIp = ip.isEmpty() ? "" : cleanInteger(ip, 10);
        if (cleanIp == null) return null;
        for (int i = 0; i < fp.length(); i++)
            if (!Character.isDigit(fp.charAt(i))) return null;
        if (exp != null) {
            String ce = exp.startsWith("+") ? exp.substring(1) : exp;
            if (ce.isEmpty() || ce.equals("-") || cleanInteger(ce, 10) == null || ce.indexOf(',') >= 0) return null;
            exp = ce;
        }
        return sign + digitsToAscii(cleanIp) + (dot >= 0 ? "." + digitsToAscii(fp) : "") + (exp != null ? "e" + exp : "");
    }

    private static String digitsToAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }

    public boolean hasNextLong(int radix) {
        return hasIntegral(radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public boolean hasNextShort(int radix) {
        return hasIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public short nextShort(int radix) {
        return (short) nextIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean hasNextByte(int radix) {
        return hasIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public byte nextByte(int radix) {
        return (byte) nextIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public boolean hasNextBigInteger() {
        return hasNextBigInteger(radix);
    }

    public boolean hasNextBigInteger(int radix) {
        return integerToken(radix) != null;
    }

    public java.math.BigInteger nextBigInteger() {
        return nextBigInteger(radix);
    }

    public java.math.BigInteger nextBigInteger(int radix) {
        String s = integerToken(radix);
        if (s == null) throw noToken();
        try {
            java.math.BigInteger v = new java.math.BigInteger(s, radix);
            consumeToken();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    private String decimalToken() {
        String s = floatToken();
        if (s == null || s.endsWith("NaN") || s.endsWith("Infinity")) return null;
        return s;
    }

    public boolean hasNextBigDecimal() {
        return decimalToken() != null;
    }

    public java.math.BigDecimal nextBigDecimal() {
        String s = decimalToken();
        if (s == null) throw noToken();
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(s);
            consumeToken();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public java.util.stream.Stream<String> tokens() {
        ensureOpen();
        return java.util.stream.StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public boolean hasNextDouble() {
        return floatToken() != null;
    }

    public double nextDouble() {
        String s = floatToken();
        if (s == null) throw noToken();
        try {
            double d = Double.parseDouble(s);
            consumeToken();
            return d;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextFloat() {
        return floatToken() != null;
    }

    public float nextFloat() {
        String s = floatToken();
        if (s == null) throw noToken();
        try {
            float f = Float.parseFloat(s);
            consumeToken();
            return f;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextBoolean() {
        if (!peek()) return false;
        String s = text(tokStart, tokEnd);
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    public boolean nextBoolean() {
        if (!peek()) throw new NoSuchElementException();
        String s = text(tokStart, tokEnd);
        if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) throw new InputMismatchException();
        consume();
        return Boolean.parseBoolean(s);
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public Scanner reset() {
        delim = null;
        radix = 10;
        tokPos = -1;
        return this;
    }

    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter() + "][position=" + pos + "]";
    }
}
