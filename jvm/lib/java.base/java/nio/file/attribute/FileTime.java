package java.nio.file.attribute;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

public final class FileTime implements Comparable<FileTime> {
    private final long nanos;

    private FileTime(long nanos) {
        this.nanos = nanos;
    }

    public static FileTime from(long value, TimeUnit unit) {
        return new FileTime(unit.toNanos(value));
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(TimeUnit.MILLISECONDS.toNanos(value));
    }

    public static FileTime from(Instant instant) {
        return new FileTime(instant.getEpochSecond() * 1000_000_000L + instant.getNano());
    }

    public long to(TimeUnit unit) {
        return unit.convert(nanos, TimeUnit.NANOSECONDS);
    }

    public long toMillis() {
        return Math.floorDiv(nanos, 1000_000L);
    }

    public Instant toInstant() {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1000_000_000L), Math.floorMod(nanos, 1000_000_000L));
    }

    public boolean equals(Object obj) {
        return (obj instanceof FileTime) ? compareTo((FileTime) obj) == 0 : false;
    }

    public int hashCode() {
        return toInstant().hashCode();
    }

    public int compareTo(FileTime other) {
        return Long.compare(nanos, other.nanos);
    }

    /** ISO-8601 like the JDK: the fraction without trailing zeros, years beyond 9999 with a sign. */
    public String toString() {
        Instant i = toInstant();
        String s = i.toString();
        int dot = s.indexOf('.');
        if (dot >= 0) {
            int end = s.length() - 1;
            while (s.charAt(end - 1) == '0') end--;
            if (s.charAt(end - 1) == '.') end--;
            s = s.substring(0, end) + "Z";
        }
        return s;
    }
}
