package java.util;

/** Splits a string at delimiter characters (legacy API, still common for fast input parsing). */
public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private char[] delimChars;
    private String delimCharsOf;
    private char maxDelim;
    private char[] text;          // str's chars: cheaper to scan than charAt

    private boolean isDelimiter(char c) {
        if (delimiters != delimCharsOf) {
            delimCharsOf = delimiters;
            delimChars = delimiters == null ? null : delimiters.toCharArray();
            maxDelim = 0;
            if (delimChars != null)
                for (char d : delimChars) maxDelim = d > maxDelim ? d : maxDelim;
        }
        if (c > maxDelim) return false;
        char[] d = delimChars;
        if (d == null) return false;
        for (int i = 0; i < d.length; i++)
            if (d[i] == c) return true;
        return false;
    }

    private char at(int i) {
        if (text == null) text = str.toCharArray();
        return text[i];
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null) throw new NullPointerException();
        int position = startPos;
        while (!retDelims && position < maxPosition) {
            if (!isDelimiter(at(position))) break;
            position++;
        }
        return position;
    }

    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition) {
            if (isDelimiter(at(position))) break;
            position++;
        }
        if (retDelims && (startPos == position)) {
            if (isDelimiter(at(position))) position++;
        }
        return position;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return (newPosition < maxPosition);
    }

    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged) ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition) throw new NoSuchElementException();
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int currpos = currentPosition;
        while (currpos < maxPosition) {
            currpos = skipDelimiters(currpos);
            if (currpos >= maxPosition) break;
            currpos = scanToken(currpos);
            count++;
        }
        return count;
    }
}
