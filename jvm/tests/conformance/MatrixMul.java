// Everyday program: matrix multiplication, transpose, determinant, power.
public class MatrixMul {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
                c[i][j] = s;
            }
        return c;
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < k; t++) {
                double x = a[i][t];
                for (int j = 0; j < m; j++) c[i][j] += x * b[t][j];
            }
        return c;
    }

    static long[][] transpose(long[][] a) {
        long[][] t = new long[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static double det(double[][] m0) {
        int n = m0.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = m0[i].clone();
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
            if (m[p][c] == 0) return 0;
            if (p != c) { double[] tmp = m[p]; m[p] = m[c]; m[c] = tmp; d = -d; }
            d *= m[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) m[r][k] -= f * m[c][k];
            }
        }
        return d;
    }

    static long[][] power(long[][] a, int e) {
        int n = a.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (e > 0) {
            if ((e & 1) != 0) r = mul(r, a);
            a = mul(a, a);
            e >>= 1;
        }
        return r;
    }

    static void print(String name, long[][] m) {
        System.out.println(name + ":");
        for (long[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(String.format("%8d", v));
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        long[][] a = {{1, 2, 3}, {4, 5, 6}};
        long[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print("A*B", mul(a, b));
        print("B*A", mul(b, a));
        print("A^T", transpose(a));
        long[][] fib = power(new long[][] {{1, 1}, {1, 0}}, 90);
        System.out.println("fib(90) via matrix power = " + fib[0][1]);
        int n = 60;
        long[][] big = new long[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) big[i][j] = (i * 31 + j * 17) % 11 - 5;
        long[][] sq = mul(big, big);
        long trace = 0, sum = 0;
        for (int i = 0; i < n; i++) { trace += sq[i][i]; for (int j = 0; j < n; j++) sum += sq[i][j]; }
        System.out.println("60x60 squared: trace " + trace + " sum " + sum + " corner " + sq[0][0] + " " + sq[n - 1][n - 1]);
        double[][] h = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) h[i][j] = 1.0 / (i + j + 1);
        System.out.printf("det(Hilbert 5) = %.6e%n", det(h));
        double[][] m = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        System.out.println("det(tridiag) = " + Math.round(det(m) * 1e9) / 1e9 + " det(singular) = " + det(new double[][] {{1, 2}, {2, 4}}));
        double[][] rot = {{0, -1}, {1, 0}};
        double[][] r4 = mul(mul(rot, rot), mul(rot, rot));
        System.out.println("rotation^4 = " + java.util.Arrays.deepToString(r4));
        double[][] dm = mul(h, h);
        System.out.printf("hilbert^2 [0][0]=%.10f [4][4]=%.10f%n", dm[0][0], dm[4][4]);
    }
}
