package java.nio.file;

import java.util.List;

public final class FileSystems {
    private FileSystems() {
    }

    static final FileSystem DEFAULT = new FileSystem() {
        public boolean isOpen() {
            return true;
        }

        public boolean isReadOnly() {
            return false;
        }

        public String getSeparator() {
            return "/";
        }

        public Iterable<Path> getRootDirectories() {
            return List.<Path>of(new UnixPath("/"));
        }

        public Path getPath(String first, String... more) {
            String path;
            if (more.length == 0) {
                path = first;
            } else {
                StringBuilder sb = new StringBuilder();
                sb.append(first);
                for (String segment : more) {
                    if (!segment.isEmpty()) {
                        if (sb.length() > 0) sb.append('/');
                        sb.append(segment);
                    }
                }
                path = sb.toString();
            }
            return new UnixPath(path);
        }

        public String toString() {
            return "sun.nio.fs.LinuxFileSystem@" + Integer.toHexString(hashCode());
        }
    };

    public static FileSystem getDefault() {
        return DEFAULT;
    }
}
