package java.io;

/** Bytes from a file descriptor; the natives read the int field fd. */
public class FileInputStream extends InputStream {
    private int fd;
    private final FileDescriptor fdObj;
    private final String path;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        if (file == null) throw new NullPointerException();
        path = file.getPath();
        fd = open0(path);
        fdObj = new FileDescriptor();
        fdObj.fd = fd;
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fdObj = fdObj;
        this.fd = fdObj.fd;
        this.path = null;
    }

    private static native int open0(String path) throws FileNotFoundException;

    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes(b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    private native int readBytes(byte[] b, int off, int len) throws IOException;

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        if (closed) throw new IOException("Stream Closed");
        return readBytes(b, off, len);
    }

    public int available() throws IOException {
        if (closed) throw new IOException("Stream Closed");
        return available0();
    }

    private native int available0() throws IOException;

    public final FileDescriptor getFD() {
        return fdObj;
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (fd > 2) close0(fd);
    }

    static native void close0(int fd) throws IOException;
}
