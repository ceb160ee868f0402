import java.util.ArrayList;
import java.util.List;

/* Subject of the verifier fuzz test (fuzz.py mutates its Code attributes):
 * a bit of every kind of instruction javac emits.  Compiled with
 * -XDstringConcat=inline: every class its constant pool names exists in
 * our class library too (invokedynamic's bootstrap classes do not).
 * Never run, only linked. */
public class Vq00000 extends VqBase implements VqIface {
    int f;
    long lf;
    double df;
    String s;
    static int sf;
    static Object so;
    int[] ia = new int[3];

    Vq00000() { this(1); }
    Vq00000(int x) { super(x); f = x; lf = x * 2L; }

    public int run(int n) { return n + f; }

    static int arith(int a, int b) {
        int c = a * b + a / (b | 1) - a % (b | 1);
        c ^= a << 3 | b >>> 2 | a >> 1;
        c += (int) ((long) a * b) + (int) (a * 1.5f) + (int) (b * 2.5);
        short sh = (short) c; byte by = (byte) sh; char ch = (char) by;
        return c + sh + by + ch + (a > b ? 1 : -1);
    }

    static long longs(long x, double y, float z) {
        long r = x * 31 + (long) y - (long) z;
        double d = y * y / (z + 1.0);
        float g = z * 2f - (float) d;
        if (r > 100L && d < 3.0 && g != 0f) r -= 7;
        return r + (long) d + (long) g + (x << 2) + (x >>> 3);
    }

    static int arrays(int n) {
        int[] a = new int[n];
        long[] l = new long[n];
        double[][] m = new double[n][n + 1];
        String[] s = new String[n];
        byte[] b = new byte[2]; char[] c = new char[2]; short[] sh = new short[2]; boolean[] z = new boolean[2];
        for (int i = 0; i < n; i++) { a[i] = i; l[i] = i; m[i][0] = i; s[i] = "x" + i; }
        b[0] = 1; c[0] = 'c'; sh[0] = 2; z[0] = true;
        Object[] o = s;
        return a.length + (int) l[0] + (int) m[0][0] + s[0].length() + o.length + b[0] + c[0] + sh[0] + (z[0] ? 1 : 0);
    }

    static String switches(int k, String s) {
        String r;
        switch (k) { case 0: r = "a"; break; case 1: r = "b"; break; case 2: r = "c"; break; default: r = "d"; }
        switch (k * 1000) { case 0: r += "x"; break; case 5000: r += "y"; break; case -7000: r += "z"; break; default: }
        switch (s) { case "one": return r + 1; case "two": return r + 2; default: return r;
        }
    }

    static int exceptions(Object o) {
        int r = 0;
        try {
            r = ((String) o).length();
        } catch (ClassCastException e) {
            r = -1;
        } catch (RuntimeException e) {
            r = -2;
        } finally {
            r++;
        }
        try { if (r > 5) throw new IllegalStateException("x"); } catch (IllegalStateException e) { r += e.getMessage().length(); }
        return r;
    }

    synchronized int sync(Object lock) {
        synchronized (lock) { f++; }
        return f;
    }

    int objects(VqIface i, Object o) {
        List<String> list = new ArrayList<>();
        list.add("a");
        int r = i.run(3) + list.size();
        if (o instanceof Vq00000) r += ((Vq00000) o).f;
        if (o == null || o != this) r--;
        VqBase b = this;
        r += b.base(2) + super.base(1) + sf + (so == null ? 0 : 1);
        so = this; sf = r; s = "s" + r + lf + df;
        Runnable run = new Runnable() { public void run() { sf++; } };
        run.run();
        return r + helper(this, 1L, 2.0);
    }

    private static int helper(Vq00000 v, long a, double b) { return v.f + (int) a + (int) b; }

    static Object cond(boolean c, String a, Integer b) { return c ? a : b; }

    static int loops(int n) {
        int s = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) { if (j == 7) continue outer; s += j; }
            while (s > 1000) s /= 2;
            do { s++; } while (s % 3 != 0);
        }
        return s;
    }
}
