package java.time.zone;

import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The offsets of a zone over time: a fixed offset, or the transitions of a
 * TZif file from the system's tzdata (/usr/share/zoneinfo, or $TZDIR),
 * continued by its POSIX TZ footer rule until 2200.
 */
public final class ZoneRules implements java.io.Serializable {
    /** Transition instants (epoch seconds), ascending. */
    private final long[] transitions;
    /** offsets[i] holds before transitions[i] (and offsets[length] after the last). */
    private final ZoneOffset[] offsets;
    private final ZoneOffset[] standardOffsets;
    private final String[] names;

    private ZoneRules(long[] transitions, ZoneOffset[] offsets, ZoneOffset[] standardOffsets, String[] names) {
        this.transitions = transitions;
        this.offsets = offsets;
        this.standardOffsets = standardOffsets;
        this.names = names;
    }

    public static ZoneRules of(ZoneOffset offset) {
        return new ZoneRules(new long[0], new ZoneOffset[] {offset}, new ZoneOffset[] {offset}, new String[] {null});
    }

    // ---- loading -------------------------------------------------------------------------

    private static final HashMap<String, ZoneRules> CACHE = new HashMap<>();

    private static String zoneDir() {
        String dir = System.getenv("TZDIR");
        return (dir != null && !dir.isEmpty()) ? dir : "/usr/share/zoneinfo";
    }

