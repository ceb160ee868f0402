package java.nio.charset;

import jdk.internal.util.Charsets;

/** The charsets java.base knows: US-ASCII, ISO-8859-1 and UTF-8. */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases;
    }

    public static boolean isSupported(String charsetName) {
        return Charsets.find(charsetName) >= 0;
    }

    public static Charset forName(String charsetName) {
        if (charsetName == null) throw new IllegalArgumentException("Null charset name");
        int id = Charsets.find(charsetName);
        if (id < 0) throw new UnsupportedCharsetException(charsetName);
        return Charsets.charsetOf(id);
    }

    public static Charset defaultCharset() {
        return Charsets.charsetOf(Charsets.defaultId());
    }

    public final String name() {
        return name;
    }

    public final java.util.Set<String> aliases() {
        return java.util.Set.of(aliases);
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return true;
    }

    public boolean canEncode() {
        return true;
    }

    /** For InputStreamReader.getEncoding(): the pre-NIO name. */
    public String historicalName() {
        return name;
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        return this == ob || (ob instanceof Charset && name.equals(((Charset) ob).name()));
    }

    public final String toString() {
        return name();
    }
}
