package java.util;

/** Locales by name only: formatting always uses the ROOT/US conventions ('.' and ','). */
public final class Locale implements Cloneable, java.io.Serializable {
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale FRENCH = new Locale("fr", "");
    public static final Locale GERMAN = new Locale("de", "");
    public static final Locale ITALIAN = new Locale("it", "");
    public static final Locale JAPANESE = new Locale("ja", "");
    public static final Locale KOREAN = new Locale("ko", "");
    public static final Locale CHINESE = new Locale("zh", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale FRANCE = new Locale("fr", "FR");
    public static final Locale GERMANY = new Locale("de", "DE");
    public static final Locale ITALY = new Locale("it", "IT");
    public static final Locale JAPAN = new Locale("ja", "JP");
    public static final Locale ROOT = new Locale("", "");

    private final String language;
    private final String country;
    private final String variant;

    public Locale(String language, String country, String variant) {
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
        this.variant = variant;
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    private static Locale defaultLocale;

    public static Locale getDefault() {
        if (defaultLocale == null) {
            String lang = System.getProperty("user.language", "en");
            String country = System.getProperty("user.country", "");
            defaultLocale = new Locale(lang, country);
        }
        return defaultLocale;
    }

    public static Locale getDefault(Category category) {
        return getDefault();
    }

    public static void setDefault(Locale newLocale) {
        defaultLocale = Objects.requireNonNull(newLocale);
    }

    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.split("-");
        return new Locale(parts[0], parts.length > 1 ? parts[1] : "");
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String toLanguageTag() {
        if (language.isEmpty()) return "und";
        return country.isEmpty() ? language : language + "-" + country;
    }

    public String toString() {
        if (country.isEmpty() && variant.isEmpty()) return language;
        StringBuilder sb = new StringBuilder(language).append('_').append(country);
        if (!variant.isEmpty()) sb.append('_').append(variant);
        return sb.toString();
    }

    public boolean equals(Object o) {
        return o instanceof Locale && ((Locale) o).language.equals(language) && ((Locale) o).country.equals(country)
            && ((Locale) o).variant.equals(variant);
    }

    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    public enum Category { DISPLAY, FORMAT }
}
