// String churn under -Xmx16m: concatenation, StringBuilder growth,
// substrings, split, interning, maps keyed by fresh strings.
import java.util.HashMap;
import java.util.Map;

public class GcStringChurn {
    public static void main(String[] args) {
        long len = 0;
        int h = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = "item-" + i + "/" + (i * 7 % 1000) + "-" + Integer.toHexString(i);
            len += s.length();
            h = h * 31 + s.hashCode();
        }
        System.out.println("concat " + len + " " + h);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 10);
            if (sb.length() > 50_000) sb.setLength(0);
        }
        System.out.println("builder " + sb.length());
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            String k = "k" + (i % 5000);
            counts.merge(k, 1, Integer::sum);
        }
        System.out.println("map " + counts.size() + " " + counts.get("k42"));
        String text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        int words = 0;
        for (int i = 0; i < 20_000; i++) {
            String[] parts = (text + " " + i).split(" ");
            words += parts.length;
            String sub = parts[i % parts.length].substring(1).toUpperCase();
            words += sub.length() > 100 ? 1 : 0;
        }
        System.out.println("split " + words);
        String a = null;
        boolean same = true;
        for (int i = 0; i < 50_000; i++) {
            String s = ("in" + (i % 100)).intern();
            if (i % 100 == 7) {
                if (a == null) a = s;
                else same &= a == s;
            }
        }
        System.out.println("intern " + same + " " + (a == "in7"));
    }
}
