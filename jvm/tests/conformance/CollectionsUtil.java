// java.util.Collections utilities.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) list.add((i * 7 + 3) % 12);
        System.out.println("list " + list);
        Collections.sort(list);
        System.out.println("sort " + list + " binarySearch(5) " + Collections.binarySearch(list, 5) + " (13) " + Collections.binarySearch(list, 13));
        Collections.reverse(list);
        System.out.println("reverse " + list);
        Collections.shuffle(list, new Random(42));
        System.out.println("shuffle(42) " + list);
        Collections.shuffle(list, new Random(7));
        System.out.println("shuffle(7) " + list);
        System.out.println("max " + Collections.max(list) + " min " + Collections.min(list) + " frequency " + Collections.frequency(list, 3));
        Collections.swap(list, 0, 11);
        Collections.rotate(list, 3);
        System.out.println("swap+rotate " + list);
        Collections.sort(list, Collections.reverseOrder());
        System.out.println("reverseOrder " + list);
        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(List.of("a", "b")));
        try {
            unmod.add("c");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: UnsupportedOperationException " + e.getMessage());
        }
        try {
            unmod.set(0, "z");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable set rejected");
        }
        System.out.println("unmod " + unmod + " " + unmod.get(1));
        System.out.println("empty " + Collections.emptyList() + Collections.emptyMap() + Collections.emptySet() + " singleton "
            + Collections.singletonList(9) + Collections.singleton("s") + Collections.singletonMap("k", "v") + " nCopies " + Collections.nCopies(3, "ab"));
        List<String> filled = new ArrayList<>(Collections.nCopies(4, "-"));
        Collections.fill(filled, "x");
        Collections.addAll(filled, "y", "z");
        System.out.println("fill/addAll " + filled + " indexOfSubList " + Collections.indexOfSubList(filled, List.of("x", "y")));
        List<String> words = new ArrayList<>(Arrays.asList("delta", "Alpha", "charlie", "bravo"));
        Collections.sort(words);
        System.out.println("words " + words);
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("ci " + words + " disjoint " + Collections.disjoint(words, List.of("x")) + " " + Collections.disjoint(words, List.of("bravo")));
        List<Integer> syn = Collections.synchronizedList(new ArrayList<>(List.of(3, 1, 2)));
        Collections.sort(syn);
        System.out.println("synchronized " + syn);
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100; i++) big.add(i);
        Collections.shuffle(big, new Random(123));
        System.out.println("big shuffle head " + big.subList(0, 15));
        Collections.sort(big);
        System.out.println("sorted back " + big.subList(95, 100));
    }
}
