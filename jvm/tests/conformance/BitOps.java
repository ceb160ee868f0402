// Bitwise operations and Integer/Long bit utilities.
public class BitOps {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int a = id(0b1011_0110), b = id(0x0F0F);
        System.out.println("and " + (a & b) + " or " + (a | b) + " xor " + (a ^ b) + " not " + (~a) + " andnot " + (a & ~b));
        long la = 0xF0F0_F0F0_F0F0_F0F0L, lb = 0x00FF_00FF_00FF_00FFL;
        System.out.println("land " + Long.toHexString(la & lb) + " lor " + Long.toHexString(la | lb) + " lxor " + Long.toHexString(la ^ lb)
            + " lnot " + Long.toHexString(~la));
        for (int v : new int[] {0, 1, -1, 12, 0x80000000, 0x7FFFFFFF, 0x00F0_0000, 1 << 20, 255}) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + " nlz " + Integer.numberOfLeadingZeros(v)
                + " ntz " + Integer.numberOfTrailingZeros(v) + " high " + Integer.highestOneBit(v) + " low " + Integer.lowestOneBit(v)
                + " rev " + Integer.reverse(v) + " revBytes " + Integer.toHexString(Integer.reverseBytes(v))
                + " rotl3 " + Integer.rotateLeft(v, 3) + " rotr3 " + Integer.rotateRight(v, 3) + " signum " + Integer.signum(v));
        }
        for (long v : new long[] {0L, -1L, 1L << 63, 0x1234_5678_9ABC_DEF0L, 1L << 40}) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + " nlz " + Long.numberOfLeadingZeros(v)
                + " ntz " + Long.numberOfTrailingZeros(v) + " high " + Long.highestOneBit(v) + " rev " + Long.reverse(v)
                + " rotl " + Long.rotateLeft(v, 12) + " revBytes " + Long.toHexString(Long.reverseBytes(v)));
        }
        // classic bit tricks
        int x = id(0b1011_1000);
        System.out.println("clear lowest " + Integer.toBinaryString(x & (x - 1)) + " isolate " + Integer.toBinaryString(x & -x)
            + " pow2? " + ((x & (x - 1)) == 0) + " " + ((64 & 63) == 0));
        int swapA = id(12), swapB = id(34);
        swapA ^= swapB; swapB ^= swapA; swapA ^= swapB;
        System.out.println("xor swap " + swapA + " " + swapB);
        int bits = 0;
        for (int i = 0; i < 32; i += 3) bits |= 1 << i;
        System.out.println("bits " + Integer.toBinaryString(bits) + " " + Integer.toOctalString(bits) + " " + Integer.toHexString(bits));
        long mask = 0;
        for (int i = 0; i < 64; i += 5) mask |= 1L << i;
        System.out.println("mask " + Long.toBinaryString(mask) + " " + Long.toOctalString(mask));
        boolean t = id(1) == 1, f = id(2) == 1;
        System.out.println("bool ops " + (t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + !t);
        byte by = (byte) 0b1010_0101;
        System.out.println("byte bits " + (by & 0x0F) + " " + ((by >> 4) & 0x0F) + " " + (byte) ~by + " " + (by ^ (byte) 0xFF));
        int parity = 0, p = id(0xDEADBEEF);
        while (p != 0) { parity ^= p & 1; p >>>= 1; }
        System.out.println("parity " + parity + " hex " + Integer.toHexString(0xDEADBEEF) + " " + Integer.toUnsignedString(0xDEADBEEF)
            + " " + Long.toHexString(0xDEADBEEFL << 4));
    }
}
