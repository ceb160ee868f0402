// GC benchmark: string churn.  Builds many short-lived strings (concatenation,
// StringBuilder, substring, split, toUpperCase), keeps a rolling window of
// recent ones alive in a map, and prints a checksum.  `java StringChurn N`:
// N rounds of 100 000 strings.
import java.util.HashMap;
import java.util.Map;

public class StringChurn {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<Integer, String> window = new HashMap<>();
        long check = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 100_000; i++) {
                int k = r * 100_000 + i;
                String s = "key-" + k + ":" + Integer.toHexString(k * 31) + "/" + (k % 97);
                if ((k & 7) == 0) s = s.toUpperCase();
                StringBuilder sb = new StringBuilder(s.length() * 2).append(s).append('|').append(s, 4, 8);
                String t = sb.toString();
                check += t.length() + t.charAt(t.length() - 1);
                window.put(k % 50_000, t.substring(2));
                if ((k & 1023) == 0) check += t.split(":").length;
            }
        }
        long kept = 0;
        for (String v : window.values()) kept += v.length();
        System.out.println("stringchurn " + rounds + " " + check + " " + kept + " " + window.size());
    }
}
