// java.lang.Math: exact operations printed in full, transcendental ones rounded
// (HotSpot intrinsics and C libm may differ in the last bit).
public class MathOps {
    static String r(double v) { return String.format("%.10f", v); }

    public static void main(String[] args) {
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println("min/max " + Math.min(3, -3) + " " + Math.max(3L, 7L) + " " + Math.min(1.5f, -1.5f) + " " + Math.max(-0.0, 0.0)
            + " " + Math.min(Double.NaN, 0) + " " + Math.max(-0.0f, -0.0f));
        double[] vs = {2.5, -2.5, 3.5, -3.5, 0.49999999999999994, -0.5, 1e20, Double.NaN, -0.0, 7.0, 2.4, -2.6};
        for (double v : vs)
            System.out.println(v + ": floor " + Math.floor(v) + " ceil " + Math.ceil(v) + " rint " + Math.rint(v) + " round " + Math.round(v)
                + " roundf " + Math.round((float) v));
        System.out.println("sqrt " + Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(1e-300) + " " + Math.sqrt(144) + " cbrt " + r(Math.cbrt(27))
            + " " + r(Math.cbrt(-8)));
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " "
            + Math.pow(10, 15) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(-2, 3) + " " + Math.pow(1.5, 2));
        System.out.println("exp/log " + r(Math.exp(1)) + " " + r(Math.log(10)) + " " + r(Math.log10(12345)) + " " + Math.log(1) + " "
            + Math.log(0) + " " + Math.log(-1) + " " + Math.log10(1000) + " " + r(Math.expm1(1e-5)) + " " + r(Math.log1p(1e-5)));
        System.out.println("trig " + r(Math.sin(1)) + " " + r(Math.cos(1)) + " " + r(Math.tan(1)) + " " + r(Math.asin(0.5)) + " " + r(Math.acos(0.5))
            + " " + r(Math.atan(1)) + " " + r(Math.atan2(1, -1)) + " " + Math.sin(0) + " " + Math.cos(0));
        System.out.println("hyp " + r(Math.sinh(1)) + " " + r(Math.cosh(1)) + " " + r(Math.tanh(0.5)) + " " + Math.hypot(3, 4) + " " + Math.hypot(5, 12));
        System.out.println("deg " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " PI " + Math.PI + " E " + Math.E);
        System.out.println("signum " + Math.signum(-2.5) + " " + Math.signum(0.0) + " " + Math.signum(3f) + " copySign " + Math.copySign(3.0, -0.0)
            + " ulp " + Math.ulp(1.0) + " " + Math.ulp(1f) + " nextUp " + Math.nextUp(1.0) + " nextDown " + Math.nextDown(1.0f));
        System.out.println("floorDiv " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7L, -2L) + " floorMod " + Math.floorMod(-7, 2) + " "
            + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3L));
        System.out.println("exact " + Math.addExact(1, 2) + " " + Math.subtractExact(10L, 3L) + " " + Math.multiplyExact(6, 7) + " "
            + Math.incrementExact(5) + " " + Math.decrementExact(5L) + " " + Math.negateExact(-9) + " " + Math.toIntExact(99L));
        try { Math.subtractExact(Integer.MIN_VALUE, 1); } catch (ArithmeticException e) { System.out.println("subtractExact " + e.getMessage()); }
        try { Math.incrementExact(Long.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("incrementExact " + e.getMessage()); }
        System.out.println("IEEEremainder " + Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " scalb " + Math.scalb(1.5, 4)
            + " getExponent " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " fma " + Math.fma(2.0, 3.0, 1.0));
        System.out.println("StrictMath " + StrictMath.sqrt(16) + " " + StrictMath.abs(-3) + " " + StrictMath.max(1, 2) + " " + StrictMath.floor(-1.5));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += 1.0 / ((double) i * i);
        System.out.println("basel " + acc + " " + Math.sqrt(acc * 6));
        long isq = (long) Math.sqrt(Long.MAX_VALUE);
        System.out.println("isqrt " + isq + " " + (isq * isq <= Long.MAX_VALUE));
    }
}
