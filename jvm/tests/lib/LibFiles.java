// Library conformance: java.nio.file — Path algebra, Files read/write/list/walk/copy/move/delete and
// the JDK's exceptions; works in a fresh temporary directory.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.*;
import java.util.*;
import java.util.stream.*;
public class LibFiles {
  interface R { Object run() throws Exception; }
  static Path base;
  static String rel(Object o) { return base == null ? String.valueOf(o) : String.valueOf(o).replace(base.toString(), "<tmp>"); }
  static void t(String n, R r) { try { System.out.println(n + " -> " + rel(r.run())); } catch (Throwable e) { System.out.println(n + " !! " + e.getClass().getName() + ": " + rel(e.getMessage())); } }
  public static void main(String[] args) throws Exception {
    String[] ps = {"", "a", "/", "a/b/c", "/a/b/", "a//b///c/", "./a/../b", "/../a/./b/..", "..", "a/..", "/a", "x.txt"};
    for (String s : ps) {
      Path p = Path.of(s);
      t("path[" + s + "]", () -> p + " abs=" + p.isAbsolute() + " root=" + p.getRoot() + " name=" + p.getFileName() + " parent=" + p.getParent() + " count=" + p.getNameCount() + " norm=" + p.normalize() + " names=" + StreamSupport.stream(p.spliterator(), false).map(Path::toString).collect(Collectors.toList()) + " hash=" + p.hashCode());
    }
    Path a = Paths.get("/home/user", "docs", "", "file.txt");
    t("join", () -> a + " " + Path.of("a", "b", "c") + " " + Paths.get("x"));
    t("resolve", () -> Path.of("a/b").resolve("c") + " " + Path.of("a/b").resolve("/c") + " " + Path.of("").resolve("c") + " " + Path.of("a").resolve("") + " " + Path.of("/").resolve("x") + " " + Path.of("a/b").resolveSibling("z") + " " + Path.of("a").resolveSibling("z"));
    t("relativize", () -> Path.of("/a/b").relativize(Path.of("/a/c/d")) + " " + Path.of("a").relativize(Path.of("a/b/c")) + " " + Path.of("a/b").relativize(Path.of("a/b")) + "|" + Path.of("a/b/c").relativize(Path.of("a")) + " " + Path.of("").relativize(Path.of("x")));
    t("relativizeBad", () -> Path.of("/a").relativize(Path.of("b")));
    t("subpath", () -> a.subpath(1, 3) + " " + a.getName(0) + " " + a.startsWith("/home") + " " + a.startsWith("/hom") + " " + a.endsWith("file.txt") + " " + a.endsWith("docs/file.txt") + " " + a.startsWith(Path.of("home")) + " " + Path.of("a/b").compareTo(Path.of("a/c")) + " " + Path.of("a").equals(Path.of("a/")));
    t("subpathBad", () -> a.subpath(2, 1));
    t("nul", () -> Path.of("a\0b"));
    t("toFile", () -> a.toFile().getName() + " " + new File("p/q").toPath().getFileName() + " " + Path.of("rel").toAbsolutePath().isAbsolute());
    base = Files.createTempDirectory("libfiles");
    Path f = base.resolve("hello.txt");
    t("write", () -> Files.writeString(f, "héllo\nworld\n") + " " + Files.size(f) + " " + Files.exists(f) + " " + Files.isRegularFile(f) + " " + Files.isDirectory(f) + " " + Files.isDirectory(base));
    t("read", () -> Files.readString(f).replace("\n", "|") + " " + Files.readAllLines(f) + " " + Arrays.toString(Arrays.copyOf(Files.readAllBytes(f), 4)));
    t("lines", () -> { try (Stream<String> s = Files.lines(f)) { return s.map(String::toUpperCase).collect(Collectors.toList()); } });
    t("append", () -> { Files.write(f, List.of("more", "lines"), StandardOpenOption.APPEND); return Files.readAllLines(f); });
    t("writeBytes", () -> { Path g = base.resolve("bytes.bin"); Files.write(g, new byte[] {1, 2, 3}); Files.write(g, new byte[] {4}, StandardOpenOption.APPEND); return Arrays.toString(Files.readAllBytes(g)); });
    t("createNew", () -> Files.write(base.resolve("bytes.bin"), new byte[0], StandardOpenOption.CREATE_NEW));
    t("noCreate", () -> Files.write(base.resolve("absent.bin"), new byte[0], StandardOpenOption.WRITE));
    t("readMissing", () -> Files.readAllLines(base.resolve("missing.txt")));
    t("readMissing2", () -> Files.readString(base.resolve("missing.txt")));
    t("sizeMissing", () -> Files.size(base.resolve("missing.txt")));
    t("createFile", () -> Files.createFile(base.resolve("empty")) + " " + Files.size(base.resolve("empty")));
    t("createFileAgain", () -> Files.createFile(base.resolve("empty")));
    t("mkdir", () -> Files.createDirectory(base.resolve("d1")) + " " + Files.createDirectories(base.resolve("d1/d2/d3")) + " " + Files.isDirectory(base.resolve("d1/d2")));
    t("mkdirAgain", () -> Files.createDirectory(base.resolve("d1")));
    t("mkdirsOverFile", () -> Files.createDirectories(f));
    t("mkdirNoParent", () -> Files.createDirectory(base.resolve("nope/child")));
    Files.writeString(base.resolve("d1/d2/x.txt"), "x");
    Files.writeString(base.resolve("d1/y.txt"), "y");
    t("walk", () -> { try (Stream<Path> s = Files.walk(base.resolve("d1"))) { return s.map(p -> base.relativize(p).toString()).sorted().collect(Collectors.toList()); } });
    t("walkDepth", () -> { try (Stream<Path> s = Files.walk(base, 1)) { return s.map(p -> base.relativize(p).toString()).sorted().collect(Collectors.toList()); } });
    t("list", () -> { try (Stream<Path> s = Files.list(base)) { return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()); } });
    t("listFile", () -> Files.list(f));
    t("dirstream", () -> { List<String> l = new ArrayList<>(); try (DirectoryStream<Path> ds = Files.newDirectoryStream(base.resolve("d1"))) { for (Path p : ds) l.add(p.getFileName().toString()); } Collections.sort(l); return l; });
    t("find", () -> { try (Stream<Path> s = Files.find(base, 10, (p, attr) -> attr.isRegularFile() && p.toString().endsWith(".txt"))) { return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()); } });
    t("attrs", () -> { BasicFileAttributes at = Files.readAttributes(f, BasicFileAttributes.class); return at.isRegularFile() + " " + at.isDirectory() + " " + at.size() + " " + (at.lastModifiedTime().toMillis() > 0); });
    t("copy", () -> Files.copy(f, base.resolve("copy.txt")) + " " + Files.readAllLines(base.resolve("copy.txt")).size());
    t("copyExists", () -> Files.copy(f, base.resolve("copy.txt")));
    t("copyReplace", () -> { Files.writeString(base.resolve("small.txt"), "s"); return Files.copy(base.resolve("small.txt"), base.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING) + " " + Files.readString(base.resolve("copy.txt")); });
    t("move", () -> Files.move(base.resolve("copy.txt"), base.resolve("moved.txt")) + " " + Files.exists(base.resolve("copy.txt")) + " " + Files.readString(base.resolve("moved.txt")));
    t("moveMissing", () -> Files.move(base.resolve("copy.txt"), base.resolve("m2.txt")));
    t("copyStream", () -> { Files.copy(new ByteArrayInputStream("streamed".getBytes()), base.resolve("s.txt")); ByteArrayOutputStream bo = new ByteArrayOutputStream(); Files.copy(base.resolve("s.txt"), bo); return bo; });
    t("bufferedIO", () -> { try (BufferedWriter w = Files.newBufferedWriter(base.resolve("bw.txt"))) { w.write("line1"); w.newLine(); w.write("line2"); } try (BufferedReader r = Files.newBufferedReader(base.resolve("bw.txt"))) { return r.readLine() + "+" + r.readLine() + "+" + r.readLine(); } });
    t("deleteNonEmpty", () -> { Files.delete(base.resolve("d1")); return null; });
    t("deleteMissing", () -> { Files.delete(base.resolve("missing")); return null; });
    t("deleteIfExists", () -> Files.deleteIfExists(base.resolve("missing")) + " " + Files.deleteIfExists(base.resolve("empty")) + " " + Files.notExists(base.resolve("empty")));
    t("sameFile", () -> Files.isSameFile(f, base.resolve("./hello.txt")) + " " + Files.isSameFile(f, base.resolve("moved.txt")) + " " + Files.isHidden(Path.of(".x")) + " " + Files.isReadable(f));
    t("readDir", () -> Files.readAllBytes(base));
    t("realPath", () -> base.resolve("d1/../hello.txt").toRealPath().equals(f.toRealPath()));
    t("realPathMissing", () -> base.resolve("missing").toRealPath());
    t("tempFile", () -> { Path tf = Files.createTempFile(base, "pre", ".suf"); return tf.getFileName().toString().startsWith("pre") + " " + tf.toString().endsWith(".suf") + " " + Files.size(tf); });
    t("fileTime", () -> FileTime.fromMillis(1700000000123L) + " " + FileTime.fromMillis(0) + " " + FileTime.fromMillis(1500) + " " + FileTime.fromMillis(1700000000123L).toInstant());
    try (Stream<Path> s = Files.walk(base)) { s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    t("cleaned", () -> Files.exists(base));
  }
}
