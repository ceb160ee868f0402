// Deterministic system properties and System utilities.
public class SystemProps {
    public static void main(String[] args) {
        String ls = System.getProperty("line.separator");
        System.out.println("line.separator length " + ls.length() + " code " + (int) ls.charAt(0) + " same as lineSeparator() " + ls.equals(System.lineSeparator()));
        System.out.println("file.separator " + System.getProperty("file.separator") + " path.separator " + System.getProperty("path.separator"));
        System.out.println("missing " + System.getProperty("no.such.property") + " default " + System.getProperty("no.such.property", "fallback"));
        System.setProperty("my.prop", "my value");
        System.out.println("set " + System.getProperty("my.prop") + " previous " + System.setProperty("my.prop", "v2") + " now " + System.getProperty("my.prop"));
        System.out.println("cleared " + System.clearProperty("my.prop") + " " + System.getProperty("my.prop"));
        System.out.println("java.specification.version " + System.getProperty("java.specification.version"));
        System.out.println("identityHashCode(null) " + System.identityHashCode(null));
        Object o = new Object();
        System.out.println("identityHashCode stable " + (System.identityHashCode(o) == System.identityHashCode(o)) + " equals hashCode "
            + (System.identityHashCode(o) == o.hashCode()));
        long t0 = System.currentTimeMillis(), n0 = System.nanoTime();
        long t1 = System.currentTimeMillis(), n1 = System.nanoTime();
        System.out.println("clocks monotonic " + (t1 >= t0) + " " + (n1 >= n0) + " plausible " + (t0 > 1_500_000_000_000L));
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("getProperty(null): NPE " + e.getMessage());
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("getProperty(\"\"): IAE " + e.getMessage());
        }
        System.err.println("to stderr (not compared)");
        System.out.print("print without newline, ");
        System.out.println("then println");
        System.out.println((Object) null);
        System.out.println(new char[] {'c', 'h', 'a', 'r', 's'});
        System.out.print('x');
        System.out.print(1);
        System.out.print(2L);
        System.out.print(3.0f);
        System.out.print(4.0);
        System.out.print(true);
        System.out.print((String) null);
        System.out.println();
        System.out.write('W');
        System.out.write('\n');
        System.out.flush();
    }
}
