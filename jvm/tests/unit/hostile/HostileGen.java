import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/*
 * Writes the programs jvm/tests/run-hostile.sh runs on bin/jvm and on
 * HotSpot: one directory per case under args[0], each with a Main class,
 * made by compiling small sources and then damaging the class files the way
 * the case name says.  Run as `java HostileGen.java <outdir>`.
 */
public class HostileGen {
    static Path out;
    static JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    public static void main(String[] args) throws Exception {
        out = Paths.get(args[0]);
        String callsHelper = "public class Main { public static void main(String[] a) { Helper.run(); } }";
        String helper = "class Helper { static void run() { System.out.println(\"helper\"); } "
                      + "static void rux() { } }";

        /* a control: the same program must run the same on both */
        Path d = make("valid", "public class Main { public static void main(String[] a) "
                      + "{ System.out.println(\"hello\"); } }");

        d = make("truncated_main", "public class Main { public static void main(String[] a) { } }");
        byte[] b = read(d, "Main");
        write(d, "Main", Arrays.copyOf(b, b.length / 2));

        d = make("bad_magic", "public class Main { public static void main(String[] a) { } }");
        b = read(d, "Main");
        b[3] = (byte) 0xBF;
        write(d, "Main", b);

        d = make("version_62", "public class Main { public static void main(String[] a) { } }");
        b = read(d, "Main");
        b[7] = 62;
        write(d, "Main", b);

        /* Main.class that holds a class named Other */
        d = make("wrong_name", "public class Other { public static void main(String[] a) { } }");
        Files.move(d.resolve("Other.class"), d.resolve("Main.class"));

        /* A extends B, B extends A: compile B against a placeholder Z */
        d = make("cyclic_superclasses",
                 "public class Main { public static void main(String[] a) { new A(); } }",
                 "class A extends B { }", "class B extends Z { }", "class Z { }");
        b = read(d, "B");
        renameUtf8(b, "Z", "A");
        write(d, "B", b);
        Files.delete(d.resolve("Z.class"));

        d = make("cyclic_interfaces",
                 "public class Main { public static void main(String[] a) { new C(); } }",
                 "class C implements I1 { }", "interface I1 extends I2 { }",
                 "interface I2 extends ZZ { }", "interface ZZ { }");
        b = read(d, "I2");
        renameUtf8(b, "ZZ", "I1");
        write(d, "I2", b);
        Files.delete(d.resolve("ZZ.class"));

        d = make("helper_bad_constant_pool_index", callsHelper, helper);
        b = read(d, "Helper");
        breakFirstMethodref(b);
        write(d, "Helper", b);

        d = make("helper_extra_bytes", callsHelper, helper);
        b = read(d, "Helper");
        write(d, "Helper", Arrays.copyOf(b, b.length + 1));

        d = make("helper_duplicate_method", callsHelper, helper);
        b = read(d, "Helper");
        renameUtf8(b, "rux", "run");
        write(d, "Helper", b);

        d = make("helper_version_44", callsHelper, helper);
        b = read(d, "Helper");
        b[6] = 0;
        b[7] = 44;
        write(d, "Helper", b);

        d = make("helper_truncated", callsHelper, helper);
        b = read(d, "Helper");
        write(d, "Helper", Arrays.copyOf(b, b.length - 3));

        d = make("missing_superclass",
                 "public class Main { public static void main(String[] a) { new Sub(); } }",
                 "class Sub extends Base { }", "class Base { }");
        Files.delete(d.resolve("Base.class"));

        /* Base was a class when Sub was compiled, an interface at run time */
        d = make("superclass_is_interface",
                 "public class Main { public static void main(String[] a) { new Sub(); } }",
                 "class Sub extends Base { }", "class Base { }");
        replaceWith(d, "Base", "interface Base { }");

        d = make("implements_a_class",
                 "public class Main { public static void main(String[] a) { new C(); } }",
                 "class C implements I { }", "interface I { }");
        replaceWith(d, "I", "class I { }");
    }

    /* Compiles the sources (first one is Main or the named public class)
     * into a fresh case directory. */
    static Path make(String name, String... sources) throws IOException {
        Path dir = out.resolve(name);
        Path src = out.resolve(name + ".src");
        Files.createDirectories(dir);
        Files.createDirectories(src);
        List<String> argv = new ArrayList<>(List.of("-d", dir.toString()));
        for (String s : sources) {
            String cls = s.replaceAll("(?s).*?(class|interface) (\\w+).*", "$2");
            Path f = src.resolve(cls + ".java");
            Files.writeString(f, s);
            argv.add(f.toString());
        }
        if (javac.run(null, null, null, argv.toArray(new String[0])) != 0)
            throw new IOException("javac failed for " + name);
        deleteTree(src);
        return dir;
    }

    /* Replaces a compiled class with another compiled from `source`. */
    static void replaceWith(Path dir, String cls, String source) throws IOException {
        Path other = out.resolve(dir.getFileName() + ".alt");
        Files.createDirectories(other);
        Path f = other.resolve(cls + ".java");
        Files.writeString(f, source);
        if (javac.run(null, null, null, "-d", other.toString(), f.toString()) != 0)
            throw new IOException("javac failed");
        Files.copy(other.resolve(cls + ".class"), dir.resolve(cls + ".class"),
                   java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        deleteTree(other);
    }

    static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted((x, y) -> y.compareTo(x)).toList())
                Files.delete(q);
        }
    }

    static byte[] read(Path dir, String cls) throws IOException {
        return Files.readAllBytes(dir.resolve(cls + ".class"));
    }

    static void write(Path dir, String cls, byte[] b) throws IOException {
        Files.write(dir.resolve(cls + ".class"), b);
    }

    static int u2(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    /* Offsets of the constant pool entries' tags (0 for unusable slots). */
    static int[] poolOffsets(byte[] b) {
        int count = u2(b, 8);
        int[] off = new int[count];
        int p = 10;
        for (int i = 1; i < count; i++) {
            off[i] = p;
            int tag = b[p];
            switch (tag) {
                case 1 -> p += 3 + u2(b, p + 1);
                case 5, 6 -> { p += 9; i++; }
                case 7, 8, 16, 19, 20 -> p += 3;
                case 15 -> p += 4;
                default -> p += 5;
            }
        }
        return off;
    }

    /* Rewrites a Utf8 entry in place with a string of the same length. */
    static void renameUtf8(byte[] b, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8), t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length)
            throw new IllegalArgumentException("lengths differ");
        for (int at : poolOffsets(b)) {
            if (at == 0 || b[at] != 1 || u2(b, at + 1) != f.length)
                continue;
            if (Arrays.equals(Arrays.copyOfRange(b, at + 3, at + 3 + f.length), f)) {
                System.arraycopy(t, 0, b, at + 3, t.length);
                return;
            }
        }
        throw new IllegalArgumentException("no Utf8 " + from);
    }

    /* Points the first Methodref's class_index at its NameAndType. */
    static void breakFirstMethodref(byte[] b) {
        for (int at : poolOffsets(b)) {
            if (at != 0 && b[at] == 10) {
                b[at + 1] = b[at + 3];
                b[at + 2] = b[at + 4];
                return;
            }
        }
        throw new IllegalArgumentException("no Methodref");
    }
}
