// Library conformance: java.time zones — ZoneOffset/ZoneId parsing and errors, tzdata rules (DST gaps and
// overlaps, southern hemisphere, far future via the POSIX rule), ZonedDateTime/OffsetDateTime arithmetic and
// text, Clock, zone patterns in DateTimeFormatter.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.time.zone.*;
import java.util.*;
public class LibZones {
  interface R { Object run() throws Exception; }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
  public static void main(String[] a) {
    String[] offs = {"Z", "+1", "+01", "-0530", "+05:30", "+01:02:03", "+010203", "+19", "1", "+1:00", "+01:60", "+18:00", "-18:01", "UTC", "GMT+2", "UTC-05:30", "UT+1", "UTC+", "Europe/Paris", "America/New_York", "Mars/Olympus", "bad id!", "EST5EDT", "Etc/GMT+5", "Asia/Kolkata", "X"};
    for (String s : offs) t("of " + s, () -> { ZoneId z = ZoneId.of(s); return z + " " + z.getClass().getSimpleName() + " " + z.normalized() + " " + z.getRules().isFixedOffset(); });
    t("offsets", () -> ZoneOffset.ofHours(5) + " " + ZoneOffset.ofHoursMinutes(-3, -30) + " " + ZoneOffset.ofTotalSeconds(3661) + " " + ZoneOffset.UTC + " " + ZoneOffset.MAX + " " + ZoneOffset.ofHours(2).compareTo(ZoneOffset.ofHours(3)) + " " + (ZoneOffset.ofHours(0) == ZoneOffset.UTC) + " " + ZoneOffset.ofHours(1).getTotalSeconds());
    t("offsetBad", () -> ZoneOffset.ofHoursMinutes(1, -30));
    t("offsetBad2", () -> ZoneOffset.ofHours(19));
    ZoneId ny = ZoneId.of("America/New_York"), paris = ZoneId.of("Europe/Paris"), syd = ZoneId.of("Australia/Sydney"), kol = ZoneId.of("Asia/Kolkata");
    t("nyRules", () -> { ZoneRules r = ny.getRules(); Instant w = Instant.parse("2024-01-15T12:00:00Z"), s = Instant.parse("2024-07-15T12:00:00Z"); return r.getOffset(w) + " " + r.getOffset(s) + " " + r.isDaylightSavings(s) + " " + r.getStandardOffset(s) + " " + r.getDaylightSavings(s) + " " + r.nextTransition(w) + " " + r.previousTransition(w) + " " + r.getOffset(Instant.parse("2150-07-01T00:00:00Z")) + " " + r.getOffset(Instant.parse("1900-01-01T00:00:00Z")); });
    t("gap", () -> { LocalDateTime ldt = LocalDateTime.of(2024, 3, 10, 2, 30); ZoneRules r = ny.getRules(); return r.getValidOffsets(ldt) + " " + r.getTransition(ldt) + " " + ZonedDateTime.of(ldt, ny) + " " + r.getOffset(ldt) + " " + r.getTransition(ldt).getDateTimeAfter() + " " + r.getTransition(ldt).isGap() + " " + r.getTransition(ldt).getDuration(); });
    t("overlap", () -> { LocalDateTime ldt = LocalDateTime.of(2024, 11, 3, 1, 30); ZoneRules r = ny.getRules(); ZonedDateTime z = ZonedDateTime.of(ldt, ny); return r.getValidOffsets(ldt) + " " + r.getTransition(ldt) + " " + z + " " + z.withLaterOffsetAtOverlap() + " " + z.withLaterOffsetAtOverlap().withEarlierOffsetAtOverlap() + " " + ZonedDateTime.ofLocal(ldt, ny, ZoneOffset.ofHours(-5)); });
    t("sydney", () -> ZonedDateTime.of(2024, 1, 15, 12, 0, 0, 0, syd) + " " + ZonedDateTime.of(2024, 7, 15, 12, 0, 0, 0, syd) + " " + syd.getRules().nextTransition(Instant.parse("2024-01-01T00:00:00Z")) + " " + ZonedDateTime.of(2100, 1, 15, 12, 0, 0, 0, syd));
    t("future", () -> ZonedDateTime.of(2099, 7, 4, 12, 0, 0, 0, ny) + " " + ZonedDateTime.of(2099, 12, 4, 12, 0, 0, 0, paris) + " " + ny.getRules().getTransition(LocalDateTime.of(2090, 3, 12, 2, 30)));
    ZonedDateTime z = ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ny);
    t("zdt", () -> z + " " + z.plusDays(1) + " " + z.plusHours(24) + " " + z.plus(Duration.ofDays(1)) + " " + z.plus(Period.ofDays(1)) + " " + z.withZoneSameInstant(paris) + " " + z.withZoneSameLocal(paris) + " " + z.toInstant() + " " + z.toEpochSecond() + " " + z.getOffset() + " " + z.toLocalDateTime() + " " + z.toOffsetDateTime());
    t("zdt2", () -> z.getDayOfWeek() + " " + z.get(ChronoField.OFFSET_SECONDS) + " " + z.getLong(ChronoField.INSTANT_SECONDS) + " " + z.truncatedTo(ChronoUnit.DAYS) + " " + z.withHour(3).plusMonths(1) + " " + ChronoUnit.HOURS.between(z, z.plusDays(1)) + " " + ChronoUnit.DAYS.between(z, z.plusDays(1)) + " " + z.isBefore(z.withZoneSameInstant(paris)) + " " + z.isEqual(z.withZoneSameInstant(paris)) + " " + z.equals(z.withZoneSameInstant(paris)) + " " + z.compareTo(z.withZoneSameInstant(paris)) + " " + z.hashCode());
    t("zdtParse", () -> ZonedDateTime.parse("2024-03-10T10:15:30+01:00[Europe/Paris]") + " " + ZonedDateTime.parse("2024-03-10T10:15:30-05:00") + " " + ZonedDateTime.parse("2024-03-10T10:15:30Z") + " " + OffsetDateTime.parse("2024-03-10T10:15:30.5+05:30"));
    t("zdtParseBad", () -> ZonedDateTime.parse("2024-03-10T10:15:30"));
    t("offsetDT", () -> { OffsetDateTime o = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2)); return o + " " + o.withOffsetSameInstant(ZoneOffset.UTC) + " " + o.withOffsetSameLocal(ZoneOffset.UTC) + " " + o.toInstant() + " " + o.atZoneSameInstant(ny) + " " + o.plusHours(30) + " " + o.compareTo(o.withOffsetSameInstant(ZoneOffset.UTC)) + " " + o.isEqual(o.withOffsetSameInstant(ZoneOffset.UTC)) + " " + o.toEpochSecond() + " " + o.getDayOfYear(); });
    Instant i = Instant.parse("2024-06-01T10:00:00Z");
    t("instant", () -> i.atZone(kol) + " " + i.atOffset(ZoneOffset.ofHours(-7)) + " " + LocalDateTime.ofInstant(i, kol) + " " + LocalDate.ofInstant(i, syd) + " " + LocalTime.ofInstant(i, ny) + " " + LocalDateTime.of(2024, 6, 1, 12, 0).toInstant(ZoneOffset.ofHours(2)) + " " + LocalDateTime.of(2024, 6, 1, 12, 0).toEpochSecond(ZoneOffset.UTC) + " " + LocalDateTime.ofEpochSecond(1700000000, 5, ZoneOffset.ofHours(1)) + " " + LocalDate.of(2024, 3, 10).atStartOfDay(ny) + " " + LocalDateTime.of(2024, 3, 10, 2, 30).atZone(ny) + " " + LocalDateTime.of(2024, 3, 10, 2, 30).atOffset(ZoneOffset.UTC));
    Clock fixed = Clock.fixed(i, paris);
    t("clock", () -> fixed + " " + fixed.millis() + " " + LocalDateTime.now(fixed) + " " + LocalDate.now(fixed) + " " + LocalTime.now(fixed) + " " + ZonedDateTime.now(fixed) + " " + Instant.now(fixed) + " " + Clock.offset(fixed, Duration.ofHours(1)).instant() + " " + fixed.withZone(ny).getZone() + " " + Clock.systemUTC().getZone() + " " + OffsetDateTime.now(fixed));
    t("fmt", () -> { ZonedDateTime zz = ZonedDateTime.of(2024, 7, 4, 9, 5, 0, 0, ny); return zz.format(DateTimeFormatter.ISO_ZONED_DATE_TIME) + " | " + zz.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " | " + zz.format(DateTimeFormatter.ISO_DATE_TIME) + " | " + zz.format(DateTimeFormatter.ISO_INSTANT) + " | " + zz.format(DateTimeFormatter.RFC_1123_DATE_TIME) + " | " + zz.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z VV XXX xx Z O OOOO zzzz")) + " | " + zz.withZoneSameInstant(paris).format(DateTimeFormatter.ofPattern("HH:mm z zzzz O")) + " | " + zz.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm z VV X O")) + " | " + zz.withZoneSameInstant(kol).format(DateTimeFormatter.ofPattern("HH:mm z zzzz O XXX"));  });
    t("fmtWithZone", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.of("UTC")).format(i) + " | " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(kol).format(i) + " | " + DateTimeFormatter.ISO_INSTANT.format(i) + " | " + DateTimeFormatter.ISO_INSTANT.format(z));
    t("fmtNoZone", () -> DateTimeFormatter.ofPattern("HH:mm z").format(LocalDateTime.of(2024, 1, 1, 0, 0)));
    t("fmtNoOffset", () -> DateTimeFormatter.ofPattern("HH:mm X").format(LocalDateTime.of(2024, 1, 1, 0, 0)));
    t("parseZone", () -> ZonedDateTime.parse("2024-07-04 09:05 America/New_York", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV")) + " " + ZonedDateTime.parse("2024-07-04T09:05:00+02:00", DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + OffsetDateTime.parse("2024-07-04 09:05 +0530", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z")) + " " + Instant.from(DateTimeFormatter.ISO_INSTANT.parse("2024-07-04T09:05:00.25Z")) + " " + LocalDateTime.parse("2024-07-04T09:05:00+02:00", DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + ZonedDateTime.parse("2024-01-01 10:00", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(paris)));
    t("rfc", () -> ZonedDateTime.parse("Tue, 3 Jun 2008 11:05:30 GMT", DateTimeFormatter.RFC_1123_DATE_TIME));
    t("transitions", () -> { List<ZoneOffsetTransition> tr = paris.getRules().getTransitions(); ZoneOffsetTransition x = paris.getRules().nextTransition(Instant.parse("2023-06-01T00:00:00Z")); return x + " " + x.getInstant() + " " + x.getDateTimeBefore() + " " + x.getDateTimeAfter() + " " + x.isOverlap() + " " + x.isValidOffset(ZoneOffset.ofHours(2)); });
    t("shortIds", () -> ZoneId.of("EST", ZoneId.SHORT_IDS) + " " + ZoneId.of("PST", ZoneId.SHORT_IDS) + " " + ZoneId.SHORT_IDS.get("JST"));
    t("ofOffset", () -> ZoneId.ofOffset("UTC", ZoneOffset.ofHours(3)) + " " + ZoneId.ofOffset("", ZoneOffset.ofHours(3)) + " " + ZoneId.ofOffset("GMT", ZoneOffset.UTC));
    t("available", () -> ZoneId.getAvailableZoneIds().contains("Europe/Paris") + " " + ZoneId.getAvailableZoneIds().contains("America/New_York"));
  }
}
