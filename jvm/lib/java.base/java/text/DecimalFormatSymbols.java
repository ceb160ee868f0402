package java.text;

import java.util.Locale;

/** The ROOT/US symbols; other locales are not modelled. */
public class DecimalFormatSymbols implements Cloneable, java.io.Serializable {
    private char zeroDigit = '0', groupingSeparator = ',', decimalSeparator = '.', minusSign = '-', percent = '%',
        perMill = '\u2030', digit = '#', patternSeparator = ';', exponentialSeparatorChar = 'E';
    private String infinity = "\u221E", naN = "NaN", currencySymbol = "$", exponentSeparator = "E";

    public DecimalFormatSymbols() {}

    public DecimalFormatSymbols(Locale locale) {}

    public static DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols();
    }

    public static DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols();
    }

    public char getZeroDigit() { return zeroDigit; }
    public void setZeroDigit(char c) { zeroDigit = c; }
    public char getGroupingSeparator() { return groupingSeparator; }
    public void setGroupingSeparator(char c) { groupingSeparator = c; }
    public char getDecimalSeparator() { return decimalSeparator; }
    public void setDecimalSeparator(char c) { decimalSeparator = c; }
    public char getMinusSign() { return minusSign; }
    public void setMinusSign(char c) { minusSign = c; }
    public char getPercent() { return percent; }
    public void setPercent(char c) { percent = c; }
    public char getPerMill() { return perMill; }
    public void setPerMill(char c) { perMill = c; }
    public char getDigit() { return digit; }
    public char getPatternSeparator() { return patternSeparator; }
    public String getInfinity() { return infinity; }
    public void setInfinity(String s) { infinity = s; }
    public String getNaN() { return naN; }
    public void setNaN(String s) { naN = s; }
    public String getCurrencySymbol() { return currencySymbol; }
    public void setCurrencySymbol(String s) { currencySymbol = s; }
    public String getExponentSeparator() { return exponentSeparator; }
    public void setExponentSeparator(String s) { exponentSeparator = s; }
    public char getMonetaryDecimalSeparator() { return decimalSeparator; }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
