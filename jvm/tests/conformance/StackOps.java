// Expressions compiled to dup_x1/dup_x2/dup2_x1/dup2_x2, pop2 and friends:
// compound assignment and increments on fields and array elements of every width.
public class StackOps {
    int fi;
    long fl;
    double fd;
    static long sl;
    static double sd;
    int[] ia = new int[4];
    long[] la = new long[4];
    double[] da = new double[4];
    String[] sa = {"a", "b"};

    static long sideEffects;
    static long next() { return ++sideEffects; }
    static int idx(int i) { sideEffects += 100; return i; }

    public static void main(String[] args) {
        StackOps o = new StackOps();
        int r1 = o.fi++;            // dup_x1
        int r2 = ++o.fi;
        long r3 = o.fl++;           // dup2_x1
        long r4 = o.fl += 10;
        double r5 = o.fd++;
        double r6 = o.fd *= 3;
        System.out.println("fields " + r1 + " " + r2 + " " + o.fi + " | " + r3 + " " + r4 + " " + o.fl + " | " + r5 + " " + r6 + " " + o.fd);
        long r7 = sl++;
        long r8 = --sl;
        double r9 = sd -= 2.5;
        System.out.println("statics " + r7 + " " + r8 + " " + sl + " " + r9 + " " + sd);
        int r10 = o.ia[idx(1)]++;   // dup2 + dup_x2
        int r11 = o.ia[idx(1)] += 5;
        long r12 = o.la[idx(2)]++;  // dup2_x2
        long r13 = o.la[idx(2)] <<= 3;
        double r14 = o.da[idx(3)] += 0.5;
        double r15 = o.da[idx(3)]--;
        System.out.println("arrays " + r10 + " " + r11 + " " + java.util.Arrays.toString(o.ia) + " | " + r12 + " " + r13 + " "
            + java.util.Arrays.toString(o.la) + " | " + r14 + " " + r15 + " " + java.util.Arrays.toString(o.da) + " side " + sideEffects);
        o.sa[idx(0)] += "x" + o.sa[1];
        System.out.println("string array compound " + o.sa[0] + " side " + sideEffects);
        long a, b, c;
        a = b = c = next();          // chained long assignment
        double x, y;
        x = y = 1.5;
        int p, q;
        p = q = (int) next();
        System.out.println("chained " + a + b + c + " " + x + y + " " + p + q);
        o.fl = sl = o.la[0] = 77L;
        o.fd = sd = o.da[0] = -1.25;
        System.out.println("chained fields " + o.fl + " " + sl + " " + o.la[0] + " " + o.fd + " " + sd + " " + o.da[0]);
        next();                      // result discarded: pop2
        Math.max(1.0, 2.0);
        o.fi = 0;
        for (int i = 0; i < 10; i++) o.ia[i & 3] += o.fi++;
        System.out.println("loop " + java.util.Arrays.toString(o.ia) + " fi " + o.fi);
        long[][] m = new long[2][2];
        m[1][idx(1)] += m[0][0]++ + 5;
        System.out.println("2d " + java.util.Arrays.deepToString(m) + " side " + sideEffects);
        char[] cs = {'a'};
        cs[0] += 2;
        cs[0]++;
        byte[] bs = {127};
        bs[0]++;
        short[] ss = {1};
        ss[0] *= 1000;
        ss[0] *= 1000;
        System.out.println("narrow elems " + cs[0] + " " + bs[0] + " " + ss[0]);
        int i = 5;
        i = i++ + i++;
        int j = 5;
        j = ++j + j++;
        int k = 3;
        k += k++ * --k;
        System.out.println("increments " + i + " " + j + " " + k);
    }
}
