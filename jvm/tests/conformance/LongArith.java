// long arithmetic: overflow, division, remainder, shifts, lcmp.
public class LongArith {
    static long id(long x) { return x; }

    public static void main(String[] args) {
        long max = id(Long.MAX_VALUE), min = id(Long.MIN_VALUE);
        System.out.println("max+1=" + (max + 1) + " min-1=" + (min - 1) + " -min=" + (-min));
        System.out.println("min/-1=" + (min / id(-1)) + " min%-1=" + (min % id(-1)) + " max*3=" + (max * 3));
        long[] as = {7, -7, 7, -7, 1L << 40, -(1L << 40) - 3};
        long[] bs = {2, 2, -2, -2, 3, 7};
        for (int i = 0; i < as.length; i++) {
            long a = id(as[i]), b = id(bs[i]);
            System.out.println(a + "/" + b + "=" + (a / b) + " %=" + (a % b)
                + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b));
        }
        long x = id(0x123456789ABCDEF0L);
        for (int s : new int[] {0, 1, 31, 32, 33, 63, 64, 65, -1, 127}) {
            System.out.println("shift " + s + ": <<" + (x << s) + " >>" + (x >> s) + " >>>" + (x >>> s));
        }
        System.out.println("lcmp " + (min < max) + " " + (id(5) == id(5)) + " " + (id(-1) > id(0))
            + " " + Long.compare(min, max) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.signum(min));
        long acc = 1;
        for (int i = 0; i < 50; i++) acc = acc * 1_000_003L ^ i;
        System.out.println("acc=" + acc);
        int i = (int) id(0x1_0000_0005L);
        int j = (int) id(-1L);
        int k = (int) id(0x8000_0000L);
        System.out.println("l2i " + i + " " + j + " " + k);
        long fromInt = Integer.MIN_VALUE;
        long unsignedInt = Integer.toUnsignedLong(-1);
        System.out.println("i2l " + fromInt + " " + unsignedInt);
        System.out.println("unsigned " + Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10)
            + " " + Long.remainderUnsigned(-1L, 10));
        long c = id(100);
        c += 1L << 33; c *= -3; c /= 7; c %= 1000000007L; c <<= 5; c >>= 2; c >>>= 1; c ^= -1;
        System.out.println("compound " + c);
        try { Math.addExact(max, 1L); }
        catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        try { Math.multiplyExact(max, 2L); }
        catch (ArithmeticException e) { System.out.println("multiplyExact: " + e.getMessage()); }
        System.out.println("abs(min)=" + Math.abs(min) + " mix " + (id(3) * 1000000000 * 10) + " " + (3 * 1000000000 * 10));
    }
}
