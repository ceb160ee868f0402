package java.lang;

/** A readable sequence of UTF-16 chars. */
public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return length() == 0;
    }

    CharSequence subSequence(int start, int end);

    public String toString();

    default java.util.stream.IntStream chars() {
        int n = length();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = charAt(i);
        return java.util.stream.IntStream.of(a);
    }

    default java.util.stream.IntStream codePoints() {
        return toString().codePoints();
    }

    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) return 0;
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) cs1;
            return c.compareTo(cs2);
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i), b = cs2.charAt(i);
            if (a != b) return a - b;
        }
        return cs1.length() - cs2.length();
    }
}
