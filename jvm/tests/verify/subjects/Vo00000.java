/* Subject of the verifier fuzz test for old class files: compiled with
 * --release 8 -XDstringConcat=inline (no invokedynamic), then fuzz.py
 * relabels it version 49 (type inference) or 50 (type checking with
 * fail-over) and mutates its Code attributes.  Never run, only linked. */
public class Vo00000 {
    int f;
    long lf;
    static Object so;

    Vo00000(int x) { f = x; }

    static int arith(int a, int b) {
        int c = a * b + a / (b | 1) - a % (b | 1);
        long l = (long) a << 3;
        double d = l * 1.5;
        float g = (float) d;
        return c + (int) l + (int) d + (int) g + (a > b ? 1 : -1);
    }

    static int arrays(int n) {
        int[] a = new int[n];
        String[] s = new String[n];
        long[][] m = new long[n][2];
        for (int i = 0; i < n; i++) { a[i] = i; s[i] = "x" + i; m[i][1] = i; }
        return a.length + s[0].length() + (int) m[0][1];
    }

    static int exceptions(Object o) {
        int r = 0;
        try {
            r = ((String) o).length();
        } catch (ClassCastException e) {
            r = -1;
        } finally {
            r++;
        }
        return r;
    }

    int objects(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(f).append(lf);
        if (o instanceof Vo00000) f += ((Vo00000) o).f;
        synchronized (this) { so = sb.toString(); }
        switch (f) { case 1: f++; break; case 2: f--; break; case 3: f = 0; break; default: f = 9; }
        return sb.length() + (so == null ? 0 : 1);
    }

    static Object pick(boolean c, String a, Integer b) { return c ? a : b; }
}
