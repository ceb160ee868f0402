package java.util;

import java.nio.charset.StandardCharsets;

public class Base64 {
    private Base64() {}

    private static final char[] STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    public static Encoder getEncoder() {
        return new Encoder(STD, true, 0);
    }

    public static Encoder getUrlEncoder() {
        return new Encoder(URL, true, 0);
    }

    public static Encoder getMimeEncoder() {
        return new Encoder(STD, true, 76);
    }

    public static Decoder getDecoder() {
        return new Decoder(false, false);
    }

    public static Decoder getUrlDecoder() {
        return new Decoder(true, false);
    }

    public static Decoder getMimeDecoder() {
        return new Decoder(false, true);
    }

    public static class Encoder {
        private final char[] alphabet;
        private final boolean pad;
        private final int lineMax;

        Encoder(char[] alphabet, boolean pad, int lineMax) {
            this.alphabet = alphabet;
            this.pad = pad;
            this.lineMax = lineMax;
        }

        public Encoder withoutPadding() {
            return new Encoder(alphabet, false, lineMax);
        }

        public byte[] encode(byte[] src) {
            return encodeToString(src).getBytes(StandardCharsets.ISO_8859_1);
        }

        public String encodeToString(byte[] src) {
            StringBuilder sb = new StringBuilder((src.length + 2) / 3 * 4);
            int line = 0;
            for (int i = 0; i < src.length; i += 3) {
                int b0 = src[i] & 0xff;
                int b1 = i + 1 < src.length ? src[i + 1] & 0xff : 0;
                int b2 = i + 2 < src.length ? src[i + 2] & 0xff : 0;
                if (lineMax > 0 && line >= lineMax) {
                    sb.append("\r\n");
                    line = 0;
                }
                sb.append(alphabet[b0 >> 2]).append(alphabet[((b0 & 3) << 4) | (b1 >> 4)]);
                if (i + 1 < src.length) sb.append(alphabet[((b1 & 15) << 2) | (b2 >> 6)]);
                else if (pad) sb.append('=');
                if (i + 2 < src.length) sb.append(alphabet[b2 & 63]);
                else if (pad) sb.append('=');
                line += 4;
            }
            return sb.toString();
        }
    }

    public static class Decoder {
        private final boolean url, mime;

        Decoder(boolean url, boolean mime) {
            this.url = url;
            this.mime = mime;
        }

        private int value(char c, int pos) {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a' + 26;
            if (c >= '0' && c <= '9') return c - '0' + 52;
            if (c == (url ? '-' : '+')) return 62;
            if (c == (url ? '_' : '/')) return 63;
            if (mime) return -1;
            throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(c, 16));
        }

        public byte[] decode(String src) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int bits = 0, n = 0;
            for (int i = 0; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '=') break;
                int v = value(c, i);
                if (v < 0) continue;
                bits = (bits << 6) | v;
                n += 6;
                if (n >= 8) {
                    n -= 8;
                    out.write((bits >> n) & 0xff);
                }
            }
            return out.toByteArray();
        }

        public byte[] decode(byte[] src) {
            return decode(new String(src, StandardCharsets.ISO_8859_1));
        }
    }
}
