// Constant loading: iconst/bipush/sipush/ldc/ldc_w/ldc2_w of every kind, Class literals.
public class Constants {
    static final int BIG = 123456789;
    static final long LBIG = 0x7EDC_BA98_7654_3210L;
    static final float FC = 3.4028235e38f;
    static final double DC = 2.718281828459045;
    static final String S = "constant string";
    static final String JOINED = S + " / " + BIG;        // folded by javac

    public static void main(String[] args) {
        int[] ints = {-1, 0, 1, 2, 3, 4, 5, 6, -2, 127, 128, -128, -129, 32767, 32768, -32768, -32769, 65535, 1 << 20, BIG,
                      Integer.MAX_VALUE, Integer.MIN_VALUE};
        StringBuilder sb = new StringBuilder();
        for (int v : ints) sb.append(v).append(' ');
        System.out.println(sb);
        long[] longs = {0L, 1L, 2L, -1L, 127L, 1L << 32, LBIG, Long.MIN_VALUE, Long.MAX_VALUE};
        sb.setLength(0);
        for (long v : longs) sb.append(v).append(' ');
        System.out.println(sb);
        float[] floats = {0f, 1f, 2f, 3f, -1f, 0.5f, FC, Float.MIN_VALUE, 1e-10f, -0f, Float.NaN};
        sb.setLength(0);
        for (float v : floats) sb.append(v).append(' ');
        System.out.println(sb);
        double[] doubles = {0d, 1d, 2d, -0d, DC, Math.PI, 1e300, 4.9e-324, Double.NaN, Double.NEGATIVE_INFINITY};
        sb.setLength(0);
        for (double v : doubles) sb.append(v).append(' ');
        System.out.println(sb);
        System.out.println(S + " | " + JOINED + " | " + (S == "constant string") + " " + (JOINED == ("constant string / " + 123456789)));
        String a = "hel", b = "lo";
        String dyn = a + b;
        System.out.println("interned " + (dyn == "hello") + " " + (dyn.intern() == "hello") + " " + dyn.equals("hello"));
        Class<?>[] classes = {int.class, long.class, void.class, boolean.class, char.class, byte.class, short.class, float.class, double.class,
                              String.class, int[].class, String[][].class, Constants.class, Runnable.class, Integer.class, Thread.State.class};
        for (Class<?> c : classes)
            System.out.println(c.getName() + " primitive=" + c.isPrimitive() + " array=" + c.isArray() + " interface=" + c.isInterface()
                + " str=" + c);
        System.out.println("same Class object " + (String.class == "x".getClass()) + " " + (int[].class == new int[0].getClass())
            + " " + (Integer.TYPE == int.class));
        char cc = '\u00e9';
        System.out.println("char const " + (int) cc + " " + (int) '\n' + " " + (int) '\'' + " " + (int) '\\');
        boolean t = true;
        System.out.println("bool " + t + " " + !t);
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += 1234567890123L % (i + 1);
        System.out.println("sum " + sum);
    }
}
