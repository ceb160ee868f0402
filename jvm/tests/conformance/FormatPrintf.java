// String.format / printf conversions and flags.
public class FormatPrintf {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%(d] [%,d] [%,d]", 42, 42, 42, 42, 42, 42, -42, 1234567, -9876543210L));
        System.out.println(String.format("[%x] [%X] [%08x] [%#x] [%o] [%#o] [%x] [%x]", 255, 255, 255, 255, 8, 8, -1, -1L));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.2s] [%10.3s] [%S] [%s] [%s]", "str", "str", "str", "str", "str", "str", null, 12));
        System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%05.2f] [%+.1f] [%,.2f] [%.0f] [%.0f] [%.0f]",
            Math.PI, Math.PI, Math.PI, Math.PI, 3.14159, 2.0, 1234567.891, 0.5, 1.5, 2.5));
        System.out.println(String.format("[%e] [%.3e] [%E] [%12.4e] [%e] [%.2e]", 12345.678, 12345.678, 0.000123, -1e-10, 0.0, 9.999e9));
        System.out.println(String.format("[%g] [%.3g] [%g] [%g]", 12345.678, 0.000123456, 1e-5, 100000.0));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%5b] [%-6b]", true, null, "x", false, true, false));
        System.out.println(String.format("[%c] [%c] [%C] [%3c] [%-3c]", 'a', 65, 'z', 'x', 'y'));
        System.out.println(String.format("[%%] [%n]").replace("\n", "NL").replace("\r", "CR"));
        System.out.println(String.format("[%2$s %1$s %2$s] [%s %<s] [%3$d]", "a", "b", 3));
        System.out.println(String.format("[%h] [%h] [%H]", "hi", 255, "hi"));
        System.out.println(String.format("[%.3f] [%.3f] [%f] [%f] [%.1f]", 1.0005, 2.0045, Double.NaN, Double.NEGATIVE_INFINITY, -0.0));
        System.out.println(String.format("[%10.4f] [%-12.2e] [%012.3f] [%,015.2f]", -3.14159, 6.02e23, -2.5, 1234567.891));
        System.out.println(String.format("[%d] [%d] [%d] [%d]", (byte) -1, (short) 300, Long.MIN_VALUE, Integer.valueOf(7)));
        System.out.println(String.format("[%x] [%x] [%o]", (byte) -1, (short) -1, -8));
        System.out.println(String.format("%s has %d items costing $%.2f (%s%%)", "cart", 3, 19.989, 15));
        System.out.printf("printf %s %d %.1f%n", "works", 10, 2.25);
        System.out.printf("%-8s|%8s|%n", "left", "right");
        for (int i = 1; i <= 3; i++) System.out.printf("%3d %6.2f %s%n", i, i / 3.0, "*".repeat(i));
        System.out.println(String.format("%s %s %s", new StringBuilder("sb"), java.util.List.of(1, 2), new int[0].length));
        System.out.println(String.format("%.2f %.2f %.2f %.2f", 0.125, 0.375, 0.005, 1.005));
        System.out.println(String.format("%08.3f|%-+8d|%+08d", 3.14159, 5, -5));
        try {
            String.format("%d", "notanint");
        } catch (java.util.IllegalFormatException e) {
            System.out.println("bad conversion: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            String.format("%s %s", "one");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("missing: " + e.getMessage());
        }
        System.out.println("formatted: " + "%d-%s".formatted(1, "x"));
    }
}
