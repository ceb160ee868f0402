import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/*
 * The reference the class file tests compare against: HotSpot's own class
 * file parser, reached through ClassLoader.defineClass (a non-boot loader,
 * so every format check is on).
 *
 * stdin: lines "internal/Name<TAB>path".  stdout, one line each: "OK" or
 * "<exception class>: <message>", the message's UTF-8 bytes outside
 * printable ASCII (and '\') written as \xHH.  Superclasses and interfaces
 * are loaded from the directory in -Doracle.dir.
 */
public class ClassFileOracle extends ClassLoader {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false);
        for (String line; (line = in.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            String name = line.substring(0, tab);
            byte[] b = Files.readAllBytes(Paths.get(line.substring(tab + 1)));
            try {
                new ClassFileOracle().defineClass(name.replace('/', '.'), b, 0, b.length);
                out.println("OK");
            } catch (Throwable t) {
                out.println(t.getClass().getName() + ": " + escape(String.valueOf(t.getMessage())));
            }
        }
        out.flush();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\')
                sb.append((char) c);
            else
                sb.append(String.format("\\x%02x", c));
        }
        return sb.toString();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            String dir = System.getProperty("oracle.dir", ".");
            byte[] b = Files.readAllBytes(Paths.get(dir, name.replace('.', '/') + ".class"));
            return defineClass(name, b, 0, b.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name);
        }
    }
}
