// Text blocks, var, enhanced for, labeled break/continue, ternaries, do/while.
import java.util.ArrayList;
import java.util.List;

public class LangMisc {
    public static void main(String[] args) {
        String block = """
            Hello,
              "Text" Block!
            tab\there \
            joined
            trailing   \s
            end""";
        for (String line : block.split("\n")) System.out.println("|" + line + "|");
        System.out.println("length " + block.length());
        var list = new ArrayList<String>();
        list.add("alpha"); list.add("beta"); list.add("gamma");
        var total = 0;
        for (var s : list) total += s.length();
        System.out.println("var total " + total);
        int[][] m = { {1, 2, 3}, {4, 5, 6}, {7, 8, 9} };
        outer:
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] % 2 == 0) continue outer;
                if (m[i][j] == 7) break outer;
                System.out.println("visit " + m[i][j]);
            }
        }
        int found = -1;
        search:
        {
            for (int[] row : m) for (int v : row) if (v * v > 30) { found = v; break search; }
            found = -2;
        }
        System.out.println("found " + found);
        int n = 0;
        do { n += 3; } while (n < 10);
        System.out.println("do-while " + n);
        int w = 100, steps = 0;
        while (w != 1) { w = (w % 2 == 0) ? w / 2 : 3 * w + 1; steps++; }
        System.out.println("collatz steps " + steps);
        List<Integer> nums = List.of(5, 3, 8);
        int max = Integer.MIN_VALUE;
        for (int x : nums) max = x > max ? x : max;
        System.out.println("max " + max);
        char[] cs = {'j', 'v', 'm'};
        StringBuilder sb = new StringBuilder();
        for (char ch : cs) sb.append(Character.toUpperCase(ch));
        System.out.println(sb);
        int cnt = 0;
        loop:
        while (true) {
            cnt++;
            switch (cnt) {
                case 3: continue loop;
                case 6: break loop;
                default: System.out.print(cnt + " ");
            }
        }
        System.out.println("| cnt " + cnt);
        boolean a = true, b = false;
        System.out.println((a && !b) + " " + (a ^ b) + " " + (a & b) + " " + (a | b) + " " + (b ? "yes" : a ? "nested" : "no"));
        int sideEffects = 0;
        boolean sc = b && (++sideEffects > 0);
        boolean nsc = b & (++sideEffects > 0);
        System.out.println("short circuit " + sc + " " + nsc + " " + sideEffects);
        final int[] arr = new int[5];
        for (int i = 0, j = 10; i < arr.length; i++, j -= 2) arr[i] = i * j;
        System.out.println(java.util.Arrays.toString(arr));
        String esc = "quote\" backslash\\ unicode\u0041 octal\101 tab[\t]";
        System.out.println(esc);
    }
}
