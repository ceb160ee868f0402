package java.nio.charset;

import jdk.internal.util.Charsets;

public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset US_ASCII = Charsets.charsetOf(Charsets.ASCII);
    public static final Charset ISO_8859_1 = Charsets.charsetOf(Charsets.LATIN1);
    public static final Charset UTF_8 = Charsets.charsetOf(Charsets.UTF8);
}
