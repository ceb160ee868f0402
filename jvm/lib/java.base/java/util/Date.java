package java.util;

import java.time.Instant;

/** A point in time in milliseconds; its text uses the local zone (TZ, /etc/localtime). */
public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    /** Local calendar fields at epochSecond: year, month (0-11), day, hour, minute, second,
     * weekday (0 = Sunday), UTC offset in seconds; returns the zone's abbreviation. */
    private static native String local0(long epochSecond, int[] out);

    private int[] fields() {
        int[] f = new int[8];
        local0(Math.floorDiv(fastTime, 1000L), f);
        return f;
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    public boolean before(Date when) {
        return fastTime < when.fastTime;
    }

    public boolean after(Date when) {
        return fastTime > when.fastTime;
    }

    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    public int compareTo(Date anotherDate) {
        return Long.compare(fastTime, anotherDate.fastTime);
    }

    public int hashCode() {
        long ht = this.getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    @Deprecated
    public int getYear() {
        return fields()[0] - 1900;
    }

    @Deprecated
    public int getMonth() {
        return fields()[1];
    }

    @Deprecated
    public int getDate() {
        return fields()[2];
    }

    @Deprecated
    public int getDay() {
        return fields()[6];
    }

    @Deprecated
    public int getHours() {
        return fields()[3];
    }

    @Deprecated
    public int getMinutes() {
        return fields()[4];
    }

    @Deprecated
    public int getSeconds() {
        return fields()[5];
    }

    @Deprecated
    public int getTimezoneOffset() {
        return -fields()[7] / 60;
    }

    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static void two(StringBuilder sb, int v) {
        if (v < 10) sb.append('0');
        sb.append(v);
    }

    /** "EEE MMM dd HH:mm:ss zzz yyyy", as the JDK prints it. */
    public String toString() {
        int[] f = new int[8];
        String zone = local0(Math.floorDiv(fastTime, 1000L), f);
        StringBuilder sb = new StringBuilder(28);
        sb.append(DAYS[f[6]]).append(' ').append(MONTHS[f[1]]).append(' ');
        two(sb, f[2]);
        sb.append(' ');
        two(sb, f[3]);
        sb.append(':');
        two(sb, f[4]);
        sb.append(':');
        two(sb, f[5]);
        sb.append(' ').append(zone == null ? "GMT" : zone).append(' ').append(f[0]);
        return sb.toString();
    }

    public static Date from(Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(getTime());
    }
}