    /** The rules of a region ID, or ZoneRulesException("Unknown time-zone ID: ..."). */
    public static synchronized ZoneRules forId(String id) {
        ZoneRules r = CACHE.get(id);
        if (r != null) return r;
        if (id.contains("..") || id.startsWith("/")) throw new ZoneRulesException("Unknown time-zone ID: " + id);
        java.io.File f = new java.io.File(zoneDir(), id);
        if (!f.isFile()) throw new ZoneRulesException("Unknown time-zone ID: " + id);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new FileInputStream(f)))) {
            r = readTzif(in);
        } catch (IOException | RuntimeException e) {
            throw new ZoneRulesException("Unknown time-zone ID: " + id);
        }
        CACHE.put(id, r);
        return r;
    }

    /** The region IDs of the tzdata directory (files that start with "TZif"). */
    public static Set<String> availableIds() {
        TreeSet<String> ids = new TreeSet<>();
        collect(new java.io.File(zoneDir()), "", ids);
        return ids;
    }

    private static void collect(java.io.File dir, String prefix, Set<String> out) {
        String[] names = dir.list();
        if (names == null) return;
        for (String n : names) {
            java.io.File f = new java.io.File(dir, n);
            if (n.startsWith(".") || n.equals("posix") || n.equals("right") || n.equals("posixrules")) continue;
            if (f.isDirectory()) {
                collect(f, prefix + n + "/", out);
            } else if (n.indexOf('.') < 0 && Character.isUpperCase(n.charAt(0))) {
                try (FileInputStream in = new FileInputStream(f)) {
                    byte[] magic = new byte[4];
                    if (in.read(magic) == 4 && magic[0] == 'T' && magic[1] == 'Z' && magic[2] == 'i' && magic[3] == 'f')
                        out.add(prefix + n);
                } catch (IOException e) {
                    // skip
                }
            }
        }
    }

    private static int[] header(DataInputStream in) throws IOException {
        byte[] magic = new byte[4];
        in.readFully(magic);
        if (magic[0] != 'T' || magic[1] != 'Z' || magic[2] != 'i' || magic[3] != 'f') throw new IOException("not TZif");
        int version = in.readUnsignedByte();
        in.skipBytes(15);
        int[] h = new int[7];
        for (int i = 0; i < 6; i++) h[i] = in.readInt();   // isutcnt isstdcnt leapcnt timecnt typecnt charcnt
        h[6] = version;
        return h;
    }

    private static ZoneRules readTzif(DataInputStream in) throws IOException {
        int[] h = header(in);
        int timeSize = 4;
        if (h[6] >= '2') {
            in.skipBytes(h[3] * 4 + h[3] + h[4] * 6 + h[5] + h[2] * 8 + h[1] + h[0]);
            h = header(in);
            timeSize = 8;
        }
        int leapcnt = h[2], timecnt = h[3], typecnt = h[4], charcnt = h[5];
        long[] times = new long[timecnt];
        for (int i = 0; i < timecnt; i++) times[i] = timeSize == 8 ? in.readLong() : in.readInt();
        int[] idx = new int[timecnt];
        for (int i = 0; i < timecnt; i++) idx[i] = in.readUnsignedByte();
        int[] utoff = new int[typecnt];
        boolean[] isdst = new boolean[typecnt];
        int[] abbr = new int[typecnt];
        for (int i = 0; i < typecnt; i++) {
            utoff[i] = in.readInt();
            isdst[i] = in.readUnsignedByte() != 0;
            abbr[i] = in.readUnsignedByte();
        }
        byte[] chars = new byte[charcnt];
        in.readFully(chars);
        in.skipBytes(leapcnt * (timeSize + 4) + h[1] + h[0]);
        String footer = null;
        if (timeSize == 8) {
            StringBuilder sb = new StringBuilder();
            int c = in.read();
            if (c == '\n') {
                while ((c = in.read()) >= 0 && c != '\n') sb.append((char) c);
                footer = sb.toString();
            }
        }
        ArrayList<Long> tr = new ArrayList<>();
        ArrayList<ZoneOffset> offs = new ArrayList<>();
        ArrayList<ZoneOffset> stds = new ArrayList<>();
        ArrayList<String> nms = new ArrayList<>();
        ZoneOffset firstStd = null;
        for (int i = 0; i < typecnt; i++) {
            if (!isdst[i]) {
                firstStd = ZoneOffset.ofTotalSeconds(utoff[i]);
                break;
            }
        }
        offs.add(ZoneOffset.ofTotalSeconds(utoff[0]));
        ZoneOffset std = isdst[0] ? firstStd : ZoneOffset.ofTotalSeconds(utoff[0]);
        stds.add(std);
        nms.add(name(chars, abbr[0]));
        for (int i = 0; i < timecnt; i++) {
            if (times[i] < -(1L << 40)) {          // "big bang" markers: before any date we can express
                int t = idx[i];
                offs.set(0, ZoneOffset.ofTotalSeconds(utoff[t]));
                if (!isdst[t]) std = ZoneOffset.ofTotalSeconds(utoff[t]);
                stds.set(0, std);
                nms.set(0, name(chars, abbr[t]));
                continue;
            }
            int t = idx[i];
            ZoneOffset o = ZoneOffset.ofTotalSeconds(utoff[t]);
            if (!isdst[t]) std = o;
            tr.add(times[i]);
            offs.add(o);
            stds.add(std);
            nms.add(name(chars, abbr[t]));
        }
        if (footer != null && !footer.isEmpty()) extend(footer, tr, offs, stds, nms);
        long[] ta = new long[tr.size()];
        for (int i = 0; i < ta.length; i++) ta[i] = tr.get(i);
        return new ZoneRules(ta, offs.toArray(new ZoneOffset[0]), stds.toArray(new ZoneOffset[0]), nms.toArray(new String[0]));
    }

    private static String name(byte[] chars, int start) {
        int end = start;
        while (end < chars.length && chars[end] != 0) end++;
        return new String(chars, start, end - start, java.nio.charset.StandardCharsets.US_ASCII);
    }

    // ---- POSIX TZ footers ("EST5EDT,M3.2.0,M11.1.0") --------------------------------------

    private static final class Posix {
        final String s;
        int pos;

        Posix(String s) {
            this.s = s;
        }

        boolean more() {
            return pos < s.length();
        }

        char peek() {
            return s.charAt(pos);
        }

        String name() {
            if (peek() == '<') {
                int end = s.indexOf('>', pos);
                String n = s.substring(pos + 1, end);
                pos = end + 1;
                return n;
            }
            int start = pos;
            while (more() && Character.isLetter(peek())) pos++;
            return s.substring(start, pos);
        }

        /** [+-]hh[:mm[:ss]] in seconds. */
        int time() {
            int sign = 1;
            if (peek() == '+' || peek() == '-') {
                if (peek() == '-') sign = -1;
                pos++;
            }
            int v = number() * 3600;
            if (more() && peek() == ':') {
                pos++;
                v += number() * 60;
                if (more() && peek() == ':') {
                    pos++;
                    v += number();
                }
            }
            return sign * v;
        }

        int number() {
            int start = pos;
            while (more() && Character.isDigit(peek())) pos++;
            return Integer.parseInt(s.substring(start, pos));
        }
    }

    /** A DST rule date: kind 'M' (month, week, day), 'J' (1-365, no Feb 29) or 'N' (0-365). */
    private static final class RuleDate {
        char kind;
        int m, w, d, n;
        int time = 7200;

        LocalDate date(int year) {
            if (kind == 'M') {
                LocalDate first = LocalDate.of(year, m, 1);
                int wday = first.getDayOfWeek().getValue() % 7;       // 0 = Sunday
                int day = 1 + (d - wday + 7) % 7 + (w - 1) * 7;
                int len = first.lengthOfMonth();
                while (day > len) day -= 7;
                return LocalDate.of(year, m, day);
            }
            if (kind == 'J') {
                LocalDate base = LocalDate.of(year, 1, 1).plusDays(n - 1);
                if (base.isLeapYear() && n >= 60) base = base.plusDays(1);
                return base;
            }
            return LocalDate.of(year, 1, 1).plusDays(n);
        }
    }

    private static RuleDate ruleDate(Posix p) {
        RuleDate r = new RuleDate();
        if (p.peek() == 'M') {
            p.pos++;
            r.kind = 'M';
            r.m = p.number();
            p.pos++;
            r.w = p.number();
            p.pos++;
            r.d = p.number();
        } else if (p.peek() == 'J') {
            p.pos++;
            r.kind = 'J';
            r.n = p.number();
        } else {
            r.kind = 'N';
            r.n = p.number();
        }
        if (p.more() && p.peek() == '/') {
            p.pos++;
            r.time = p.time();
        }
        return r;
    }

    private static void extend(String footer, List<Long> tr, List<ZoneOffset> offs, List<ZoneOffset> stds, List<String> nms) {
        Posix p = new Posix(footer);
        String stdName = p.name();
        ZoneOffset stdOff = ZoneOffset.ofTotalSeconds(-p.time());
        if (!p.more()) {
            ZoneOffset last = offs.get(offs.size() - 1);
            if (!last.equals(stdOff)) {
                long t = tr.isEmpty() ? Long.MIN_VALUE / 2 : tr.get(tr.size() - 1);
                if (tr.isEmpty()) {
                    offs.set(0, stdOff);
                    stds.set(0, stdOff);
                    nms.set(0, stdName);
                } else {
                    tr.add(t + 1);
                    offs.add(stdOff);
                    stds.add(stdOff);
                    nms.add(stdName);
                }
            }
            return;
        }
        String dstName = p.name();
        ZoneOffset dstOff = ZoneOffset.ofTotalSeconds(stdOff.getTotalSeconds() + 3600);
        if (p.more() && p.peek() != ',') dstOff = ZoneOffset.ofTotalSeconds(-p.time());
        if (!p.more() || p.peek() != ',') return;
        p.pos++;
        RuleDate start = ruleDate(p);
        p.pos++;
        RuleDate end = ruleDate(p);
        long last = tr.isEmpty() ? 0 : tr.get(tr.size() - 1);
        int year = LocalDateTime.ofEpochSecond(last, 0, ZoneOffset.UTC).getYear();
        for (int y = year; y <= 2200; y++) {
            long s = start.date(y).toEpochDay() * 86400 + start.time - stdOff.getTotalSeconds();
            long e = end.date(y).toEpochDay() * 86400 + end.time - dstOff.getTotalSeconds();
            long first = Math.min(s, e), second = Math.max(s, e);
            boolean startFirst = s < e;
            add(tr, offs, stds, nms, first, startFirst ? dstOff : stdOff, stdOff, startFirst ? dstName : stdName);
            add(tr, offs, stds, nms, second, startFirst ? stdOff : dstOff, stdOff, startFirst ? stdName : dstName);
        }
    }

    private static void add(List<Long> tr, List<ZoneOffset> offs, List<ZoneOffset> stds, List<String> nms,
                            long t, ZoneOffset o, ZoneOffset std, String name) {
        if (!tr.isEmpty() && t <= tr.get(tr.size() - 1)) return;
        if (offs.get(offs.size() - 1).equals(o)) return;
        tr.add(t);
        offs.add(o);
        stds.add(std);
        nms.add(name);
    }

    // ---- queries -------------------------------------------------------------------------

    /** Index into offsets for an instant. */
    private int indexOf(long epochSecond) {
        int lo = 0, hi = transitions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (transitions[mid] <= epochSecond) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public boolean isFixedOffset() {
        return transitions.length == 0;
    }

    public ZoneOffset getOffset(Instant instant) {
        if (transitions.length == 0) return offsets[0];
        return offsets[indexOf(instant.getEpochSecond())];
    }

    /** The zone's abbreviation in effect at an instant ("EST", "CEST"), or null. */
    public String abbreviation(Instant instant) {
        if (transitions.length == 0) return names[0];
        return names[indexOf(instant.getEpochSecond())];
    }

    /** The transition whose local window contains local (a gap or an overlap), or null. */
    private Object offsetInfo(LocalDateTime dt) {
        if (transitions.length == 0) return offsets[0];
        long local = dt.toEpochSecond(ZoneOffset.UTC);
        int lo = 0, hi = transitions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int b = offsets[mid].getTotalSeconds(), a = offsets[mid + 1].getTotalSeconds();
            if (transitions[mid] + Math.min(a, b) <= local) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return offsets[0];
        int i = lo - 1;
        ZoneOffset before = offsets[i], after = offsets[i + 1];
        long windowEnd = transitions[i] + Math.max(before.getTotalSeconds(), after.getTotalSeconds());
        if (local < windowEnd && !before.equals(after)) return new ZoneOffsetTransition(transitions[i], before, after);
        return after;
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition) return ((ZoneOffsetTransition) info).getOffsetBefore();
        return (ZoneOffset) info;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition) return ((ZoneOffsetTransition) info).getValidOffsets();
        return Collections.singletonList((ZoneOffset) info);
    }

    public ZoneOffsetTransition getTransition(LocalDateTime localDateTime) {
        Object info = offsetInfo(localDateTime);
        return (info instanceof ZoneOffsetTransition ? (ZoneOffsetTransition) info : null);
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return getValidOffsets(localDateTime).contains(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        if (transitions.length == 0) return standardOffsets[0];
        return standardOffsets[indexOf(instant.getEpochSecond())];
    }

    public Duration getDaylightSavings(Instant instant) {
        return Duration.ofSeconds(getOffset(instant).getTotalSeconds() - getStandardOffset(instant).getTotalSeconds());
    }

    public boolean isDaylightSavings(Instant instant) {
        return !getStandardOffset(instant).equals(getOffset(instant));
    }

    public ZoneOffsetTransition nextTransition(Instant instant) {
        int i = indexOf(instant.getEpochSecond());
        for (; i < transitions.length; i++) {
            if (!offsets[i].equals(offsets[i + 1])) return new ZoneOffsetTransition(transitions[i], offsets[i], offsets[i + 1]);
        }
        return null;
    }

    public ZoneOffsetTransition previousTransition(Instant instant) {
        long s = instant.getEpochSecond();
        if (instant.getNano() > 0) s++;
        int i = indexOf(s - 1) - 1;
        for (; i >= 0; i--) {
            if (!offsets[i].equals(offsets[i + 1])) return new ZoneOffsetTransition(transitions[i], offsets[i], offsets[i + 1]);
        }
        return null;
    }

    public List<ZoneOffsetTransition> getTransitions() {
        ArrayList<ZoneOffsetTransition> list = new ArrayList<>();
        for (int i = 0; i < transitions.length; i++) {
            if (!offsets[i].equals(offsets[i + 1])) list.add(new ZoneOffsetTransition(transitions[i], offsets[i], offsets[i + 1]));
        }
        return list;
    }

    public boolean equals(Object otherRules) {
        if (this == otherRules) return true;
        if (!(otherRules instanceof ZoneRules)) return false;
        ZoneRules o = (ZoneRules) otherRules;
        return java.util.Arrays.equals(transitions, o.transitions) && java.util.Arrays.equals(offsets, o.offsets);
    }

    public int hashCode() {
        return java.util.Arrays.hashCode(transitions) ^ java.util.Arrays.hashCode(offsets);
    }

    public String toString() {
        if (transitions.length == 0) return "ZoneRules[currentStandardOffset=" + standardOffsets[0] + "]";
        return "ZoneRules[currentStandardOffset=" + getStandardOffset(Instant.now()) + "]";
    }
}
