// instanceof and checkcast on classes, interfaces and arrays; multi-dim arrays.
import java.io.Serializable;

public class CastsArrays {
    interface Named { String name(); }
    interface Sized { int size(); }
    static class Item implements Named, Sized {
        final String n; final int s;
        Item(String n, int s) { this.n = n; this.s = s; }
        public String name() { return n; }
        public int size() { return s; }
    }
    static class Big extends Item { Big(String n) { super(n, 1000); } }

    static String check(Object o) {
        return (o instanceof Object[]) + "," + (o instanceof String[]) + "," + (o instanceof Named[])
            + "," + (o instanceof Item[]) + "," + (o instanceof int[]) + "," + (o instanceof Cloneable)
            + "," + (o instanceof Serializable) + "," + (o instanceof Object[][]);
    }

    public static void main(String[] args) {
        Named[] named = { new Item("a", 1), new Big("b"), () -> "lambda" };
        for (Named x : named) {
            String extra = x instanceof Sized ? " size=" + ((Sized) x).size() : " (not sized)";
            System.out.println(x.name() + extra + " isBig=" + (x instanceof Big));
        }
        Item[] items = { new Item("x", 1), new Big("y") };
        Object o = items;
        Named[] asNamed = (Named[]) o;               // array covariance
        System.out.println("asNamed[1]=" + asNamed[1].name());
        System.out.println("Item[]     " + check(items));
        System.out.println("String[]   " + check(new String[0]));
        System.out.println("int[]      " + check(new int[0]));
        System.out.println("int[][]    " + check(new int[1][1]));
        System.out.println("String[][] " + check(new String[1][1]));
        System.out.println("null       " + check(null));
        System.out.println("Object     " + check(new Object()));

        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
        for (int[] row : grid) System.out.println(java.util.Arrays.toString(row));
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 5L;
        System.out.println("cube " + cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[1][2][1]);
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) { jag[i] = new int[i + 1]; jag[i][i] = i; }
        System.out.println(java.util.Arrays.deepToString(jag));
        String[][] partial = new String[2][];
        System.out.println("partial[0]=" + partial[0] + " len " + partial.length);
        Object[] objs = new String[][] { {"p", "q"}, {"r"} };
        System.out.println("objs[1] is String[]: " + (objs[1] instanceof String[]));
        char[][] cg = { "ab".toCharArray(), "cde".toCharArray() };
        System.out.println(new String(cg[1]) + cg[0][1]);
        Object oi = grid;
        int[][] back = (int[][]) oi;
        System.out.println("back[2][3]=" + back[2][3]);
        System.out.println(int[][].class.getName() + " " + String[].class.getName() + " "
            + Item[][].class.getName() + " " + grid.getClass().getName() + " " + cube.getClass().getSimpleName());
        try {
            Object s = new Object[] {"x"};
            String[] bad = (String[]) s;
            System.out.println("no CCE?" + bad.length);
        } catch (ClassCastException e) {
            System.out.println("CCE on Object[] -> String[]");
        }
        Object n = null;
        String ns = (String) n;                      // checkcast of null succeeds
        System.out.println("null cast ok: " + ns);
    }
}
