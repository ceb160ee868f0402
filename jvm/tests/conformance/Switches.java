// tableswitch and lookupswitch, including extreme keys and negative ranges.
public class Switches {
    static String dense(int x) {
        switch (x) {
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3:
            case 4: return "three-four";
            case 6: return "six";
            default: return "dflt";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "MIN";
            case -1000000: return "-1e6";
            case -1: return "-1";
            case 0: return "0";
            case 17: return "17";
            case 1000: return "1000";
            case 65536: return "2^16";
            case Integer.MAX_VALUE - 1: return "MAX-1";
            case Integer.MAX_VALUE: return "MAX";
            default: return "none";
        }
    }

    static int edgeTable(int x) {          // dense range at the top of int
        switch (x) {
            case Integer.MAX_VALUE - 3: return 1;
            case Integer.MAX_VALUE - 2: return 2;
            case Integer.MAX_VALUE - 1: return 3;
            case Integer.MAX_VALUE: return 4;
            default: return 0;
        }
    }

    static int edgeTableLow(int x) {       // dense range at the bottom of int
        switch (x) {
            case Integer.MIN_VALUE: return 10;
            case Integer.MIN_VALUE + 1: return 11;
            case Integer.MIN_VALUE + 2: return 12;
            default: return -1;
        }
    }

    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 5;
        }
        return r;
    }

    static String onByte(byte b) {
        switch (b) { case -128: return "minbyte"; case 127: return "maxbyte"; case 0: return "zb"; default: return "b" + b; }
    }

    static String onChar(char c) {
        switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel"; case '\uffff': return "max"; case 0: return "nul"; default: return "cons"; }
    }

    static int onLongCast(long v) {
        switch ((int) (v % 5)) { case -4: return -40; case -1: return -10; case 0: return 0; case 4: return 40; default: return 99; }
    }

    static String onString(String s) {
        return switch (s) { case "FB", "Ea" -> "collide:" + s; case "x" -> "x"; default -> "other"; };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -4; i <= 8; i++) sb.append(i).append('=').append(dense(i)).append(' ');
        System.out.println(sb);
        int[] keys = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -1000001, -1, 0, 1, 17, 1000, 65536, 65535,
                      Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 2};
        for (int k : keys) System.out.println(k + " -> " + sparse(k) + " table " + edgeTable(k) + " low " + edgeTableLow(k));
        for (int i = 0; i <= 5; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        System.out.println(onByte((byte) -128) + " " + onByte((byte) 127) + " " + onByte((byte) 0) + " " + onByte((byte) 5));
        System.out.println(onChar('e') + " " + onChar('z') + " " + onChar('\uffff') + " " + onChar('\0'));
        for (long v : new long[] {-9, -6, 5, 9, 12, Long.MIN_VALUE}) System.out.print(onLongCast(v) + " ");
        System.out.println();
        System.out.println(onString("FB") + " " + onString("Ea") + " " + onString("x") + " " + onString("y"));
        int acc = 0;
        for (int i = -50; i < 50; i++) {
            switch (i & 7) { case 0: acc += 1; break; case 1: acc -= 2; break; case 5: acc *= 3; break; case 7: acc ^= i; break; default: break; }
        }
        System.out.println("acc " + acc);
    }
}
