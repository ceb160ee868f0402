package java.math;

import java.util.Arrays;
import java.util.Random;

/**
 * Arbitrary-precision integers: a sign and a big-endian magnitude of 32-bit
 * words without leading zeros (as the JDK, so hashCode and the byte forms
 * agree).  Schoolbook and Karatsuba multiplication, Knuth's division;
 * bitwise operations use two's complement semantics on a sign-extended copy.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    final int signum;
    final int[] mag;

    private static final long LONG_MASK = 0xffffffffL;
    private static final int KARATSUBA_THRESHOLD = 80;

    public static final BigInteger ZERO = new BigInteger(new int[0], 0);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** Takes ownership of mag (which may have leading zeros). */
    BigInteger(int[] mag, int signum) {
        this.mag = stripLeadingZeros(mag);
        this.signum = this.mag.length == 0 ? 0 : signum;
    }

    private static int[] stripLeadingZeros(int[] m) {
        int k = 0;
        while (k < m.length && m[k] == 0) k++;
        return k == 0 ? m : Arrays.copyOfRange(m, k, m.length);
    }

    // ---- construction --------------------------------------------------------------

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) throw new NumberFormatException("Radix out of range");
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int sign = 1;
        int cursor = 0;
        int index1 = val.lastIndexOf('-');
        int index2 = val.lastIndexOf('+');
        if (index1 >= 0) {
            if (index1 != 0 || index2 >= 0) throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (index2 >= 0) {
            if (index2 != 0) throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len) throw new NumberFormatException("Zero length BigInteger");
        int[] m = new int[0];
        int chunk = digitsPerInt(radix);
        int chunkMul = pow(radix, chunk);
        int i = cursor;
        // First group: whatever leaves a multiple of chunk digits after it.
        int first = (len - cursor) % chunk;
        if (first == 0) first = chunk;
        while (i < len) {
            int end = i + first;
            int v = 0;
            for (int k = i; k < end; k++) {
                int d = Character.digit(val.charAt(k), radix);
                if (d < 0) throw new NumberFormatException("For input string: \"" + val + "\""
                    + (radix == 10 ? "" : " under radix " + radix));
                v = v * radix + d;
            }
            m = mulAddSmall(m, i == cursor ? 1 : (first == chunk ? chunkMul : pow(radix, first)), v);
            i = end;
            first = chunk;
        }
        int[] mg = stripLeadingZeros(m);
        this.mag = mg;
        this.signum = mg.length == 0 ? 0 : sign;
    }

    private static int digitsPerInt(int radix) {
        int n = 0;
        long p = 1;
        while (p * radix < Integer.MAX_VALUE) {
            p *= radix;
            n++;
        }
        return n;
    }

    private static int pow(int radix, int n) {
        int p = 1;
        for (int i = 0; i < n; i++) p *= radix;
        return p;
    }

    /** m * mul + add, for word-sized mul and add. */
    private static int[] mulAddSmall(int[] m, int mul, int add) {
        int[] r = new int[m.length + 1];
        long carry = add & LONG_MASK;
        long ml = mul & LONG_MASK;
        for (int i = m.length - 1; i >= 0; i--) {
            long p = (m[i] & LONG_MASK) * ml + carry;
            r[i + 1] = (int) p;
            carry = p >>> 32;
        }
        r[0] = (int) carry;
        return stripLeadingZeros(r);
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        boolean neg = val[off] < 0;
        byte[] b = Arrays.copyOfRange(val, off, off + len);
        if (neg) {
            // Two's complement to magnitude: invert and add one.
            for (int i = 0; i < b.length; i++) b[i] = (byte) ~b[i];
            for (int i = b.length - 1; i >= 0; i--)
                if (++b[i] != 0) break;
        }
        int[] m = new int[(b.length + 3) / 4];
        for (int i = 0; i < b.length; i++) {
            int pos = b.length - 1 - i;
            m[m.length - 1 - i / 4] |= (b[pos] & 0xff) << (8 * (i % 4));
        }
        int[] mg = stripLeadingZeros(m);
        this.mag = mg;
        this.signum = mg.length == 0 ? 0 : (neg ? -1 : 1);
    }

    public BigInteger(int signum, byte[] magnitude) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        int[] m = new int[(magnitude.length + 3) / 4];
        for (int i = 0; i < magnitude.length; i++) {
            int pos = magnitude.length - 1 - i;
            m[m.length - 1 - i / 4] |= (magnitude[pos] & 0xff) << (8 * (i % 4));
        }
        int[] mg = stripLeadingZeros(m);
        if (signum == 0 && mg.length != 0) throw new NumberFormatException("signum-magnitude mismatch");
        this.mag = mg;
        this.signum = mg.length == 0 ? 0 : signum;
    }

    public BigInteger(int numBits, Random rnd) {
        this(1, randomBits(numBits, rnd));
    }

    /** The JDK's draw: nextBytes, then the excess high bits of the first byte cleared. */
    private static byte[] randomBits(int numBits, Random rnd) {
        if (numBits < 0) throw new IllegalArgumentException("numBits must be non-negative");
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] randomBits = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(randomBits);
            int excessBits = 8 * numBytes - numBits;
            randomBits[0] &= (byte) ((1 << (8 - excessBits)) - 1);
        }
        return randomBits;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) return ZERO;
        int sign = val < 0 ? -1 : 1;
        long abs = val < 0 ? -val : val;     // Long.MIN_VALUE stays 2^63 as unsigned
        int hi = (int) (abs >>> 32);
        int[] m = hi == 0 ? new int[] {(int) abs} : new int[] {hi, (int) abs};
        return new BigInteger(m, sign);
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        if (bitLength < 2) throw new ArithmeticException("bitLength < 2");
        for (;;) {
            BigInteger c = new BigInteger(bitLength, rnd).setBit(bitLength - 1).setBit(0);
            if (c.isProbablePrime(100)) return c;
        }
    }

    // ---- magnitude arithmetic --------------------------------------------------------

    static int compareMag(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return (a[i] & LONG_MASK) < (b[i] & LONG_MASK) ? -1 : 1;
        }
        return 0;
    }

    static int[] addMag(int[] x, int[] y) {
        if (x.length < y.length) {
            int[] t = x;
            x = y;
            y = t;
        }
        int xi = x.length, yi = y.length;
        int[] r = new int[xi + 1];
        long sum = 0;
        while (yi > 0) {
            sum = (x[--xi] & LONG_MASK) + (y[--yi] & LONG_MASK) + (sum >>> 32);
            r[xi + 1] = (int) sum;
        }
        while (xi > 0) {
            sum = (x[--xi] & LONG_MASK) + (sum >>> 32);
            r[xi + 1] = (int) sum;
        }
        r[0] = (int) (sum >>> 32);
        return r;
    }

    /** big - little, big >= little. */
    static int[] subMag(int[] big, int[] little) {
        int bi = big.length, li = little.length;
        int[] r = new int[bi];
        long diff = 0;
        while (li > 0) {
            diff = (big[--bi] & LONG_MASK) - (little[--li] & LONG_MASK) + (diff >> 32);
            r[bi] = (int) diff;
        }
        while (bi > 0) {
            diff = (big[--bi] & LONG_MASK) + (diff >> 32);
            r[bi] = (int) diff;
        }
        return r;
    }

    static int[] mulMag(int[] x, int[] y) {
        if (x.length == 0 || y.length == 0) return new int[0];
        if (x.length >= KARATSUBA_THRESHOLD && y.length >= KARATSUBA_THRESHOLD) return karatsuba(x, y);
        int xl = x.length, yl = y.length;
        int[] z = new int[xl + yl];
        for (int i = xl - 1; i >= 0; i--) {
            long carry = 0;
            long xv = x[i] & LONG_MASK;
            if (xv == 0) continue;
            for (int j = yl - 1, k = i + j + 1; j >= 0; j--, k--) {
                long p = xv * (y[j] & LONG_MASK) + (z[k] & LONG_MASK) + carry;
                z[k] = (int) p;
                carry = p >>> 32;
            }
            z[i] = (int) carry;
        }
        return z;
    }

    /** Karatsuba on the low/high halves (word-aligned split from the least significant end). */
    private static int[] karatsuba(int[] x, int[] y) {
        int half = (Math.max(x.length, y.length) + 1) / 2;
        int[] xl = lowWords(x, half), xh = highWords(x, half);
        int[] yl = lowWords(y, half), yh = highWords(y, half);
        int[] p1 = stripLeadingZeros(mulMag(xh, yh));
        int[] p2 = stripLeadingZeros(mulMag(xl, yl));
        int[] p3 = stripLeadingZeros(mulMag(stripLeadingZeros(addMag(xh, xl)), stripLeadingZeros(addMag(yh, yl))));
        int[] mid = stripLeadingZeros(subMag(stripLeadingZeros(subMag(p3, p1)), p2));
        int[] r = addMag(addMag(shiftWords(p1, 2 * half), shiftWords(mid, half)), p2);
        return r;
    }

    private static int[] lowWords(int[] m, int n) {
        if (m.length <= n) return stripLeadingZeros(m);
        return stripLeadingZeros(Arrays.copyOfRange(m, m.length - n, m.length));
    }

    private static int[] highWords(int[] m, int n) {
        if (m.length <= n) return new int[0];
        return Arrays.copyOfRange(m, 0, m.length - n);
    }

    private static int[] shiftWords(int[] m, int n) {
        if (m.length == 0) return m;
        return Arrays.copyOf(m, m.length + n);
    }

    /** {quotient, remainder} of magnitudes; divisor non-zero. */
    static int[][] divMag(int[] a, int[] b) {
        int cmp = compareMag(a, b);
        if (cmp < 0) return new int[][] {new int[0], a};
        if (cmp == 0) return new int[][] {new int[] {1}, new int[0]};
        if (b.length == 1) {
            long d = b[0] & LONG_MASK;
            int[] q = new int[a.length];
            long rem = 0;
            for (int i = 0; i < a.length; i++) {
                long cur = (rem << 32) | (a[i] & LONG_MASK);
                q[i] = (int) Long.divideUnsigned(cur, d);
                rem = Long.remainderUnsigned(cur, d);
            }
            return new int[][] {stripLeadingZeros(q), rem == 0 ? new int[0] : new int[] {(int) rem}};
        }
        return knuthDivide(a, b);
    }

    /** Knuth, TAOCP vol. 2, 4.3.1 algorithm D, on big-endian words. */
    private static int[][] knuthDivide(int[] a, int[] b) {
        int s = Integer.numberOfLeadingZeros(b[0]);
        int[] v = shiftLeftMag(b, s);                     // normalized divisor, same length as b
        int[] u = new int[a.length + 1];
        int[] ushift = shiftLeftMag(a, s);
        System.arraycopy(ushift, 0, u, u.length - ushift.length, ushift.length);
        int n = v.length, m = u.length - n;                // quotient has m words
        int[] q = new int[m];
        long v1 = v[0] & LONG_MASK, v2 = v[1] & LONG_MASK;
        for (int j = 0; j < m; j++) {
            long num = ((u[j] & LONG_MASK) << 32) | (u[j + 1] & LONG_MASK);
            long qhat, rhat;
            if ((u[j] & LONG_MASK) == v1) {
                qhat = LONG_MASK;
                rhat = (u[j + 1] & LONG_MASK) + v1;
            } else {
                qhat = Long.divideUnsigned(num, v1);
                rhat = Long.remainderUnsigned(num, v1);
            }
            while (rhat <= LONG_MASK) {
                long lhs = qhat * v2;
                long rhs = (rhat << 32) | (u[j + 2] & LONG_MASK);
                if (Long.compareUnsigned(lhs, rhs) <= 0) break;
                qhat--;
                rhat += v1;
            }
            // Multiply and subtract qhat * v from u[j .. j+n].
            long borrow = 0, carry = 0;
            for (int i = n - 1; i >= 0; i--) {
                long p = qhat * (v[i] & LONG_MASK) + carry;
                carry = p >>> 32;
                long t = (u[j + i + 1] & LONG_MASK) - (p & LONG_MASK) - borrow;
                u[j + i + 1] = (int) t;
                borrow = (t >>> 63);
            }
            long t = (u[j] & LONG_MASK) - carry - borrow;
            u[j] = (int) t;
            if (t < 0) {
                // Overshot by one: add v back.
                qhat--;
                long c = 0;
                for (int i = n - 1; i >= 0; i--) {
                    long sum = (u[j + i + 1] & LONG_MASK) + (v[i] & LONG_MASK) + c;
                    u[j + i + 1] = (int) sum;
                    c = sum >>> 32;
                }
                u[j] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] rem = shiftRightMag(stripLeadingZeros(Arrays.copyOfRange(u, m, u.length)), s);
        return new int[][] {stripLeadingZeros(q), stripLeadingZeros(rem)};
    }

    /** Magnitude shifted left by s < 32 bits, keeping its length (top bits must be free). */
    private static int[] shiftLeftMag(int[] m, int s) {
        if (s == 0) return m.clone();
        int[] r = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            r[i] = m[i] << s;
            if (i + 1 < m.length) r[i] |= m[i + 1] >>> (32 - s);
        }
        if ((m[0] >>> (32 - s)) != 0) {
            int[] w = new int[m.length + 1];
            w[0] = m[0] >>> (32 - s);
            System.arraycopy(r, 0, w, 1, r.length);
            return w;
        }
        return r;
    }

    private static int[] shiftRightMag(int[] m, int s) {
        if (s == 0 || m.length == 0) return m;
        int[] r = new int[m.length];
        for (int i = m.length - 1; i >= 0; i--) {
            r[i] = m[i] >>> s;
            if (i > 0) r[i] |= m[i - 1] << (32 - s);
        }
        return stripLeadingZeros(r);
    }

    // ---- arithmetic --------------------------------------------------------------------

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) return this;
        if (signum == 0) return val;
        if (val.signum == signum) return new BigInteger(addMag(mag, val.mag), signum);
        int cmp = compareMag(mag, val.mag);
        if (cmp == 0) return ZERO;
        return cmp > 0 ? new BigInteger(subMag(mag, val.mag), signum) : new BigInteger(subMag(val.mag, mag), -signum);
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) return ZERO;
        return new BigInteger(mulMag(mag, val.mag), signum * val.signum);
    }

    public BigInteger divide(BigInteger val) {
        return divideAndRemainder(val)[0];
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
        if (signum == 0) return new BigInteger[] {ZERO, ZERO};
        int[][] qr = divMag(mag, val.mag);
        return new BigInteger[] {new BigInteger(qr[0], signum * val.signum), new BigInteger(qr[1], signum)};
    }

    public BigInteger remainder(BigInteger val) {
        return divideAndRemainder(val)[1];
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        BigInteger result = ONE, base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0) result = result.multiply(base);
            exponent >>>= 1;
            if (exponent != 0) base = base.multiply(base);
        }
        return result;
    }

    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        // Newton's iteration from an overestimate converges downwards to floor(sqrt).
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        for (;;) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        BigInteger a = abs(), b = val.abs();
        while (b.signum != 0) {
            BigInteger t = a.remainder(b);
            a = b;
            b = t;
        }
        return a;
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(mag, -signum);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum < 0) return modInverse(m).modPow(exponent.negate(), m);
        if (m.equals(ONE)) return ZERO;
        BigInteger result = ONE, base = mod(m);
        for (int i = 0, n = exponent.bitLength(); i < n; i++) {
            if (exponent.testBit(i)) result = result.multiply(base).mod(m);
            base = base.multiply(base).mod(m);
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum != 1) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger a = mod(m), b = m;
        BigInteger x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        BigInteger w = abs();
        if (w.equals(TWO)) return true;
        if (!w.testBit(0) || w.equals(ONE)) return false;
        int[] small = {3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};
        for (int p : small) {
            BigInteger bp = valueOf(p);
            if (w.equals(bp)) return true;
            if (w.remainder(bp).signum == 0) return false;
        }
        // Miller-Rabin with fixed bases: deterministic below 3.3e24, overwhelmingly
        // reliable above (the JDK uses random bases; both answer correctly).
        BigInteger d = w.subtract(ONE);
        int r = d.getLowestSetBit();
        d = d.shiftRight(r);
        BigInteger wm1 = w.subtract(ONE);
        int rounds = Math.min(Math.max((certainty + 1) / 2, 13), 40);
        for (int i = 0; i < rounds; i++) {
            BigInteger a = valueOf(i < small.length ? (i == 0 ? 2 : small[i - 1]) : 53 + 2L * i);
            if (a.compareTo(wm1) >= 0) continue;
            BigInteger x = a.modPow(d, w);
            if (x.equals(ONE) || x.equals(wm1)) continue;
            boolean composite = true;
            for (int k = 1; k < r && composite; k++) {
                x = x.multiply(x).mod(w);
                if (x.equals(wm1)) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        if (signum == 0 || equals(ONE)) return TWO;
        BigInteger c = add(ONE);
        if (!c.testBit(0)) c = c.add(ONE);
        while (!c.isProbablePrime(100)) c = c.add(TWO);
        return c;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ---- bits ----------------------------------------------------------------------

    public BigInteger shiftLeft(int n) {
        if (signum == 0) return ZERO;
        if (n == 0) return this;
        if (n < 0) return shiftRight(-n);
        int words = n >>> 5, bits = n & 31;
        int[] m = Arrays.copyOf(mag, mag.length + words);
        if (bits != 0) m = shiftLeftMag(m, bits);
        return new BigInteger(m, signum);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0) return ZERO;
        if (n == 0) return this;
        if (n < 0) return shiftLeft(-n);
        if (signum > 0) return new BigInteger(shiftRightMagBits(mag, n), 1);
        // Floor semantics for negatives: -((|x| - 1) >> n) - 1.
        BigInteger t = new BigInteger(shiftRightMagBits(subMag(mag, new int[] {1}), n), 1);
        return t.add(ONE).negate();
    }

    private static int[] shiftRightMagBits(int[] m, int n) {
        m = stripLeadingZeros(m);
        int words = n >>> 5;
        if (words >= m.length) return new int[0];
        int[] r = Arrays.copyOf(m, m.length - words);
        return shiftRightMag(r, n & 31);
    }

    /** Little-endian two's complement words, sign-extended to len words. */
    private int[] twos(int len) {
        int[] r = new int[len];
        for (int i = 0; i < len && i < mag.length; i++) r[i] = mag[mag.length - 1 - i];
        if (signum < 0) {
            for (int i = 0; i < len; i++) r[i] = ~r[i];
            for (int i = 0; i < len; i++)
                if (++r[i] != 0) break;
        }
        return r;
    }

    private static BigInteger fromTwos(int[] r) {
        int len = r.length;
        boolean neg = len > 0 && r[len - 1] < 0;
        int[] w = r.clone();
        if (neg) {
            for (int i = 0; i < len; i++) w[i] = ~w[i];
            for (int i = 0; i < len; i++)
                if (++w[i] != 0) break;
        }
        int[] m = new int[len];
        for (int i = 0; i < len; i++) m[len - 1 - i] = w[i];
        return new BigInteger(m, neg ? -1 : 1);
    }

    private int twosLength(BigInteger other) {
        return Math.max(mag.length, other.mag.length) + 1;
    }

    public BigInteger and(BigInteger val) {
        int n = twosLength(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] &= b[i];
        return fromTwos(a);
    }

    public BigInteger or(BigInteger val) {
        int n = twosLength(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] |= b[i];
        return fromTwos(a);
    }

    public BigInteger xor(BigInteger val) {
        int n = twosLength(val);
        int[] a = twos(n), b = val.twos(n);
        for (int i = 0; i < n; i++) a[i] ^= b[i];
        return fromTwos(a);
    }

    public BigInteger not() {
        return negate().subtract(ONE);
    }

    public BigInteger andNot(BigInteger val) {
        return and(val.not());
    }

    public boolean testBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        int w = n >>> 5;
        int[] t = twos(Math.max(mag.length, w + 1) + 1);
        return (t[w] & (1 << (n & 31))) != 0;
    }

    private BigInteger changeBit(int n, int op) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        int w = n >>> 5;
        int[] t = twos(Math.max(mag.length, w + 1) + 1);
        int bit = 1 << (n & 31);
        if (op == 0) t[w] |= bit;
        else if (op == 1) t[w] &= ~bit;
        else t[w] ^= bit;
        return fromTwos(t);
    }

    public BigInteger setBit(int n) {
        return changeBit(n, 0);
    }

    public BigInteger clearBit(int n) {
        return changeBit(n, 1);
    }

    public BigInteger flipBit(int n) {
        return changeBit(n, 2);
    }

    public int getLowestSetBit() {
        if (signum == 0) return -1;
        for (int i = mag.length - 1; i >= 0; i--)
            if (mag[i] != 0) return (mag.length - 1 - i) * 32 + Integer.numberOfTrailingZeros(mag[i]);
        return -1;
    }

    public int bitLength() {
        if (mag.length == 0) return 0;
        int magBitLength = ((mag.length - 1) << 5) + (32 - Integer.numberOfLeadingZeros(mag[0]));
        if (signum < 0) {
            // A power of two's negative needs one bit less.
            boolean pow2 = Integer.bitCount(mag[0]) == 1;
            for (int i = 1; i < mag.length && pow2; i++) pow2 = mag[i] == 0;
            return pow2 ? magBitLength - 1 : magBitLength;
        }
        return magBitLength;
    }

    public int bitCount() {
        int bc = 0;
        for (int x : mag) bc += Integer.bitCount(x);
        if (signum < 0) {
            int magTrailingZeroCount = 0, j;
            for (j = mag.length - 1; mag[j] == 0; j--) magTrailingZeroCount += 32;
            magTrailingZeroCount += Integer.numberOfTrailingZeros(mag[j]);
            bc += magTrailingZeroCount - 1;
        }
        return bc;
    }

    // ---- comparison and conversion -------------------------------------------------------

    public int compareTo(BigInteger val) {
        if (signum != val.signum) return signum > val.signum ? 1 : -1;
        if (signum == 0) return 0;
        int c = compareMag(mag, val.mag);
        return signum > 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (x == this) return true;
        if (!(x instanceof BigInteger)) return false;
        BigInteger xInt = (BigInteger) x;
        return xInt.signum == signum && Arrays.equals(mag, xInt.mag);
    }

    public int hashCode() {
        int hashCode = 0;
        for (int i = 0; i < mag.length; i++) hashCode = (int) (31 * hashCode + (mag[i] & LONG_MASK));
        return hashCode * signum;
    }

    public String toString(int radix) {
        if (signum == 0) return "0";
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        int chunk = digitsPerInt(radix);
        int div = pow(radix, chunk);
        StringBuilder sb = new StringBuilder();
        int[] m = mag;
        int[] divisor = {div};
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        while (m.length > 0) {
            int[][] qr = divMag(m, divisor);
            long rem = qr[1].length == 0 ? 0 : (qr[1][0] & LONG_MASK);
            parts.add(Long.toString(rem, radix));
            m = qr[0];
        }
        if (signum < 0) sb.append('-');
        sb.append(parts.get(parts.size() - 1));
        for (int i = parts.size() - 2; i >= 0; i--) {
            String p = parts.get(i);
            for (int k = p.length(); k < chunk; k++) sb.append('0');
            sb.append(p);
        }
        return sb.toString();
    }

    public String toString() {
        return toString(10);
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] byteArray = new byte[byteLen];
        int[] t = twos((byteLen + 3) / 4 + 1);
        for (int i = 0; i < byteLen; i++) byteArray[byteLen - 1 - i] = (byte) (t[i / 4] >>> (8 * (i % 4)));
        return byteArray;
    }

    public int intValue() {
        return mag.length == 0 ? 0 : (signum < 0 ? -mag[mag.length - 1] : mag[mag.length - 1]);
    }

    public long longValue() {
        long v = 0;
        for (int i = Math.max(0, mag.length - 2); i < mag.length; i++) v = (v << 32) | (mag[i] & LONG_MASK);
        return signum < 0 ? -v : v;
    }

    public float floatValue() {
        return signum == 0 ? 0.0f : Float.parseFloat(toString());
    }

    public double doubleValue() {
        return signum == 0 ? 0.0 : Double.parseDouble(toString());
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) return shortValue();
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) return byteValue();
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
