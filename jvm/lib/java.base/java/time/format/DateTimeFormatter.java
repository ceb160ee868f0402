package java.time.format;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatterBuilder.CompositePrinterParser;
import java.time.format.DateTimeFormatterBuilder.ParseContext;
import java.time.format.DateTimeFormatterBuilder.PrintContext;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Objects;

/** Formatter for printing and parsing date-time objects (ISO chronology, English texts). */
public final class DateTimeFormatter {
    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatterBuilder()
        .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
        .appendLiteral('-')
        .appendValue(ChronoField.MONTH_OF_YEAR, 2)
        .appendLiteral('-')
        .appendValue(ChronoField.DAY_OF_MONTH, 2)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_DATE)
        .appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_DATE)
        .optionalStart()
        .appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatterBuilder()
        .appendValue(ChronoField.HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_TIME)
        .appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_TIME)
        .optionalStart()
        .appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_DATE)
        .appendLiteral('T')
        .append(ISO_LOCAL_TIME)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(ISO_LOCAL_DATE_TIME)
        .parseLenient()
        .appendOffsetId()
        .parseStrict()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
        .append(ISO_LOCAL_DATE_TIME)
        .optionalStart()
        .appendOffsetId()
        .optionalStart()
        .appendLiteral('[')
        .parseCaseSensitive()
        .appendZoneRegionId()
        .appendLiteral(']')
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = new DateTimeFormatterBuilder()
        .append(ISO_OFFSET_DATE_TIME)
        .optionalStart()
        .appendLiteral('[')
        .parseCaseSensitive()
        .appendZoneRegionId()
        .appendLiteral(']')
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendInstant()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter RFC_1123_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .parseLenient()
        .optionalStart()
        .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT)
        .appendLiteral(", ")
        .optionalEnd()
        .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
        .appendLiteral(' ')
        .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
        .appendLiteral(' ')
        .appendValue(ChronoField.YEAR, 4)
        .appendLiteral(' ')
        .appendValue(ChronoField.HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalEnd()
        .appendLiteral(' ')
        .appendOffset("+HHMM", "GMT")
        .toFormatter(ResolverStyle.SMART);

    public static final DateTimeFormatter ISO_ORDINAL_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
        .appendLiteral('-')
        .appendValue(ChronoField.DAY_OF_YEAR, 3)
        .optionalStart()
        .appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendValue(ChronoField.YEAR, 4)
        .appendValue(ChronoField.MONTH_OF_YEAR, 2)
        .appendValue(ChronoField.DAY_OF_MONTH, 2)
        .optionalStart()
        .parseLenient()
        .appendOffset("+HHMMss", "Z")
        .parseStrict()
        .toFormatter(ResolverStyle.STRICT);

    private final CompositePrinterParser printerParser;
    private final Locale locale;
    private final ResolverStyle resolverStyle;
    private final java.time.ZoneId zone;

    DateTimeFormatter(CompositePrinterParser printerParser, Locale locale, ResolverStyle resolverStyle) {
        this(printerParser, locale, resolverStyle, null);
    }

    private DateTimeFormatter(CompositePrinterParser printerParser, Locale locale, ResolverStyle resolverStyle,
                              java.time.ZoneId zone) {
        this.printerParser = printerParser;
        this.locale = locale;
        this.resolverStyle = resolverStyle;
        this.zone = zone;
    }

    public java.time.ZoneId getZone() {
        return zone;
    }

    public DateTimeFormatter withZone(java.time.ZoneId zone) {
        if (Objects.equals(this.zone, zone)) return this;
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone);
    }

    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter();
    }

    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale);
    }

    public static DateTimeFormatter ofLocalizedDate(FormatStyle dateStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, null).toFormatter(ResolverStyle.SMART);
    }

    public static DateTimeFormatter ofLocalizedTime(FormatStyle timeStyle) {
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(null, timeStyle).toFormatter(ResolverStyle.SMART);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateTimeStyle) {
        Objects.requireNonNull(dateTimeStyle, "dateTimeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateTimeStyle, dateTimeStyle).toFormatter(ResolverStyle.SMART);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateStyle, FormatStyle timeStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, timeStyle).toFormatter(ResolverStyle.SMART);
    }

    public Locale getLocale() {
        return locale;
    }

    public DateTimeFormatter withLocale(Locale locale) {
        if (this.locale.equals(locale)) return this;
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone);
    }

    public DateTimeFormatter localizedBy(Locale locale) {
        return withLocale(locale);
    }

    public ResolverStyle getResolverStyle() {
        return resolverStyle;
    }

    public DateTimeFormatter withResolverStyle(ResolverStyle resolverStyle) {
        Objects.requireNonNull(resolverStyle, "resolverStyle");
        if (this.resolverStyle == resolverStyle) return this;
        return new DateTimeFormatter(printerParser, locale, resolverStyle, zone);
    }

    // ---- formatting ----------------------------------------------------------------------

    public String format(TemporalAccessor temporal) {
        StringBuilder buf = new StringBuilder(32);
        formatTo(temporal, buf);
        return buf.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        Objects.requireNonNull(temporal, "temporal");
        Objects.requireNonNull(appendable, "appendable");
        if (zone != null && temporal.isSupported(ChronoField.INSTANT_SECONDS)
                && temporal.query(java.time.temporal.TemporalQueries.zoneId()) != zone) {
            temporal = java.time.ZonedDateTime.ofInstant(java.time.Instant.from(temporal), zone);
        }
        PrintContext context = new PrintContext(temporal);
        if (appendable instanceof StringBuilder) {
            printerParser.format(context, (StringBuilder) appendable);
        } else {
            StringBuilder buf = new StringBuilder(32);
            printerParser.format(context, buf);
            try {
                appendable.append(buf);
            } catch (java.io.IOException ex) {
                throw new DateTimeException(ex.getMessage(), ex);
            }
        }
    }

    // ---- parsing -------------------------------------------------------------------------

    public TemporalAccessor parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return parseResolved0(text);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public <T> T parse(CharSequence text, TemporalQuery<T> query) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(query, "query");
        try {
            return parseResolved0(text).query(query);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    private DateTimeParseException createError(CharSequence text, RuntimeException ex) {
        String abbr = abbreviate(text);
        return new DateTimeParseException("Text '" + abbr + "' could not be parsed: " + ex.getMessage(), text, 0, ex);
    }

    private static String abbreviate(CharSequence text) {
        if (text.length() > 64) return text.subSequence(0, 64).toString() + "...";
        return text.toString();
    }

    private TemporalAccessor parseResolved0(CharSequence text) {
        ParseContext context = new ParseContext();
        int pos = printerParser.parse(context, text, 0);
        if (pos < 0) {
            int errorIndex = ~pos;
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed at index " + errorIndex,
                text, errorIndex);
        }
        if (pos < text.length()) {
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed, unparsed text found at index "
                + pos, text, pos);
        }
        if (zone != null && context.current().zone == null) context.current().zone = zone;
        return context.current().resolve(resolverStyle);
    }

    CompositePrinterParser toPrinterParser(boolean optional) {
        return printerParser.withOptional(optional);
    }

    public String toString() {
        String pattern = printerParser.toString();
        pattern = pattern.startsWith("[") ? pattern : pattern.substring(1, pattern.length() - 1);
        return pattern;
    }
}
