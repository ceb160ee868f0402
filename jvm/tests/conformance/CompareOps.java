// Every relational operator on every pair of special values, for int, long,
// float and double (if_icmpXX, lcmp, fcmpl/fcmpg, dcmpl/dcmpg + ifXX).
public class CompareOps {
    static String d(double a, double b) {
        return "" + (a < b ? 'T' : 'f') + (a <= b ? 'T' : 'f') + (a > b ? 'T' : 'f') + (a >= b ? 'T' : 'f')
            + (a == b ? 'T' : 'f') + (a != b ? 'T' : 'f') + (!(a < b) ? 'T' : 'f') + (!(a >= b) ? 'T' : 'f');
    }
    static String f(float a, float b) {
        return "" + (a < b ? 'T' : 'f') + (a <= b ? 'T' : 'f') + (a > b ? 'T' : 'f') + (a >= b ? 'T' : 'f')
            + (a == b ? 'T' : 'f') + (a != b ? 'T' : 'f') + (!(a > b) ? 'T' : 'f') + (!(a <= b) ? 'T' : 'f');
    }
    static String l(long a, long b) {
        return "" + (a < b ? 'T' : 'f') + (a <= b ? 'T' : 'f') + (a > b ? 'T' : 'f') + (a >= b ? 'T' : 'f')
            + (a == b ? 'T' : 'f') + (a != b ? 'T' : 'f');
    }
    static String i(int a, int b) {
        return "" + (a < b ? 'T' : 'f') + (a <= b ? 'T' : 'f') + (a > b ? 'T' : 'f') + (a >= b ? 'T' : 'f')
            + (a == b ? 'T' : 'f') + (a != b ? 'T' : 'f') + (a < 0 ? 'T' : 'f') + (a >= 0 ? 'T' : 'f') + (a == 0 ? 'T' : 'f');
    }
    static boolean dless(double a, double b) { return a < b; }          // bool result without a branch
    static boolean fgreater(float a, float b) { return a > b; }

    public static void main(String[] args) {
        double[] dv = {Double.NaN, Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, Double.MIN_VALUE, 1.0, Double.POSITIVE_INFINITY};
        for (double a : dv) {
            StringBuilder sb = new StringBuilder();
            for (double b : dv) sb.append(d(a, b)).append(' ');
            System.out.println(String.format("%-10s", a) + sb);
        }
        float[] fv = {Float.NaN, Float.NEGATIVE_INFINITY, -1f, -0f, 0f, 1f, Float.POSITIVE_INFINITY};
        for (float a : fv) {
            StringBuilder sb = new StringBuilder();
            for (float b : fv) sb.append(f(a, b)).append(' ');
            System.out.println(String.format("%-10s", a) + sb);
        }
        long[] lv = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 1L << 32};
        for (long a : lv) {
            StringBuilder sb = new StringBuilder();
            for (long b : lv) sb.append(l(a, b)).append(' ');
            System.out.println(String.format("%-21s", a) + sb);
        }
        int[] iv = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int a : iv) {
            StringBuilder sb = new StringBuilder();
            for (int b : iv) sb.append(i(a, b)).append(' ');
            System.out.println(String.format("%-12s", a) + sb);
        }
        System.out.println("bool results " + dless(Double.NaN, 1) + " " + dless(-1, 1) + " " + fgreater(Float.NaN, 0f) + " " + fgreater(2f, 1f));
        Object o1 = new Object(), o2 = new Object(), n = null;
        System.out.println("refs " + (o1 == o1) + " " + (o1 == o2) + " " + (o1 != o2) + " " + (n == null) + " " + (o1 == null) + " " + (o1 != null));
        Integer big1 = 1000, big2 = 1000;
        System.out.println("boxed compare " + (big1 <= big2) + " " + (big1 >= big2) + " " + big1.equals(big2) + " " + (big1.intValue() == big2));
        char c1 = 'a', c2 = '\uffff';
        short s1 = -1;
        byte b1 = -128;
        System.out.println("narrow compare " + (c1 < c2) + " " + (s1 < c1) + " " + (b1 < s1) + " " + (c2 > s1) + " " + ((char) s1 == c2));
    }
}
