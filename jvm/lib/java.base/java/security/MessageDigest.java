package java.security;

/**
 * Message digests: MD2 is not offered; MD5 (RFC 1321), SHA-1, SHA-224,
 * SHA-256, SHA-384, SHA-512, SHA-512/224 and SHA-512/256 (FIPS 180-4), all
 * in Java, named as the JDK's SUN provider names them.
 */
public abstract class MessageDigest {
    private final String algorithm;

    protected MessageDigest(String algorithm) {
        this.algorithm = algorithm;
    }

    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) throw new NullPointerException("null algorithm name");
        String a = algorithm.toUpperCase(java.util.Locale.ROOT);
        switch (a) {
            case "MD5":
                return new Md5(algorithm);
            case "SHA":
            case "SHA1":
            case "SHA-1":
                return new Sha1(algorithm);
            case "SHA-224":
            case "SHA224":
                return new Sha256(algorithm, true);
            case "SHA-256":
            case "SHA256":
                return new Sha256(algorithm, false);
            case "SHA-384":
            case "SHA384":
                return new Sha512(algorithm, 48, SHA384_IV);
            case "SHA-512":
            case "SHA512":
                return new Sha512(algorithm, 64, SHA512_IV);
            case "SHA-512/224":
                return new Sha512(algorithm, 28, SHA512_224_IV);
            case "SHA-512/256":
                return new Sha512(algorithm, 32, SHA512_256_IV);
            default:
                throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
    }

    public static MessageDigest getInstance(String algorithm, String provider) throws NoSuchAlgorithmException {
        return getInstance(algorithm);
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final int getDigestLength() {
        return engineGetDigestLength();
    }

    public void update(byte input) {
        engineUpdate(input);
    }

    public void update(byte[] input, int offset, int len) {
        if (input == null) throw new IllegalArgumentException("No input buffer given");
        if (input.length - offset < len) throw new IllegalArgumentException("Input buffer too short");
        engineUpdate(input, offset, len);
    }

    public void update(byte[] input) {
        engineUpdate(input, 0, input.length);
    }

    public byte[] digest() {
        return engineDigest();
    }

    public int digest(byte[] buf, int offset, int len) throws DigestException {
        if (buf == null) throw new IllegalArgumentException("No output buffer given");
        if (buf.length - offset < len) throw new IllegalArgumentException("Output buffer too small for specified offset and length");
        byte[] d = engineDigest();
        if (len < d.length) throw new DigestException("partial digests not returned");
        System.arraycopy(d, 0, buf, offset, d.length);
        return d.length;
    }

    public byte[] digest(byte[] input) {
        update(input);
        return digest();
    }

    public void reset() {
        engineReset();
    }

    public static boolean isEqual(byte[] digesta, byte[] digestb) {
        if (digesta == digestb) return true;
        if (digesta == null || digestb == null) return false;
        if (digesta.length != digestb.length) return false;
        int result = 0;
        for (int i = 0; i < digesta.length; i++) result |= digesta[i] ^ digestb[i];
        return result == 0;
    }

    public String toString() {
        return algorithm + " Message Digest from SUN, <initialized>\n";
    }

    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }

    protected abstract int engineGetDigestLength();

    protected abstract void engineUpdate(byte input);

    protected abstract void engineUpdate(byte[] input, int offset, int len);

    protected abstract byte[] engineDigest();

    protected abstract void engineReset();

    // ---- block engines -------------------------------------------------------------------

    /** Buffers input into blocks; subclasses compress a block and pad the tail. */
    private abstract static class Block extends MessageDigest implements Cloneable {
        byte[] buffer;
        int bufLen;
        long bytes;

        Block(String algorithm, int blockSize) {
            super(algorithm);
            buffer = new byte[blockSize];
        }

        abstract void compress(byte[] b, int off);

        abstract void init();

        abstract byte[] output();

        /** Pads as MD5/SHA: 0x80, zeros, then the bit length (lenBytes wide; bigEndian or not). */
        final void pad(int lenBytes, boolean bigEndian) {
            long bits = bytes << 3;
            int bs = buffer.length;
            buffer[bufLen++] = (byte) 0x80;
            if (bufLen > bs - lenBytes) {
                while (bufLen < bs) buffer[bufLen++] = 0;
                compress(buffer, 0);
                bufLen = 0;
            }
            while (bufLen < bs - 8) buffer[bufLen++] = 0;
            for (int i = 0; i < 8; i++) {
                int shift = bigEndian ? 56 - 8 * i : 8 * i;
                buffer[bs - 8 + i] = (byte) (bits >>> shift);
            }
            compress(buffer, 0);
            bufLen = 0;
        }

        protected void engineUpdate(byte input) {
            buffer[bufLen++] = input;
            bytes++;
            if (bufLen == buffer.length) {
                compress(buffer, 0);
                bufLen = 0;
            }
        }

        protected void engineUpdate(byte[] input, int off, int len) {
            bytes += len;
            int bs = buffer.length;
            if (bufLen > 0) {
                int n = Math.min(len, bs - bufLen);
                System.arraycopy(input, off, buffer, bufLen, n);
                bufLen += n;
                off += n;
                len -= n;
                if (bufLen == bs) {
                    compress(buffer, 0);
                    bufLen = 0;
                }
            }
            while (len >= bs) {
                compress(input, off);
                off += bs;
                len -= bs;
            }
            if (len > 0) {
                System.arraycopy(input, off, buffer, 0, len);
                bufLen = len;
            }
        }

        protected byte[] engineDigest() {
            byte[] out = output();
            engineReset();
            return out;
        }

        protected void engineReset() {
            bufLen = 0;
            bytes = 0;
            init();
        }

        public Object clone() throws CloneNotSupportedException {
            Block c = (Block) super.clone();
            c.buffer = buffer.clone();
            return c;
        }
    }

    private static final class Md5 extends Block {
        private int[] s = new int[4];
        private static final int[] K = new int[64];
        private static final int[] R = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
            5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
            4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
            6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

        static {
            for (int i = 0; i < 64; i++) K[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }

        Md5(String name) {
            super(name, 64);
            init();
        }

        void init() {
            s[0] = 0x67452301;
            s[1] = 0xefcdab89;
            s[2] = 0x98badcfe;
            s[3] = 0x10325476;
        }

        protected int engineGetDigestLength() {
            return 16;
        }

        void compress(byte[] b, int off) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                int p = off + 4 * i;
                m[i] = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
            }
            int a = s[0], bb = s[1], c = s[2], d = s[3];
            for (int i = 0; i < 64; i++) {
                int f, g;
                if (i < 16) {
                    f = (bb & c) | (~bb & d);
                    g = i;
                } else if (i < 32) {
                    f = (d & bb) | (~d & c);
                    g = (5 * i + 1) & 15;
                } else if (i < 48) {
                    f = bb ^ c ^ d;
                    g = (3 * i + 5) & 15;
                } else {
                    f = c ^ (bb | ~d);
                    g = (7 * i) & 15;
                }
                int tmp = d;
                d = c;
                c = bb;
                bb = bb + Integer.rotateLeft(a + f + K[i] + m[g], R[i]);
                a = tmp;
            }
            s[0] += a;
            s[1] += bb;
            s[2] += c;
            s[3] += d;
        }

        byte[] output() {
            pad(8, false);
            byte[] out = new byte[16];
            for (int i = 0; i < 16; i++) out[i] = (byte) (s[i >> 2] >>> (8 * (i & 3)));
            return out;
        }

        public Object clone() throws CloneNotSupportedException {
            Md5 c = (Md5) super.clone();
            c.s = s.clone();
            return c;
        }
    }

    private static final class Sha1 extends Block {
        private int[] h = new int[5];

        Sha1(String name) {
            super(name, 64);
            init();
        }

        void init() {
            h[0] = 0x67452301;
            h[1] = 0xEFCDAB89;
            h[2] = 0x98BADCFE;
            h[3] = 0x10325476;
            h[4] = 0xC3D2E1F0;
        }

        protected int engineGetDigestLength() {
            return 20;
        }

        void compress(byte[] b, int off) {
            int[] w = new int[80];
            for (int i = 0; i < 16; i++) {
                int p = off + 4 * i;
                w[i] = (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
            }
            for (int i = 16; i < 80; i++) w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            int a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
            for (int i = 0; i < 80; i++) {
                int f, k;
                if (i < 20) {
                    f = (bb & c) | (~bb & d);
                    k = 0x5A827999;
                } else if (i < 40) {
                    f = bb ^ c ^ d;
                    k = 0x6ED9EBA1;
                } else if (i < 60) {
                    f = (bb & c) | (bb & d) | (c & d);
                    k = 0x8F1BBCDC;
                } else {
                    f = bb ^ c ^ d;
                    k = 0xCA62C1D6;
                }
                int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = Integer.rotateLeft(bb, 30);
                bb = a;
                a = t;
            }
            h[0] += a;
            h[1] += bb;
            h[2] += c;
            h[3] += d;
            h[4] += e;
        }

        byte[] output() {
            pad(8, true);
            byte[] out = new byte[20];
            for (int i = 0; i < 20; i++) out[i] = (byte) (h[i >> 2] >>> (24 - 8 * (i & 3)));
            return out;
        }

        public Object clone() throws CloneNotSupportedException {
            Sha1 c = (Sha1) super.clone();
            c.h = h.clone();
            return c;
        }
    }

    private static final int[] K256 = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private static final class Sha256 extends Block {
        private int[] h = new int[8];
        private final boolean is224;

        Sha256(String name, boolean is224) {
            super(name, 64);
            this.is224 = is224;
            init();
        }

        void init() {
            int[] iv = is224
                ? new int[] {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
                : new int[] {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
            System.arraycopy(iv, 0, h, 0, 8);
        }

        protected int engineGetDigestLength() {
            return is224 ? 28 : 32;
        }

        void compress(byte[] b, int off) {
            int[] w = new int[64];
            for (int i = 0; i < 16; i++) {
                int p = off + 4 * i;
                w[i] = (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
            }
            for (int i = 16; i < 64; i++) {
                int s0 = Integer.rotateRight(w[i - 15], 7) ^ Integer.rotateRight(w[i - 15], 18) ^ (w[i - 15] >>> 3);
                int s1 = Integer.rotateRight(w[i - 2], 17) ^ Integer.rotateRight(w[i - 2], 19) ^ (w[i - 2] >>> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            int a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 64; i++) {
                int S1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
                int ch = (e & f) ^ (~e & g);
                int t1 = hh + S1 + ch + K256[i] + w[i];
                int S0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
                int maj = (a & bb) ^ (a & c) ^ (bb & c);
                int t2 = S0 + maj;
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = bb;
                bb = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += bb;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }

        byte[] output() {
            pad(8, true);
            byte[] out = new byte[engineGetDigestLength()];
            for (int i = 0; i < out.length; i++) out[i] = (byte) (h[i >> 2] >>> (24 - 8 * (i & 3)));
            return out;
        }

        public Object clone() throws CloneNotSupportedException {
            Sha256 c = (Sha256) super.clone();
            c.h = h.clone();
            return c;
        }
    }

    private static final long[] K512 = {
        0x428a2f98d728ae22L, 0x7137449123ef65cdL, 0xb5c0fbcfec4d3b2fL, 0xe9b5dba58189dbbcL, 0x3956c25bf348b538L,
        0x59f111f1b605d019L, 0x923f82a4af194f9bL, 0xab1c5ed5da6d8118L, 0xd807aa98a3030242L, 0x12835b0145706fbeL,
        0x243185be4ee4b28cL, 0x550c7dc3d5ffb4e2L, 0x72be5d74f27b896fL, 0x80deb1fe3b1696b1L, 0x9bdc06a725c71235L,
        0xc19bf174cf692694L, 0xe49b69c19ef14ad2L, 0xefbe4786384f25e3L, 0x0fc19dc68b8cd5b5L, 0x240ca1cc77ac9c65L,
        0x2de92c6f592b0275L, 0x4a7484aa6ea6e483L, 0x5cb0a9dcbd41fbd4L, 0x76f988da831153b5L, 0x983e5152ee66dfabL,
        0xa831c66d2db43210L, 0xb00327c898fb213fL, 0xbf597fc7beef0ee4L, 0xc6e00bf33da88fc2L, 0xd5a79147930aa725L,
        0x06ca6351e003826fL, 0x142929670a0e6e70L, 0x27b70a8546d22ffcL, 0x2e1b21385c26c926L, 0x4d2c6dfc5ac42aedL,
        0x53380d139d95b3dfL, 0x650a73548baf63deL, 0x766a0abb3c77b2a8L, 0x81c2c92e47edaee6L, 0x92722c851482353bL,
        0xa2bfe8a14cf10364L, 0xa81a664bbc423001L, 0xc24b8b70d0f89791L, 0xc76c51a30654be30L, 0xd192e819d6ef5218L,
        0xd69906245565a910L, 0xf40e35855771202aL, 0x106aa07032bbd1b8L, 0x19a4c116b8d2d0c8L, 0x1e376c085141ab53L,
        0x2748774cdf8eeb99L, 0x34b0bcb5e19b48a8L, 0x391c0cb3c5c95a63L, 0x4ed8aa4ae3418acbL, 0x5b9cca4f7763e373L,
        0x682e6ff3d6b2b8a3L, 0x748f82ee5defb2fcL, 0x78a5636f43172f60L, 0x84c87814a1f0ab72L, 0x8cc702081a6439ecL,
        0x90befffa23631e28L, 0xa4506cebde82bde9L, 0xbef9a3f7b2c67915L, 0xc67178f2e372532bL, 0xca273eceea26619cL,
        0xd186b8c721c0c207L, 0xeada7dd6cde0eb1eL, 0xf57d4f7fee6ed178L, 0x06f067aa72176fbaL, 0x0a637dc5a2c898a6L,
        0x113f9804bef90daeL, 0x1b710b35131c471bL, 0x28db77f523047d84L, 0x32caab7b40c72493L, 0x3c9ebe0a15c9bebcL,
        0x431d67c49c100d4cL, 0x4cc5d4becb3e42b6L, 0x597f299cfc657e2aL, 0x5fcb6fab3ad6faecL, 0x6c44198c4a475817L};

    static final long[] SHA512_IV = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    static final long[] SHA384_IV = {0xcbbb9d5dc1059ed8L, 0x629a292a367cd507L, 0x9159015a3070dd17L, 0x152fecd8f70e5939L,
        0x67332667ffc00b31L, 0x8eb44a8768581511L, 0xdb0c2e0d64f98fa7L, 0x47b5481dbefa4fa4L};
    static final long[] SHA512_224_IV = {0x8C3D37C819544DA2L, 0x73E1996689DCD4D6L, 0x1DFAB7AE32FF9C82L, 0x679DD514582F9FCFL,
        0x0F6D2B697BD44DA8L, 0x77E36F7304C48942L, 0x3F9D85A86A1D36C8L, 0x1112E6AD91D692A1L};
    static final long[] SHA512_256_IV = {0x22312194FC2BF72CL, 0x9F555FA3C84C64C2L, 0x2393B86B6F53B151L, 0x963877195940EABDL,
        0x96283EE2A88EFFE3L, 0xBE5E1E2553863992L, 0x2B0199FC2C85B8AAL, 0x0EB72DDC81C52CA2L};

    private static final class Sha512 extends Block {
        private long[] h = new long[8];
        private final int digestLength;
        private final long[] iv;

        Sha512(String name, int digestLength, long[] iv) {
            super(name, 128);
            this.digestLength = digestLength;
            this.iv = iv;
            init();
        }

        void init() {
            System.arraycopy(iv, 0, h, 0, 8);
        }

        protected int engineGetDigestLength() {
            return digestLength;
        }

        void compress(byte[] b, int off) {
            long[] w = new long[80];
            for (int i = 0; i < 16; i++) {
                long v = 0;
                for (int j = 0; j < 8; j++) v = (v << 8) | (b[off + 8 * i + j] & 0xffL);
                w[i] = v;
            }
            for (int i = 16; i < 80; i++) {
                long s0 = Long.rotateRight(w[i - 15], 1) ^ Long.rotateRight(w[i - 15], 8) ^ (w[i - 15] >>> 7);
                long s1 = Long.rotateRight(w[i - 2], 19) ^ Long.rotateRight(w[i - 2], 61) ^ (w[i - 2] >>> 6);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            long a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 80; i++) {
                long S1 = Long.rotateRight(e, 14) ^ Long.rotateRight(e, 18) ^ Long.rotateRight(e, 41);
                long ch = (e & f) ^ (~e & g);
                long t1 = hh + S1 + ch + K512[i] + w[i];
                long S0 = Long.rotateRight(a, 28) ^ Long.rotateRight(a, 34) ^ Long.rotateRight(a, 39);
                long maj = (a & bb) ^ (a & c) ^ (bb & c);
                long t2 = S0 + maj;
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = bb;
                bb = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += bb;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }

        byte[] output() {
            // 128-bit length field: the high 8 bytes are zero here (inputs below 2^61 bytes)
            long bits = bytes << 3;
            int bs = 128;
            buffer[bufLen++] = (byte) 0x80;
            if (bufLen > bs - 16) {
                while (bufLen < bs) buffer[bufLen++] = 0;
                compress(buffer, 0);
                bufLen = 0;
            }
            while (bufLen < bs - 8) buffer[bufLen++] = 0;
            for (int i = 0; i < 8; i++) buffer[bs - 8 + i] = (byte) (bits >>> (56 - 8 * i));
            compress(buffer, 0);
            bufLen = 0;
            byte[] out = new byte[digestLength];
            for (int i = 0; i < digestLength; i++) out[i] = (byte) (h[i >> 3] >>> (56 - 8 * (i & 7)));
            return out;
        }

        public Object clone() throws CloneNotSupportedException {
            Sha512 c = (Sha512) super.clone();
            c.h = h.clone();
            return c;
        }
    }
}
