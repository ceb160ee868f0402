// float/double: NaN, infinities, signed zero, remainder, comparisons, conversions.
public class FloatDoubleArith {
    static double d(double x) { return x; }
    static float f(float x) { return x; }

    public static void main(String[] args) {
        double nan = d(Double.NaN), inf = d(Double.POSITIVE_INFINITY), nz = d(-0.0), pz = d(0.0);
        System.out.println("nan==nan " + (nan == nan) + " nan!=nan " + (nan != nan) + " nan<1 " + (nan < 1)
            + " nan>1 " + (nan > 1) + " nan<=nan " + (nan <= nan) + " !(nan>=1) " + !(nan >= 1));
        System.out.println("-0==0 " + (nz == pz) + " equals " + Double.valueOf(nz).equals(pz)
            + " compare " + Double.compare(nz, pz) + " 1/-0 " + (1 / nz) + " 1/0 " + (1 / pz));
        System.out.println("inf-inf " + (inf - inf) + " inf*0 " + (inf * 0) + " 0/0 " + (pz / pz)
            + " -inf " + (-inf) + " inf+1 " + (inf + 1) + " inf>max " + (inf > Double.MAX_VALUE));
        System.out.println("min/max " + Math.min(nz, pz) + " " + Math.max(nz, pz) + " " + Math.min(nan, 1) + " " + Math.max(1.0, 2.0));
        System.out.println("drem " + (d(5.5) % 2) + " " + (d(-5.5) % 2) + " " + (d(5.5) % -2) + " " + (d(1) % 0)
            + " " + (inf % 2) + " " + (d(2) % inf) + " " + (d(-0.0) % 5) + " " + (d(1e300) % 3));
        System.out.println("frem " + (f(5.5f) % 2f) + " " + (f(-7.25f) % 1.5f) + " " + (f(3f) % 0f));
        double[] vals = {nan, inf, -inf, 1e10, -1e10, 1e20, -1e20, 3.99, -3.99, 0.5, -0.5, 2147483647.5, -2147483648.9, nz};
        for (double v : vals) {
            System.out.println("d=" + v + " (int)" + (int) v + " (long)" + (long) v + " (float)" + (float) v
                + " (short)" + (short) v + " (byte)" + (byte) v + " (char)" + (int) (char) v);
        }
        float[] fv = {Float.NaN, Float.POSITIVE_INFINITY, -1e12f, 1e12f, 16777217f, 0.1f};
        for (float v : fv) System.out.println("f=" + v + " (int)" + (int) v + " (long)" + (long) v + " (double)" + (double) v);
        System.out.println("0.1+0.2=" + (d(0.1) + d(0.2)) + " 0.1f+0.2f=" + (f(0.1f) + f(0.2f)) + " 1/3=" + (d(1) / 3) + " 2f/3=" + (f(2) / 3));
        System.out.println("long->float " + (float) Long.MAX_VALUE + " long->double " + (double) (Long.MAX_VALUE - 1)
            + " int->float " + (float) 123456789 + " " + (int) (float) 123456789);
        System.out.println("overflow " + (d(Double.MAX_VALUE) * 2) + " " + (f(Float.MAX_VALUE) * 2) + " underflow "
            + (d(Double.MIN_VALUE) / 2) + " " + (f(Float.MIN_VALUE) / 2) + " " + (-d(Double.MIN_VALUE) / 2));
        System.out.println("fcmp " + Float.compare(f(Float.NaN), 1f) + " " + Float.compare(-0f, 0f) + " " + Double.compare(nan, inf)
            + " isNaN " + Double.isNaN(nan) + " isInfinite " + Double.isInfinite(-inf) + " isFinite " + Double.isFinite(1e308));
        float acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        double dacc = 0;
        for (int i = 0; i < 10; i++) dacc += 0.1;
        System.out.println("sums " + acc + " " + dacc + " " + (dacc == 1.0));
        System.out.println("neg zero ops " + (nz + pz) + " " + (nz - pz) + " " + (nz * -1) + " " + (-pz) + " " + (nz + nz));
        System.out.println("bits " + Long.toHexString(Double.doubleToLongBits(nz)) + " " + Integer.toHexString(Float.floatToIntBits(-0f))
            + " " + Long.toHexString(Double.doubleToLongBits(nan)) + " " + Double.longBitsToDouble(0x4009_21FB_5444_2D18L));
        System.out.println("hash " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Double.hashCode(nz));
    }
}
