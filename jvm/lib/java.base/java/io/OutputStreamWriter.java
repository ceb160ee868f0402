package java.io;

import java.nio.charset.Charset;
import jdk.internal.util.Charsets;

/** Chars to bytes through an 8 KiB buffer (flush to push them out, as in the JDK). */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final int charset;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) throw new NullPointerException("charsetName");
        this.out = out;
        charset = Charsets.lookup(charsetName);
    }

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        charset = Charsets.defaultId();
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = out;
        charset = Charsets.idOf(cs);
    }

    public String getEncoding() {
        return closed ? null : Charsets.charsetOf(charset).historicalName();
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            pending.append((char) c);
            if (pending.length() >= 8192) flushBuffer();
        }
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            pending.append(cbuf, off, len);
            if (pending.length() >= 8192) flushBuffer();
        }
    }

    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            pending.append(str, off, off + len);
            if (pending.length() >= 8192) flushBuffer();
        }
    }

    /** Encodes what is pending, keeping a trailing high surrogate for its pair. */
    void flushBuffer() throws IOException {
        int n = pending.length();
        if (n == 0) return;
        int keep = Character.isHighSurrogate(pending.charAt(n - 1)) ? 1 : 0;
        String s = pending.substring(0, n - keep);
        pending.delete(0, n - keep);
        byte[] b = Charsets.encode(s, charset);
        out.write(b, 0, b.length);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBuffer();
            out.flush();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (closed) return;
            flushBuffer();
            out.flush();
            closed = true;
            out.close();
        }
    }
}
