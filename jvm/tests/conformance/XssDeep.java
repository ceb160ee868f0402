// Run with -Xss64m (XssDeep.opts): recursion 100000 frames deep must succeed.
public class XssDeep {
    static long sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }

    static int walk(int[] a, int i) {
        if (i == a.length) return 0;
        return a[i] + walk(a, i + 1);
    }

    public static void main(String[] args) {
        System.out.println("sum(100000) = " + sum(100000));
        int[] a = new int[60000];
        for (int i = 0; i < a.length; i++) a[i] = i % 7;
        System.out.println("walk = " + walk(a, 0));
    }
}
