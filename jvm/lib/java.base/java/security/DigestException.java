package java.security;

public class DigestException extends GeneralSecurityException {
    public DigestException() {
        super();
    }

    public DigestException(String msg) {
        super(msg);
    }
}
