package java.nio.file;

/** System calls for Files; each returns 0 or the errno (Linux values below). */
final class UnixOps {
    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EACCES = 13;
    static final int EEXIST = 17;
    static final int EXDEV = 18;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int ENOTEMPTY = 39;

    static final int S_IFMT = 0170000;
    static final int S_IFDIR = 0040000;
    static final int S_IFREG = 0100000;
    static final int S_IFLNK = 0120000;

    private UnixOps() {
    }

    static native int stat0(String path, boolean follow, long[] out);

    static native int mkdir0(String path);

    static native int unlink0(String path);

    static native int rmdir0(String path);

    static native int create0(String path);

    static native int rename0(String from, String to);

    static native String strerror0(int errno);

    /** The exception the JDK throws for errno on file (and other, for two-file operations). */
    static FileSystemException exception(int errno, String file, String other) {
        switch (errno) {
            case EACCES:
            case EPERM:
                return new AccessDeniedException(file, other, null);
            case ENOENT:
                return new NoSuchFileException(file, other, null);
            case EEXIST:
                return new FileAlreadyExistsException(file, other, null);
            case ENOTEMPTY:
                return new DirectoryNotEmptyException(file);
            default:
                return new FileSystemException(file, other, strerror0(errno));
        }
    }
}
