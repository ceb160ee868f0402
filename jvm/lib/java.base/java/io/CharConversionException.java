package java.io;

public class CharConversionException extends IOException {
    public CharConversionException() {
        super();
    }

    public CharConversionException(String s) {
        super(s);
    }
}
