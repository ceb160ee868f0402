package java.math;

/**
 * Decimal numbers unscaledValue * 10^-scale.  Results follow the JDK's
 * rules for result scales (preferred scales of exact operations, trailing
 * zeros stripped down to them after MathContext rounding) and its
 * toString/toPlainString/toEngineeringString spellings.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private final BigInteger intVal;
    private final int scale;
    private transient int precision;

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    // ---- construction ---------------------------------------------------------------

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        BigDecimal r = new BigDecimal(unscaledVal, scale).round(mc);
        intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(new String(in), mc);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(new String(in, offset, len), mc);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(char[] in) {
        this(new String(in));
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(new String(in, offset, len));
    }

    public BigDecimal(String val, MathContext mc) {
        BigDecimal r = new BigDecimal(val).round(mc);
        intVal = r.intVal;
        scale = r.scale;
    }

    public BigDecimal(String val) {
        int len = val.length();
        if (len == 0) throw new NumberFormatException("Index 0 out of bounds for length 0");
        int i = 0;
        boolean neg = false;
        char c = val.charAt(0);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder(len);
        int scl = 0;
        boolean dot = false;
        for (; i < len; i++) {
            c = val.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (dot) scl++;
            } else if (c == '.') {
                if (dot) throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
                if (dot) scl++;
            } else {
                throw new NumberFormatException("Character " + c
                    + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) throw new NumberFormatException("No digits found.");
        if (i < len) {
            i++;
            if (i >= len) throw new NumberFormatException("No exponent digits.");
            long exp;
            try {
                String e = val.substring(i);
                if (e.startsWith("+")) e = e.substring(1);
                exp = Long.parseLong(e);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("Exponent overflow.");
            }
            long s = (long) scl - exp;
            if (s > Integer.MAX_VALUE || s < Integer.MIN_VALUE) throw new NumberFormatException("Scale out of range.");
            scl = (int) s;
        }
        BigInteger v = new BigInteger(digits.toString());
        intVal = neg ? v.negate() : v;
        scale = scl;
    }

    public BigDecimal(double val) {
        if (Double.isInfinite(val) || Double.isNaN(val)) throw new NumberFormatException("Infinite or NaN");
        long valBits = Double.doubleToLongBits(val);
        int sign = ((valBits >> 63) == 0 ? 1 : -1);
        int exponent = (int) ((valBits >> 52) & 0x7ffL);
        long significand = (exponent == 0 ? (valBits & ((1L << 52) - 1)) << 1 : (valBits & ((1L << 52) - 1)) | (1L << 52));
        exponent -= 1075;
        if (significand == 0) {
            intVal = BigInteger.ZERO;
            scale = 0;
            return;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger s = BigInteger.valueOf(sign * significand);
        if (exponent == 0) {
            intVal = s;
            scale = 0;
        } else if (exponent < 0) {
            intVal = s.multiply(BigInteger.valueOf(5).pow(-exponent));
            scale = -exponent;
        } else {
            intVal = s.multiply(BigInteger.TWO.pow(exponent));
            scale = 0;
        }
    }

    public BigDecimal(double val, MathContext mc) {
        BigDecimal r = new BigDecimal(val).round(mc);
        intVal = r.intVal;
        scale = r.scale;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ---- helpers ---------------------------------------------------------------------

    private static BigInteger tenPow(int n) {
        return BigInteger.TEN.pow(n);
    }

    private static int checkScale(long s) {
        if (s > Integer.MAX_VALUE) throw new ArithmeticException("Underflow");
        if (s < Integer.MIN_VALUE) throw new ArithmeticException("Overflow");
        return (int) s;
    }

    /** q rounded by the discarded fraction r/d (d > 0 magnitude), in mode. */
    private static BigInteger roundQuotient(BigInteger q, BigInteger r, BigInteger d, int sign, RoundingMode mode) {
        if (r.signum() == 0) return q;
        int cmpHalf = r.abs().shiftLeft(1).compareTo(d.abs());
        boolean up;
        switch (mode) {
            case UP: up = true; break;
            case DOWN: up = false; break;
            case CEILING: up = sign > 0; break;
            case FLOOR: up = sign < 0; break;
            case HALF_UP: up = cmpHalf >= 0; break;
            case HALF_DOWN: up = cmpHalf > 0; break;
            case HALF_EVEN: up = cmpHalf > 0 || (cmpHalf == 0 && q.testBit(0)); break;
            default: throw new ArithmeticException("Rounding necessary");
        }
        return up ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /** a / b rounded to an integer (sign of the true quotient decides direction). */
    private static BigInteger divideRound(BigInteger a, BigInteger b, RoundingMode mode) {
        BigInteger[] qr = a.divideAndRemainder(b);
        int sign = a.signum() * b.signum();
        return roundQuotient(qr[0], qr[1], b, sign == 0 ? 1 : sign, mode);
    }

    private BigDecimal withScale(BigInteger v, int s) {
        return new BigDecimal(v, s);
    }

    // ---- arithmetic --------------------------------------------------------------------

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) return new BigDecimal(intVal.add(augend.intVal), scale);
        if (scale > augend.scale)
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow(scale - augend.scale))), scale);
        return new BigDecimal(intVal.multiply(tenPow(augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return add(augend).round(mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return subtract(subtrahend).round(mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return multiply(multiplicand).round(mc);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        if (divisor.signum() == 0) {
            if (signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
        // this/divisor * 10^scale = intVal * 10^(scale + divisor.scale - this.scale) / divisor.intVal
        long shift = (long) scale + divisor.scale - this.scale;
        BigInteger num = intVal, den = divisor.intVal;
        if (shift >= 0) num = num.multiply(tenPow((int) shift));
        else den = den.multiply(tenPow((int) -shift));
        return new BigDecimal(divideRound(num, den, roundingMode), scale);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
        int preferredScale = checkScale((long) scale - divisor.scale);
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferredScale);
        MathContext mc = new MathContext((int) Math.min(precision() + (long) Math.ceil(10.0 * divisor.precision() / 3.0),
                                                        Integer.MAX_VALUE), RoundingMode.UNNECESSARY);
        BigDecimal quotient;
        try {
            quotient = divide(divisor, mc);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        if (preferredScale > quotient.scale) return quotient.setScale(preferredScale, RoundingMode.UNNECESSARY);
        return quotient;
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) return divide(divisor);
        if (divisor.signum() == 0) {
            if (signum() == 0) throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
        long preferredScale = (long) scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, checkScale(preferredScale));
        // Pick a result scale giving at least precision+1 digits, divide exactly
        // enough to round once, then round to the precision.
        int xp = precision(), yp = divisor.precision();
        long resultScale = preferredScale + (long) mc.precision - (xp - yp) + 2;
        BigDecimal q = divide(divisor, checkScale(resultScale), RoundingMode.DOWN);
        BigInteger num = intVal, den = divisor.intVal;
        long shift = resultScale + divisor.scale - scale;
        if (shift >= 0) num = num.multiply(tenPow((int) shift));
        else den = den.multiply(tenPow((int) -shift));
        boolean inexact = num.remainder(den).signum() != 0;
        // As the JDK: trailing zeros go (down to the preferred scale) only when
        // the quotient is exact at the requested precision.
        int drop = q.precision() - mc.precision;
        boolean exact = !inexact && (drop <= 0 || q.intVal.remainder(tenPow(drop)).signum() == 0);
        BigDecimal r = roundSticky(q, mc, inexact);
        return exact ? r.stripZerosToMatchScale(preferredScale) : r;
    }

    /** Rounds v to mc, where inexact says a non-zero tail was already cut off below v's digits. */
    private static BigDecimal roundSticky(BigDecimal v, MathContext mc, boolean inexact) {
        int drop = v.precision() - mc.precision;
        if (drop <= 0) {
            if (inexact) {
                if (mc.roundingMode == RoundingMode.UNNECESSARY) throw new ArithmeticException("Rounding necessary");
                // Append a sticky digit so the discarded part is seen as non-zero.
                BigDecimal ext = new BigDecimal(v.intVal.multiply(BigInteger.TEN).add(BigInteger.valueOf(v.intVal.signum() < 0 ? -1 : 1)), v.scale + 1);
                return roundSticky(ext, mc, false);
            }
            return v;
        }
        BigInteger div = tenPow(drop);
        BigInteger[] qr = v.intVal.divideAndRemainder(div);
        BigInteger rem = qr[1];
        int sign = v.intVal.signum();
        if (inexact) {
            // The true remainder is rem plus a positive fraction: nudge it inside (rem, rem+1).
            rem = rem.multiply(BigInteger.TEN).add(BigInteger.valueOf(sign));
            div = div.multiply(BigInteger.TEN);
        }
        BigInteger q = roundQuotient(qr[0], rem, div, sign, mc.roundingMode);
        BigDecimal r = new BigDecimal(q, checkScale((long) v.scale - drop));
        if (r.precision() > mc.precision) return r.round(mc);
        return r;
    }

    /** Strips trailing zeros while the scale stays at or above preferred. */
    private BigDecimal stripZerosToMatchScale(long preferredScale) {
        BigInteger v = intVal;
        int s = scale;
        while (s > preferredScale && v.signum() != 0) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            v = qr[0];
            s--;
        }
        return new BigDecimal(v, s);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        if (divisor.signum() == 0) throw new ArithmeticException("Division by zero");
        long preferredScale = (long) scale - divisor.scale;
        if (abs().compareTo(divisor.abs()) < 0) return new BigDecimal(BigInteger.ZERO, checkScale(preferredScale));
        BigInteger num = intVal, den = divisor.intVal;
        long shift = (long) divisor.scale - scale;
        if (shift >= 0) num = num.multiply(tenPow((int) shift));
        else den = den.multiply(tenPow((int) -shift));
        BigDecimal q = new BigDecimal(num.divide(den), 0);
        if (preferredScale > 0) return q.setScale((int) preferredScale, RoundingMode.UNNECESSARY);
        return q.stripZerosToMatchScale(preferredScale);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        return divideToIntegralValue(divisor).round(mc);
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return subtract(divideToIntegralValue(divisor).multiply(divisor));
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return remainder(divisor);
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0) throw new ArithmeticException("Attempted square root of negative BigDecimal");
        int preferredScale = scale / 2;
        if (sig == 0) return new BigDecimal(BigInteger.ZERO, preferredScale);
        int p = mc.precision == 0 ? precision() / 2 + 1 : mc.precision;
        // Scale so that the integer square root has p+2 digits.
        int targetScale = p + 2 - (precision() - scale + 1) / 2;
        long twice = 2L * targetScale - scale;
        BigInteger n = twice >= 0 ? intVal.multiply(tenPow((int) twice)) : intVal.divide(tenPow((int) -twice));
        BigInteger[] sr = n.sqrtAndRemainder();
        boolean inexact = sr[1].signum() != 0 || (twice < 0);
        BigDecimal r = new BigDecimal(sr[0], targetScale);
        if (mc.precision == 0) {
            if (inexact) throw new ArithmeticException("Computed square root not exact.");
            return r.stripZerosToMatchScale(preferredScale);
        }
        return roundSticky(r, mc, inexact).stripZerosToMatchScale(preferredScale);
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (n < 0) return ONE.divide(pow(-n), mc);
        return pow(n).round(mc);
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return abs().round(mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().round(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            BigInteger a = intVal.abs();
            p = a.signum() == 0 ? 1 : a.toString().length();
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal round(MathContext mc) {
        if (mc.precision == 0 || precision() <= mc.precision) return this;
        return roundSticky(this, mc, false);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) return this;
        if (newScale > scale) return new BigDecimal(intVal.multiply(tenPow(newScale - scale)), newScale);
        return new BigDecimal(divideRound(intVal, tenPow(scale - newScale), roundingMode), newScale);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) return this;
        BigDecimal num = new BigDecimal(intVal, checkScale((long) scale + n));
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) return this;
        BigDecimal num = new BigDecimal(intVal, checkScale((long) scale - n));
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) return ZERO;
        return stripZerosToMatchScale(Long.MIN_VALUE);
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---- comparison --------------------------------------------------------------------

    public int compareTo(BigDecimal val) {
        if (scale == val.scale) return intVal.compareTo(val.intVal);
        int sa = signum(), sb = val.signum();
        if (sa != sb) return sa > sb ? 1 : -1;
        if (sa == 0) return 0;
        if (scale > val.scale) return intVal.compareTo(val.intVal.multiply(tenPow(scale - val.scale)));
        return intVal.multiply(tenPow(val.scale - scale)).compareTo(val.intVal);
    }

    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) return false;
        BigDecimal xDec = (BigDecimal) x;
        if (x == this) return true;
        return scale == xDec.scale && intVal.equals(xDec.intVal);
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ---- text ------------------------------------------------------------------------

    public String toString() {
        return layout(true);
    }

    public String toEngineeringString() {
        return layout(false);
    }

    private String layout(boolean sci) {
        String coeff = intVal.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (signum() < 0) buf.append('-');
        if (scale == 0) return buf.append(coeff).toString();
        long adjusted = -(long) scale + (coeff.length() - 1);
        if (scale > 0 && adjusted >= -6) {
            int pad = scale - coeff.length();
            if (pad >= 0) {
                buf.append("0.");
                for (; pad > 0; pad--) buf.append('0');
                buf.append(coeff);
            } else {
                buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, coeff.length());
            }
            return buf.toString();
        }
        if (sci) {
            buf.append(coeff.charAt(0));
            if (coeff.length() > 1) buf.append('.').append(coeff, 1, coeff.length());
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) sig += 3;
            adjusted -= sig;
            sig++;
            if (signum() == 0) {
                switch (sig) {
                    case 1: buf.append('0'); break;
                    case 2: buf.append("0.00"); adjusted += 3; break;
                    case 3: buf.append("0.0"); adjusted += 3; break;
                    default: throw new AssertionError("Unexpected sig value " + sig);
                }
            } else if (sig >= coeff.length()) {
                buf.append(coeff);
                for (int i = sig - coeff.length(); i > 0; i--) buf.append('0');
            } else {
                buf.append(coeff, 0, sig).append('.').append(coeff, sig, coeff.length());
            }
        }
        if (adjusted != 0) {
            buf.append('E');
            if (adjusted > 0) buf.append('+');
            buf.append(adjusted);
        }
        return buf.toString();
    }

    public String toPlainString() {
        if (scale == 0) return intVal.toString();
        if (scale < 0) {
            if (signum() == 0) return "0";
            StringBuilder sb = new StringBuilder(intVal.toString());
            for (int i = 0; i < -scale; i++) sb.append('0');
            return sb.toString();
        }
        String coeff = intVal.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (signum() < 0) buf.append('-');
        int pad = scale - coeff.length();
        if (pad >= 0) {
            buf.append("0.");
            for (; pad > 0; pad--) buf.append('0');
            buf.append(coeff);
        } else {
            buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, coeff.length());
        }
        return buf.toString();
    }

    // ---- conversion --------------------------------------------------------------------

    public BigInteger toBigInteger() {
        if (scale <= 0) return intVal.multiply(tenPow(-scale));
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    public long longValue() {
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        BigInteger b = toBigIntegerExact();
        if (b.bitLength() > 63) throw new ArithmeticException("Overflow");
        return b.longValue();
    }

    public int intValue() {
        return toBigInteger().intValue();
    }

    public int intValueExact() {
        long num = longValueExact();
        if ((int) num != num) throw new ArithmeticException("Overflow");
        return (int) num;
    }

    public short shortValueExact() {
        long num = longValueExact();
        if ((short) num != num) throw new ArithmeticException("Overflow");
        return (short) num;
    }

    public byte byteValueExact() {
        long num = longValueExact();
        if ((byte) num != num) throw new ArithmeticException("Overflow");
        return (byte) num;
    }

    public float floatValue() {
        return Float.parseFloat(toString());
    }

    public double doubleValue() {
        return Double.parseDouble(toString());
    }
}
