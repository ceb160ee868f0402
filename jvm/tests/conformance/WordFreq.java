// Everyday program: word frequencies over stdin, top words by count then alphabetically.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class WordFreq {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> freq = new HashMap<>();
        Map<Integer, Integer> lengths = new TreeMap<>();
        int lines = 0, words = 0, chars = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            StringBuilder w = new StringBuilder();
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (Character.isLetter(c) || (c == '\'' && w.length() > 0)) {
                    w.append(Character.toLowerCase(c));
                } else if (w.length() > 0) {
                    String word = w.toString();
                    if (word.endsWith("'")) word = word.substring(0, word.length() - 1);
                    freq.merge(word, 1, Integer::sum);
                    lengths.merge(word.length(), 1, Integer::sum);
                    words++;
                    w.setLength(0);
                }
            }
        }
        System.out.println(lines + " lines, " + words + " words, " + chars + " chars, " + freq.size() + " distinct");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        for (int i = 0; i < 15; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("%2d. %-12s %3d %s%n", i + 1, e.getKey(), e.getValue(), "#".repeat(e.getValue()));
        }
        System.out.println("length histogram " + lengths);
        StringBuilder once = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Integer> e : entries) if (e.getValue() == 1 && n++ < 10) once.append(e.getKey()).append(' ');
        System.out.println("first hapaxes: " + once.toString().trim());
        String longest = "";
        for (String k : freq.keySet()) if (k.length() > longest.length() || (k.length() == longest.length() && k.compareTo(longest) < 0)) longest = k;
        System.out.println("longest word: " + longest);
    }
}
