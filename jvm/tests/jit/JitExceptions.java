// compare: stderr
// JIT: exceptions thrown in compiled code, caught by compiled callers,
// helpful NullPointerException messages, array checks, stack traces.
public class JitExceptions {
    int f;
    static int[] arr = new int[4];

    static int thrower(int i) {
        if (i % 5 == 4)
            throw new IllegalStateException("i=" + i);
        return arr[i % 6];          // index 4 and 5 are out of bounds for i%6
    }
    static int npe(JitExceptions o, int[] a, Object[] objs, int k) {
        switch (k) {
            case 0: return o.f;
            case 1: return a[0];
            case 2: return a.length;
            case 3: objs[0] = "x"; return 0;
            case 4: synchronized (o) { return 1; }
            default: throw null;
        }
    }
    static int depth(int n) {
        if (n == 0)
            throw new RuntimeException("bottom");
        return depth(n - 1) + 1;
    }
    static int fin(int i) {
        int r = 0;
        try {
            try {
                if (i % 2 == 0)
                    throw new Exception("even");
                r += 1;
            } finally {
                r += 10;
            }
        } catch (Exception e) {
            r += 100;
        }
        return r;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            try {
                sb.append(thrower(i)).append(' ');
            } catch (IllegalStateException e) {
                sb.append('[').append(e.getMessage()).append("] ");
            } catch (ArrayIndexOutOfBoundsException e) {
                sb.append('{').append(e.getMessage()).append("} ");
            }
        }
        System.out.println(sb);
        for (int k = 0; k < 6; k++) {
            try {
                npe(null, null, null, k);
            } catch (NullPointerException e) {
                System.out.println(k + ": " + e.getMessage());
            }
        }
        try {
            Object[] strs = new String[1];
            strs[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            Object o = "s";
            Integer n = (Integer) o;
            System.out.println(n);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            int[] neg = new int[-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        int s = 0;
        for (int i = 0; i < 50; i++)
            s += fin(i);
        System.out.println("finally " + s);
        try {
            depth(20);
        } catch (RuntimeException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("trace " + st.length + " " + st[0] + " " + st[20]);
        }
        depth(3);       // uncaught: the stack trace on stderr
    }
}
