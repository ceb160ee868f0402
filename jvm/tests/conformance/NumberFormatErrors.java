// NumberFormatException (and friends) messages from parse methods.
public class NumberFormatErrors {
    interface Parse { Object run(); }
    static void check(String label, Parse p) {
        try {
            System.out.println(label + " -> " + p.run());
        } catch (NumberFormatException e) {
            System.out.println(label + " -> NFE: " + e.getMessage());
        } catch (RuntimeException e) {
            // (a NullPointerException's message would come from library internals)
            String m = e instanceof NullPointerException ? "" : ": " + e.getMessage();
            System.out.println(label + " -> " + e.getClass().getName() + m);
        }
    }

    public static void main(String[] args) {
        check("int abc", () -> Integer.parseInt("abc"));
        check("int empty", () -> Integer.parseInt(""));
        check("int null", () -> Integer.parseInt(null));
        check("int overflow", () -> Integer.parseInt("2147483648"));
        check("int underflow", () -> Integer.parseInt("-2147483649"));
        check("int min", () -> Integer.parseInt("-2147483648"));
        check("int space", () -> Integer.parseInt(" 5"));
        check("int plus only", () -> Integer.parseInt("+"));
        check("int minus only", () -> Integer.parseInt("-"));
        check("int decimal", () -> Integer.parseInt("1.5"));
        check("int radix 16 bad", () -> Integer.parseInt("fg", 16));
        check("int radix 2", () -> Integer.parseInt("102", 2));
        check("int radix 99", () -> Integer.parseInt("1", 99));
        check("int radix 1", () -> Integer.parseInt("1", 1));
        check("valueOf bad", () -> Integer.valueOf("x1"));
        check("long bad", () -> Long.parseLong("12L"));
        check("long overflow", () -> Long.parseLong("9223372036854775808"));
        check("long empty", () -> Long.parseLong(""));
        check("short overflow", () -> Short.parseShort("40000"));
        check("byte overflow", () -> Byte.parseByte("128"));
        check("byte radix", () -> Byte.parseByte("80", 16));
        check("double bad", () -> Double.parseDouble("1.2.3"));
        check("double empty", () -> Double.parseDouble(""));
        check("double null", () -> Double.parseDouble(null));
        check("double spaces ok", () -> Double.parseDouble("  2.5  "));
        check("double NaN ok", () -> Double.parseDouble("NaN"));
        check("double -Infinity ok", () -> Double.parseDouble("-Infinity"));
        check("double suffix ok", () -> Double.parseDouble("1.5d"));
        check("float bad", () -> Float.parseFloat("abc"));
        check("unsigned negative", () -> Integer.parseUnsignedInt("-1"));
        check("unsigned overflow", () -> Integer.parseUnsignedInt("4294967296"));
        check("decode bad", () -> Integer.decode("0xZZ"));
        check("decode empty", () -> Integer.decode(""));
        check("long radix 36", () -> Long.parseLong("-zz", 36));
        check("boolean junk", () -> Boolean.parseBoolean("junk"));
    }
}
