package jdk.internal.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;

/**
 * Encoding and decoding for the three charsets we support, by small int id.
 * Unmappable chars encode as '?'; malformed input decodes to U+FFFD, one per
 * maximal bad subsequence, as the JDK's decoders do.
 */
public final class Charsets {
    private Charsets() {}

    public static final int ASCII = 0;
    public static final int LATIN1 = 1;
    public static final int UTF8 = 2;

    private static final String[][] NAMES = {
        {"US-ASCII", "ASCII", "ANSI_X3.4-1968", "646", "ascii7", "us", "iso646-us", "cp367", "csASCII",
         "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "IBM367", "default"},
        {"ISO-8859-1", "ISO8859_1", "ISO8859-1", "latin1", "l1", "ISO_8859-1", "ISO_8859-1:1987", "819", "IBM819",
         "cp819", "csISOLatin1", "iso-ir-100", "8859_1", "ISO8859_1"},
        {"UTF-8", "UTF8", "unicode-1-1-utf-8"},
    };
    private static final String[] HISTORICAL = {"ASCII", "ISO8859_1", "UTF8"};

    private static Charset[] charsets;      // made on demand: start-up need not load Charset
    private static int defaultId = -1;

    private static final class Impl extends Charset {
        final int id;

        Impl(int id) {
            super(NAMES[id][0], java.util.Arrays.copyOfRange(NAMES[id], 1, NAMES[id].length));
            this.id = id;
        }

        public String historicalName() {
            return HISTORICAL[id];
        }
    }

    /** Id of the named charset (case-insensitive, aliases too), or -1. */
    public static int find(String name) {
        if (name == null) throw new IllegalArgumentException("Null charset name");
        for (int id = 0; id < NAMES.length; id++)
            if (NAMES[id][0].equals(name)) return id;       // the usual spelling, without case folding
        for (int id = 0; id < NAMES.length; id++)
            for (String n : NAMES[id])
                if (n.equalsIgnoreCase(name)) return id;
        return -1;
    }

    public static int lookup(String name) throws UnsupportedEncodingException {
        if (name == null) throw new NullPointerException("charsetName");
        int id = find(name);
        if (id < 0) throw new UnsupportedEncodingException(name);
        return id;
    }

    public static int lookupOrDefault(String name) {
        int id = name == null ? -1 : find(name);
        return id >= 0 ? id : defaultId();
    }

    public static int idOf(Charset cs) {
        if (cs == null) throw new NullPointerException("charset");
        if (cs instanceof Impl) return ((Impl) cs).id;
        int id = find(cs.name());
        if (id < 0) throw new UnsupportedOperationException("charset " + cs.name());
        return id;
    }

    public static synchronized Charset charsetOf(int id) {
        if (charsets == null) charsets = new Charset[NAMES.length];
        Charset c = charsets[id];
        if (c == null) charsets[id] = c = new Impl(id);
        return c;
    }

    /** From file.encoding, which the VM derives from the locale (C/POSIX: ASCII). */
    public static int defaultId() {
        int id = defaultId;
        if (id < 0) {
            String enc = System.getProperty("file.encoding");
            id = enc == null ? UTF8 : find(enc);
            if (id < 0) id = UTF8;
            defaultId = id;
        }
        return id;
    }

    // ---- encoding ------------------------------------------------------------

    public static byte[] encode(String s, int cs) {
        return String.encodeForCharset(s, cs);
    }

    /** The Java version of encode (String.encode0 in C does the same). */
    static byte[] encodeJava(String s, int cs) {
        int n = s.length();
        if (cs == UTF8) return encodeUTF8(s, n);
        int max = cs == ASCII ? 0x7F : 0xFF;
        int len = n;
        for (int i = 0; i + 1 < n; i++)
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                len--;  // a surrogate pair is one unmappable character: one '?'
                i++;
            }
        byte[] b = new byte[len];
        for (int i = 0, k = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= max) {
                b[k++] = (byte) c;
            } else {
                b[k++] = '?';
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            }
        }
        return b;
    }

    private static byte[] encodeUTF8(String s, int n) {
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) len++;
            else if (c < 0x800) len += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                len += 4;
                i++;
            } else if (Character.isSurrogate(c)) len++;
            else len += 3;
        }
        byte[] b = new byte[len];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[k++] = (byte) c;
            } else if (c < 0x800) {
                b[k++] = (byte) (0xC0 | (c >> 6));
                b[k++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[k++] = (byte) (0xF0 | (cp >> 18));
                b[k++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[k++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[k++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[k++] = '?';
            } else {
                b[k++] = (byte) (0xE0 | (c >> 12));
                b[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return b;
    }

    // ---- decoding ------------------------------------------------------------

    public static String decode(byte[] b, int off, int len, int cs) {
        return String.decodeForCharset(b, off, len, cs);
    }

    /**
     * Decodes b[off, end) into out at pos; returns the new pos.  With
     * endOfInput false, stops before an incomplete trailing UTF-8 sequence;
     * Decoder keeps it for the next read.  The caller sizes out (one char per
     * byte is always enough).
     */
    static int decodeInto(byte[] b, int off, int end, int cs, char[] out, int pos, boolean endOfInput) {
        if (cs != UTF8) {
            for (int i = off; i < end; i++) {
                int v = b[i] & 0xFF;
                out[pos++] = (cs == ASCII && v > 0x7F) ? '\uFFFD' : (char) v;
            }
            return pos;
        }
        int i = off;
        while (i < end) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                out[pos++] = (char) b0;
                i++;
                continue;
            }
            int need, min, cp;
            if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; min = 0x80; }
            else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0F; min = 0x800; }
            else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; cp = b0 & 0x07; min = 0x10000; }
            else {
                out[pos++] = '\uFFFD';
                i++;
                continue;
            }
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= end) break;
                int bj = b[i + j] & 0xFF;
                if ((bj & 0xC0) != 0x80 || !secondOk(b0, j, bj)) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (bj & 0x3F);
            }
            if (!bad && j <= need) {
                // Ran out of input inside a sequence.
                if (!endOfInput) return encodePending(pos, end - i);
                out[pos++] = '\uFFFD';
                i = end;
                continue;
            }
            if (bad) {
                out[pos++] = '\uFFFD';
                i += j;
                continue;
            }
            if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF)) {
                // An encoded surrogate (ED A0..BF xx) is one malformed unit, as in the JDK.
                out[pos++] = '\uFFFD';
                i += need + 1;
                continue;
            }
            if (cp >= 0x10000) {
                out[pos++] = Character.highSurrogate(cp);
                out[pos++] = Character.lowSurrogate(cp);
            } else {
                out[pos++] = (char) cp;
            }
            i += need + 1;
        }
        return pos;
    }

    /** decodeInto in C (jvm/native/string.c), for the streaming Decoder. */
    static native int decodeChunk0(byte[] b, int off, int end, int cs, char[] out, int pos, boolean endOfInput);

    /** Returns pos but records (through a negative marker) how many bytes remain undecoded. */
    private static int encodePending(int pos, int remaining) {
        return -(pos + 1) - (remaining << 24);
    }

    /** Second-byte ranges that rule out overlongs and surrogates (RFC 3629 table). */
    private static boolean secondOk(int b0, int j, int b1) {
        if (j != 1) return true;
        if (b0 == 0xE0) return b1 >= 0xA0;
        if (b0 == 0xF0) return b1 >= 0x90;
        if (b0 == 0xF4) return b1 <= 0x8F;
        return true;
    }

    /** Streaming decoder for InputStreamReader and Scanner. */
    public static final class Decoder {
        private final int cs;
        private final byte[] bytes = new byte[8192];
        private int blen;                 // undecoded bytes at the start of bytes[]
        private char[] chars = new char[8192 + 2];
        private int cpos, clen;           // decoded chars not yet handed out
        private boolean eof;

        public Decoder(int cs) {
            this.cs = cs;
        }

        public String historicalName() {
            return HISTORICAL[cs];
        }

        public boolean hasPending() {
            return cpos < clen;
        }

        /** Like Reader.read(char[], int, int): blocks for at least one char or EOF. */
        public int read(InputStream in, char[] cbuf, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (cpos >= clen) {
                if (eof) return -1;
                fill(in);
            }
            int n = Math.min(len, clen - cpos);
            System.arraycopy(chars, cpos, cbuf, off, n);
            cpos += n;
            return n;
        }

        private void fill(InputStream in) throws IOException {
            int r = in.read(bytes, blen, bytes.length - blen);
            cpos = clen = 0;
            if (r < 0) {
                eof = true;
                if (blen > 0) {
                    clen = decodeChunk0(bytes, 0, blen, cs, chars, 0, true);
                    blen = 0;
                }
                return;
            }
            int end = blen + r;
            int res = decodeChunk0(bytes, 0, end, cs, chars, 0, false);
            if (res >= 0) {
                clen = res;
                blen = 0;
            } else {
                int remaining = (-res - 1) >>> 24;
                clen = (-res - 1) & 0xFFFFFF;
                System.arraycopy(bytes, end - remaining, bytes, 0, remaining);
                blen = remaining;
            }
        }
    }
}
