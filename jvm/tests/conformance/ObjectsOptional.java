// java.util.Objects, Optional and StringJoiner.
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

public class ObjectsOptional {
    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a")
            + " deepEquals " + Objects.deepEquals(new int[] {1}, new int[] {1}));
        System.out.println("hash " + Objects.hash(1, "a", null) + " " + Objects.hash() + " hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("a"));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5, "dflt"));
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(null) + " requireNonNullElse "
            + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        System.out.println("compare " + Objects.compare("a", "b", String::compareTo) + " " + Objects.compare(null, null, String::compareTo));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "value must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull msg: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull supplier: " + e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        System.out.println("checkIndex ok " + Objects.checkIndex(2, 3));

        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nullable + " " + none.equals(nullable) + " " + some.equals(Optional.of("value")));
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent() + " isEmpty " + none.isEmpty() + " get " + some.get());
        System.out.println("map " + some.map(String::length) + " " + none.map(String::length) + " flatMap " + some.flatMap(s -> Optional.of(s + "!"))
            + " filter " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()));
        System.out.println("orElse " + none.orElse("other") + " orElseGet " + none.orElseGet(() -> "gen") + " or " + none.or(() -> Optional.of("alt")));
        some.ifPresent(s -> System.out.println("ifPresent " + s));
        none.ifPresentOrElse(s -> System.out.println("wrong"), () -> System.out.println("ifPresentOrElse empty"));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) throws NPE");
        }
        System.out.println("hashCode " + some.hashCode() + " " + none.hashCode());
        OptionalInt oi = OptionalInt.of(42);
        System.out.println(oi + " " + OptionalInt.empty() + " " + oi.getAsInt() + " " + OptionalInt.empty().orElse(-1));

        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println("empty joiner " + j + " length " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println("emptyValue " + j);
        j.add("a").add("b").add(null);
        System.out.println("joined " + j + " length " + j.length());
        StringJoiner k = new StringJoiner("-");
        k.add("x").add("y");
        j.merge(k);
        System.out.println("merged " + j);
        StringJoiner plain = new StringJoiner("|");
        for (int i = 0; i < 5; i++) plain.add(Integer.toString(i * i));
        System.out.println(plain + " " + String.join("+", "1", "2"));
    }
}
