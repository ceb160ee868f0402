package java.io;

import java.nio.charset.Charset;
import jdk.internal.util.Charsets;

/** Bytes to chars, decoding incrementally (a UTF-8 sequence may span reads). */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final Charsets.Decoder decoder;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        decoder = new Charsets.Decoder(Charsets.defaultId());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) throw new NullPointerException("charsetName");
        this.in = in;
        decoder = new Charsets.Decoder(Charsets.lookup(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        this.in = in;
        decoder = new Charsets.Decoder(Charsets.idOf(cs));
    }

    public String getEncoding() {
        return decoder.historicalName();
    }

    public int read() throws IOException {
        synchronized (lock) {
            char[] c = new char[1];
            return read(c, 0, 1) < 0 ? -1 : c[0];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        synchronized (lock) {
            return decoder.read(in, cbuf, off, len);
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            return decoder.hasPending() || in.available() > 0;
        }
    }

    public void close() throws IOException {
        in.close();
    }
}
