package java.nio.file;

public class NotLinkException extends FileSystemException {
    public NotLinkException(String dir) {
        super(dir);
    }
}
