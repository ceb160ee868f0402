package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal formatting by pattern ("#,##0.00", "0.###E0", "#%", with
 * prefixes, suffixes and a negative subpattern), following the JDK's
 * pattern rules.  A double's digits are its Double.toString digits; when
 * they must be cut, the exact binary value is rounded (HALF_EVEN by
 * default), which is what the JDK's DigitList decides too.
 */
public class DecimalFormat extends NumberFormat {
    private String positivePrefix = "", positiveSuffix = "", negativePrefix = "-", negativeSuffix = "";
    private boolean negativeExplicit;
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown;
    private boolean useExponentialNotation;
    private byte minExponentDigits;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;
    private DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    private boolean parseBigDecimal;

    public DecimalFormat() {
        this("#,##0.###");
    }

    public DecimalFormat(String pattern) {
        applyPattern(pattern);
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern);
    }

    // ---- patterns ----------------------------------------------------------------

    public void applyPattern(String pattern) {
        int semi = findUnquoted(pattern, ';');
        String pos = semi < 0 ? pattern : pattern.substring(0, semi);
        String[] affixes = new String[2];
        int[] counts = parseSubpattern(pos, affixes, true);
        positivePrefix = affixes[0];
        positiveSuffix = affixes[1];
        negativeExplicit = semi >= 0;
        if (negativeExplicit) {
            String[] neg = new String[2];
            parseSubpattern(pattern.substring(semi + 1), neg, false);
            negativePrefix = neg[0];
            negativeSuffix = neg[1];
        } else {
            negativePrefix = "-" + positivePrefix;
            negativeSuffix = positiveSuffix;
        }
        applyCounts(counts);
    }

    private static int findUnquoted(String p, char c) {
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch == '\'') quoted = !quoted;
            else if (ch == c && !quoted) return i;
        }
        return -1;
    }

    /** Splits prefix, number part, suffix; returns the digit counts of the number part. */
    private int[] parseSubpattern(String p, String[] affixes, boolean positive) {
        StringBuilder prefix = new StringBuilder(), suffix = new StringBuilder();
        int digitLeft = 0, zero = 0, digitRight = 0, groupingCount = -1, decimalPos = -1, expDigits = -1;
        int mult = 1;
        int phase = 0;  // 0 prefix, 1 number, 2 suffix
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (phase == 1) {
                if (ch == '#') {
                    if (zero > 0) digitRight++;
                    else digitLeft++;
                    if (groupingCount >= 0 && decimalPos < 0) groupingCount++;
                    continue;
                } else if (ch == '0') {
                    if (digitRight > 0) throw new IllegalArgumentException("Unexpected '0' in pattern \"" + p + '"');
                    zero++;
                    if (groupingCount >= 0 && decimalPos < 0) groupingCount++;
                    continue;
                } else if (ch == ',') {
                    groupingCount = 0;
                    continue;
                } else if (ch == '.') {
                    if (decimalPos >= 0) throw new IllegalArgumentException("Multiple decimal separators in pattern \"" + p + '"');
                    decimalPos = digitLeft + zero + digitRight;
                    continue;
                } else if (ch == 'E') {
                    expDigits = 0;
                    while (i + 1 < p.length() && p.charAt(i + 1) == '0') {
                        expDigits++;
                        i++;
                    }
                    if (expDigits < 1) throw new IllegalArgumentException("Malformed exponential pattern \"" + p + '"');
                    phase = 2;
                    continue;
                }
                phase = 2;
            }
            StringBuilder affix = phase == 0 ? prefix : suffix;
            if (quoted) {
                if (ch == '\'') {
                    if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                        affix.append('\'');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    affix.append(ch);
                }
                continue;
            }
            if (phase == 0 && (ch == '#' || ch == '0' || ch == ',' || ch == '.')) {
                phase = 1;
                i--;
                continue;
            }
            switch (ch) {
                case '\'':
                    if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                        affix.append('\'');
                        i++;
                    } else {
                        quoted = true;
                    }
                    break;
                case '%':
                    mult = 100;
                    affix.append(symbols.getPercent());
                    break;
                case '\u2030':
                    mult = 1000;
                    affix.append(symbols.getPerMill());
                    break;
                case '\u00A4':
                    affix.append(symbols.getCurrencySymbol());
                    break;
                case '-':
                    affix.append(symbols.getMinusSign());
                    break;
                default:
                    affix.append(ch);
            }
        }
        affixes[0] = prefix.toString();
        affixes[1] = suffix.toString();
        if (positive) multiplier = mult;
        return new int[] {digitLeft, zero, digitRight, groupingCount, decimalPos, expDigits};
    }

    private void applyCounts(int[] c) {
        int digitLeft = c[0], zero = c[1], digitRight = c[2], groupingCount = c[3], decimalPos = c[4], expDigits = c[5];
        if (zero == 0 && digitLeft > 0 && decimalPos >= 0) {
            // "###.###", "###." and ".###": one integer digit is mandatory.
            int n = decimalPos;
            if (n == 0) ++n;
            digitRight = digitLeft - n;
            digitLeft = n - 1;
            zero = 1;
        }
        useExponentialNotation = expDigits >= 0;
        minExponentDigits = (byte) Math.max(expDigits, 0);
        int total = digitLeft + zero + digitRight;
        int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : total;
        minimumIntegerDigits = effectiveDecimalPos - digitLeft;
        maximumIntegerDigits = useExponentialNotation ? digitLeft + minimumIntegerDigits : Integer.MAX_VALUE;
        maximumFractionDigits = decimalPos >= 0 ? (total - decimalPos) : 0;
        minimumFractionDigits = decimalPos >= 0 ? (digitLeft + zero - decimalPos) : 0;
        setGroupingUsed(groupingCount > 0);
        groupingSize = groupingCount > 0 ? groupingCount : 0;
        decimalSeparatorAlwaysShown = decimalPos == 0 || decimalPos == total;
    }

    /** The pattern regenerated from the current settings, as the JDK does. */
    public String toPattern() {
        StringBuilder result = new StringBuilder();
        for (int j = 1; j >= 0; --j) {
            appendAffix(result, j == 1 ? positivePrefix : negativePrefix);
            int digitCount = useExponentialNotation ? maximumIntegerDigits
                : Math.max(groupingSize, minimumIntegerDigits) + 1;
            for (int i = digitCount; i > 0; --i) {
                if (i != digitCount && isGroupingUsed() && groupingSize != 0 && i % groupingSize == 0) result.append(',');
                result.append(i <= minimumIntegerDigits ? '0' : '#');
            }
            if (maximumFractionDigits > 0 || decimalSeparatorAlwaysShown) result.append('.');
            for (int i = 0; i < maximumFractionDigits; ++i) result.append(i < minimumFractionDigits ? '0' : '#');
            if (useExponentialNotation) {
                result.append('E');
                for (int i = 0; i < minExponentDigits; ++i) result.append('0');
            }
            if (j == 1) {
                appendAffix(result, positiveSuffix);
                if (negativeSuffix.equals(positiveSuffix) && negativePrefix.equals(symbols.getMinusSign() + positivePrefix))
                    break;
                result.append(';');
            } else {
                appendAffix(result, negativeSuffix);
            }
        }
        return result.toString();
    }

    private void appendAffix(StringBuilder result, String affix) {
        for (int i = 0; i < affix.length(); i++) {
            char c = affix.charAt(i);
            if (c == symbols.getPercent()) result.append('%');
            else if (c == symbols.getPerMill()) result.append('\u2030');
            else if (c == symbols.getMinusSign()) result.append('-');
            else if ("#0,.;E'".indexOf(c) >= 0) result.append('\'').append(c).append('\'');
            else result.append(c);
        }
    }

    // ---- formatting --------------------------------------------------------------------

    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        if (Double.isNaN(number)) return result.append(symbols.getNaN());
        boolean isNegative = ((number < 0.0) || (number == 0.0 && 1 / number < 0.0)) ^ (multiplier < 0);
        if (multiplier != 1) number *= multiplier;
        if (Double.isInfinite(number)) {
            return result.append(isNegative ? negativePrefix : positivePrefix).append(symbols.getInfinity())
                .append(isNegative ? negativeSuffix : positiveSuffix);
        }
        if (number < 0) number = -number;
        return subformat(result, digitsOf(number), isNegative);
    }

    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        BigDecimal v = BigDecimal.valueOf(number);
        boolean isNegative = number < 0;
        if (multiplier != 1) v = v.multiply(BigDecimal.valueOf(multiplier));
        return subformat(result, round(v.abs()), isNegative ^ (multiplier < 0));
    }

    StringBuffer formatBig(Number number, StringBuffer result) {
        BigDecimal v = number instanceof BigInteger ? new BigDecimal((BigInteger) number) : (BigDecimal) number;
        if (multiplier != 1) v = v.multiply(BigDecimal.valueOf(multiplier));
        return subformat(result, round(v.abs()), v.signum() < 0);
    }

    /** A non-negative double's digits, rounded as the pattern requires. */
    private BigDecimal digitsOf(double d) {
        if (d == 0.0) return BigDecimal.ZERO;
        BigDecimal shortest = new BigDecimal(Double.toString(d));
        if (useExponentialNotation) {
            int sig = maximumIntegerDigits + maximumFractionDigits;
            if (shortest.precision() <= sig) return shortest;
            return new BigDecimal(d).round(new MathContext(sig, roundingMode));
        }
        if (shortest.scale() <= maximumFractionDigits) return shortest;
        return new BigDecimal(d).setScale(maximumFractionDigits, roundingMode);
    }

    private BigDecimal round(BigDecimal v) {
        if (useExponentialNotation) {
            int sig = maximumIntegerDigits + maximumFractionDigits;
            return v.precision() <= sig ? v : v.round(new MathContext(sig, roundingMode));
        }
        return v.scale() <= maximumFractionDigits ? v : v.setScale(maximumFractionDigits, roundingMode);
    }

    private StringBuffer subformat(StringBuffer result, BigDecimal value, boolean isNegative) {
        result.append(isNegative ? negativePrefix : positivePrefix);
        // The digit list: significant digits and the position of the decimal point.
        String digits;
        int decimalAt;
        if (value.signum() == 0) {
            digits = "";
            decimalAt = 0;
        } else {
            BigDecimal s = value.stripTrailingZeros();
            digits = s.unscaledValue().toString();
            decimalAt = digits.length() - s.scale();
        }
        if (useExponentialNotation) exponential(result, digits, decimalAt);
        else fixed(result, digits, decimalAt);
        return result.append(isNegative ? negativeSuffix : positiveSuffix);
    }

    private void fixed(StringBuffer result, String digits, int decimalAt) {
        int sizeBeforeIntegerPart = result.length();
        int count = minimumIntegerDigits;
        int digitIndex = 0;
        if (decimalAt > 0 && count < decimalAt) count = decimalAt;
        if (count > maximumIntegerDigits) {
            count = maximumIntegerDigits;
            digitIndex = decimalAt - count;
        }
        for (int i = count - 1; i >= 0; --i) {
            if (i < decimalAt && digitIndex < digits.length()) result.append(digits.charAt(digitIndex++));
            else result.append('0');
            if (isGroupingUsed() && i > 0 && groupingSize != 0 && i % groupingSize == 0)
                result.append(symbols.getGroupingSeparator());
        }
        boolean fractionPresent = minimumFractionDigits > 0 || digitIndex < digits.length();
        if (!fractionPresent && result.length() == sizeBeforeIntegerPart) result.append('0');
        if (decimalSeparatorAlwaysShown || fractionPresent) result.append(symbols.getDecimalSeparator());
        for (int i = 0; i < maximumFractionDigits; ++i) {
            if (i >= minimumFractionDigits && digitIndex >= digits.length()) break;
            if (-1 - i > decimalAt - 1) {
                result.append('0');
                continue;
            }
            result.append(digitIndex < digits.length() ? digits.charAt(digitIndex++) : '0');
        }
    }

    private void exponential(StringBuffer result, String digits, int decimalAt) {
        boolean zero = digits.isEmpty();
        int exponent = decimalAt;
        int repeat = maximumIntegerDigits;
        int minimumIntegerDigits = this.minimumIntegerDigits;
        if (repeat > 1 && repeat > this.minimumIntegerDigits) {
            if (exponent >= 1) exponent = ((exponent - 1) / repeat) * repeat;
            else exponent = ((exponent - repeat) / repeat) * repeat;
            minimumIntegerDigits = 1;
        } else {
            exponent -= minimumIntegerDigits;
        }
        int minimumDigits = this.minimumIntegerDigits + minimumFractionDigits;
        if (minimumDigits < 0) minimumDigits = Integer.MAX_VALUE;
        int integerDigits = zero ? minimumIntegerDigits : decimalAt - exponent;
        if (minimumDigits < integerDigits) minimumDigits = integerDigits;
        int totalDigits = digits.length();
        if (minimumDigits > totalDigits) totalDigits = minimumDigits;
        boolean addedDecimalSeparator = false;
        for (int i = 0; i < totalDigits; ++i) {
            if (i == integerDigits) {
                result.append(symbols.getDecimalSeparator());
                addedDecimalSeparator = true;
            }
            result.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        if (decimalSeparatorAlwaysShown && totalDigits == integerDigits && !addedDecimalSeparator)
            result.append(symbols.getDecimalSeparator());
        result.append(symbols.getExponentSeparator());
        if (zero) exponent = 0;
        if (exponent < 0) {
            exponent = -exponent;
            result.append(symbols.getMinusSign());
        }
        String e = Integer.toString(exponent);
        for (int i = e.length(); i < minExponentDigits; ++i) result.append('0');
        result.append(e);
    }

    // ---- parsing -----------------------------------------------------------------------

    public Number parse(String text, ParsePosition pos) {
        int start = pos.index;
        boolean negative;
        int i;
        if (!negativePrefix.isEmpty() && text.startsWith(negativePrefix, start)
                && !(positivePrefix.length() > negativePrefix.length() && text.startsWith(positivePrefix, start))) {
            negative = true;
            i = start + negativePrefix.length();
        } else if (text.startsWith(positivePrefix, start)) {
            negative = false;
            i = start + positivePrefix.length();
        } else {
            pos.errorIndex = start;
            return null;
        }
        StringBuilder num = new StringBuilder();
        boolean sawDigit = false, sawDecimal = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                num.append(c);
                sawDigit = true;
            } else if (c == symbols.getDecimalSeparator() && !sawDecimal && !isParseIntegerOnly()) {
                num.append('.');
                sawDecimal = true;
            } else if (c == symbols.getGroupingSeparator() && isGroupingUsed() && !sawDecimal) {
                continue;
            } else if (useExponentialNotation && text.startsWith(symbols.getExponentSeparator(), i) && sawDigit) {
                int j = i + symbols.getExponentSeparator().length();
                int k = j;
                if (k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '+')) k++;
                int ds = k;
                while (k < text.length() && Character.isDigit(text.charAt(k))) k++;
                if (k > ds) {
                    num.append('E').append(text, j, k);
                    i = k;
                }
                break;
            } else {
                break;
            }
        }
        if (!sawDigit) {
            pos.errorIndex = i;
            return null;
        }
        String suffix = negative ? negativeSuffix : positiveSuffix;
        if (!text.startsWith(suffix, i)) {
            pos.errorIndex = i;
            return null;
        }
        pos.index = i + suffix.length();
        BigDecimal v = new BigDecimal(num.toString());
        if (multiplier != 1) v = v.divide(BigDecimal.valueOf(multiplier), MathContext.DECIMAL128);
        if (negative) v = v.negate();
        if (parseBigDecimal) return v;
        if (v.signum() == 0 && negative) return -0.0;
        try {
            BigDecimal s = v.stripTrailingZeros();
            if (s.scale() <= 0) return s.longValueExact();
        } catch (ArithmeticException e) {
            // does not fit a long: a Double
        }
        return v.doubleValue();
    }

    // ---- properties ------------------------------------------------------------------

    public String getPositivePrefix() {
        return positivePrefix;
    }

    public void setPositivePrefix(String s) {
        positivePrefix = s;
    }

    public String getNegativePrefix() {
        return negativePrefix;
    }

    public void setNegativePrefix(String s) {
        negativePrefix = s;
    }

    public String getPositiveSuffix() {
        return positiveSuffix;
    }

    public void setPositiveSuffix(String s) {
        positiveSuffix = s;
    }

    public String getNegativeSuffix() {
        return negativeSuffix;
    }

    public void setNegativeSuffix(String s) {
        negativeSuffix = s;
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int newValue) {
        groupingSize = newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) throw new NullPointerException();
        this.roundingMode = roundingMode;
    }

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
    }

    public boolean equals(Object obj) {
        return obj instanceof DecimalFormat && ((DecimalFormat) obj).toPattern().equals(toPattern());
    }

    public int hashCode() {
        return toPattern().hashCode();
    }
}
