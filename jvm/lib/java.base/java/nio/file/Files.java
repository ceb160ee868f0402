package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File operations on Unix paths.  Failures throw the JDK's exceptions
 * (NoSuchFileException naming the path, FileAlreadyExistsException, ...);
 * text defaults to UTF-8 as in the JDK.  Directory listings come in the
 * order readdir gives, as the JDK's.
 */
public final class Files {
    private Files() {
    }

    // ---- attributes ----------------------------------------------------------------------

    private static boolean follow(LinkOption... options) {
        for (LinkOption o : options) if (o == LinkOption.NOFOLLOW_LINKS) return false;
        return true;
    }

    /** stat results (mode, size, mtime ns, inode, device, links), or throws for errno. */
    static long[] stat(Path path, boolean follow) throws IOException {
        long[] out = new long[6];
        int err = UnixOps.stat0(path.toString(), follow, out);
        if (err != 0) throw UnixOps.exception(err, path.toString(), null);
        return out;
    }

    private static long[] statOrNull(Path path, boolean follow) {
        long[] out = new long[6];
        return UnixOps.stat0(path.toString(), follow, out) == 0 ? out : null;
    }

    static void checkExists(Path path) throws IOException {
        stat(path, true);
    }

    public static boolean exists(Path path, LinkOption... options) {
        return statOrNull(path, follow(options)) != null;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        long[] out = new long[6];
        return UnixOps.stat0(path.toString(), follow(options), out) == UnixOps.ENOENT;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        long[] st = statOrNull(path, follow(options));
        return st != null && (st[0] & UnixOps.S_IFMT) == UnixOps.S_IFDIR;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        long[] st = statOrNull(path, follow(options));
        return st != null && (st[0] & UnixOps.S_IFMT) == UnixOps.S_IFREG;
    }

    public static boolean isSymbolicLink(Path path) {
        long[] st = statOrNull(path, false);
        return st != null && (st[0] & UnixOps.S_IFMT) == UnixOps.S_IFLNK;
    }

    public static boolean isReadable(Path path) {
        return path.toFile().canRead();
    }

    public static boolean isWritable(Path path) {
        return path.toFile().canWrite();
    }

    public static boolean isExecutable(Path path) {
        return path.toFile().canExecute();
    }

