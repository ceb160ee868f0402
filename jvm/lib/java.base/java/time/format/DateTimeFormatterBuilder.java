package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds date-time formatters: the JDK's printer-parser model (values with adjacent-value
 * parsing, fractions, texts, literals, optional sections, padding), English texts only.
 */
public final class DateTimeFormatterBuilder {
    private DateTimeFormatterBuilder active = this;
    private final DateTimeFormatterBuilder parent;
    private final List<DateTimePrinterParser> printerParsers = new ArrayList<>();
    private final boolean optional;
    private int padNextWidth;
    private char padNextChar;
    private int valueParserIndex = -1;

    public DateTimeFormatterBuilder() {
        parent = null;
        optional = false;
    }

    private DateTimeFormatterBuilder(DateTimeFormatterBuilder parent, boolean optional) {
        this.parent = parent;
        this.optional = optional;
    }

    // ---- settings ------------------------------------------------------------------------

    public DateTimeFormatterBuilder parseCaseSensitive() {
        appendInternal(SettingsParser.SENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        appendInternal(SettingsParser.INSENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseStrict() {
        appendInternal(SettingsParser.STRICT);
        return this;
    }

    public DateTimeFormatterBuilder parseLenient() {
        appendInternal(SettingsParser.LENIENT);
        return this;
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        Objects.requireNonNull(field, "field");
        appendInternal(new DefaultValueParser(field, value));
        return this;
    }

    // ---- values --------------------------------------------------------------------------

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        Objects.requireNonNull(field, "field");
        appendValue(new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        Objects.requireNonNull(field, "field");
        if (width < 1 || width > 19)
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        appendValue(new NumberPrinterParser(field, width, width, SignStyle.NOT_NEGATIVE));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) return appendValue(field, maxWidth);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signStyle, "signStyle");
        if (minWidth < 1 || minWidth > 19)
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        if (maxWidth < 1 || maxWidth > 19)
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        if (maxWidth < minWidth)
            throw new IllegalArgumentException("The maximum width must exceed or equal the minimum width but "
                + maxWidth + " < " + minWidth);
        appendValue(new NumberPrinterParser(field, minWidth, maxWidth, signStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, int baseValue) {
        Objects.requireNonNull(field, "field");
        appendValue(new ReducedPrinterParser(field, width, maxWidth, baseValue, null));
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, java.time.chrono.ChronoLocalDate baseDate) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(baseDate, "baseDate");
        appendValue(new ReducedPrinterParser(field, width, maxWidth, 0, baseDate));
        return this;
    }

    private void appendValue(NumberPrinterParser pp) {
        if (active.valueParserIndex >= 0) {
            final int activeValueParser = active.valueParserIndex;
            NumberPrinterParser basePP = (NumberPrinterParser) active.printerParsers.get(activeValueParser);
            if (pp.minWidth == pp.maxWidth && pp.signStyle == SignStyle.NOT_NEGATIVE) {
                basePP = basePP.withSubsequentWidth(pp.maxWidth);
                appendInternal(pp.withFixedWidth());
                active.valueParserIndex = activeValueParser;
            } else {
                basePP = basePP.withFixedWidth();
                active.valueParserIndex = appendInternal(pp);
            }
            active.printerParsers.set(activeValueParser, basePP);
        } else {
            active.valueParserIndex = appendInternal(pp);
        }
    }

    public DateTimeFormatterBuilder appendFraction(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
        if (minWidth == maxWidth && !decimalPoint) {
            appendValue(new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint));
        } else {
            appendInternal(new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint));
        }
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle textStyle) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new TextPrinterParser(field, textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        appendInternal(new OffsetIdPrinterParser("+HH:MM:ss", "Z"));
        return this;
    }

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        appendInternal(new OffsetIdPrinterParser(pattern, noOffsetText));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneId() {
        appendInternal(new ZonePrinterParser("ZoneId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        appendInternal(new ZonePrinterParser("ZoneRegionId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneText(TextStyle textStyle) {
        appendInternal(new ZonePrinterParser("ZoneText(" + textStyle + ")"));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant() {
        appendInternal(new InstantPrinterParser());
        return this;
    }

    public DateTimeFormatterBuilder appendLocalizedOffset(TextStyle style) {
        appendInternal(new LocalizedOffsetPrinterParser(style));
        return this;
    }

    public DateTimeFormatterBuilder appendLocalized(FormatStyle dateStyle, FormatStyle timeStyle) {
        if (dateStyle == null && timeStyle == null)
            throw new IllegalArgumentException("Either the date or time style must be non-null");
        appendInternal(new LocalizedPrinterParser(dateStyle, timeStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        appendInternal(new CharLiteralPrinterParser(literal));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        Objects.requireNonNull(literal, "literal");
        if (!literal.isEmpty()) {
            if (literal.length() == 1) appendInternal(new CharLiteralPrinterParser(literal.charAt(0)));
            else appendInternal(new StringLiteralPrinterParser(literal));
        }
        return this;
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(false));
        return this;
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(true));
        return this;
    }

    public DateTimeFormatterBuilder padNext(int padWidth) {
        return padNext(padWidth, ' ');
    }

    public DateTimeFormatterBuilder padNext(int padWidth, char padChar) {
        if (padWidth < 1) throw new IllegalArgumentException("The pad width must be at least one but was " + padWidth);
        active.padNextWidth = padWidth;
        active.padNextChar = padChar;
        active.valueParserIndex = -1;
        return this;
    }

    public DateTimeFormatterBuilder optionalStart() {
        active.valueParserIndex = -1;
        active = new DateTimeFormatterBuilder(active, true);
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (active.parent == null)
            throw new IllegalStateException("Cannot call optionalEnd() as there was no previous call to optionalStart()");
        if (active.printerParsers.size() > 0) {
            CompositePrinterParser cpp = new CompositePrinterParser(active.printerParsers, active.optional);
            active = active.parent;
            appendInternal(cpp);
        } else {
            active = active.parent;
        }
        return this;
    }

    private int appendInternal(DateTimePrinterParser pp) {
        Objects.requireNonNull(pp, "pp");
        if (active.padNextWidth > 0) {
            pp = new PadPrinterParserDecorator(pp, active.padNextWidth, active.padNextChar);
            active.padNextWidth = 0;
            active.padNextChar = 0;
        }
        active.printerParsers.add(pp);
        active.valueParserIndex = -1;
        return active.printerParsers.size() - 1;
    }

    public DateTimeFormatter toFormatter() {
        return toFormatter(Locale.getDefault(), ResolverStyle.SMART);
    }

    public DateTimeFormatter toFormatter(Locale locale) {
        return toFormatter(locale, ResolverStyle.SMART);
    }

    DateTimeFormatter toFormatter(ResolverStyle resolverStyle) {
        return toFormatter(Locale.getDefault(), resolverStyle);
    }

    private DateTimeFormatter toFormatter(Locale locale, ResolverStyle resolverStyle) {
        Objects.requireNonNull(locale, "locale");
        while (active.parent != null) optionalEnd();
        CompositePrinterParser pp = new CompositePrinterParser(printerParsers, false);
        return new DateTimeFormatter(pp, locale, resolverStyle);
    }

    // ---- patterns ------------------------------------------------------------------------

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        parsePattern(pattern);
        return this;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private void parsePattern(String pattern) {
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if (isLetter(cur)) {
                int start = pos++;
                for ( ; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) ;
                int count = pos - start;
                if (cur == 'p') {
                    int pad = 0;
                    if (pos < pattern.length()) {
                        cur = pattern.charAt(pos);
                        if (isLetter(cur)) {
                            pad = count;
                            start = pos++;
                            for ( ; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) ;
                            count = pos - start;
                        }
                    }
                    if (pad == 0)
                        throw new IllegalArgumentException("Pad letter 'p' must be followed by valid pad pattern: " + pattern);
                    padNext(pad);
                }
                TemporalField field = fieldFor(cur);
                if (field != null) {
                    parseField(cur, count, field);
                } else if (cur == 'z') {
                    if (count > 4) throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    appendZoneText(count == 4 ? TextStyle.FULL : TextStyle.SHORT);
                } else if (cur == 'V') {
                    if (count != 2) throw new IllegalArgumentException("Pattern letter count must be 2: " + cur);
                    appendZoneId();
                } else if (cur == 'v') {
                    if (count == 1) appendInternal(new ZonePrinterParser("ZoneText(SHORT)"));
                    else if (count == 4) appendInternal(new ZonePrinterParser("ZoneText(FULL)"));
                    else throw new IllegalArgumentException("Wrong number of  pattern letters: " + cur);
                } else if (cur == 'Z') {
                    if (count < 4) appendOffset("+HHMM", "+0000");
                    else if (count == 4) appendInternal(new LocalizedOffsetPrinterParser(TextStyle.FULL));
                    else if (count == 5) appendOffset("+HH:MM:ss", "Z");
                    else throw new IllegalArgumentException("Too many pattern letters: " + cur);
                } else if (cur == 'O') {
                    if (count == 1 || count == 4) appendInternal(new LocalizedOffsetPrinterParser(count == 1 ? TextStyle.SHORT : TextStyle.FULL));
                    else throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + cur);
                } else if (cur == 'X') {
                    if (count > 5) throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    appendOffset(OffsetIdPrinterParser.PATTERNS[count + (count == 1 ? 0 : 1)], "Z");
                } else if (cur == 'x') {
                    if (count > 5) throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    String zero = (count == 1 ? "+00" : (count % 2 == 0 ? "+0000" : "+00:00"));
                    appendOffset(OffsetIdPrinterParser.PATTERNS[count + (count == 1 ? 0 : 1)], zero);
                } else if (cur == 'W') {
                    if (count > 1) throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                } else if (cur == 'w') {
                    if (count > 2) throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                } else if (cur == 'Y') {
                    if (count == 2) appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                    else appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 19));
                } else {
                    throw new IllegalArgumentException("Unknown pattern letter: " + cur);
                }
                pos--;
            } else if (cur == '\'') {
                int start = pos++;
                for ( ; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'') pos++;
                        else break;
                    }
                }
                if (pos >= pattern.length())
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                String str = pattern.substring(start + 1, pos);
                if (str.isEmpty()) appendLiteral('\'');
                else appendLiteral(str.replace("''", "'"));
            } else if (cur == '[') {
                optionalStart();
            } else if (cur == ']') {
                if (active.parent == null)
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                optionalEnd();
            } else if (cur == '{' || cur == '}' || cur == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + cur + "'");
            } else {
                appendLiteral(cur);
            }
        }
    }

    private static TemporalField fieldFor(char c) {
        switch (c) {
            case 'G': return ChronoField.ERA;
            case 'y': return ChronoField.YEAR_OF_ERA;
            case 'u': return ChronoField.YEAR;
            case 'Q': case 'q': return IsoFields.QUARTER_OF_YEAR;
            case 'M': case 'L': return ChronoField.MONTH_OF_YEAR;
            case 'D': return ChronoField.DAY_OF_YEAR;
            case 'd': return ChronoField.DAY_OF_MONTH;
            case 'F': return ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH;
            case 'E': return ChronoField.DAY_OF_WEEK;
            case 'c': case 'e': return ChronoField.DAY_OF_WEEK;
            case 'a': return ChronoField.AMPM_OF_DAY;
            case 'H': return ChronoField.HOUR_OF_DAY;
            case 'k': return ChronoField.CLOCK_HOUR_OF_DAY;
            case 'K': return ChronoField.HOUR_OF_AMPM;
            case 'h': return ChronoField.CLOCK_HOUR_OF_AMPM;
            case 'm': return ChronoField.MINUTE_OF_HOUR;
            case 's': return ChronoField.SECOND_OF_MINUTE;
            case 'S': case 'n': return ChronoField.NANO_OF_SECOND;
            case 'A': return ChronoField.MILLI_OF_DAY;
            case 'N': return ChronoField.NANO_OF_DAY;
            default: return null;
        }
    }

    private void parseField(char cur, int count, TemporalField field) {
        boolean standalone = false;
        switch (cur) {
            case 'u':
            case 'y':
                if (count == 2) appendValue(new ReducedPrinterParser(field, 2, 2, 0, ReducedPrinterParser.BASE_DATE));
                else if (count < 4) appendValue(field, count, 19, SignStyle.NORMAL);
                else appendValue(field, count, 19, SignStyle.EXCEEDS_PAD);
                break;
            case 'c':
                if (count == 1) {
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                    break;
                } else if (count == 2) {
                    throw new IllegalArgumentException("Invalid pattern \"cc\"");
                }
                // fall through
            case 'L':
            case 'q':
                standalone = true;
                // fall through
            case 'M':
            case 'Q':
            case 'E':
            case 'e':
                switch (count) {
                    case 1:
                    case 2:
                        if (cur == 'e') appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                        else if (cur == 'E') appendText(field, TextStyle.SHORT);
                        else if (count == 1) appendValue(field);
                        else appendValue(field, 2);
                        break;
                    case 3:
                        appendText(field, standalone ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT);
                        break;
                    case 4:
                        appendText(field, standalone ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
                        break;
                    case 5:
                        appendText(field, standalone ? TextStyle.NARROW_STANDALONE : TextStyle.NARROW);
                        break;
                    default:
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'a':
                if (count == 1) appendText(field, TextStyle.SHORT);
                else throw new IllegalArgumentException("Too many pattern letters: " + cur);
                break;
            case 'G':
                switch (count) {
                    case 1: case 2: case 3: appendText(field, TextStyle.SHORT); break;
                    case 4: appendText(field, TextStyle.FULL); break;
                    case 5: appendText(field, TextStyle.NARROW); break;
                    default: throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'S':
                appendFraction(ChronoField.NANO_OF_SECOND, count, count, false);
                break;
            case 'F':
                if (count == 1) appendValue(field);
                else throw new IllegalArgumentException("Too many pattern letters: " + cur);
                break;
            case 'd':
            case 'h':
            case 'H':
            case 'k':
            case 'K':
            case 'm':
            case 's':
                if (count == 1) appendValue(field);
                else if (count == 2) appendValue(field, count);
                else throw new IllegalArgumentException("Too many pattern letters: " + cur);
                break;
            case 'D':
                if (count == 1) appendValue(field);
                else if (count == 2 || count == 3) appendValue(field, count, 3, SignStyle.NOT_NEGATIVE);
                else throw new IllegalArgumentException("Too many pattern letters: " + cur);
                break;
            case 'A':
            case 'n':
            case 'N':
                appendValue(field, count, 19, SignStyle.NOT_NEGATIVE);
                break;
            default:
                if (count == 1) appendValue(field);
                else appendValue(field, count);
                break;
        }
    }

    // ---- texts (English) -----------------------------------------------------------------

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    /** The texts of a field for a style, indexed by value - first, or null if the field has none. */
    static String[] texts(TemporalField field, TextStyle style) {
        int s = style.ordinal() >> 1;      // 0 full, 1 short, 2 narrow
        if (field == ChronoField.MONTH_OF_YEAR) return abbreviate(MONTHS, s);
        if (field == ChronoField.DAY_OF_WEEK) return abbreviate(DAYS, s);
        if (field == ChronoField.AMPM_OF_DAY) return s == 2 ? new String[] {"a", "p"} : new String[] {"AM", "PM"};
        if (field == ChronoField.ERA) {
            if (s == 0) return new String[] {"Before Christ", "Anno Domini"};
            return s == 1 ? new String[] {"BC", "AD"} : new String[] {"B", "A"};
        }
        if (field == IsoFields.QUARTER_OF_YEAR) {
            if (s == 0) return new String[] {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"};
            return s == 1 ? new String[] {"Q1", "Q2", "Q3", "Q4"} : new String[] {"1", "2", "3", "4"};
        }
        return null;
    }

    private static String[] abbreviate(String[] full, int s) {
        if (s == 0) return full;
        String[] r = new String[full.length];
        for (int i = 0; i < r.length; i++) r[i] = full[i].substring(0, s == 1 ? 3 : 1);
        return r;
    }

    static int textBase(TemporalField field) {
        return (field == ChronoField.AMPM_OF_DAY || field == ChronoField.ERA) ? 0 : 1;
    }

    // ---- contexts ------------------------------------------------------------------------

    static final class PrintContext {
        final TemporalAccessor temporal;
        int optional;

        PrintContext(TemporalAccessor temporal) {
            this.temporal = temporal;
        }

        Long getValue(TemporalField field) {
            if (optional > 0 && !temporal.isSupported(field)) return null;
            return temporal.getLong(field);
        }
    }

    static final class ParseContext {
        boolean caseSensitive = true;
        boolean strict = true;
        final ArrayList<Parsed> parsed = new ArrayList<>();

        ParseContext() {
            parsed.add(new Parsed());
        }

        Parsed current() {
            return parsed.get(parsed.size() - 1);
        }

        void startOptional() {
            parsed.add(current().copy());
        }

        void endOptional(boolean successful) {
            if (successful) parsed.remove(parsed.size() - 2);
            else parsed.remove(parsed.size() - 1);
        }

        int setParsedField(TemporalField field, long value, int errorPos, int successPos) {
            Long old = current().fieldValues.put(field, value);
            return (old != null && old.longValue() != value) ? ~errorPos : successPos;
        }

        boolean charEquals(char ch1, char ch2) {
            if (caseSensitive) return ch1 == ch2;
            return ch1 == ch2 || Character.toUpperCase(ch1) == Character.toUpperCase(ch2)
                || Character.toLowerCase(ch1) == Character.toLowerCase(ch2);
        }

        boolean subSequenceEquals(CharSequence cs1, int offset1, CharSequence cs2, int offset2, int length) {
            if (offset1 + length > cs1.length() || offset2 + length > cs2.length()) return false;
            for (int i = 0; i < length; i++) {
                if (!charEquals(cs1.charAt(offset1 + i), cs2.charAt(offset2 + i))) return false;
            }
            return true;
        }
    }

    // ---- printer-parsers -----------------------------------------------------------------

    interface DateTimePrinterParser {
        boolean format(PrintContext context, StringBuilder buf);

        int parse(ParseContext context, CharSequence text, int position);
    }

    static final class CompositePrinterParser implements DateTimePrinterParser {
        private final DateTimePrinterParser[] printerParsers;
        private final boolean optional;

        CompositePrinterParser(List<DateTimePrinterParser> printerParsers, boolean optional) {
            this(printerParsers.toArray(new DateTimePrinterParser[0]), optional);
        }

        CompositePrinterParser(DateTimePrinterParser[] printerParsers, boolean optional) {
            this.printerParsers = printerParsers;
            this.optional = optional;
        }

        CompositePrinterParser withOptional(boolean optional) {
            if (optional == this.optional) return this;
            return new CompositePrinterParser(printerParsers, optional);
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            int length = buf.length();
            if (optional) context.optional++;
            try {
                for (DateTimePrinterParser pp : printerParsers) {
                    if (!pp.format(context, buf)) {
                        buf.setLength(length);
                        return true;
                    }
                }
            } finally {
                if (optional) context.optional--;
            }
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            if (optional) {
                context.startOptional();
                int pos = position;
                for (DateTimePrinterParser pp : printerParsers) {
                    pos = pp.parse(context, text, pos);
                    if (pos < 0) {
                        context.endOptional(false);
                        return position;
                    }
                }
                context.endOptional(true);
                return pos;
            }
            for (DateTimePrinterParser pp : printerParsers) {
                position = pp.parse(context, text, position);
                if (position < 0) break;
            }
            return position;
        }

        public String toString() {
            StringBuilder buf = new StringBuilder();
            buf.append(optional ? "[" : "(");
            for (DateTimePrinterParser pp : printerParsers) buf.append(pp);
            buf.append(optional ? "]" : ")");
            return buf.toString();
        }
    }

    static final class PadPrinterParserDecorator implements DateTimePrinterParser {
        private final DateTimePrinterParser printerParser;
        private final int padWidth;
        private final char padChar;

        PadPrinterParserDecorator(DateTimePrinterParser printerParser, int padWidth, char padChar) {
            this.printerParser = printerParser;
            this.padWidth = padWidth;
            this.padChar = padChar;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            int preLen = buf.length();
            if (!printerParser.format(context, buf)) return false;
            int len = buf.length() - preLen;
            if (len > padWidth)
                throw new DateTimeException("Cannot print as output of " + len + " characters exceeds pad width of " + padWidth);
            for (int i = 0; i < padWidth - len; i++) buf.insert(preLen, padChar);
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            final boolean strict = context.strict;
            if (position > text.length()) throw new IndexOutOfBoundsException();
            if (position == text.length()) return ~position;
            int endPos = position + padWidth;
            if (endPos > text.length()) {
                if (strict) return ~position;
                endPos = text.length();
            }
            int pos = position;
            while (pos < endPos && context.charEquals(text.charAt(pos), padChar)) pos++;
            text = text.subSequence(0, endPos);
            int resultPos = printerParser.parse(context, text, pos);
            if (resultPos != endPos && strict) return ~(position + pos);
            return resultPos;
        }

        public String toString() {
            return "Pad(" + printerParser + "," + padWidth + (padChar == ' ' ? ")" : ",'" + padChar + "')");
        }
    }

    static final class SettingsParser implements DateTimePrinterParser {
        static final SettingsParser SENSITIVE = new SettingsParser(0);
        static final SettingsParser INSENSITIVE = new SettingsParser(1);
        static final SettingsParser STRICT = new SettingsParser(2);
        static final SettingsParser LENIENT = new SettingsParser(3);
        private final int kind;

        private SettingsParser(int kind) {
            this.kind = kind;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            switch (kind) {
                case 0: context.caseSensitive = true; break;
                case 1: context.caseSensitive = false; break;
                case 2: context.strict = true; break;
                default: context.strict = false; break;
            }
            return position;
        }

        public String toString() {
            switch (kind) {
                case 0: return "ParseCaseSensitive(true)";
                case 1: return "ParseCaseSensitive(false)";
                case 2: return "ParseStrict(true)";
                default: return "ParseStrict(false)";
            }
        }
    }

    static final class DefaultValueParser implements DateTimePrinterParser {
        private final TemporalField field;
        private final long value;

        DefaultValueParser(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.current().fieldValues.containsKey(field))
                context.setParsedField(field, value, position, position);
            return position;
        }
    }

    static final class CharLiteralPrinterParser implements DateTimePrinterParser {
        private final char literal;

        CharLiteralPrinterParser(char literal) {
            this.literal = literal;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) return ~position;
            char ch = text.charAt(position);
            if (!context.charEquals(literal, ch)) return ~position;
            return position + 1;
        }

        public String toString() {
            if (literal == '\'') return "''";
            return "'" + literal + "'";
        }
    }

    static final class StringLiteralPrinterParser implements DateTimePrinterParser {
        private final String literal;

        StringLiteralPrinterParser(String literal) {
            this.literal = literal;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length || position < 0) throw new IndexOutOfBoundsException();
            if (!context.subSequenceEquals(text, position, literal, 0, literal.length())) return ~position;
            return position + literal.length();
        }

        public String toString() {
            return "'" + literal.replace("'", "''") + "'";
        }
    }

    static class NumberPrinterParser implements DateTimePrinterParser {
        static final long[] EXCEED_POINTS = {0L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L,
            100000000L, 1000000000L, 10000000000L};

        final TemporalField field;
        final int minWidth;
        final int maxWidth;
        final SignStyle signStyle;
        final int subsequentWidth;

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
            this(field, minWidth, maxWidth, signStyle, 0);
        }

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle, int subsequentWidth) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.signStyle = signStyle;
            this.subsequentWidth = subsequentWidth;
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) return this;
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, this.subsequentWidth + subsequentWidth);
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            Long valueLong = context.getValue(field);
            if (valueLong == null) return false;
            long value = getValue(context, valueLong);
            String str = (value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value)));
            if (str.length() > maxWidth)
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " exceeds the maximum print width of " + maxWidth);
            if (value >= 0) {
                switch (signStyle) {
                    case EXCEEDS_PAD:
                        if (minWidth < 19 && value >= (minWidth < EXCEED_POINTS.length ? EXCEED_POINTS[minWidth] : Long.MAX_VALUE))
                            buf.append('+');
                        break;
                    case ALWAYS:
                        buf.append('+');
                        break;
                    default:
                        break;
                }
            } else {
                switch (signStyle) {
                    case NORMAL:
                    case EXCEEDS_PAD:
                    case ALWAYS:
                        buf.append('-');
                        break;
                    case NOT_NEGATIVE:
                        throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                            + " cannot be negative according to the SignStyle");
                    default:
                        break;
                }
            }
            for (int i = 0; i < minWidth - str.length(); i++) buf.append('0');
            buf.append(str);
            return true;
        }

        long getValue(PrintContext context, long value) {
            return value;
        }

        static long pow10(int k) {
            long p = 1;
            while (k-- > 0) p *= 10;
            return p;
        }

        boolean isFixedWidth(ParseContext context) {
            return subsequentWidth == -1 || (subsequentWidth > 0 && minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE);
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) return ~position;
            char sign = text.charAt(position);
            boolean negative = false;
            boolean positive = false;
            int effMinWidth = (context.strict || isFixedWidth(context) ? minWidth : 1);
            if (sign == '+') {
                if (!signStyle.parse(true, context.strict, minWidth == maxWidth)) return ~position;
                positive = true;
                position++;
            } else if (sign == '-') {
                if (!signStyle.parse(false, context.strict, minWidth == maxWidth)) return ~position;
                negative = true;
                position++;
            } else if (signStyle == SignStyle.ALWAYS && context.strict) {
                return ~position;
            }
            int effMaxWidth = (context.strict || isFixedWidth(context) ? maxWidth : 9) + Math.max(subsequentWidth, 0);
            int minEndPos = position + effMinWidth;
            if (minEndPos > length) return ~position;
            long total = 0;
            boolean overflow = false;
            int pos = position;
            for (int pass = 0; pass < 2; pass++) {
                int maxEndPos = Math.min(pos + effMaxWidth, length);
                while (pos < maxEndPos) {
                    char ch = text.charAt(pos++);
                    int digit = (ch >= '0' && ch <= '9') ? ch - '0' : -1;
                    if (digit < 0) {
                        pos--;
                        if (pos < minEndPos) return ~position;
                        break;
                    }
                    if (total > (Long.MAX_VALUE - digit) / 10) overflow = true;
                    total = total * 10 + digit;
                }
                if (subsequentWidth > 0 && pass == 0) {
                    int parseLen = pos - position;
                    effMaxWidth = Math.max(effMinWidth, parseLen - subsequentWidth);
                    pos = position;
                    total = 0;
                    overflow = false;
                } else {
                    break;
                }
            }
            if (overflow) return ~position;
            if (negative) {
                if (total == 0 && context.strict) return ~(position - 1);
                total = -total;
            } else if (signStyle == SignStyle.EXCEEDS_PAD && context.strict) {
                int parseLen = pos - position;
                if (positive) {
                    if (parseLen <= minWidth) return ~(position - 1);
                } else {
                    if (parseLen > minWidth) return ~position;
                }
            }
            return setValue(context, total, position, pos);
        }

        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            return context.setParsedField(field, value, errorPos, successPos);
        }

        public String toString() {
            if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL) return "Value(" + field + ")";
            if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) return "Value(" + field + "," + minWidth + ")";
            return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
        }
    }

    static final class ReducedPrinterParser extends NumberPrinterParser {
        static final LocalDate BASE_DATE = LocalDate.of(2000, 1, 1);
        private final int baseValue;
        private final java.time.chrono.ChronoLocalDate baseDate;

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue, java.time.chrono.ChronoLocalDate baseDate) {
            this(field, minWidth, maxWidth, baseValue, baseDate, 0);
            if (minWidth < 1 || minWidth > 10)
                throw new IllegalArgumentException("The minWidth must be from 1 to 10 inclusive but was " + minWidth);
            if (maxWidth < 1 || maxWidth > 10)
                throw new IllegalArgumentException("The maxWidth must be from 1 to 10 inclusive but was " + minWidth);
            if (maxWidth < minWidth)
                throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue,
                                     java.time.chrono.ChronoLocalDate baseDate, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.baseValue = baseValue;
            this.baseDate = baseDate;
        }

        private int base() {
            return baseDate != null ? baseDate.get(field) : baseValue;
        }

        long getValue(PrintContext context, long value) {
            long absValue = Math.abs(value);
            int baseValue = base();
            if (value >= baseValue && value < baseValue + EXCEED_POINTS[minWidth]) return absValue % EXCEED_POINTS[minWidth];
            return absValue % EXCEED_POINTS[maxWidth];
        }

        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            int baseValue = base();
            int parseLen = successPos - errorPos;
            if (parseLen == minWidth && value >= 0) {
                long range = EXCEED_POINTS[minWidth];
                long lastPart = baseValue % range;
                long basePart = baseValue - lastPart;
                if (baseValue > 0) value = basePart + value;
                else value = basePart - value;
                if (value < baseValue) value += range;
            }
            return context.setParsedField(field, value, errorPos, successPos);
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) return this;
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue, baseDate, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue, baseDate,
                this.subsequentWidth + subsequentWidth);
        }

        boolean isFixedWidth(ParseContext context) {
            if (!context.strict) return false;
            return super.isFixedWidth(context);
        }

        public String toString() {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + ","
                + (baseDate != null ? (Object) baseDate : (Object) baseValue) + ")";
        }
    }

    /** Letters Y w W e c: numbers of the default (US) week definition; printed as the JDK's "Localized(...)". */
    static final class WeekBasedFieldPrinterParser extends NumberPrinterParser {
        private final char chr;
        private final int count;

        WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth) {
            this(chr, count, minWidth, maxWidth, 0);
        }

        private WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth, int subsequentWidth) {
            super(null, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.chr = chr;
            this.count = count;
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) return this;
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth, this.subsequentWidth + subsequentWidth);
        }

        private NumberPrinterParser printerParser() {
            switch (chr) {
                case 'Y':
                    if (count == 2)
                        return new ReducedPrinterParser(WeekField.WEEK_BASED_YEAR, 2, 2, 0, ReducedPrinterParser.BASE_DATE, subsequentWidth);
                    return new NumberPrinterParser(WeekField.WEEK_BASED_YEAR, count, 19,
                        (count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD, subsequentWidth);
                case 'e':
                case 'c':
                    return new NumberPrinterParser(WeekField.DAY_OF_WEEK, count, 2, SignStyle.NOT_NEGATIVE, subsequentWidth);
                case 'w':
                    return new NumberPrinterParser(WeekField.WEEK_OF_WEEK_BASED_YEAR, count, 2, SignStyle.NOT_NEGATIVE, subsequentWidth);
                default:
                    return new NumberPrinterParser(WeekField.WEEK_OF_MONTH, count, 1, SignStyle.NOT_NEGATIVE, subsequentWidth);
            }
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            return printerParser().format(context, buf);
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            return printerParser().parse(context, text, position);
        }

        public String toString() {
            StringBuilder sb = new StringBuilder(30);
            sb.append("Localized(");
            if (chr == 'Y') {
                if (count == 1) sb.append("WeekBasedYear");
                else if (count == 2) sb.append("ReducedValue(WeekBasedYear,2,2,2000-01-01)");
                else sb.append("WeekBasedYear,").append(count).append(",").append(19).append(",")
                        .append((count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
            } else {
                switch (chr) {
                    case 'c': case 'e': sb.append("DayOfWeek"); break;
                    case 'w': sb.append("WeekOfWeekBasedYear"); break;
                    case 'W': sb.append("WeekOfMonth"); break;
                    default: break;
                }
                sb.append(",").append(count);
            }
            sb.append(")");
            return sb.toString();
        }
    }

    static final class FractionPrinterParser extends NumberPrinterParser {
        private final boolean decimalPoint;

        FractionPrinterParser(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
            this(field, minWidth, maxWidth, decimalPoint, 0);
            Objects.requireNonNull(field, "field");
            if (!field.range().isFixed())
                throw new IllegalArgumentException("Field must have a fixed set of values: " + field);
            if (minWidth < 0 || minWidth > 9)
                throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
            if (maxWidth < 1 || maxWidth > 9)
                throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
            if (maxWidth < minWidth)
                throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }

        private FractionPrinterParser(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.decimalPoint = decimalPoint;
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) return this;
            return new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint, this.subsequentWidth + subsequentWidth);
        }

        boolean isFixedWidth(ParseContext context) {
            return context.strict && minWidth == maxWidth && !decimalPoint;
        }

        /** The digits of value's fraction of the field's range, trailing zeros removed ("" for zero). */
        private String fractionDigits(long value) {
            ValueRange range = field.range();
            range.checkValidValue(value, field);
            if (range.getMinimum() == 0) {
                long size = range.getMaximum() + 1;
                int k = 0;
                for (long p = 1; p < size && k < 10; p *= 10) k++;
                if (k <= 9 && NumberPrinterParser.pow10(k) == size) {
                    if (value == 0) return "";
                    String v = Long.toString(value);
                    StringBuilder sb = new StringBuilder(k);
                    for (int i = v.length(); i < k; i++) sb.append('0');
                    sb.append(v);
                    int end = sb.length();
                    while (end > 0 && sb.charAt(end - 1) == '0') end--;
                    sb.setLength(end);
                    return sb.toString();
                }
            }
            java.math.BigDecimal minBD = java.math.BigDecimal.valueOf(range.getMinimum());
            java.math.BigDecimal rangeBD = java.math.BigDecimal.valueOf(range.getMaximum()).subtract(minBD)
                .add(java.math.BigDecimal.ONE);
            java.math.BigDecimal valueBD = java.math.BigDecimal.valueOf(value).subtract(minBD);
            java.math.BigDecimal fraction = valueBD.divide(rangeBD, 9, java.math.RoundingMode.FLOOR);
            String s = fraction.compareTo(java.math.BigDecimal.ZERO) == 0 ? "" : fraction.toPlainString().substring(2);
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == '0') end--;
            return s.substring(0, end);
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) return false;
            String digits = fractionDigits(value);
            if (digits.isEmpty()) {
                if (minWidth > 0) {
                    if (decimalPoint) buf.append('.');
                    for (int i = 0; i < minWidth; i++) buf.append('0');
                }
            } else {
                int outputScale = Math.min(Math.max(digits.length(), minWidth), maxWidth);
                if (decimalPoint) buf.append('.');
                if (digits.length() >= outputScale) {
                    buf.append(digits, 0, outputScale);
                } else {
                    buf.append(digits);
                    for (int i = digits.length(); i < outputScale; i++) buf.append('0');
                }
            }
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int effectiveMin = (context.strict || isFixedWidth(context) ? minWidth : 0);
            int effectiveMax = (context.strict || isFixedWidth(context) ? maxWidth : 9);
            int length = text.length();
            if (position != length) {
                if (decimalPoint) {
                    if (text.charAt(position) != '.') return (effectiveMin > 0 ? ~position : position);
                    position++;
                }
            } else if (effectiveMin > 0) {
                return ~position;
            } else {
                return position;
            }
            int minEndPos = position + effectiveMin;
            if (minEndPos > length) return ~position;
            int maxEndPos = Math.min(position + effectiveMax, length);
            long total = 0;
            int pos = position;
            while (pos < maxEndPos) {
                char ch = text.charAt(pos++);
                int digit = (ch >= '0' && ch <= '9') ? ch - '0' : -1;
                if (digit < 0) {
                    if (pos - 1 < minEndPos) return ~position;
                    pos--;
                    break;
                }
                total = total * 10 + digit;
            }
            ValueRange range = field.range();
            int n = pos - position;
            for (int k = 1; k <= 9; k++) {
                if (range.getMinimum() == 0 && range.getMaximum() + 1 == pow10(k)) {
                    long value = n <= k ? total * pow10(k - n) : total / pow10(n - k);
                    return context.setParsedField(field, value, position, pos);
                }
            }
            java.math.BigDecimal fraction = java.math.BigDecimal.valueOf(total).movePointLeft(pos - position);
            java.math.BigDecimal minBD = java.math.BigDecimal.valueOf(range.getMinimum());
            java.math.BigDecimal rangeBD = java.math.BigDecimal.valueOf(range.getMaximum()).subtract(minBD)
                .add(java.math.BigDecimal.ONE);
            long value = fraction.multiply(rangeBD).setScale(0, java.math.RoundingMode.FLOOR).add(minBD).longValueExact();
            return context.setParsedField(field, value, position, pos);
        }

        public String toString() {
            String decimal = (decimalPoint ? ",DecimalPoint" : "");
            return "Fraction(" + field + "," + minWidth + "," + maxWidth + decimal + ")";
        }
    }

    static final class TextPrinterParser implements DateTimePrinterParser {
        private final TemporalField field;
        private final TextStyle textStyle;

        TextPrinterParser(TemporalField field, TextStyle textStyle) {
            this.field = field;
            this.textStyle = textStyle;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) return false;
            String[] texts = texts(field, textStyle);
            int idx = (int) (value - textBase(field));
            if (texts == null || value - textBase(field) != idx || idx < 0 || idx >= texts.length)
                return new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL).format(context, buf);
            buf.append(texts[idx]);
            return true;
        }

        public int parse(ParseContext context, CharSequence parseText, int position) {
            int length = parseText.length();
            if (position < 0 || position > length) throw new IndexOutOfBoundsException();
            String[] texts = texts(field, textStyle);
            if (texts != null) {
                int best = -1;
                for (int i = 0; i < texts.length; i++) {
                    String t = texts[i];
                    if ((best < 0 || t.length() > texts[best].length())
                            && context.subSequenceEquals(parseText, position, t, 0, t.length())) {
                        best = i;
                    }
                }
                if (best >= 0)
                    return context.setParsedField(field, best + textBase(field), position, position + texts[best].length());
                if (context.strict) return ~position;
            }
            return new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL).parse(context, parseText, position);
        }

        public String toString() {
            if (textStyle == TextStyle.FULL) return "Text(" + field + ")";
            return "Text(" + field + "," + textStyle + ")";
        }
    }

    static final class OffsetIdPrinterParser implements DateTimePrinterParser {
        static final String[] PATTERNS = {"+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss",
            "+HHMMSS", "+HH:MM:SS", "+HHmmss", "+HH:mm:ss", "+H", "+Hmm", "+H:mm", "+HMM", "+H:MM", "+HMMss",
            "+H:MM:ss", "+HMMSS", "+H:MM:SS", "+Hmmss", "+H:mm:ss"};
        private final String pattern;
        private final String noOffsetText;

        OffsetIdPrinterParser(String pattern, String noOffsetText) {
            this.pattern = pattern;
            this.noOffsetText = noOffsetText;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(ChronoField.OFFSET_SECONDS);
            if (offsetSecs == null) return false;
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs == 0) {
                buf.append(noOffsetText);
                return true;
            }
            int absHours = Math.abs((totalSecs / 3600) % 100);
            int absMinutes = Math.abs((totalSecs / 60) % 60);
            int absSeconds = Math.abs(totalSecs % 60);
            boolean colon = pattern.indexOf(':') >= 0;
            buf.append(totalSecs < 0 ? "-" : "+");
            if (absHours < 10 && pattern.startsWith("+HH")) buf.append('0');
            buf.append(absHours);
            boolean minutes = pattern.contains("MM") || (pattern.contains("mm") && (absMinutes > 0 || absSeconds > 0));
            if (minutes) {
                if (colon) buf.append(':');
                buf.append((char) (absMinutes / 10 + '0')).append((char) (absMinutes % 10 + '0'));
                if (pattern.contains("SS") || (pattern.contains("ss") && absSeconds > 0)) {
                    if (colon) buf.append(':');
                    buf.append((char) (absSeconds / 10 + '0')).append((char) (absSeconds % 10 + '0'));
                }
            }
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (context.subSequenceEquals(text, position, noOffsetText, 0, noOffsetText.length()))
                return context.setParsedField(ChronoField.OFFSET_SECONDS, 0, position, position + noOffsetText.length());
            if (position >= length) return ~position;
            char sign = text.charAt(position);
            if (sign != '+' && sign != '-') return ~position;
            int pos = position + 1;
            int[] parts = new int[3];
            for (int i = 0; i < 3; i++) {
                if (i > 0 && pos < length && text.charAt(pos) == ':') pos++;
                if (pos + 2 > length || !Character.isDigit(text.charAt(pos)) || !Character.isDigit(text.charAt(pos + 1))) {
                    if (i == 0) return ~position;
                    if (pos > 0 && text.charAt(pos - 1) == ':') pos--;
                    break;
                }
                parts[i] = (text.charAt(pos) - '0') * 10 + (text.charAt(pos + 1) - '0');
                pos += 2;
            }
            long offset = (sign == '-' ? -1 : 1) * (parts[0] * 3600L + parts[1] * 60L + parts[2]);
            return context.setParsedField(ChronoField.OFFSET_SECONDS, offset, position, pos);
        }

        public String toString() {
            return "Offset(" + pattern + ",'" + noOffsetText.replace("'", "''") + "')";
        }
    }

    /** Zone IDs (VV) and zone names (z, v): printed from the temporal's zone, parsed into the context. */
    static final class ZonePrinterParser implements DateTimePrinterParser {
        private final String description;
        private final int kind;    // 0 id, 1 short name, 2 full name

        ZonePrinterParser(String description) {
            this.description = description;
            this.kind = description.startsWith("ZoneText(FULL") ? 2 : description.startsWith("ZoneText") ? 1 : 0;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            java.time.ZoneId zone = context.temporal.query(java.time.temporal.TemporalQueries.zoneId());
            if (zone == null) {
                if (context.optional > 0) return false;
                throw new DateTimeException("Unable to extract ZoneId from temporal " + context.temporal);
            }
            if (kind == 0 || zone instanceof java.time.ZoneOffset) {
                buf.append(zone.getId());
                return true;
            }
            String name = null;
            if (context.temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
                java.time.Instant instant = java.time.Instant.ofEpochSecond(context.temporal.getLong(ChronoField.INSTANT_SECONDS));
                name = ZoneNames.name(zone, instant, kind == 2);
            }
            buf.append(name != null ? name : zone.getId());
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            int pos = position;
            while (pos < length) {
                char c = text.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' || c == '+' || c == '~' || c == '.'
                        || c == ':') {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos == position) return ~position;
            String id = text.subSequence(position, pos).toString();
            java.time.ZoneId zone = ZoneNames.fromText(id);
            if (zone == null) return ~position;
            context.current().zone = zone;
            return pos;
        }

        public String toString() {
            return description;
        }
    }

    /** Zone display names: English long names for well-known zones, else the tzdata abbreviation. */
    static final class ZoneNames {
        private static final String[] LONG = {
            "America/New_York", "Eastern Standard Time", "Eastern Daylight Time",
            "America/Detroit", "Eastern Standard Time", "Eastern Daylight Time",
            "America/Toronto", "Eastern Standard Time", "Eastern Daylight Time",
            "America/Chicago", "Central Standard Time", "Central Daylight Time",
            "America/Denver", "Mountain Standard Time", "Mountain Daylight Time",
            "America/Phoenix", "Mountain Standard Time", "Mountain Daylight Time",
            "America/Los_Angeles", "Pacific Standard Time", "Pacific Daylight Time",
            "America/Anchorage", "Alaska Standard Time", "Alaska Daylight Time",
            "Pacific/Honolulu", "Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time",
            "Europe/London", "Greenwich Mean Time", "British Summer Time",
            "Europe/Dublin", "Greenwich Mean Time", "Irish Standard Time",
            "Europe/Paris", "Central European Standard Time", "Central European Summer Time",
            "Europe/Berlin", "Central European Standard Time", "Central European Summer Time",
            "Europe/Madrid", "Central European Standard Time", "Central European Summer Time",
            "Europe/Rome", "Central European Standard Time", "Central European Summer Time",
            "Europe/Amsterdam", "Central European Standard Time", "Central European Summer Time",
            "Europe/Vienna", "Central European Standard Time", "Central European Summer Time",
            "Europe/Zurich", "Central European Standard Time", "Central European Summer Time",
            "Europe/Stockholm", "Central European Standard Time", "Central European Summer Time",
            "Europe/Warsaw", "Central European Standard Time", "Central European Summer Time",
            "Europe/Prague", "Central European Standard Time", "Central European Summer Time",
            "Europe/Brussels", "Central European Standard Time", "Central European Summer Time",
            "Europe/Athens", "Eastern European Standard Time", "Eastern European Summer Time",
            "Europe/Helsinki", "Eastern European Standard Time", "Eastern European Summer Time",
            "Europe/Kiev", "Eastern European Standard Time", "Eastern European Summer Time",
            "Europe/Moscow", "Moscow Standard Time", "Moscow Summer Time",
            "Asia/Tokyo", "Japan Standard Time", "Japan Daylight Time",
            "Asia/Seoul", "Korean Standard Time", "Korean Daylight Time",
            "Asia/Shanghai", "China Standard Time", "China Daylight Time",
            "Asia/Hong_Kong", "Hong Kong Standard Time", "Hong Kong Summer Time",
            "Asia/Kolkata", "India Standard Time", "India Standard Time",
            "Asia/Calcutta", "India Standard Time", "India Standard Time",
            "Asia/Singapore", "Singapore Standard Time", "Singapore Standard Time",
            "Asia/Dubai", "Gulf Standard Time", "Gulf Standard Time",
            "Australia/Sydney", "Australian Eastern Standard Time", "Australian Eastern Daylight Time",
            "Australia/Melbourne", "Australian Eastern Standard Time", "Australian Eastern Daylight Time",
            "Australia/Brisbane", "Australian Eastern Standard Time", "Australian Eastern Daylight Time",
            "Australia/Perth", "Australian Western Standard Time", "Australian Western Daylight Time",
            "Pacific/Auckland", "New Zealand Standard Time", "New Zealand Daylight Time",
            "UTC", "Coordinated Universal Time", "Coordinated Universal Time",
            "Etc/UTC", "Coordinated Universal Time", "Coordinated Universal Time",
            "GMT", "Greenwich Mean Time", "Greenwich Mean Time",
            "Etc/GMT", "Greenwich Mean Time", "Greenwich Mean Time"};

        static String name(java.time.ZoneId zone, java.time.Instant instant, boolean full) {
            java.time.zone.ZoneRules rules = zone.getRules();
            boolean dst = rules.isDaylightSavings(instant);
            String id = zone.getId();
            if (full) {
                for (int i = 0; i < LONG.length; i += 3) if (LONG[i].equals(id)) return LONG[i + (dst ? 2 : 1)];
            }
            if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Etc/UCT") || id.equals("UCT")) return "UTC";
            if (id.equals("GMT") || id.equals("Etc/GMT")) return "GMT";
            String abbr = rules.abbreviation(instant);
            if (abbr == null || abbr.isEmpty() || abbr.charAt(0) == '+' || abbr.charAt(0) == '-') return null;
            return abbr;
        }

        static java.time.ZoneId fromText(String text) {
            try {
                return java.time.ZoneId.of(text);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /** 'O' and 'OOOO': GMT, GMT+8 / GMT+08:00. */
    static final class LocalizedOffsetPrinterParser implements DateTimePrinterParser {
        private final TextStyle style;

        LocalizedOffsetPrinterParser(TextStyle style) {
            this.style = style;
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(ChronoField.OFFSET_SECONDS);
            if (offsetSecs == null) return false;
            buf.append("GMT");
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs != 0) {
                int absHours = Math.abs((totalSecs / 3600) % 100);
                int absMinutes = Math.abs((totalSecs / 60) % 60);
                int absSeconds = Math.abs(totalSecs % 60);
                buf.append(totalSecs < 0 ? "-" : "+");
                if (style == TextStyle.FULL) {
                    buf.append((char) (absHours / 10 + '0')).append((char) (absHours % 10 + '0')).append(':');
                    buf.append((char) (absMinutes / 10 + '0')).append((char) (absMinutes % 10 + '0'));
                    if (absSeconds > 0) buf.append(':').append((char) (absSeconds / 10 + '0')).append((char) (absSeconds % 10 + '0'));
                } else {
                    if (absHours >= 10) buf.append((char) (absHours / 10 + '0'));
                    buf.append((char) (absHours % 10 + '0'));
                    if (absMinutes > 0 || absSeconds > 0) {
                        buf.append(':').append((char) (absMinutes / 10 + '0')).append((char) (absMinutes % 10 + '0'));
                        if (absSeconds > 0) buf.append(':').append((char) (absSeconds / 10 + '0')).append((char) (absSeconds % 10 + '0'));
                    }
                }
            }
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.subSequenceEquals(text, position, "GMT", 0, 3)) return ~position;
            int pos = position + 3;
            if (pos >= text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-'))
                return context.setParsedField(ChronoField.OFFSET_SECONDS, 0, position, pos);
            int sign = text.charAt(pos) == '-' ? -1 : 1;
            pos++;
            int h = 0, m = 0, digits = 0;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && digits < 2) {
                h = h * 10 + (text.charAt(pos++) - '0');
                digits++;
            }
            if (digits == 0) return ~position;
            if (pos + 2 < text.length() + 1 && pos < text.length() && text.charAt(pos) == ':') {
                if (pos + 3 > text.length()) return ~position;
                m = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                pos += 3;
            }
            return context.setParsedField(ChronoField.OFFSET_SECONDS, sign * (h * 3600L + m * 60L), position, pos);
        }

        public String toString() {
            return "LocalizedOffset(" + style + ")";
        }
    }

    /** ISO_INSTANT: the instant in UTC, fraction in 3-digit groups as Instant.toString. */
    static final class InstantPrinterParser implements DateTimePrinterParser {
        public boolean format(PrintContext context, StringBuilder buf) {
            Long inSecs = context.getValue(ChronoField.INSTANT_SECONDS);
            Long inNanos = null;
            if (context.temporal.isSupported(ChronoField.NANO_OF_SECOND)) inNanos = context.temporal.getLong(ChronoField.NANO_OF_SECOND);
            if (inSecs == null) return false;
            buf.append(java.time.Instant.ofEpochSecond(inSecs, inNanos == null ? 0 : inNanos));
            return true;
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            int end = position;
            while (end < text.length() && text.charAt(end) != 'Z' && text.charAt(end) != 'z') end++;
            if (end >= text.length()) return ~end;
            try {
                java.time.Instant instant = java.time.Instant.parse(text.subSequence(position, end) + "Z");
                int p = context.setParsedField(ChronoField.INSTANT_SECONDS, instant.getEpochSecond(), position, end + 1);
                return p < 0 ? p : context.setParsedField(ChronoField.NANO_OF_SECOND, instant.getNano(), position, end + 1);
            } catch (DateTimeException e) {
                return ~position;
            }
        }

        public String toString() {
            return "ParseCaseSensitive(false)(Value(Year,4,10,EXCEEDS_PAD)'-'Value(MonthOfYear,2)'-'Value(DayOfMonth,2))'T'(Value(HourOfDay,2)':'Value(MinuteOfHour,2)[':'Value(SecondOfMinute,2)[Fraction(NanoOfSecond,0,9,DecimalPoint)]])Offset(+HH:MM:ss,'Z')";
        }
    }

    static final class LocalizedPrinterParser implements DateTimePrinterParser {
        private final FormatStyle dateStyle;
        private final FormatStyle timeStyle;
        private DateTimeFormatter formatter;

        LocalizedPrinterParser(FormatStyle dateStyle, FormatStyle timeStyle) {
            this.dateStyle = dateStyle;
            this.timeStyle = timeStyle;
        }

        private DateTimePrinterParser formatter() {
            if (formatter == null) {
                String date = null;
                String time = null;
                if (dateStyle != null) {
                    switch (dateStyle) {
                        case FULL: date = "EEEE, MMMM d, y"; break;
                        case LONG: date = "MMMM d, y"; break;
                        case MEDIUM: date = "MMM d, y"; break;
                        default: date = "M/d/yy"; break;
                    }
                }
                if (timeStyle != null) {
                    switch (timeStyle) {
                        case FULL: time = "h:mm:ss a zzzz"; break;
                        case LONG: time = "h:mm:ss a z"; break;
                        case MEDIUM: time = "h:mm:ss a"; break;
                        default: time = "h:mm a"; break;
                    }
                }
                String pattern;
                if (date == null) pattern = time;
                else if (time == null) pattern = date;
                else if (dateStyle == FormatStyle.FULL || dateStyle == FormatStyle.LONG) pattern = date + " 'at' " + time;
                else pattern = date + ", " + time;
                formatter = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter();
            }
            return formatter.toPrinterParser(false);
        }

        public boolean format(PrintContext context, StringBuilder buf) {
            return formatter().format(context, buf);
        }

        public int parse(ParseContext context, CharSequence text, int position) {
            return formatter().parse(context, text, position);
        }

        public String toString() {
            return "Localized(" + (dateStyle != null ? dateStyle : "") + "," + (timeStyle != null ? timeStyle : "") + ")";
        }
    }

    /** The default (US: weeks start on Sunday, minimal days 1) week-based fields of letters Y w W e c. */
    static final class WeekField implements TemporalField {
        static final WeekField DAY_OF_WEEK = new WeekField("DayOfWeek", 0, ValueRange.of(1, 7));
        static final WeekField WEEK_OF_MONTH = new WeekField("WeekOfMonth", 1, ValueRange.of(0, 1, 4, 6));
        static final WeekField WEEK_OF_WEEK_BASED_YEAR = new WeekField("WeekOfWeekBasedYear", 2, ValueRange.of(1, 52, 53));
        static final WeekField WEEK_BASED_YEAR = new WeekField("WeekBasedYear", 3, ChronoField.YEAR.range());

        private final String name;
        private final int kind;
        private final ValueRange range;

        private WeekField(String name, int kind, ValueRange range) {
            this.name = name;
            this.kind = kind;
            this.range = range;
        }

        public java.time.temporal.TemporalUnit getBaseUnit() {
            return kind == 0 ? java.time.temporal.ChronoUnit.DAYS : kind == 3 ? java.time.temporal.ChronoUnit.YEARS
                : java.time.temporal.ChronoUnit.WEEKS;
        }

        public java.time.temporal.TemporalUnit getRangeUnit() {
            return kind == 0 ? java.time.temporal.ChronoUnit.WEEKS : kind == 1 ? java.time.temporal.ChronoUnit.MONTHS
                : java.time.temporal.ChronoUnit.FOREVER;
        }

        public ValueRange range() {
            return range;
        }

        public boolean isDateBased() {
            return true;
        }

        public boolean isTimeBased() {
            return false;
        }

        public boolean isSupportedBy(TemporalAccessor temporal) {
            return temporal.isSupported(ChronoField.EPOCH_DAY);
        }

        /** Epoch day of the Sunday starting the week that contains epochDay. */
        private static long weekStart(long epochDay) {
            return epochDay - Math.floorMod(epochDay + 4, 7);   // 1970-01-01 was a Thursday
        }

        public long getFrom(TemporalAccessor temporal) {
            long ed = temporal.getLong(ChronoField.EPOCH_DAY);
            LocalDate date = LocalDate.ofEpochDay(ed);
            switch (kind) {
                case 0:
                    return Math.floorMod(ed + 4, 7) + 1;
                case 1:
                    return (weekStart(ed) - weekStart(date.withDayOfMonth(1).toEpochDay())) / 7 + 1;
                default: {
                    int year = date.getYear();
                    long nextJan1 = LocalDate.of(year + 1, 1, 1).toEpochDay();
                    if (weekStart(ed) == weekStart(nextJan1)) year++;
                    if (kind == 3) return year;
                    return (weekStart(ed) - weekStart(LocalDate.of(year, 1, 1).toEpochDay())) / 7 + 1;
                }
            }
        }

        public String toString() {
            return name + "[WeekFields[SUNDAY,1]]";
        }
    }
}
