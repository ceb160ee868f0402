package java.lang;

import java.util.stream.IntStream;

/**
 * The growable text behind StringBuilder and StringBuffer.  Storage mirrors
 * String's: Latin-1 bytes until a char above 0xFF arrives, then UTF-16
 * (little-endian byte pairs), so toString() is one array copy.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    byte[] value;
    byte coder;
    int count;

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(Integer.toString(capacity));
        value = new byte[capacity];
    }

    AbstractStringBuilder(String str) {
        int len = str.length();
        value = new byte[(len + 16) << str.coder()];
        coder = str.coder();
        System.arraycopy(str.value(), 0, value, 0, str.value().length);
        count = len;
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) ensureCapacityInternal(minimumCapacity);
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int old = value.length >> coder;
        if (minimumCapacity - old > 0) {
            int cap = (old << 1) + 2;
            if (cap - minimumCapacity < 0) cap = minimumCapacity;
            if (cap < 0) throw new OutOfMemoryError("Required length exceeds implementation limit");
            byte[] v = new byte[cap << coder];
            System.arraycopy(value, 0, v, 0, count << coder);
            value = v;
        }
    }

    public void trimToSize() {
        if (count < value.length >> coder) {
            byte[] v = new byte[count << coder];
            System.arraycopy(value, 0, v, 0, v.length);
            value = v;
        }
    }

    /** Switches Latin-1 storage to UTF-16, keeping capacity. */
    private void inflate() {
        if (coder == String.UTF16) return;
        byte[] v = new byte[value.length << 1];
        for (int i = 0; i < count; i++) v[2 * i] = value[i];
        value = v;
        coder = String.UTF16;
    }

    private void put(int i, char c) {
        if (coder == String.LATIN1) value[i] = (byte) c;
        else String.putCharUTF16(value, i, c);
    }

    private char get(int i) {
        return coder == String.LATIN1 ? (char) (value[i] & 0xFF) : String.getCharUTF16(value, i);
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) put(i, '\0');
        count = newLength;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
    }

    public char charAt(int index) {
        checkIndex(index);
        return get(index);
    }

    public int codePointAt(int index) {
        checkIndex(index);
        char c = get(index);
        if (Character.isHighSurrogate(c) && index + 1 < count && Character.isLowSurrogate(get(index + 1)))
            return Character.toCodePoint(c, get(index + 1));
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        char d = get(i);
        if (Character.isLowSurrogate(d) && i > 0 && Character.isHighSurrogate(get(i - 1)))
            return Character.toCodePoint(get(i - 1), d);
        return d;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > length()) throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        return toString().codePointCount(beginIndex, endIndex);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        if (dstBegin < 0 || dstBegin > dst.length - (srcEnd - srcBegin))
            throw new ArrayIndexOutOfBoundsException("Index " + dstBegin + " out of bounds for length " + dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = get(i);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        if (ch > 0xFF) inflate();
        put(index, ch);
    }

    // ---- append --------------------------------------------------------------

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) return appendNull();
        int len = str.length();
        ensureCapacityInternal(count + len);
        putString(count, str);
        count += len;
        return this;
    }

    /** Writes str's chars at index (capacity already ensured). */
    private void putString(int index, String str) {
        byte[] sv = str.value();
        byte sc = str.coder();
        if (sc == String.UTF16) inflate();
        if (coder == sc) {
            System.arraycopy(sv, 0, value, index << coder, sv.length);
        } else {
            for (int i = 0; i < sv.length; i++) String.putCharUTF16(value, index + i, sv[i] & 0xFF);
        }
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) return appendNull();
        int len = asb.count;
        ensureCapacityInternal(count + len);
        if (asb.coder == String.UTF16) inflate();
        if (coder == asb.coder) {
            System.arraycopy(asb.value, 0, value, count << coder, len << coder);
        } else {
            for (int i = 0; i < len; i++) String.putCharUTF16(value, count + i, asb.value[i] & 0xFF);
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) return appendNull();
        if (s instanceof String) return append((String) s);
        if (s instanceof AbstractStringBuilder) return append((AbstractStringBuilder) s);
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        put(count++, 'n');
        put(count++, 'u');
        put(count++, 'l');
        put(count++, 'l');
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        ensureCapacityInternal(count + end - start);
        for (int i = start; i < end; i++) appendChar(s.charAt(i));
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || offset > end || end > str.length)
            throw new IndexOutOfBoundsException("start " + offset + ", end " + end + ", length " + str.length);
        ensureCapacityInternal(count + len);
        if (coder == String.LATIN1 && String.copyLatin1(str, offset, value, count, len)) {
            count += len;
            return this;
        }
        for (int i = offset; i < end; i++) appendChar(str[i]);
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    /** Appends one char, capacity already ensured. */
    private void appendChar(char c) {
        if (coder == String.LATIN1 && c <= 0xFF) {
            value[count++] = (byte) c;
        } else {
            inflate();
            String.putCharUTF16(value, count++, c);
        }
    }

    public AbstractStringBuilder append(char c) {
        ensureCapacityInternal(count + 1);
        appendChar(c);
        return this;
    }

    public AbstractStringBuilder append(int i) {
        int n = Integer.stringSize(i);
        ensureCapacityInternal(count + n);
        if (coder == String.LATIN1) {
            Integer.getChars(i, count + n, value);
        } else {
            byte[] tmp = new byte[n];
            Integer.getChars(i, n, tmp);
            for (int k = 0; k < n; k++) String.putCharUTF16(value, count + k, tmp[k]);
        }
        count += n;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        if (l == (int) l) return append((int) l);
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint))
            throw new IllegalArgumentException(String.format("Not a valid Unicode code point: 0x%X", codePoint));
        ensureCapacityInternal(count + 2);
        appendChar(Character.highSurrogate(codePoint));
        appendChar(Character.lowSurrogate(codePoint));
        return this;
    }

    // ---- editing -------------------------------------------------------------

    private static void checkRangeSIOOBE(int start, int end, int len) {
        if (start < 0 || start > end || end > len)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + len);
    }

    /** Moves chars [from, count) to start at to. */
    private void shift(int from, int to) {
        System.arraycopy(value, from << coder, value, to << coder, (count - from) << coder);
    }

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            shift(end, start);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index);
        shift(index + 1, index);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) end = count;
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityInternal(newCount);
        if (str.coder() == String.UTF16) inflate();
        shift(end, start + len);
        count = newCount;
        putString(start, str);
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return copyRange(start, end);
    }

    private String copyRange(int start, int end) {
        int len = end - start;
        if (len == 0) return "";
        if (coder == String.LATIN1) {
            byte[] v = new byte[len];
            System.arraycopy(value, start, v, 0, len);
            return new String(v, String.LATIN1);
        }
        boolean latin = true;
        for (int i = start; i < end && latin; i++) latin = String.getCharUTF16(value, i) <= 0xFF;
        if (latin) {
            byte[] v = new byte[len];
            for (int i = 0; i < len; i++) v[i] = value[2 * (start + i)];
            return new String(v, String.LATIN1);
        }
        byte[] v = new byte[len << 1];
        System.arraycopy(value, start << 1, v, 0, len << 1);
        return new String(v, String.UTF16);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index);
        if (offset < 0 || len < 0 || offset > str.length - len)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", len " + len + ", str.length " + str.length);
        return insert(index, new String(str, offset, len));
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset);
        if (str == null) str = "null";
        int len = str.length();
        ensureCapacityInternal(count + len);
        if (str.coder() == String.UTF16) inflate();
        shift(offset, offset + len);
        count += len;
        putString(offset, str);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        return insert(offset, new String(str));
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        return insert(dstOffset, String.valueOf(s));
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) s = "null";
        checkOffset(dstOffset);
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        return insert(dstOffset, s.subSequence(start, end).toString());
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        return insert(offset, String.valueOf(c));
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return toString().indexOf(str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return toString().lastIndexOf(str, fromIndex);
    }

    public AbstractStringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = get(i), b = get(j);
            put(i, b);
            put(j, a);
        }
        if (coder == String.UTF16) {
            for (int i = 0; i < count && !surrogates; i++) surrogates = Character.isSurrogate(get(i));
            // Pairs were reversed too: put each low-high back to high-low.
            if (surrogates)
                for (int i = 0; i < count - 1; i++) {
                    char c2 = get(i);
                    if (Character.isLowSurrogate(c2)) {
                        char c1 = get(i + 1);
                        if (Character.isHighSurrogate(c1)) {
                            put(i++, c1);
                            put(i, c2);
                        }
                    }
                }
        }
        return this;
    }

    public IntStream chars() {
        return toString().chars();
    }

    public IntStream codePoints() {
        return toString().codePoints();
    }

    int compareTo(AbstractStringBuilder another) {
        return toString().compareTo(another.toString());
    }

    public String toString() {
        return copyRange(0, count);
    }
}
