// Library conformance: Scanner/StringTokenizer/BufferedReader over input far longer than their buffers.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.io.*;
import java.util.*;

public class LibScannerLong {
    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(11);
        for (int line = 0; line < 3000; line++) {
            int n = r.nextInt(8);
            for (int i = 0; i < n; i++) sb.append(r.nextInt(2000000) - 1000000).append(i % 3 == 0 ? "  " : " ");
            if (line % 7 == 0) sb.append("word").append(line);
            if (line % 11 == 0) sb.append(" 1,234 3.5e2 -0.25 true");
            sb.append(line % 5 == 0 ? "\r\n" : "\n");
        }
        String input = sb.toString();
        Scanner sc = new Scanner(input);
        long sum = 0;
        int ints = 0, words = 0, doubles = 0, bools = 0, lines = 0;
        while (sc.hasNext()) {
            if (sc.hasNextInt()) {
                sum += sc.nextInt();
                ints++;
            } else if (sc.hasNextDouble()) {
                sum += (long) sc.nextDouble();
                doubles++;
            } else if (sc.hasNextBoolean()) {
                sc.nextBoolean();
                bools++;
            } else {
                sum += sc.next().length();
                words++;
            }
            if (ints % 997 == 0) {
                sc.nextLine();
                lines++;
            }
        }
        System.out.println(sum + " " + ints + " " + words + " " + doubles + " " + bools + " " + lines);
        Scanner byLine = new Scanner(input);
        int count = 0, chars = 0;
        while (byLine.hasNextLine()) {
            chars += byLine.nextLine().length();
            count++;
        }
        System.out.println(count + " " + chars);
        BufferedReader br = new BufferedReader(new StringReader(input), 64);
        long tokSum = 0;
        int toks = 0;
        String l;
        while ((l = br.readLine()) != null) {
            StringTokenizer st = new StringTokenizer(l);
            while (st.hasMoreTokens()) {
                String t = st.nextToken();
                try {
                    tokSum += Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    tokSum += t.length();
                }
                toks++;
            }
        }
        System.out.println(tokSum + " " + toks + " " + new StringTokenizer("a,b;;c", ",;", true).countTokens());
    }
}
