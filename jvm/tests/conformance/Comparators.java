// Comparator.comparing chains, thenComparing, reversed, nulls, natural/reverse order.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class Comparators {
    record Emp(String name, String dept, int age, double salary) {
        public String toString() { return name + "/" + dept + "/" + age + "/" + salary; }
    }

    public static void main(String[] args) {
        List<Emp> emps = new ArrayList<>(List.of(
            new Emp("Zoe", "eng", 30, 120.5), new Emp("adam", "ops", 45, 90.0), new Emp("Bob", "eng", 25, 100.0),
            new Emp("Cid", "hr", 30, 70.25), new Emp("Dee", "ops", 45, 95.0), new Emp("eve", "eng", 30, 110.0)));
        emps.sort(Comparator.comparing(Emp::name));
        System.out.println("by name " + emps);
        emps.sort(Comparator.comparing(Emp::name, String.CASE_INSENSITIVE_ORDER));
        System.out.println("ci name " + emps);
        emps.sort(Comparator.comparing(Emp::dept).thenComparing(Emp::age, Comparator.reverseOrder()).thenComparing(Emp::name));
        System.out.println("dept,age desc,name " + emps);
        emps.sort(Comparator.comparingInt(Emp::age).thenComparingDouble(Emp::salary).reversed());
        System.out.println("age,salary reversed " + emps);
        emps.sort(Comparator.comparingDouble(Emp::salary));
        System.out.println("salary " + emps);
        emps.sort(Comparator.comparing(Emp::dept).reversed().thenComparing(e -> e.name().toLowerCase()));
        System.out.println("dept desc, lower name " + emps);
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reverse " + withNulls);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "dd", "e", "fff"));
        words.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("length then reverse " + words);
        words.sort(Collections.reverseOrder());
        System.out.println("Collections.reverseOrder " + words);
        Integer[] nums = {5, -3, 12, 0, 7, -8};
        Arrays.sort(nums, Comparator.comparing(Math::abs));
        System.out.println("by abs " + Arrays.toString(nums));
        Arrays.sort(nums, Collections.reverseOrder(Comparator.comparingInt(x -> x % 5)));
        System.out.println("by mod 5 desc " + Arrays.toString(nums));
        Comparator<Emp> c = Comparator.comparing(Emp::age);
        System.out.println("compare " + c.compare(emps.get(0), emps.get(1)) + " " + Comparator.<Integer>naturalOrder().compare(1, 2)
            + " " + Comparator.<Integer>reverseOrder().compare(1, 2) + " " + String.CASE_INSENSITIVE_ORDER.compare("ABC", "abd"));
        System.out.println("max " + Collections.max(emps, Comparator.comparingDouble(Emp::salary)).name()
            + " min " + Collections.min(emps, Comparator.comparing(Emp::name)).name());
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) pairs.add(new int[] {i % 3, 10 - i});
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) sb.append(Arrays.toString(p));
        System.out.println("pairs " + sb);
        // stability: equal keys keep insertion order
        List<String> stable = new ArrayList<>(List.of("b1", "a1", "b2", "a2", "c1", "a3", "b3"));
        stable.sort(Comparator.comparing(s -> s.charAt(0)));
        System.out.println("stable " + stable);
    }
}
