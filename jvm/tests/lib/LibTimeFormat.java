// Library conformance: java.time.format patterns, formatter toString, parse errors and resolution, fields.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.time.*; import java.time.format.*; import java.time.temporal.*; import java.util.*;
public class LibTimeFormat {
  interface R { Object run() throws Exception; }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); if (e.getCause() != null) System.out.println("   cause " + e.getCause()); } }
  public static void main(String[] a) {
    LocalDateTime dt = LocalDateTime.of(2024, 3, 10, 23, 59, 30, 123456789);
    LocalDate d = LocalDate.of(2024, 1, 7);
    String[] pats = {"yyyy-MM-dd", "yy", "y", "yyy", "yyyyy", "uuuu", "M", "MM", "MMM", "MMMM", "MMMMM", "L", "LLLL", "d", "dd", "D", "DD", "DDD",
      "E", "EE", "EEE", "EEEE", "EEEEE", "a", "h", "hh", "H", "HH", "k", "kk", "K", "KK", "m", "mm", "s", "ss", "S", "SS", "SSS", "SSSSSS", "SSSSSSSSS", "n", "nnnn", "N", "A",
      "G", "GGGG", "GGGGG", "Q", "QQ", "QQQ", "QQQQ", "q", "qqqq", "e", "ee", "eee", "eeee", "c", "ccc", "cccc", "w", "ww", "W", "Y", "YY", "YYYY", "F",
      "'T'", "''", "'it''s'", "yyyy[-MM[-dd]]", "ppd", "pppM", "HH:mm:ss.SSS", "yyyyMMddHHmmss", "[HH:mm]", "yyyy-MM-dd'T'HH:mm:ss"};
    for (String p : pats) {
      t("pat " + p, () -> { DateTimeFormatter f = DateTimeFormatter.ofPattern(p); return f + " | " + dt.format(f) + " | " + d.format(f); });
    }
    String[] bad = {"yyyy-qq-xx", "ddd", "HHH", "aa", "'abc", "{", "#", "]", "p", "b", "t", "cc", "VV", "VVV", "z", "X", "Z", "O", "x", "SSSSSSSSSS", "EEEEEE", "MMMMMM"};
    for (String p : bad) t("bad " + p, () -> { DateTimeFormatter f = DateTimeFormatter.ofPattern(p); return f + " | " + dt.format(f); });
    t("iso", () -> DateTimeFormatter.ISO_LOCAL_DATE + "\n" + DateTimeFormatter.ISO_LOCAL_TIME + "\n" + DateTimeFormatter.ISO_LOCAL_DATE_TIME + "\n" + DateTimeFormatter.ISO_DATE + "\n" + DateTimeFormatter.BASIC_ISO_DATE + "\n" + DateTimeFormatter.ISO_DATE_TIME);
    t("isofmt", () -> dt.format(DateTimeFormatter.ISO_DATE) + " " + dt.format(DateTimeFormatter.ISO_TIME) + " " + dt.format(DateTimeFormatter.ISO_DATE_TIME) + " " + dt.format(DateTimeFormatter.BASIC_ISO_DATE) + " " + LocalTime.of(10, 15).format(DateTimeFormatter.ISO_LOCAL_TIME) + " " + LocalTime.of(10, 15, 0, 1000).format(DateTimeFormatter.ISO_LOCAL_TIME) + " " + d.format(DateTimeFormatter.ISO_ORDINAL_DATE));
    t("isobad", () -> d.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    t("isobad2", () -> LocalTime.NOON.format(DateTimeFormatter.ISO_DATE));
    t("zone", () -> dt.format(DateTimeFormatter.ofPattern("HH:mm z")));
    t("offset", () -> dt.format(DateTimeFormatter.ofPattern("HH:mm XXX")));
    for (FormatStyle s : FormatStyle.values()) {
      t("loc " + s, () -> d.format(DateTimeFormatter.ofLocalizedDate(s)));
      t("loct " + s, () -> dt.format(DateTimeFormatter.ofLocalizedTime(s)));
      t("locdt " + s, () -> dt.format(DateTimeFormatter.ofLocalizedDateTime(s)));
    }
    t("locdt2", () -> dt.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)) + " " + DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
    String[][] parses = {{"yyyy-MM-dd", "2024-02-30"}, {"yyyy-MM-dd", "2024-02-31"}, {"yyyy-MM-dd", "2023-02-29"}, {"yyyy-MM-dd", "2024-04-31"}, {"yyyy-MM-dd", "2024-13-01"}, {"yyyy-MM-dd", "2024-12-32"},
      {"yyyyMMdd", "20240310"}, {"yyyyMMddHHmmss", "20240310235930"}, {"yyMMdd", "991231"}, {"dd/MM/yy", "01/02/03"}, {"d MMM uuuu", "5 Mar 2024"}, {"d MMMM uuuu", "5 march 2024"},
      {"EEE, d MMM yyyy", "Sun, 10 Mar 2024"}, {"EEE, d MMM yyyy", "Mon, 10 Mar 2024"}, {"yyyy-MM-dd HH:mm", "2024-03-10 24:00"}, {"yyyy-MM-dd hh:mm a", "2024-03-10 11:30 PM"},
      {"yyyy-MM-dd hh:mm a", "2024-03-10 11:30 pm"}, {"yyyy-MM-dd HH:mm:ss.SSS", "2024-03-10 10:11:12.345"}, {"yyyy-MM-dd HH", "2024-03-10 10"},
      {"yyyy-MM-dd", "2024-03-10x"}, {"yyyy-MM-dd", "2024-03"}, {"yyyy-MM-dd", " 2024-03-10"}, {"yyyy-MM-dd", "+2024-03-10"}, {"uuuu-MM-dd", "-2024-03-10"}, {"yyyy-MM-dd", "12345-03-10"},
      {"yyyy-D", "2023-366"}, {"yyyy-D", "2024-366"}, {"yyyy", "2024"}, {"HH:mm", "10:15"}, {"yyyy-MM-dd[ HH:mm]", "2024-03-10"}, {"yyyy-MM-dd[ HH:mm]", "2024-03-10 10:15"},
      {"HH:mm:ss", "25:00:00"}, {"H:m", "1:5"}, {"yyyy-MM-dd'T'HH:mm", "2024-03-10T10:15"}, {"G yyyy", "AD 2024"}, {"ppd/MM/yyyy", " 5/03/2024"}};
    for (String[] p : parses) {
      t("parse " + p[0] + " " + p[1], () -> DateTimeFormatter.ofPattern(p[0]).parse(p[1]));
      t("pdate " + p[0] + " " + p[1], () -> LocalDate.parse(p[1], DateTimeFormatter.ofPattern(p[0])));
      t("pdt " + p[0] + " " + p[1], () -> LocalDateTime.parse(p[1], DateTimeFormatter.ofPattern(p[0])));
      t("ptime " + p[0] + " " + p[1], () -> LocalTime.parse(p[1], DateTimeFormatter.ofPattern(p[0])));
    }
    t("strict", () -> LocalDate.parse("2024-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT)));
    t("lenient", () -> LocalDate.parse("2024-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.LENIENT)));
    t("lenient2", () -> LocalDate.parse("2024-14-35", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.LENIENT)));
    t("isoparse", () -> LocalDateTime.parse("2024-03-10t10:15:30.5") + " " + LocalTime.parse("10:15:30.123456") + " " + LocalDate.parse("+12345-01-01") + " " + LocalDate.parse("-0001-01-01"));
    t("isoparse2", () -> LocalDate.parse("12345-01-01"));
    t("isoparse3", () -> LocalTime.parse("24:00"));
    t("isoparse4", () -> LocalDateTime.parse("2024-03-10"));
    t("isoparse5", () -> LocalDate.parse("2024-03-10T10:00"));
    t("isoparse6", () -> DateTimeFormatter.ISO_LOCAL_DATE.parse("2024-03-10").toString());
    t("parse64", () -> LocalDate.parse("2024-03-10 this is a very long text that exceeds sixty-four characters in total length"));
    t("builder", () -> { DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd-MMM-yyyy").toFormatter(); return f + " " + LocalDate.parse("05-JAN-2024", f) + " " + f.format(d); });
    t("builder2", () -> { DateTimeFormatter f = new DateTimeFormatterBuilder().appendPattern("yyyy-MM").parseDefaulting(ChronoField.DAY_OF_MONTH, 1).toFormatter(); return LocalDate.parse("2024-05", f); });
    t("builder3", () -> { DateTimeFormatter f = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR).appendLiteral("--").appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendFraction(ChronoField.MILLI_OF_SECOND, 2, 4, true).toFormatter(); return f + " " + dt.format(f); });
    t("fields", () -> d.get(ChronoField.DAY_OF_WEEK) + " " + d.getLong(ChronoField.EPOCH_DAY) + " " + d.get(ChronoField.ALIGNED_WEEK_OF_YEAR) + " " + d.range(ChronoField.DAY_OF_MONTH) + " " + d.isSupported(ChronoField.HOUR_OF_DAY) + " " + dt.get(ChronoField.MINUTE_OF_DAY) + " " + dt.getLong(ChronoField.NANO_OF_DAY) + " " + dt.get(ChronoField.CLOCK_HOUR_OF_AMPM) + " " + d.with(ChronoField.DAY_OF_WEEK, 1) + " " + dt.with(ChronoField.HOUR_OF_DAY, 3) + " " + ChronoField.DAY_OF_MONTH.range() + " " + ChronoField.YEAR_OF_ERA.range());
    t("fields2", () -> d.get(ChronoField.EPOCH_DAY));
    t("fields3", () -> d.get(ChronoField.HOUR_OF_DAY));
    t("fields4", () -> d.with(ChronoField.MONTH_OF_YEAR, 13));
    t("isof", () -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + d.get(IsoFields.WEEK_BASED_YEAR) + " " + d.get(IsoFields.QUARTER_OF_YEAR) + " " + d.get(IsoFields.DAY_OF_QUARTER) + " " + LocalDate.of(2021, 1, 3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + LocalDate.of(2020, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + LocalDate.of(2024, 12, 30).get(IsoFields.WEEK_BASED_YEAR));
    t("amount", () -> LocalDate.of(2024, 2, 29).plus(Period.of(1, 1, 0)) + " " + LocalDate.of(2024, 2, 29).minus(Period.ofYears(1)) + " " + dt.plus(Duration.ofMinutes(5)) + " " + dt.minus(Period.ofDays(3)) + " " + LocalTime.NOON.plus(Duration.ofHours(13)) + " " + Period.ofDays(1).plus(Period.ofMonths(2)) + " " + Instant.EPOCH.plus(Duration.ofDays(1)) + " " + LocalDate.of(2024, 1, 31).plus(1, ChronoUnit.MONTHS) + " " + LocalTime.NOON.plus(Period.ZERO));
    t("amountbad", () -> LocalDate.of(2024, 2, 29).plus(Duration.ofDays(1)));
    t("amountbad2", () -> Period.ofDays(1).plus(Duration.ofDays(1)));
    t("amountbad3", () -> LocalTime.NOON.plus(Period.ofDays(1)));
    t("cmp", () -> d.isBefore(LocalDate.of(2024, 1, 8)) + " " + d.compareTo(LocalDate.of(2023, 1, 8)) + " " + dt.isAfter(LocalDateTime.of(2024, 3, 10, 0, 0)) + " " + dt.compareTo(LocalDateTime.of(2024, 3, 10, 0, 0)));
    List<LocalDate> l = new ArrayList<>(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
    Collections.sort(l);
    t("sort", () -> l + " " + Collections.max(l));
    t("from", () -> LocalDate.from(dt) + " " + LocalTime.from(dt));
    t("from2", () -> LocalDate.from(LocalTime.NOON));
    t("from3", () -> LocalDateTime.from(d));
    t("query", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd").parse("2024-03-10", LocalDate::from));
  }
}
