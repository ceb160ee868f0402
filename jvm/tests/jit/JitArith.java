// JIT: arithmetic edge cases with exact JVM semantics (compared with HotSpot).
// Every operation runs in a loop so that it is compiled (run-jit.sh also
// forces compilation at the first call).
public class JitArith {
    static int idiv(int a, int b) { return a / b; }
    static int irem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }
    static int f2i(float f) { return (int) f; }
    static long f2l(float f) { return (long) f; }
    static int d2i(double d) { return (int) d; }
    static long d2l(double d) { return (long) d; }
    static int cmpf(float a, float b) { return a < b ? -1 : a > b ? 1 : a == b ? 0 : 7; }
    static int cmpd(double a, double b) { return a <= b ? -1 : a >= b ? 1 : 9; }
    static int lcmp(long a, long b) { return Long.compare(a, b) + (a < b ? 10 : 0); }

    static int sw(int k) {
        switch (k) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return 11;
            case 2: return 22;
            default: return -99;
        }
    }
    static int lsw(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return 1;
            case -100000: return 2;
            case 7: return 3;
            case 1 << 20: return 4;
            case Integer.MAX_VALUE: return 5;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        int[] is = {0, 1, -1, 7, -7, Integer.MIN_VALUE, Integer.MAX_VALUE, 3, -3};
        long h = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (int a : is)
                for (int b : is) {
                    try {
                        h = h * 31 + idiv(a, b);
                        h = h * 31 + irem(a, b);
                    } catch (ArithmeticException e) {
                        h = h * 31 + e.getMessage().length();
                    }
                    h = h * 31 + (a << b) + (a >> b) + (a >>> b);
                    h = h * 31 + a * b + (a - b) + (a ^ b) + (a | b) + (a & b);
                    h = h * 31 + ((long) a << b) + ((long) a >> b) + ((long) a >>> b);
                }
        }
        System.out.println("int ops " + h);
        long[] ls = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 33) + 5};
        h = 0;
        for (long a : ls)
            for (long b : ls) {
                try {
                    h = h * 31 + ldiv(a, b);
                    h = h * 31 + lrem(a, b);
                } catch (ArithmeticException e) {
                    h = h * 31 + 1;
                }
                h = h * 31 + a * b + (a - b) + (a + b) + lcmp(a, b);
            }
        System.out.println("long ops " + h);
        System.out.println(idiv(Integer.MIN_VALUE, -1) + " " + irem(Integer.MIN_VALUE, -1) + " "
                + ldiv(Long.MIN_VALUE, -1) + " " + lrem(Long.MIN_VALUE, -1));
        try {
            System.out.println(irem(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
        }
        float[] fs = {0f, -0f, 1.5f, -1.5f, 2.5e9f, -2.5e9f, 1e19f, -1e19f, Float.NaN,
                      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 2147483520f};
        StringBuilder sb = new StringBuilder();
        for (float f : fs)
            sb.append(f2i(f)).append(',').append(f2l(f)).append(',').append(d2i(f)).append(',')
              .append(d2l(f)).append(',').append((byte) f2i(f)).append(',').append((char) f2i(f) + 0)
              .append(',').append((short) f2i(f)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (float a : fs)
            for (float b : fs)
                sb.append(cmpf(a, b)).append(cmpd(a, b)).append(Float.compare(a, b) + 1);
        System.out.println(sb);
        double x = 0;
        for (int i = 1; i < 2000; i++) {
            x += Math.sqrt(i) / (i % 7 + 0.5) - (float) i * 0.25f;
            x = x % 1000.0 + (i % 3 == 0 ? -x * 1e-3 : 1e-9);
            float y = (float) x;
            y = y % 3.5f - y / 7f;
            x += y - (-y);
        }
        System.out.println("float mix " + x + " " + (float) x + " " + (-0.0 == 0.0) + " " + (1 / -0.0));
        sb.setLength(0);
        for (int k = -5; k < 4; k++)
            sb.append(sw(k)).append(' ');
        int[] keys = {Integer.MIN_VALUE, -100000, 7, 1 << 20, Integer.MAX_VALUE, 8, -1};
        for (int k : keys)
            sb.append(lsw(k));
        System.out.println(sb);
        int acc = 0;
        for (int i = 0; i < 100000; i++) {
            acc += (byte) i + (char) (i * 7) + (short) (i * 13);
            acc ^= i << (i & 15);
        }
        System.out.println("narrow " + acc);
    }
}