    public static boolean isHidden(Path path) throws IOException {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static long size(Path path) throws IOException {
        return stat(path, true)[1];
    }

    public static FileTime getLastModifiedTime(Path path, LinkOption... options) throws IOException {
        return FileTime.from(stat(path, follow(options))[2], java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    @SuppressWarnings("unchecked")
    public static <A extends java.nio.file.attribute.BasicFileAttributes> A readAttributes(Path path, Class<A> type,
                                                                                        LinkOption... options)
            throws IOException {
        if (type != java.nio.file.attribute.BasicFileAttributes.class) throw new UnsupportedOperationException();
        final long[] st = stat(path, follow(options));
        return (A) new java.nio.file.attribute.BasicFileAttributes() {
            private int kind() {
                return (int) (st[0] & UnixOps.S_IFMT);
            }

            public FileTime lastModifiedTime() {
                return FileTime.from(st[2], java.util.concurrent.TimeUnit.NANOSECONDS);
            }

            public FileTime lastAccessTime() {
                return lastModifiedTime();
            }

            public FileTime creationTime() {
                return lastModifiedTime();
            }

            public boolean isRegularFile() {
                return kind() == UnixOps.S_IFREG;
            }

            public boolean isDirectory() {
                return kind() == UnixOps.S_IFDIR;
            }

            public boolean isSymbolicLink() {
                return kind() == UnixOps.S_IFLNK;
            }

            public boolean isOther() {
                return !isRegularFile() && !isDirectory() && !isSymbolicLink();
            }

            public long size() {
                return st[1];
            }

            public Object fileKey() {
                return "(dev=" + Long.toHexString(st[4]) + ",ino=" + st[3] + ")";
            }
        };
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) return true;
        long[] a = stat(path, true), b = stat(path2, true);
        return a[3] == b[3] && a[4] == b[4];
    }

    // ---- creating and deleting -----------------------------------------------------------

    public static Path createFile(Path path, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        int err = UnixOps.create0(path.toString());
        if (err != 0) throw UnixOps.exception(err, path.toString(), null);
        return path;
    }

    public static Path createDirectory(Path dir, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        int err = UnixOps.mkdir0(dir.toString());
        if (err != 0) throw UnixOps.exception(err, dir.toString(), null);
        return dir;
    }

    public static Path createDirectories(Path dir, java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        if (isDirectory(dir)) return dir;
        if (exists(dir, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(dir.toString());
        Path abs = dir.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent != null && !isDirectory(parent)) createDirectories(parent);
        int err = UnixOps.mkdir0(dir.toString());
        if (err != 0 && !(err == UnixOps.EEXIST && isDirectory(dir))) throw UnixOps.exception(err, dir.toString(), null);
        return dir;
    }

    private static String tempDir() {
        return System.getProperty("java.io.tmpdir");
    }

    private static String tempName(String prefix, String suffix) {
        long n = new java.util.Random().nextLong();
        n = (n == Long.MIN_VALUE) ? 0 : Math.abs(n);
        return (prefix == null ? "" : prefix) + Long.toUnsignedString(n) + suffix;
    }

    public static Path createTempFile(Path dir, String prefix, String suffix,
                                      java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
        Path d = dir == null ? Path.of(tempDir()) : dir;
        for (int tries = 0; ; tries++) {
            Path p = d.resolve(tempName(prefix, suffix == null ? ".tmp" : suffix));
            int err = UnixOps.create0(p.toString());
            if (err == 0) return p;
            if (err != UnixOps.EEXIST || tries > 100) throw UnixOps.exception(err, p.toString(), null);
        }
    }

    public static Path createTempFile(String prefix, String suffix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        return createTempFile(null, prefix, suffix, attrs);
    }

    public static Path createTempDirectory(Path dir, String prefix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        Path d = dir == null ? Path.of(tempDir()) : dir;
        for (int tries = 0; ; tries++) {
            Path p = d.resolve(tempName(prefix, ""));
            int err = UnixOps.mkdir0(p.toString());
            if (err == 0) return p;
            if (err != UnixOps.EEXIST || tries > 100) throw UnixOps.exception(err, p.toString(), null);
        }
    }

    public static Path createTempDirectory(String prefix, java.nio.file.attribute.FileAttribute<?>... attrs)
            throws IOException {
        return createTempDirectory(null, prefix, attrs);
    }

    public static void delete(Path path) throws IOException {
        long[] st = stat(path, false);
        boolean dir = (st[0] & UnixOps.S_IFMT) == UnixOps.S_IFDIR;
        int err = dir ? UnixOps.rmdir0(path.toString()) : UnixOps.unlink0(path.toString());
        if (err == UnixOps.EEXIST) err = UnixOps.ENOTEMPTY;
        if (err != 0) throw UnixOps.exception(err, path.toString(), null);
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        if (statOrNull(path, false) == null) return false;
        delete(path);
        return true;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        long[] st = stat(source, true);
        if (exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!replace) throw new FileAlreadyExistsException(target.toString());
            delete(target);
        }
        if ((st[0] & UnixOps.S_IFMT) == UnixOps.S_IFDIR) {
            createDirectory(target);
            return target;
        }
        try (InputStream in = new FileInputStream(source.toString());
             OutputStream out = new FileOutputStream(target.toString())) {
            in.transferTo(out);
        }
        return target;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING || o == StandardCopyOption.ATOMIC_MOVE) replace = true;
        stat(source, false);
        if (!replace && exists(target, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(target.toString());
        int err = UnixOps.rename0(source.toString(), target.toString());
        if (err == UnixOps.EXDEV) {
            copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            delete(source);
            return target;
        }
        if (err != 0) throw UnixOps.exception(err, source.toString(), target.toString());
        return target;
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        boolean replace = false;
        for (CopyOption o : options) if (o == StandardCopyOption.REPLACE_EXISTING) replace = true;
        if (exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!replace) throw new FileAlreadyExistsException(target.toString());
            delete(target);
        }
        try (OutputStream out = new FileOutputStream(target.toString())) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    // ---- streams -------------------------------------------------------------------------

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        long[] st = stat(path, true);
        if ((st[0] & UnixOps.S_IFMT) == UnixOps.S_IFDIR) {
            return new InputStream() {       // opening a directory works; reading it fails (EISDIR)
                public int read() throws IOException {
                    throw new IOException("Is a directory");
                }

                public int read(byte[] b, int off, int len) throws IOException {
                    throw new IOException("Is a directory");
                }
            };
        }
        try {
            return new FileInputStream(path.toString());
        } catch (java.io.FileNotFoundException e) {
            throw new AccessDeniedException(path.toString());
        }
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        boolean append = false, create = options.length == 0, createNew = false, truncate = options.length == 0;
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND) append = true;
            else if (o == StandardOpenOption.CREATE) create = true;
            else if (o == StandardOpenOption.CREATE_NEW) createNew = true;
            else if (o == StandardOpenOption.TRUNCATE_EXISTING) truncate = true;
            else if (o == StandardOpenOption.READ) throw new IllegalArgumentException("READ not allowed");
        }
        if (append && truncate && options.length > 0) throw new IllegalArgumentException("READ + APPEND not allowed");
        String p = path.toString();
        if (createNew) {
            int err = UnixOps.create0(p);
            if (err != 0) throw UnixOps.exception(err, p, null);
        } else if (!create) {
            stat(path, true);
        }
        long[] st = statOrNull(path, true);
        if (st != null && (st[0] & UnixOps.S_IFMT) == UnixOps.S_IFDIR) throw new FileSystemException(p, null, "Is a directory");
        if (st == null) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !exists(parent)) throw new NoSuchFileException(p);
        }
        try {
            return new FileOutputStream(p, append || (!truncate && st != null));
        } catch (java.io.FileNotFoundException e) {
            throw new AccessDeniedException(p);
        }
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        return new BufferedReader(new InputStreamReader(newInputStream(path), cs));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    // ---- whole files ---------------------------------------------------------------------

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        return new String(readAllBytes(path), cs);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (;;) {
                String line = reader.readLine();
                if (line == null) break;
                result.add(line);
            }
            return result;
        }
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        String sep = System.lineSeparator();
        try (BufferedWriter w = newBufferedWriter(path, cs, options)) {
            for (CharSequence line : lines) {
                w.append(line);
                w.write(sep);
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options) throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(csq);
        return write(path, csq.toString().getBytes(cs), options);
    }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        final BufferedReader br = newBufferedReader(path, cs);
        return br.lines().onClose(new Runnable() {
            public void run() {
                try {
                    br.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    // ---- directories ---------------------------------------------------------------------

    private static List<Path> entries(Path dir) throws IOException {
        long[] st = stat(dir, true);
        if ((st[0] & UnixOps.S_IFMT) != UnixOps.S_IFDIR) throw new NotDirectoryException(dir.toString());
        String[] names = new File(dir.toString()).list();
        if (names == null) throw new AccessDeniedException(dir.toString());
        List<Path> out = new ArrayList<>(names.length);
        for (String n : names) out.add(dir.resolve(n));
        return out;
    }

    public static Stream<Path> list(Path dir) throws IOException {
        return entries(dir).stream();
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        final List<Path> list = entries(dir);
        return new DirectoryStream<Path>() {
            private boolean iterated;

            public Iterator<Path> iterator() {
                if (iterated) throw new IllegalStateException("Iterator already obtained");
                iterated = true;
                return list.iterator();
            }

            public void close() {
            }
        };
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, final DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        final List<Path> list = new ArrayList<>();
        for (Path p : entries(dir)) if (filter.accept(p)) list.add(p);
        return new DirectoryStream<Path>() {
            public Iterator<Path> iterator() {
                return list.iterator();
            }

            public void close() {
            }
        };
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    /** Depth-first, each directory before its entries, entries in readdir order (as the JDK's walk). */
    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) throw new IllegalArgumentException("'maxDepth' is negative");
        stat(start, true);
        List<Path> out = new ArrayList<>();
        walk(start, 0, maxDepth, out);
        return out.stream();
    }

    private static void walk(Path p, int depth, int maxDepth, List<Path> out) throws IOException {
        out.add(p);
        if (depth < maxDepth && isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            for (Path c : entries(p)) walk(c, depth + 1, maxDepth, out);
        }
    }

    public static Stream<Path> find(Path start, int maxDepth,
                                    java.util.function.BiPredicate<Path, java.nio.file.attribute.BasicFileAttributes> matcher,
                                    FileVisitOption... options) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Iterator<Path> it = walk(start, maxDepth, options).iterator(); it.hasNext(); ) {
            Path p = it.next();
            if (matcher.test(p, readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class))) out.add(p);
        }
        return out.stream();
    }
}
