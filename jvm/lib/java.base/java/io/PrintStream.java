package java.io;

import java.nio.charset.Charset;
import java.util.Formatter;
import java.util.Locale;
import jdk.internal.util.Charsets;

/**
 * Text to a byte stream, encoded in the platform or given charset (chars it
 * cannot encode become '?').  With autoflush every print/println/printf
 * flushes, as in the JDK.  Errors are remembered, never thrown.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final int charset;
    private boolean trouble;
    private boolean closing;
    private Formatter formatter;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, Charsets.defaultId());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, Charsets.lookup(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        this(out, autoFlush, Charsets.idOf(charset));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(fileName), false, Charsets.lookup(csn));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    /** For java.base (System.out/err): charset by jdk.internal.util.Charsets id. */
    public PrintStream(OutputStream out, boolean autoFlush, int charsetId) {
        super(requireOut(out));
        this.autoFlush = autoFlush;
        this.charset = charsetId;
    }

    private static OutputStream requireOut(OutputStream out) {
        if (out == null) throw new NullPointerException("Null output stream");
        return out;
    }

    public Charset charset() {
        return Charsets.charsetOf(charset);
    }

    public void flush() {
        synchronized (this) {
            try {
                if (out != null) out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    /** Encodes and writes s; flushes on '\n' when autoflushing. */
    private void writeText(String s, boolean newline) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] b = Charsets.encode(s, charset);
                out.write(b, 0, b.length);
                if (newline) out.write('\n');
                // The JDK's text path ends in write(byte[]...), which flushes
                // whenever autoflush is on: every print reaches the fd at once.
                if (autoFlush) out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeText(new String(s), false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        writeText("", true);
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) {
            writeText(new String(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(String x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public void println(Object x) {
        if (getClass() == PrintStream.class) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                println();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        synchronized (this) {
            if (formatter == null) formatter = new Formatter((Appendable) this);
            formatter.format(format, args);
        }
        return this;
    }

    public PrintStream format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
