// Everyday program: arbitrary-precision arithmetic without java.math (base 10^9 limbs).
import java.util.Arrays;

public class BigNumbers {
    static final int BASE = 1_000_000_000;

    // little-endian limbs
    static int[] of(long v) {
        if (v == 0) return new int[] {0};
        int[] r = new int[3];
        int n = 0;
        while (v > 0) { r[n++] = (int) (v % BASE); v /= BASE; }
        return Arrays.copyOf(r, n);
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] r = new int[n + 1];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
            r[i] = (int) (s % BASE);
            carry = s / BASE;
        }
        r[n] = (int) carry;
        return trim(r);
    }

    static int[] mul(int[] a, int[] b) {
        long[] t = new long[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long cur = t[i + j] + (long) a[i] * b[j] + carry;
                t[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            int k = i + b.length;
            while (carry != 0) { long cur = t[k] + carry; t[k] = cur % BASE; carry = cur / BASE; k++; }
        }
        int[] r = new int[t.length];
        for (int i = 0; i < t.length; i++) r[i] = (int) t[i];
        return trim(r);
    }

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        for (int i = 0; i < a.length; i++) { long cur = (long) a[i] * m + carry; r[i] = (int) (cur % BASE); carry = cur / BASE; }
        r[a.length] = (int) (carry % BASE);
        r[a.length + 1] = (int) (carry / BASE);
        return trim(r);
    }

    static int modSmall(int[] a, int m) {
        long rem = 0;
        for (int i = a.length - 1; i >= 0; i--) rem = (rem * BASE + a[i]) % m;
        return (int) rem;
    }

    static int[] trim(int[] r) {
        int n = r.length;
        while (n > 1 && r[n - 1] == 0) n--;
        return n == r.length ? r : Arrays.copyOf(r, n);
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder(Integer.toString(a[a.length - 1]));
        for (int i = a.length - 2; i >= 0; i--) sb.append(String.format("%09d", a[i]));
        return sb.toString();
    }

    static int digitSum(String s) { int t = 0; for (char c : s.toCharArray()) t += c - '0'; return t; }

    public static void main(String[] args) {
        int[] f = of(1);
        for (int i = 2; i <= 100; i++) f = mulSmall(f, i);
        String f100 = str(f);
        System.out.println("100! = " + f100);
        System.out.println("digits " + f100.length() + " digit sum " + digitSum(f100) + " mod 1000000007 " + modSmall(f, 1_000_000_007));
        int[] a = of(0), b = of(1);
        for (int i = 0; i < 300; i++) { int[] c = add(a, b); a = b; b = c; }
        System.out.println("fib(300) = " + str(a));
        int[] p = of(1), two = of(2);
        for (int i = 0; i < 256; i++) p = mul(p, two);
        System.out.println("2^256 = " + str(p));
        int[] x = of(Long.MAX_VALUE);
        System.out.println("MAX^2 = " + str(mul(x, x)) + " check last digits " + (Long.MAX_VALUE * Long.MAX_VALUE));
        int[] r = of(3);
        for (int i = 0; i < 5; i++) r = mul(r, r);
        System.out.println("3^32 = " + str(r) + " vs long " + (long) Math.pow(3, 32) + " " + pow3(32));
        System.out.println("big mul " + str(mul(of(999_999_999_999_999_999L), of(999_999_999_999_999_999L))));
    }

    static long pow3(int e) { long r = 1; for (int i = 0; i < e; i++) r *= 3; return r; }
}
