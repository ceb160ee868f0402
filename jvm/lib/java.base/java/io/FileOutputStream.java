package java.io;

/** Bytes to a file descriptor; the natives read the int field fd. */
public class FileOutputStream extends OutputStream {
    private int fd;
    private final FileDescriptor fdObj;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        if (file == null) throw new NullPointerException();
        fd = open0(file.getPath(), append);
        fdObj = new FileDescriptor();
        fdObj.fd = fd;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fdObj = fdObj;
        this.fd = fdObj.fd;
    }

    private static native int open0(String path, boolean append) throws FileNotFoundException;

    private native void writeBytes(byte[] b, int off, int len) throws IOException;

    public void write(int b) throws IOException {
        writeBytes(new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        writeBytes(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len) < 0 || len > b.length - off) java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) throw new IOException("Stream Closed");
        writeBytes(b, off, len);
    }

    public final FileDescriptor getFD() {
        return fdObj;
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (fd > 2) FileInputStream.close0(fd);
    }
}
