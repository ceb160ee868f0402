package java.nio.file;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The default (Unix) file system; the only one there is here. */
public abstract class FileSystem implements Closeable {
    protected FileSystem() {
    }

    public abstract boolean isOpen();

    public abstract boolean isReadOnly();

    public abstract String getSeparator();

    public abstract Iterable<Path> getRootDirectories();

    public abstract Path getPath(String first, String... more);

    public void close() throws IOException {
        throw new UnsupportedOperationException();
    }
}
