// Primitive narrowing and widening conversions (i2b, i2s, i2c, l2i, char arithmetic).
public class Conversions {
    static int id(int x) { return x; }
    static long idl(long x) { return x; }

    public static void main(String[] args) {
        int[] vals = {0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 70000, -70000,
                      Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v0 : vals) {
            int v = id(v0);
            System.out.println(v + ": byte " + (byte) v + " short " + (short) v + " char " + (int) (char) v
                + " long " + (long) v + " float " + (float) v + " double " + (double) v);
        }
        long[] lv = {1L << 32, (1L << 32) + 7, -1L, 0xFFFF_FFFF_8000_0000L, Long.MAX_VALUE, Long.MIN_VALUE, 0x7FFF_FFFF_FFFF_FFFFL - 511};
        for (long l0 : lv) {
            long l = idl(l0);
            System.out.println(l + ": int " + (int) l + " short " + (short) l + " byte " + (byte) l + " char " + (int) (char) l
                + " float " + (float) l + " double " + (double) l);
        }
        char c = 'A';
        c += 2;
        char d = (char) (c + 1);
        int sum = c + d;
        System.out.println("chars " + c + d + " sum " + sum + " " + (int) (char) (sum * 1000) + " " + (c < d) + " " + (int) 'z' + " " + (char) 97);
        char big = '\uffff';
        int bigInt = big;
        short bigShort = (short) big;
        System.out.println("uffff int " + bigInt + " short " + bigShort + " back " + (int) (char) bigShort);
        byte b = (byte) 0xF0;
        System.out.println("byte ops " + b + " " + (b & 0xFF) + " " + (b >> 2) + " " + (b >>> 28) + " " + ((b & 0xFF) >>> 4)
            + " " + (byte) (b << 1) + " " + Byte.toUnsignedInt(b));
        short s = (short) 0x8001;
        System.out.println("short ops " + s + " " + (s & 0xFFFF) + " " + Short.toUnsignedInt(s) + " " + (short) (s * 2));
        float f = 16777216f;
        System.out.println("float precision " + (f + 1f) + " " + (f + 2f) + " " + (int) (f + 1f));
        double dd = 9007199254740993L;
        System.out.println("double precision " + (long) dd + " " + (long) (double) Long.MAX_VALUE);
        Integer boxed = 'A' + 1;
        Character ch = 'q';
        long lw = ch;
        double dw = 'x';
        System.out.println("boxed " + boxed + " widen " + lw + " " + dw);
        byte[] bs = "Hi!".getBytes();
        int packed = (bs[0] << 16) | (bs[1] << 8) | bs[2];
        System.out.println("packed " + Integer.toHexString(packed));
        System.out.println("compound narrowing " + compound());
    }

    static String compound() {
        byte b = 10; b *= 30;
        short s = 1000; s *= 100;
        char c = 'a'; c *= 1000;
        int i = 5; i *= 2.7;
        long l = 7; l /= 2.0;
        float f = 3; f /= 0;
        return b + " " + s + " " + (int) c + " " + i + " " + l + " " + f;
    }
}
