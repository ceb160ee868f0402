// java.util.Scanner over System.in (input from ScannerStdin.in).
import java.util.Scanner;

public class ScannerStdin {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int sum = 0;
        for (int i = 0; i < n; i++) sum += sc.nextInt();
        System.out.println("n=" + n + " sum=" + sum);
        String rest = sc.nextLine();                  // remainder of the number line
        System.out.println("rest of line: [" + rest + "]");
        String line = sc.nextLine();
        System.out.println("line: [" + line + "]");
        double a = sc.nextDouble(), b = sc.nextDouble();
        System.out.println("doubles " + a + " " + b + " product " + (a * b));
        String w1 = sc.next(), w2 = sc.next(), w3 = sc.next();
        System.out.println("words " + w3 + " " + w2 + " " + w1);
        while (sc.hasNext()) {
            if (sc.hasNextInt()) {
                int v = sc.nextInt();
                System.out.println("int token " + v);
                if (v == 7) break;
            } else {
                System.out.println("other token " + sc.next());
            }
        }
        sc.nextLine();
        System.out.println("empty line: [" + sc.nextLine() + "]");
        System.out.println("last: [" + sc.nextLine() + "] hasNextLine " + sc.hasNextLine());
        try {
            sc.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException at end");
        }
        Scanner str = new Scanner("1,2,,3").useDelimiter(",");
        StringBuilder sb = new StringBuilder();
        while (str.hasNext()) sb.append('[').append(str.next()).append(']');
        System.out.println("delimited " + sb);
        Scanner nums = new Scanner("  12  -7\n\t99 x");
        int total = 0;
        while (nums.hasNextInt()) total += nums.nextInt();
        System.out.println("total " + total + " next " + nums.next());
    }
}
