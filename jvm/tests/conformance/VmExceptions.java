// Exceptions raised by the VM itself, with their messages.
public class VmExceptions {
    interface Call { Object run() throws Throwable; }
    static void check(String label, Call c) {
        try {
            Object r = c.run();
            System.out.println(label + ": no exception, got " + r);
        } catch (Throwable t) {
            System.out.println(label + ": " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    static int zero = 0;
    static long lzero = 0;

    public static void main(String[] args) {
        int[] a = new int[3];
        check("aioobe load", () -> a[5]);
        check("aioobe store", () -> { a[3] = 1; return null; });
        check("aioobe negative", () -> a[-1]);
        check("aioobe min", () -> a[Integer.MIN_VALUE]);
        long[] la = new long[0];
        String[] sa = new String[2];
        int[][] m = new int[2][4];
        check("aioobe long[]", () -> la[0]);
        check("aioobe String[]", () -> sa[2]);
        check("aioobe 2d inner", () -> m[1][4]);
        check("aioobe 2d outer", () -> m[2][0]);
        check("aioobe char store", () -> { char[] cs = new char[1]; cs[1] = 'x'; return null; });
        check("int / 0", () -> 10 / zero);
        check("int % 0", () -> 10 % zero);
        check("long / 0", () -> 10L / lzero);
        check("long % 0", () -> 10L % lzero);
        check("double / 0", () -> 10.0 / zero);
        check("negative size", () -> new int[zero - 1]);
        check("negative size obj", () -> new String[-5]);
        check("negative size multi", () -> new int[2][zero - 3]);
        check("negative size first", () -> new int[-2][2]);
        check("array store", () -> { Object[] o = new String[1]; o[0] = Integer.valueOf(1); return null; });
        check("array store 2d", () -> { Object[] o = new int[1][]; o[0] = new long[1]; return null; });
        check("array store ok", () -> { Object[] o = new Number[1]; o[0] = Integer.valueOf(1); return o[0]; });
        check("monitor notify", () -> { new Object().notify(); return null; });
        check("monitor notifyAll", () -> { "s".notifyAll(); return null; });
        check("string index", () -> "abc".charAt(10));
        check("substring", () -> "abc".substring(2, 1));
        check("list index", () -> new java.util.ArrayList<String>().get(0));
        check("arithmetic ok", () -> Integer.MIN_VALUE / -1);
        check("clone ok", () -> a.clone().length);
        System.out.println("done");
    }
}
