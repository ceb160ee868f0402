// Boxed types: caches, parse/valueOf/toString/compare and bit utilities.
public class Boxes {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println("Integer cache " + (a == b) + " " + (c == d) + " " + c.equals(d) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128))
            + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        Long la = 127L, lb = 127L, lc = 128L, ld = 128L;
        Short sa = 100, sb = 100;
        Byte ba = (byte) -1, bb = (byte) -1;
        Character ca = 'a', cb = 'a', cc = '\u0100', cd = '\u0100';
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("other caches " + (la == lb) + " " + (lc == ld) + " " + (sa == sb) + " " + (ba == bb) + " " + (ca == cb)
            + " " + (cc == cd) + " " + (t1 == t2));
        System.out.println("parse " + Integer.parseInt("-123") + " " + Integer.parseInt("+77") + " " + Integer.parseInt("ff", 16) + " "
            + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Long.parseLong("9223372036854775807") + " "
            + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Double.parseDouble("1e3") + " " + Float.parseFloat("2.5f")
            + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean("True") + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("valueOf " + Integer.valueOf("12") + " " + Integer.valueOf("-12", 8) + " " + Long.valueOf(5) + " " + Double.valueOf("3")
            + " " + Character.valueOf('z') + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        System.out.println("toString " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(Long.MIN_VALUE, 36)
            + " " + Integer.toHexString(-1) + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(8) + " " + Long.toHexString(255L << 40)
            + " " + Long.toBinaryString(-1L).length() + " " + Integer.toString(Integer.MIN_VALUE) + " " + Integer.toUnsignedString(-16, 16));
        System.out.println("MIN/MAX " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " "
            + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE
            + " " + Integer.SIZE + " " + Long.BYTES + " " + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        System.out.println("compare " + Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Double.compare(0.0, -0.0) + " "
            + Character.compare('b', 'a') + " " + Boolean.compare(true, false) + " " + Short.compare((short) 1, (short) 9) + " "
            + Byte.compare((byte) -1, (byte) 1) + " " + a.compareTo(c) + " " + "x".compareTo("y"));
        System.out.println("bits " + Integer.bitCount(255) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " "
            + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8) + " " + Long.numberOfLeadingZeros(1L) + " "
            + Long.bitCount(-1L) + " " + Short.reverseBytes((short) 0x1234) + " " + (int) Character.reverseBytes('\u1234'));
        System.out.println("math " + Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-1, 1) + " " + Double.sum(0.5, 0.25)
            + " " + Integer.signum(-9) + " " + Integer.hashCode(77) + " " + Long.hashCode(1L << 32) + " " + Boolean.hashCode(true) + " "
            + Boolean.hashCode(false) + " " + Character.hashCode('A') + " " + Double.valueOf(2.0).hashCode() + " " + Short.hashCode((short) -1));
        Integer boxed = 1000;
        int unboxed = boxed;
        Integer sum = boxed + 24;
        Long lsum = 5L + boxed;
        Double dsum = 1.5 + boxed;
        System.out.println("autobox " + unboxed + " " + sum + " " + lsum + " " + dsum + " " + (boxed.equals(1000)) + " " + boxed.equals(1000L)
            + " " + new Long(1).equals(1L) + " " + Integer.valueOf(5).doubleValue() + " " + Double.valueOf(7.9).intValue()
            + " " + Long.valueOf(1L << 40).intValue() + " " + Integer.valueOf(300).byteValue());
        Object[] objs = {1, 2L, 3.0f, 4.0, 'c', true, (short) 6, (byte) 7};
        StringBuilder sbuf = new StringBuilder();
        for (Object o : objs) sbuf.append(o.getClass().getSimpleName()).append('=').append(o).append(' ');
        System.out.println(sbuf);
        Integer counter = 0;
        for (int i = 0; i < 5; i++) counter++;
        System.out.println("boxed increment " + counter + " " + (counter == 5));
        System.out.println("unsigned " + Integer.toUnsignedLong(-1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Integer.compareUnsigned(-1, 1)
            + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Integer.parseUnsignedInt("ffffffff", 16));
        System.out.println("Number " + ((Number) 3.75).intValue() + " " + ((Number) 10).doubleValue() + " " + ((Number) (byte) -2).longValue()
            + " " + ((Number) 1e10f).longValue());
        System.out.println("Character " + Character.getNumericValue('7') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16)
            + " " + Character.isDigit('5') + " " + Character.toString(97) + " " + Character.toChars(66)[0]);
        System.out.println("Double " + Double.toString(1.0) + " " + Double.valueOf("1e-3") + " " + Double.isNaN(0.0 / 0) + " " + Double.MIN_NORMAL
            + " " + Float.MIN_NORMAL + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1));
    }
}
