package java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jdk.internal.util.Charsets;

/**
 * Immutable UTF-16 text with compact storage: when every char fits in one
 * byte, value holds Latin-1 bytes (coder LATIN1), else two bytes per char,
 * little-endian (coder UTF16).  The VM builds literals and concatenations by
 * filling these three fields directly, so their names and types are fixed.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final byte[] value;
    private final byte coder;
    private int hash;

    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;
    static final byte[] EMPTY = new byte[0];

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    // ---- construction ------------------------------------------------------

    public String() {
        value = EMPTY;
        coder = LATIN1;
    }

    public String(String original) {
        value = original.value;
        coder = original.coder;
        hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length, null);
    }

    public String(char[] value, int offset, int count) {
        this(value, offset, count, checkOffsetCount(offset, count, value.length));
    }

    private static Void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        return null;
    }

    private String(char[] chars, int off, int len, Void unused) {
        byte[] v = compress(chars, off, len);
        if (v != null) {
            value = v;
            coder = LATIN1;
        } else {
            value = toBytesUTF16(chars, off, len);
            coder = UTF16;
        }
    }

    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        StringBuilder sb = new StringBuilder(count);
        for (int i = offset; i < offset + count; i++) sb.appendCodePoint(codePoints[i]);
        String s = sb.toString();
        value = s.value;
        coder = s.coder;
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length, Charsets.defaultId());
    }

    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, checkBytes(bytes, offset, length, Charsets.defaultId()));
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, Charsets.lookup(charsetName));
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        this(bytes, offset, length, checkBytes(bytes, offset, length, Charsets.lookup(charsetName)));
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, Charsets.idOf(charset));
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        this(bytes, offset, length, checkBytes(bytes, offset, length, Charsets.idOf(charset)));
    }

    private static int checkBytes(byte[] b, int offset, int length, int cs) {
        if (offset < 0 || length < 0 || offset > b.length - length)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + length + ", length " + b.length);
        return cs;
    }

    private String(byte[] bytes, int offset, int length, int cs) {
        String s = Charsets.decode(bytes, offset, length, cs);
        value = s.value;
        coder = s.coder;
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    /** Takes ownership of value: no copy.  Used throughout java.base. */
    String(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    /** Builds a Latin-1 string owning the given bytes (each a char 0..255). */
    static String newLatin1(byte[] v) {
        return v.length == 0 ? "" : new String(v, LATIN1);
    }

    /** Chars to a compact string without intermediate copies of the caller's array. */
    static String newFromChars(char[] chars, int off, int len) {
        return new String(chars, off, len, null);
    }

    static byte[] compress(char[] c, int off, int len) {
        return compress0(c, off, len);
    }

    static byte[] toBytesUTF16(char[] c, int off, int len) {
        byte[] v = new byte[len << 1];
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            v[2 * i] = (byte) ch;
            v[2 * i + 1] = (byte) (ch >> 8);
        }
        return v;
    }

    // ---- raw access shared with the builders ---------------------------------

    byte coder() {
        return coder;
    }

    byte[] value() {
        return value;
    }

    static char getCharUTF16(byte[] v, int i) {
        return (char) ((v[2 * i] & 0xFF) | ((v[2 * i + 1] & 0xFF) << 8));
    }

    static void putCharUTF16(byte[] v, int i, int c) {
        v[2 * i] = (byte) c;
        v[2 * i + 1] = (byte) (c >> 8);
    }

    // ---- basic queries -------------------------------------------------------

    public int length() {
        return value.length >> coder;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (coder == LATIN1) {
            if (index < 0 || index >= value.length)
                throw new StringIndexOutOfBoundsException("String index out of range: " + index);
            return (char) (value[index] & 0xFF);
        }
        if (index < 0 || index >= value.length >> 1)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length());
        return getCharUTF16(value, index);
    }

    /** charAt without the bounds check's message building, for hot loops. */
    private char at(int i) {
        return coder == LATIN1 ? (char) (value[i] & 0xFF) : getCharUTF16(value, i);
    }

    public int codePointAt(int index) {
        int len = length();
        if (index < 0 || index >= len)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + len);
        char c = at(index);
        if (Character.isHighSurrogate(c) && index + 1 < len) {
            char d = at(index + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    public int codePointBefore(int index) {
        int len = length();
        if (index < 1 || index > len)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + len);
        char d = at(index - 1);
        if (Character.isLowSurrogate(d) && index - 2 >= 0) {
            char c = at(index - 2);
            if (Character.isHighSurrogate(c)) return Character.toCodePoint(c, d);
        }
        return d;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, length());
        int n = endIndex - beginIndex;
        if (coder == UTF16)
            for (int i = beginIndex; i < endIndex - 1; i++)
                if (Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1))) {
                    n--;
                    i++;
                }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        if (dstBegin < 0 || dstBegin > dst.length - (srcEnd - srcBegin))
            throw new ArrayIndexOutOfBoundsException("Index " + (dstBegin + srcEnd - srcBegin - 1)
                + " out of bounds for length " + dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = at(i);
    }

    /** Copies all chars into dst at dstBegin (no checks; internal). */
    void getChars(char[] dst, int dstBegin) {
        inflate0(value, coder, dst, dstBegin);
    }

    public byte[] getBytes() {
        return Charsets.encode(this, Charsets.defaultId());
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) throw new NullPointerException();
        return Charsets.encode(this, Charsets.lookup(charsetName));
    }

    public byte[] getBytes(Charset charset) {
        return Charsets.encode(this, Charsets.idOf(charset));
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = (byte) at(i);
    }

    public char[] toCharArray() {
        char[] r = new char[length()];
        getChars(r, 0);
        return r;
    }

    // ---- comparison ----------------------------------------------------------

    public boolean equals(Object anObject) {
        if (this == anObject) return true;
        if (!(anObject instanceof String)) return false;
        String s = (String) anObject;
        return coder == s.coder && bytesEqual(value, s.value);
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) return equals(cs);
        int n = length();
        if (n != cs.length()) return false;
        for (int i = 0; i < n; i++)
            if (at(i) != cs.charAt(i)) return false;
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
            || (anotherString != null && anotherString.length() == length()
                && regionMatches(true, 0, anotherString, 0, length()));
    }

    public int compareTo(String anotherString) {
        return compare0(value, coder, anotherString.value, anotherString.coder);
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            int n1 = s1.length(), n2 = s2.length();
            int d = compareCI(s1, 0, n1, s2, 0, n2);
            return d != 0 ? d : n1 - n2;
        }
    }

    /**
     * Case-insensitive comparison of two ranges as JDK 17 does it: char by
     * char, upper then lower case, but by code point where a surrogate pair
     * differs.  0 means equal up to the shorter length.
     */
    static int compareCI(String a, int ai, int alen, String b, int bi, int blen) {
        int alast = ai + alen, blast = bi + blen;
        for (int k1 = ai, k2 = bi; k1 < alast && k2 < blast; k1++, k2++) {
            int cp1 = a.at(k1), cp2 = b.at(k2);
            if (cp1 == cp2 || compareCodePointCI(cp1, cp2) == 0) continue;
            cp1 = codePointIncluding(a, cp1, k1, ai, alast);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            cp2 = codePointIncluding(b, cp2, k2, bi, blast);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            int diff = compareCodePointCI(cp1, cp2);
            if (diff != 0) return diff;
        }
        return 0;
    }

    private static int compareCodePointCI(int cp1, int cp2) {
        cp1 = Character.toUpperCase(cp1);
        cp2 = Character.toUpperCase(cp2);
        if (cp1 != cp2) {
            // Upper case alone fails for some scripts (Georgian): check lower case too.
            cp1 = Character.toLowerCase(cp1);
            cp2 = Character.toLowerCase(cp2);
            if (cp1 != cp2) return cp1 - cp2;
        }
        return 0;
    }

    /** The code point around index (negated if it continues past index), or the unit itself. */
    private static int codePointIncluding(String s, int cp, int index, int start, int end) {
        if (!Character.isSurrogate((char) cp)) return cp;
        if (Character.isLowSurrogate((char) cp)) {
            if (index > start) {
                char c = s.at(index - 1);
                if (Character.isHighSurrogate(c)) return Character.toCodePoint(c, (char) cp);
            }
        } else if (index + 1 < end) {
            char c = s.at(index + 1);
            if (Character.isLowSurrogate(c)) return -Character.toCodePoint((char) cp, c);
        }
        return cp;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len
                || ooffset > (long) other.length() - len)
            return false;
        if (ignoreCase) return len <= 0 || compareCI(this, toffset, len, other, ooffset, len) == 0;
        for (int i = 0; i < len; i++)
            if (at(toffset + i) != other.at(ooffset + i)) return false;
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length()) return false;
        int n = prefix.length();
        for (int i = 0; i < n; i++)
            if (at(toffset + i) != prefix.at(i)) return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            h = hash0(value, coder);
            hash = h;
        }
        return h;
    }

    // Per-character loops in C (jvm/native/string.c): one call instead of a
    // few interpreted bytecodes per character.
    private static native int hash0(byte[] value, byte coder);

    private static native boolean bytesEqual(byte[] a, byte[] b);

    private static native byte[] compress0(char[] c, int off, int len);

    private static native void inflate0(byte[] value, byte coder, char[] dst, int dstOff);

    private static native int indexOf0(byte[] value, byte coder, int ch, int from);

    private static native int compare0(byte[] a, byte coderA, byte[] b, byte coderB);

    private static native byte[] encode0(byte[] value, byte coder, int charset);

    /** Copies len chars as Latin-1 bytes; false (nothing copied) if one does not fit a byte. */
    static native boolean copyLatin1(char[] src, int srcOff, byte[] dst, int dstOff, int len);

    private static native String decode0(byte[] bytes, int off, int len, int charset);

    /** For jdk.internal.util.Charsets (user code, compiled against the JDK, cannot see it). */
    public static byte[] encodeForCharset(String s, int charset) {
        return encode0(s.value, s.coder, charset);
    }

    /** For jdk.internal.util.Charsets: malformed input decodes to U+FFFD as the JDK's decoders do. */
    public static String decodeForCharset(byte[] bytes, int off, int len, int charset) {
        return decode0(bytes, off, len, charset);
    }

    // ---- searching -----------------------------------------------------------

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int n = length();
        if (fromIndex < 0) fromIndex = 0;
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (!Character.isValidCodePoint(ch)) return -1;
            return indexOf(String.valueOfCodePoint(ch), fromIndex);
        }
        return indexOf0(value, coder, ch, fromIndex);
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (!Character.isValidCodePoint(ch)) return -1;
            return lastIndexOf(String.valueOfCodePoint(ch), fromIndex);
        }
        for (int i = Math.min(fromIndex, length() - 1); i >= 0; i--)
            if (at(i) == ch) return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        if (fromIndex < 0) fromIndex = 0;
        if (m == 0) return fromIndex <= n ? fromIndex : n;
        if (m > n) return -1;
        char first = str.at(0);
        for (int i = fromIndex, max = n - m; i <= max; i++) {
            if (at(i) != first) continue;
            int j = 1;
            while (j < m && at(i + j) == str.at(j)) j++;
            if (j == m) return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        int i = Math.min(fromIndex, n - m);
        for (; i >= 0; i--) {
            int j = 0;
            while (j < m && at(i + j) == str.at(j)) j++;
            if (j == m) return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- deriving strings ----------------------------------------------------

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int length = length();
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) return this;
        return range(beginIndex, endIndex);
    }

    /** The chars [begin, end) as a new string, re-compressed if possible. */
    private String range(int begin, int end) {
        int len = end - begin;
        if (len == 0) return "";
        if (coder == LATIN1) {
            byte[] v = new byte[len];
            System.arraycopy(value, begin, v, 0, len);
            return new String(v, LATIN1);
        }
        boolean latin = true;
        for (int i = begin; i < end; i++)
            if (getCharUTF16(value, i) > 0xFF) {
                latin = false;
                break;
            }
        if (latin) {
            byte[] v = new byte[len];
            for (int i = 0; i < len; i++) v[i] = value[2 * (begin + i)];
            return new String(v, LATIN1);
        }
        byte[] v = new byte[len << 1];
        System.arraycopy(value, begin << 1, v, 0, len << 1);
        return new String(v, UTF16);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) return this;
        if (isEmpty()) return str;
        return new StringBuilder(length() + str.length()).append(this).append(str).toString();
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) return this;
        int i = indexOf(oldChar);
        if (i < 0) return this;
        char[] cs = toCharArray();
        for (; i < cs.length; i++)
            if (cs[i] == oldChar) cs[i] = newChar;
        return newFromChars(cs, 0, cs.length);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String tgt = target.toString(), repl = replacement.toString();
        int j = indexOf(tgt);
        if (j < 0) return this;
        int tlen = tgt.length(), n = length();
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        if (tlen == 0) {
            // Insert the replacement before every char and at the end, as the JDK does.
            for (; i < n; i++) sb.append(repl).append(at(i));
            return sb.append(repl).toString();
        }
        do {
            sb.append(this, i, j).append(repl);
            i = j + tlen;
        } while ((j = indexOf(tgt, i)) >= 0);
        return sb.append(this, i, n).toString();
    }

    public boolean matches(String regex) {
        return Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        // The JDK's fast path: one literal char (or an escaped non-alnum char).
        int rlen = regex.length();
        char ch = 0;
        if ((rlen == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1)
                || (rlen == 2 && regex.charAt(0) == '\\'
                    && ((ch = regex.charAt(1)) - '0' | '9' - ch) < 0
                    && (ch - 'a' | 'z' - ch) < 0 && (ch - 'A' | 'Z' - ch) < 0)) {
            return splitChar(ch, limit);
        }
        return Pattern.compile(regex).split(this, limit);
    }

    private String[] splitChar(char ch, int limit) {
        int off = 0, next;
        boolean limited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        int n = length();
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(range(off, next));
                off = next + 1;
            } else {
                break;
            }
        }
        if (off == 0) return new String[] {this};
        list.add(range(off, n));
        int size = list.size();
        if (limit == 0)
            while (size > 0 && list.get(size - 1).isEmpty()) size--;
        String[] result = new String[size];
        for (int i = 0; i < size; i++) result[i] = list.get(i);
        return result;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringJoiner j = new StringJoiner(delimiter);
        for (CharSequence cs : elements) j.add(cs);
        return j.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringJoiner j = new StringJoiner(delimiter);
        for (CharSequence cs : elements) j.add(cs);
        return j.toString();
    }

    public String toLowerCase(Locale locale) {
        return toLowerCase();
    }

    /** Locale-independent (ROOT) lower case, with İ -> i̇ and the final-sigma rule as the JDK. */
    public String toLowerCase() {
        int n = length(), i = 0;
        for (; i < n; i++) {
            char c = at(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) break;
        }
        if (i == n) return this;
        StringBuilder sb = new StringBuilder(n);
        sb.append(this, 0, i);
        while (i < n) {
            int cp = codePointAt(i);
            int len = Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
            } else if (cp == 0x3A3) {
                sb.append(isFinalSigma(i) ? '\u03C2' : '\u03C3');
            } else {
                String special = Character.specialCase0(cp, false);
                if (special != null) sb.append(special);
                else sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += len;
        }
        return sb.toString();
    }

    /**
     * Σ at i ends a word: a cased letter before it in the word, none after.
     * Words are letters joined by mid-word punctuation (. ' : · ’) as in the
     * word-break rules the JDK uses.
     */
    private boolean isFinalSigma(int i) {
        boolean casedBefore = false;
        for (int j = i; j > 0; ) {
            int cp = codePointBefore(j);
            if (!Character.isLetter(cp)) {
                if (!isMidLetter(cp) || j - 1 <= 0 || !Character.isLetter(codePointBefore(j - 1))) break;
            } else if (isCased(cp)) {
                casedBefore = true;
                break;
            }
            j -= Character.charCount(cp);
        }
        if (!casedBefore) return false;
        for (int j = i + 1, n = length(); j < n; ) {
            int cp = codePointAt(j);
            if (!Character.isLetter(cp)) {
                if (!isMidLetter(cp) || j + 1 >= n || !Character.isLetter(codePointAt(j + 1))) break;
            } else if (isCased(cp)) {
                return false;
            }
            j += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isMidLetter(int cp) {
        return cp == '.' || cp == '\'' || cp == ':' || cp == 0xB7 || cp == 0x2019 || cp == 0x2018;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    public String toUpperCase(Locale locale) {
        return toUpperCase();
    }

    /** Locale-independent (ROOT) upper case, with the expansions (ß -> SS) the JDK makes. */
    public String toUpperCase() {
        int n = length(), i = 0;
        for (; i < n; i++) {
            char c = at(i);
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) break;
        }
        if (i == n) return this;
        StringBuilder sb = new StringBuilder(n);
        sb.append(this, 0, i);
        while (i < n) {
            int cp = codePointAt(i);
            int len = Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) ((cp >= 'a' && cp <= 'z') ? cp - 32 : cp));
            } else {
                String special = Character.specialCase0(cp, true);
                if (special != null) sb.append(special);
                else sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += len;
        }
        return sb.toString();
    }

    public String trim() {
        int len = length(), st = 0;
        while (st < len && at(st) <= ' ') st++;
        while (st < len && at(len - 1) <= ' ') len--;
        return (st > 0 || len < length()) ? substring(st, len) : this;
    }

    private int firstNonWhitespace() {
        int n = length(), i = 0;
        while (i < n && Character.isWhitespace(at(i))) i++;
        return i;
    }

    private int lastNonWhitespace() {
        int i = length();
        while (i > 0 && Character.isWhitespace(at(i - 1))) i--;
        return i;
    }

    public String strip() {
        int b = firstNonWhitespace();
        if (b == length()) return "";
        return substring(b, lastNonWhitespace());
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace());
    }

    public boolean isBlank() {
        return firstNonWhitespace() == length();
    }

    public Stream<String> lines() {
        ArrayList<String> out = new ArrayList<>();
        int n = length(), start = 0;
        for (int i = 0; i < n; i++) {
            char c = at(i);
            if (c == '\n' || c == '\r') {
                out.add(range(start, i));
                if (c == '\r' && i + 1 < n && at(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(range(start, n));
        return out.stream();
    }

    public String indent(int n) {
        if (isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        Iterator<String> it = lines().iterator();
        while (it.hasNext()) {
            String line = it.next();
            if (n > 0) {
                sb.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k))) k++;
                sb.append(line, k, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String translateEscapes() {
        if (isEmpty()) return "";
        char[] chars = toCharArray();
        int length = chars.length;
        int from = 0;
        int to = 0;
        while (from < length) {
            char ch = chars[from++];
            if (ch == '\\') {
                ch = from < length ? chars[from++] : '\0';
                switch (ch) {
                    case 'b': ch = '\b'; break;
                    case 'f': ch = '\f'; break;
                    case 'n': ch = '\n'; break;
                    case 'r': ch = '\r'; break;
                    case 's': ch = ' '; break;
                    case 't': ch = '\t'; break;
                    case '\'':
                    case '\"':
                    case '\\':
                        break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                        int limit = Integer.min(from + (ch <= '3' ? 2 : 1), length);
                        int code = ch - '0';
                        while (from < limit) {
                            ch = chars[from];
                            if (ch < '0' || '7' < ch) break;
                            from++;
                            code = (code << 3) | (ch - '0');
                        }
                        ch = (char) code;
                        break;
                    }
                    case '\n':
                        continue;
                    case '\r':
                        if (from < length && chars[from] == '\n') from++;
                        continue;
                    default: {
                        String msg = String.format("Invalid escape sequence: \\%c \\\\u%04X", ch, (int) ch);
                        throw new IllegalArgumentException(msg);
                    }
                }
            }
            chars[to++] = ch;
        }
        return new String(chars, 0, to);
    }

    public String stripIndent() {
        return this;
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public IntStream chars() {
        int n = length();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = at(i);
        return IntStream.of(a);
    }

    public IntStream codePoints() {
        int n = length();
        int[] a = new int[codePointCount(0, n)];
        for (int i = 0, k = 0; i < n; k++) {
            int cp = codePointAt(i);
            a[k] = cp;
            i += Character.charCount(cp);
        }
        return IntStream.of(a);
    }

    public String toString() {
        return this;
    }

    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public static String format(Locale l, String format, Object... args) {
        return new Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1) return this;
        int len = value.length;
        if (len == 0 || count == 0) return "";
        if ((long) len * count > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        byte[] v = new byte[len * count];
        System.arraycopy(value, 0, v, 0, len);
        int copied = len;
        for (; copied < v.length - copied; copied <<= 1) System.arraycopy(v, 0, v, copied, copied);
        System.arraycopy(v, 0, v, copied, v.length - copied);
        return new String(v, coder);
    }

    public native String intern();

    // ---- valueOf -------------------------------------------------------------

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        if (c <= 0xFF) return new String(new byte[] {(byte) c}, LATIN1);
        return new String(new byte[] {(byte) c, (byte) (c >> 8)}, UTF16);
    }

    static String valueOfCodePoint(int cp) {
        return new StringBuilder(2).appendCodePoint(cp).toString();
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
