// Double.toString / Float.toString (JDK 17 algorithm) and parsing round trips.
public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0, 100.0, 1000.0, 1e6, 1e7 - 1, 1e7, 1.5e7,
                       1e-3, 0.001 - 1e-18, 1e-4, 1.234e-5, 123456.789, 9007199254740992.0, 1.7976931348623157E308, 4.9E-324,
                       2.2250738585072014E-308, Math.PI, Math.E, 1e100, 1.0e-100, 12345678901234567890.0, 0.5, 0.25, 0.125,
                       3.0e10, 299792458.0, 6.02214076e23, 1.602176634e-19, 1.1, 2.675, 100.5, 1e15, 1e16, 1e17, 123e18,
                       Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 5e-324 * 3, 0.3 * 3, 4.35, 1.0E-5, 0.00001234};
        for (double d : ds) System.out.println(d + " | " + Double.valueOf(Double.toString(d)).equals(d));
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.3f, 1.0f / 3, 16777216f, 16777217f, 1e7f, 9999999f, 1e-3f, 1e-4f, 3.4028235e38f,
                      1.4e-45f, 1.17549435E-38f, (float) Math.PI, 100.5f, 1.1f, 123456.79f, 1e10f, 0.5f, 7.0e-10f, Float.NaN};
        for (float f : fs) System.out.println(f + "f | " + Float.valueOf(Float.toString(f)).equals(f));
        String[] parse = {"1", "1.", ".5", "-.5e1", "1e-7", "1E+3", "0x1p4", "0x1.8p1", "  3.25  ", "+7", "1e400", "-1e400", "1e-400",
                          "4.9e-324", "2.4e-324", "0.1f", "10d", "Infinity", "-NaN", "123456789012345678901234567890"};
        for (String s : parse) {
            try {
                System.out.println("parse '" + s + "' = " + Double.parseDouble(s) + " / " + Float.parseFloat(s));
            } catch (NumberFormatException e) {
                System.out.println("parse '" + s + "' NFE " + e.getMessage());
            }
        }
        System.out.println("toString methods " + Double.toString(2.5) + " " + Float.toString(2.5f) + " " + String.valueOf(1e-10)
            + " " + Double.valueOf(7).toString());
        double x = 0;
        for (int i = 0; i < 20; i++) { x += 0.05; System.out.print(x + " "); }
        System.out.println();
        float y = 1;
        for (int i = 0; i < 12; i++) { y /= 3; System.out.print(y + " "); }
        System.out.println();
        long bits = Double.doubleToLongBits(0.1);
        System.out.println("bits " + Long.toHexString(bits) + " back " + Double.longBitsToDouble(bits) + " float bits "
            + Integer.toHexString(Float.floatToIntBits(0.1f)) + " " + Float.intBitsToFloat(0x3f800001));
    }
}
