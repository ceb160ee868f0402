package java.io;

import java.util.ArrayList;

/** Paths and a few file-system queries (Unix only). */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null) throw new NullPointerException();
        path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) throw new NullPointerException();
        path = parent == null ? normalize(child)
            : parent.isEmpty() ? normalize("/" + child) : normalize(parent + "/" + child);
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.getPath(), child);
    }

    /** Drops duplicate and trailing slashes, as UnixFileSystem.normalize does. */
    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        int n = sb.length();
        if (n > 1 && sb.charAt(n - 1) == '/') sb.setLength(n - 1);
        return sb.toString();
    }

    public String getName() {
        int index = path.lastIndexOf('/');
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf('/');
        if (index < 0) return null;
        if (index == 0) return path.length() > 1 ? "/" : null;
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute()) return path;
        String dir = System.getProperty("user.dir");
        return path.isEmpty() ? dir : dir + "/" + path;
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    public String getCanonicalPath() throws IOException {
        String s = canonicalize0(getAbsolutePath());
        return s != null ? s : getAbsolutePath();
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    private static native String canonicalize0(String path);

    /** stat(2) mode bits, or -1 when the file does not exist. */
    private static native int mode0(String path);

    private static native long length0(String path);

    private static native long lastModified0(String path);

    private static native boolean delete0(String path);

    private static native boolean mkdir0(String path);

    private static native int create0(String path);

    private static native String[] list0(String path);

    private static native boolean access0(String path, int mode);

    private static native boolean rename0(String from, String to);

    public boolean exists() {
        return mode0(path) != -1;
    }

    public boolean isDirectory() {
        int m = mode0(path);
        return m != -1 && (m & 0170000) == 0040000;
    }

    public boolean isFile() {
        int m = mode0(path);
        return m != -1 && (m & 0170000) == 0100000;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public boolean canRead() {
        return access0(path, 4);
    }

    public boolean canWrite() {
        return access0(path, 2);
    }

    public boolean canExecute() {
        return access0(path, 1);
    }

    public long length() {
        return length0(path);
    }

    public long lastModified() {
        return lastModified0(path);
    }

    public boolean delete() {
        return delete0(path);
    }

    public boolean createNewFile() throws IOException {
        int r = create0(path);
        if (r < 0) throw new IOException("No such file or directory");
        return r == 1;
    }

    public boolean mkdir() {
        return mkdir0(path);
    }

    public boolean mkdirs() {
        if (exists()) return false;
        if (mkdir()) return true;
        File parent = getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && mkdir();
    }

    public boolean renameTo(File dest) {
        return rename0(path, dest.path);
    }

    public String[] list() {
        return list0(path);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) return null;
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) fs[i] = new File(this, ss[i]);
        return fs;
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if ((names == null) || (filter == null)) return names;
        java.util.List<String> v = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (filter.accept(this, names[i])) v.add(names[i]);
        }
        return v.toArray(new String[v.size()]);
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) return null;
        java.util.ArrayList<File> files = new java.util.ArrayList<>();
        for (String s : ss)
            if ((filter == null) || filter.accept(this, s)) files.add(new File(this, s));
        return files.toArray(new File[files.size()]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) return null;
        java.util.ArrayList<File> files = new java.util.ArrayList<>();
        for (String s : ss) {
            File f = new File(this, s);
            if ((filter == null) || filter.accept(f)) files.add(f);
        }
        return files.toArray(new File[files.size()]);
    }

    private static java.util.ArrayList<File> deleteOnExitList;

    public void deleteOnExit() {
        synchronized (File.class) {
            if (deleteOnExitList == null) {
                deleteOnExitList = new java.util.ArrayList<>();
                Runtime.getRuntime().addShutdownHook(new Thread() {
                    public void run() {
                        for (int i = deleteOnExitList.size() - 1; i >= 0; i--) deleteOnExitList.get(i).delete();
                    }
                });
            }
            if (!deleteOnExitList.contains(this)) deleteOnExitList.add(this);
        }
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        if (suffix == null) suffix = ".tmp";
        File dir = directory != null ? directory : new File(System.getProperty("java.io.tmpdir"));
        java.util.Random r = new java.util.Random();
        for (int tries = 0; tries < 1000; tries++) {
            long n = r.nextLong();
            n = (n == Long.MIN_VALUE) ? 0 : Math.abs(n);
            File f = new File(dir, prefix + Long.toUnsignedString(n) + suffix);
            if (!f.exists()) {
                new FileOutputStream(f).close();
                return f;
            }
        }
        throw new IOException("Unable to create temporary file");
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    public java.nio.file.Path toPath() {
        return java.nio.file.Path.of(path);
    }

    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
