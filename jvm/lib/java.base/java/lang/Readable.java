package java.lang;

import java.io.IOException;

/** A source of characters (CharBuffer is not provided; read into char[] views). */
public interface Readable {
}
