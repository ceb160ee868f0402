package java.nio.file;

import java.io.IOException;
import java.util.ArrayList;

/** A path string normalized as the JDK's UnixPath: no repeated or trailing slashes. */
final class UnixPath implements Path {
    private final String path;
    private String[] names;

    UnixPath(String input) {
        this.path = normalizeAndCheck(input);
    }

    private static String normalizeAndCheck(String input) {
        int n = input.length();
        char prevChar = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if ((c == '/') && (prevChar == '/')) return normalize(input, n, i - 1);
            if (c == '\u0000') throw new InvalidPathException(input, "Nul character not allowed");
            prevChar = c;
        }
        if (prevChar == '/') return normalize(input, n, n - 1);
        return input;
    }

    private static String normalize(String input, int len, int off) {
        if (len == 0) return input;
        int n = len;
        while ((n > 0) && (input.charAt(n - 1) == '/')) n--;
        if (n == 0) return "/";
        StringBuilder sb = new StringBuilder(input.length());
        if (off > 0) sb.append(input, 0, off);
        char prevChar = 0;
        for (int i = off; i < n; i++) {
            char c = input.charAt(i);
            if ((c == '/') && (prevChar == '/')) continue;
            if (c == '\u0000') throw new InvalidPathException(input, "Nul character not allowed");
            sb.append(c);
            prevChar = c;
        }
        return sb.toString();
    }

    private String[] names() {
        String[] ns = names;
        if (ns == null) {
            if (path.isEmpty()) {
                ns = new String[] {""};
            } else {
                ArrayList<String> list = new ArrayList<>();
                int start = path.startsWith("/") ? 1 : 0;
                while (start < path.length()) {
                    int end = path.indexOf('/', start);
                    if (end < 0) end = path.length();
                    list.add(path.substring(start, end));
                    start = end + 1;
                }
                ns = list.toArray(new String[0]);
            }
            names = ns;
        }
        return ns;
    }

    private static UnixPath of(String s) {
        return new UnixPath(s);
    }

    public FileSystem getFileSystem() {
        return FileSystems.DEFAULT;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public Path getRoot() {
        return isAbsolute() ? of("/") : null;
    }

    public Path getFileName() {
        if (path.isEmpty()) return this;
        String[] ns = names();
        if (ns.length == 0) return null;
        if (ns.length == 1 && !isAbsolute()) return this;
        return of(ns[ns.length - 1]);
    }

    public Path getParent() {
        String[] ns = names();
        if (ns.length == 0 || path.isEmpty()) return null;
        int idx = path.lastIndexOf('/');
        if (idx < 0) return null;
        if (idx == 0) return of("/");
        return of(path.substring(0, idx));
    }

    public int getNameCount() {
        return names().length;
    }

    public Path getName(int index) {
        String[] ns = names();
        if (index < 0 || index >= ns.length) throw new IllegalArgumentException();
        return of(ns[index]);
    }

    public Path subpath(int beginIndex, int endIndex) {
        String[] ns = names();
        if (beginIndex < 0 || beginIndex >= ns.length || endIndex > ns.length || beginIndex >= endIndex)
            throw new IllegalArgumentException();
        StringBuilder sb = new StringBuilder();
        for (int i = beginIndex; i < endIndex; i++) {
            if (i > beginIndex) sb.append('/');
            sb.append(ns[i]);
        }
        return of(sb.toString());
    }

    public boolean startsWith(Path other) {
        if (!(other instanceof UnixPath)) return false;
        UnixPath that = (UnixPath) other;
        if (that.path.length() > path.length()) return false;
        if (that.isAbsolute() != isAbsolute()) return false;
        if (that.path.isEmpty()) return path.isEmpty();
        String[] a = names(), b = that.names();
        if (b.length > a.length) return false;
        for (int i = 0; i < b.length; i++) if (!a[i].equals(b[i])) return false;
        return true;
    }

    public boolean endsWith(Path other) {
        if (!(other instanceof UnixPath)) return false;
        UnixPath that = (UnixPath) other;
        if (that.isAbsolute()) return that.path.equals(path);
        if (that.path.isEmpty()) return path.isEmpty();
        String[] a = names(), b = that.names();
        if (b.length > a.length) return false;
        for (int i = 0; i < b.length; i++) if (!a[a.length - b.length + i].equals(b[i])) return false;
        return true;
    }

    public Path normalize() {
        String[] ns = names();
        ArrayList<String> out = new ArrayList<>();
        boolean abs = isAbsolute();
        for (String n : ns) {
            if (n.equals(".")) continue;
            if (n.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (abs) continue;
            }
            out.add(n);
        }
        StringBuilder sb = new StringBuilder();
        if (abs) sb.append('/');
        for (int i = 0; i < out.size(); i++) {
            if (i > 0) sb.append('/');
            sb.append(out.get(i));
        }
        String s = sb.toString();
        return s.equals(path) ? this : of(s);
    }

    public Path resolve(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.isAbsolute()) return other;
        if (other.path.isEmpty()) return this;
        if (path.isEmpty()) return other;
        if (path.equals("/")) return of("/" + other.path);
        return of(path + "/" + other.path);
    }

    private static UnixPath toUnixPath(Path obj) {
        if (obj == null) throw new NullPointerException();
        if (!(obj instanceof UnixPath)) throw new ProviderMismatchException();
        return (UnixPath) obj;
    }

    public Path relativize(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.equals(this)) return of("");
        if (this.isAbsolute() != other.isAbsolute())
            throw new IllegalArgumentException("'other' is different type of Path");
        if (this.path.isEmpty()) return other;
        String[] a = names(), b = other.names();
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i].equals(b[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < a.length; j++) {
            if (sb.length() > 0) sb.append('/');
            sb.append("..");
        }
        for (int j = i; j < b.length; j++) {
            if (sb.length() > 0) sb.append('/');
            sb.append(b[j]);
        }
        return of(sb.toString());
    }

    public Path toAbsolutePath() {
        if (isAbsolute()) return this;
        String dir = System.getProperty("user.dir");
        return path.isEmpty() ? of(dir) : of(dir + "/" + path);
    }

    public Path toRealPath(LinkOption... options) throws IOException {
        Files.checkExists(this);
        return of(new java.io.File(toAbsolutePath().toString()).getCanonicalPath());
    }

    public int compareTo(Path other) {
        String o = ((UnixPath) other).path;
        int n = Math.min(path.length(), o.length());
        for (int i = 0; i < n; i++) {
            char c1 = path.charAt(i), c2 = o.charAt(i);
            if (c1 != c2) return c1 - c2;
        }
        return path.length() - o.length();
    }

    public boolean equals(Object ob) {
        return (ob instanceof UnixPath) && ((UnixPath) ob).path.equals(path);
    }

    public int hashCode() {
        return path.hashCode();
    }

    public String toString() {
        return path;
    }
}
