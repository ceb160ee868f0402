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
    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean eof;
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

    /** Reads more input into buf; false at end of input. */
    private boolean fill() {
        if (eof) return false;
        if (pos > 8192 && pos > buf.length() / 2) {
            buf.delete(0, pos);
            pos = 0;
        }
        char[] cb = new char[1024];
        try {
            int n = source.read(cb, 0, cb.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            buf.append(cb, 0, n);
            return true;
        } catch (IOException e) {
            lastException = e;
            eof = true;
            return false;
        }
    }

    private boolean available(int i) {
        while (i >= buf.length()) {
            if (!fill()) return false;
        }
        return true;
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
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        delim = Pattern.compile(pattern);
        return this;
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
    private int[] peekToken() {
        ensureOpen();
        if (delim != null) return peekTokenRegex();
        int i = pos;
        while (available(i) && Character.isWhitespace(buf.charAt(i))) i++;
        if (!available(i)) return null;
        int start = i;
        while (available(i) && !Character.isWhitespace(buf.charAt(i))) i++;
        return new int[] {start, i};
    }

    private int[] peekTokenRegex() {
        while (fill()) ;            // a custom delimiter sees the whole input
        Matcher m = delim.matcher(buf);
        int start = pos;
        m.region(pos, buf.length());
        if (m.lookingAt()) start = m.end();
        if (start >= buf.length()) return null;
        m.region(start, buf.length());
        int end = buf.length();
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
        return peekToken() != null;
    }

    public String next() {
        int[] t = peekToken();
        if (t == null) throw new NoSuchElementException();
        pos = t[1];
        return buf.substring(t[0], t[1]);
    }

    public boolean hasNext(String pattern) {
        int[] t = peekToken();
        return t != null && Pattern.matches(pattern, buf.substring(t[0], t[1]));
    }

    public String next(String pattern) {
        int[] t = peekToken();
        if (t == null) throw new NoSuchElementException();
        String s = buf.substring(t[0], t[1]);
        if (!Pattern.matches(pattern, s)) throw new InputMismatchException();
        pos = t[1];
        return s;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return available(pos);
    }

    public String nextLine() {
        ensureOpen();
        if (!available(pos)) throw new NoSuchElementException("No line found");
        int i = pos;
        for (;;) {
            if (!available(i)) {
                String s = buf.substring(pos, i);
                pos = i;
                return s;
            }
            char c = buf.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String s = buf.substring(pos, i);
                pos = i + 1;
                return s;
            }
            if (c == '\r') {
                String s = buf.substring(pos, i);
                pos = (available(i + 1) && buf.charAt(i + 1) == '\n') ? i + 2 : i + 1;
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
        while (available(i) && buf.charAt(i) != '\n' && buf.charAt(i) != '\r') i++;
        Matcher m = pattern.matcher(buf);
        m.region(pos, i);
        if (m.find()) {
            pos = m.end();
            return m.group();
        }
        return null;
    }

    public Scanner skip(String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(buf);
        while (fill()) ;
        m.region(pos, buf.length());
        if (!m.lookingAt()) throw new NoSuchElementException();
        pos = m.end();
        return this;
    }

    // ---- numbers -----------------------------------------------------------------

    /** The token without ',' group separators if it is a well-formed integer, else null. */
    private String integerToken(int radix) {
        int[] t = peekToken();
        if (t == null) return null;
        String s = buf.substring(t[0], t[1]);
        return cleanInteger(s, radix);
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
        int[] t = peekToken();
        pos = t[1];
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
        int[] t = peekToken();
        if (t == null) return null;
        String s = buf.substring(t[0], t[1]);
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
        int[] t = peekToken();
        if (t == null) return false;
        String s = buf.substring(t[0], t[1]);
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    public boolean nextBoolean() {
        int[] t = peekToken();
        if (t == null) throw new NoSuchElementException();
        String s = buf.substring(t[0], t[1]);
        if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) throw new InputMismatchException();
        pos = t[1];
        return Boolean.parseBoolean(s);
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public Scanner reset() {
        delim = null;
        radix = 10;
        return this;
    }

    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter() + "][position=" + pos + "]";
    }
}
