package jdk.internal.math;

/**
 * Decimal conversions of double and float.  Printing is native (fdtoa.c
 * reproduces JDK 17's digit generator exactly); parsing checks the Java
 * syntax here and lets the C library round.
 */
public final class FloatingDecimal {
    private FloatingDecimal() {}

    public static String toJavaFormatString(double d) {
        return toJavaString0(d, false);
    }

    public static String toJavaFormatString(float f) {
        return toJavaString0(f, true);
    }

    private static native String toJavaString0(double d, boolean isFloat);

    /** "<digits>e<decExp>" (value = 0.digits * 10^decExp), '-' first if negative; or "NaN" etc. */
    public static native String formatterDigits0(double d);

    public static double parseDouble(String s) throws NumberFormatException {
        return parseDouble0(check(s), false);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        return parseFloat0(check(s), true);
    }

    private static native double parseDouble0(String s, boolean isFloat);

    private static native float parseFloat0(String s, boolean isFloat);

    /**
     * Validates Java floating-point syntax the way FloatingDecimal's parser
     * walks it (so the same inputs fail with the same messages: "empty
     * String", "multiple points", else For input string of the trimmed
     * text); returns the text for strtod.
     */
    private static String check(String in) {
        in = in.trim();
        int len = in.length();
        if (len == 0) throw new NumberFormatException("empty String");
        int i = 0;
        char c = in.charAt(0);
        if (c == '-' || c == '+') i++;
        if (i < len) {
            c = in.charAt(i);
            if (c == 'N') {
                if (len - i == 3 && in.startsWith("NaN", i)) return in;
                throw forInput(in);
            }
            if (c == 'I') {
                if (len - i == 8 && in.startsWith("Infinity", i)) return in;
                throw forInput(in);
            }
            if (c == '0' && len > i + 1 && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
                if (!hexOk(in, i + 2, len)) throw forInput(in);
                return in;
            }
        }
        boolean decSeen = false;
        int digits = 0;
        for (; i < len; i++) {
            c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                if (decSeen) throw new NumberFormatException("multiple points");
                decSeen = true;
            } else {
                break;
            }
        }
        if (digits == 0) throw forInput(in);
        if (i < len && ((c = in.charAt(i)) == 'e' || c == 'E')) {
            i++;
            if (i >= len) throw forInput(in);
            c = in.charAt(i);
            if (c == '-' || c == '+') i++;
            int expAt = i;
            while (i < len && in.charAt(i) >= '0' && in.charAt(i) <= '9') i++;
            if (i == expAt) throw forInput(in);
        }
        if (i < len && (i != len - 1 || "fFdD".indexOf(in.charAt(i)) < 0)) throw forInput(in);
        return i < len ? in.substring(0, i) : in;
    }

    private static NumberFormatException forInput(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    /** 0x<hex>[.<hex>]p[+-]<dec>[fFdD]: the binary exponent is required. */
    private static boolean hexOk(String s, int i, int n) {
        int digits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) { i++; digits++; }
        }
        if (digits == 0 || i >= n || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int ed = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; ed++; }
        if (ed == 0) return false;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'f' || c == 'F' || c == 'd' || c == 'D') i++;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static String toHexString(double d) {
        if (!Double.isFinite(d)) return Double.toString(d);
        StringBuilder answer = new StringBuilder(24);
        if (Math.copySign(1.0, d) == -1.0) answer.append("-");
        answer.append("0x");
        d = Math.abs(d);
        if (d == 0.0) return answer.append("0.0p0").toString();
        boolean subnormal = (d < Double.MIN_NORMAL);
        long signifBits = (Double.doubleToLongBits(d) & 0x000FFFFFFFFFFFFFL) | 0x1000000000000000L;
        answer.append(subnormal ? "0." : "1.");
        String signif = Long.toHexString(signifBits).substring(3, 16);
        if (signif.equals("0000000000000")) {
            answer.append("0");
        } else {
            int end = signif.length();
            while (end > 1 && signif.charAt(end - 1) == '0') end--;
            answer.append(signif, 0, end);
        }
        answer.append('p');
        answer.append(subnormal ? Double.MIN_EXPONENT : Math.getExponent(d));
        return answer.toString();
    }
}
