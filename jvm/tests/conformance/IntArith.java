// int arithmetic edge cases: overflow, division, remainder, shifts.
public class IntArith {
    static int id(int x) { return x; }   // defeat constant folding

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE), min = id(Integer.MIN_VALUE);
        System.out.println("max+1=" + (max + 1) + " min-1=" + (min - 1));
        System.out.println("max*2=" + (max * 2) + " min*-1=" + (min * id(-1)) + " -min=" + (-min));
        System.out.println("min/-1=" + (min / id(-1)) + " min%-1=" + (min % id(-1)));
        int[] as = {7, -7, 7, -7, 0, 1, -1, 13, -13};
        int[] bs = {2, 2, -2, -2, 5, 3, 3, 5, -5};
        for (int i = 0; i < as.length; i++) {
            int a = id(as[i]), b = id(bs[i]);
            System.out.println(a + "/" + b + "=" + (a / b) + " " + a + "%" + b + "=" + (a % b)
                + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b));
        }
        int x = id(0x12345678);
        for (int s : new int[] {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100}) {
            int sh = id(s);
            System.out.println("shift " + sh + ": <<" + (x << sh) + " >>" + (x >> sh) + " >>>" + (x >>> sh)
                + " neg>>" + (-x >> sh) + " neg>>>" + (-x >>> sh));
        }
        System.out.println("min>>31=" + (min >> 31) + " min>>>31=" + (min >>> 31) + " -1>>>28=" + (id(-1) >>> 28));
        int acc = 1;
        for (int i = 0; i < 40; i++) acc = acc * 31 + i;
        System.out.println("hash-like acc=" + acc);
        int m = id(46341);
        System.out.println("46341^2=" + (m * m) + " 65536*65536=" + (id(65536) * id(65536)));
        System.out.println("neg: " + (-id(0)) + " " + (-id(5)) + " " + (~id(5)) + " " + (~min));
        int c = id(10);
        c += 5; c -= 20; c *= -3; c /= 4; c %= 7; c <<= 3; c >>= 1; c >>>= 1; c ^= 0xFF; c |= 0x100; c &= 0x1F0;
        System.out.println("compound c=" + c);
        int i = id(5);
        int j = i++ + ++i;
        System.out.println("i=" + i + " j=" + j + " " + (i-- - --i) + " i=" + i);
        System.out.println("compare " + (min < max) + " " + (min > max) + " " + Integer.compare(min, max)
            + " " + Integer.compareUnsigned(min, max) + " " + Integer.toUnsignedString(-1)
            + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        short s1 = (short) id(30000);
        short s2 = (short) (s1 + s1);
        byte b1 = (byte) id(100);
        b1 += 100;
        char ch = (char) id(65535);
        ch++;
        System.out.println("short " + s2 + " byte " + b1 + " char " + (int) ch);
        try { System.out.println(Math.addExact(max, 1)); }
        catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        try { System.out.println(Math.multiplyExact(min, -1)); }
        catch (ArithmeticException e) { System.out.println("multiplyExact: " + e.getMessage()); }
        try { System.out.println(Math.toIntExact(1L << 31)); }
        catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        System.out.println("abs(min)=" + Math.abs(min) + " negateExact ok " + Math.negateExact(5));
    }
}
