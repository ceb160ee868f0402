package java.util;

public class DuplicateFormatFlagsException extends IllegalFormatException {
    private final String f;

    public DuplicateFormatFlagsException(String f) {
        this.f = f;
    }

    public String getFlags() {
        return f;
    }

    public String getMessage() {
        return String.format("Flags = '%s'", f);
    }
}
