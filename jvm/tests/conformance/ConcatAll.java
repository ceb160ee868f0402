// String concatenation (invokedynamic makeConcatWithConstants) of every type.
public class ConcatAll {
    static class Thing {
        final String n;
        Thing(String n) { this.n = n; }
        @Override public String toString() { return "Thing<" + n + ">"; }
    }
    static class NullToString { @Override public String toString() { return null; } }

    public static void main(String[] args) {
        char c = 'q';
        boolean t = true, f = false;
        byte b = -7;
        short s = 300;
        int i = -123456;
        long l = 9_000_000_000L;
        float fl = 1.5f;
        double d = 0.1;
        String str = "str";
        String nul = null;
        Object o = new Thing("x");
        Object on = null;
        System.out.println("all: " + c + t + f + b + s + i + l + fl + d + str + nul + o + on);
        System.out.println(c + c);                          // int addition, not concat
        System.out.println("" + c + c);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 1 + "b" + 'c' + 1);
        double[] ds = {0.1, 1e10, 1e-5, 123456789.0, 1e7, 9999999.0, 0.001, 1e-3 / 10, -0.0, Double.NaN,
                       Double.POSITIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 100.0, 1.0 / 3, 2.0 / 3, 1e21, 1e22, 1.5e300};
        StringBuilder sb = new StringBuilder();
        for (double x : ds) sb.append("[" + x + "]");
        System.out.println(sb);
        float[] fs = {0.1f, 1e10f, 1e-5f, Float.MIN_VALUE, Float.MAX_VALUE, -0.0f, Float.NaN, 3.14159265f, 1.0f / 3, 16777216f, 1e7f, 0.001f};
        sb.setLength(0);
        for (float x : fs) sb.append("<" + x + ">");
        System.out.println(sb);
        System.out.println("long extremes " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " int " + Integer.MIN_VALUE);
        System.out.println("char values " + (char) 65 + (char) 0x7A + '\t' + "|" + '0');
        System.out.println("nulls " + nul + on + null + " " + new NullToString());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println("loop " + acc);
        acc += 'x';
        acc += 1.0f;
        acc += true;
        acc += (Object) null;
        System.out.println("compound " + acc);
        Object[] arr = null;
        int[] ia = null;
        System.out.println("null arrays " + arr + ia);
        String many = str + 1 + str + 2 + str + 3 + str + 4 + str + 5 + str + 6 + str + 7 + str + 8 + str + 9 + str + 10
            + c + t + b + s + l + fl + d + o;
        System.out.println("many " + many);
        System.out.println("constants \u0001tag " + "\u0002" + i);        // recipe control characters as constants
        Integer boxed = 42;
        Long lboxed = -1L;
        Character cboxed = 'z';
        Boolean bboxed = Boolean.FALSE;
        Double dboxed = 2.5e-3;
        System.out.println("boxed " + boxed + lboxed + cboxed + bboxed + dboxed);
        String s1 = "a" + "b";
        System.out.println(s1 == "ab");
        final String fin = "fin";
        System.out.println((fin + "al") == "final");
    }
}
