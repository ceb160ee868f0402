// Everyday program: backtracking solvers - n-queens counts and a sudoku.
public class Solvers {
    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += queens(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    static int[] firstSolution(int n) {
        int[] pos = new int[n];
        return place(pos, 0) ? pos : null;
    }
    static boolean place(int[] pos, int row) {
        if (row == pos.length) return true;
        for (int c = 0; c < pos.length; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) if (pos[r] == c || Math.abs(pos[r] - c) == row - r) { ok = false; break; }
            if (ok) { pos[row] = c; if (place(pos, row + 1)) return true; }
        }
        return false;
    }

    static int steps;
    static boolean solve(int[][] g) {
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
                if (g[r][c] == 0) {
                    for (int v = 1; v <= 9; v++) {
                        if (ok(g, r, c, v)) {
                            g[r][c] = v;
                            steps++;
                            if (solve(g)) return true;
                            g[r][c] = 0;
                        }
                    }
                    return false;
                }
        return true;
    }
    static boolean ok(int[][] g, int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (g[r][i] == v || g[i][c] == v) return false;
        int br = r / 3 * 3, bc = c / 3 * 3;
        for (int i = br; i < br + 3; i++) for (int j = bc; j < bc + 3; j++) if (g[i][j] == v) return false;
        return true;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) System.out.print("Q(" + n + ")=" + queens(n, 0, 0, 0, 0) + " ");
        System.out.println();
        int[] sol = firstSolution(8);
        for (int r = 0; r < 8; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 8; c++) sb.append(sol[r] == c ? "Q " : ". ");
            System.out.println(sb.toString().trim());
        }
        String puzzle =
            "530070000" + "600195000" + "098000060" +
            "800060003" + "400803001" + "700020006" +
            "060000280" + "000419005" + "000080079";
        int[][] g = new int[9][9];
        for (int i = 0; i < 81; i++) g[i / 9][i % 9] = puzzle.charAt(i) - '0';
        System.out.println("solved " + solve(g) + " in " + steps + " placements");
        for (int r = 0; r < 9; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 9; c++) { sb.append(g[r][c]); if (c % 3 == 2 && c < 8) sb.append('|'); }
            System.out.println(sb);
            if (r % 3 == 2 && r < 8) System.out.println("---+---+---");
        }
        int check = 0;
        for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) check = check * 7 + g[r][c];
        System.out.println("checksum " + check);
    }
}
