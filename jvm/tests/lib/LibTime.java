// Library conformance: java.time values, arithmetic, parsing and ISO printing.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.time.*; import java.time.format.*; import java.time.temporal.*;
public class LibTime { 
  interface R { Object run() throws Exception; }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
  public static void main(String[] a) {
  t("of", () -> LocalDate.of(2023, 2, 30));
  t("of13", () -> LocalDate.of(2023, 13, 1));
  t("of0", () -> LocalDate.of(2023, 1, 0));
  t("parse", () -> LocalDate.parse("2023-02-30"));
  t("parse2", () -> LocalDate.parse("2023/02/10"));
  t("parse3", () -> LocalDate.parse("2023-2-10"));
  t("time", () -> LocalTime.of(25, 0));
  t("tparse", () -> LocalTime.parse("10:61"));
  t("fmt", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd").parse("2023-1-5"));
  t("fmt2", () -> LocalDate.parse("05/01/2023", DateTimeFormatter.ofPattern("dd/MM/yyyy")));
  t("fmtbad", () -> DateTimeFormatter.ofPattern("yyyy-qq"));
  t("years", () -> LocalDate.of(12345, 1, 1) + " " + LocalDate.of(-5, 3, 1) + " " + LocalDate.of(5, 3, 1) + " " + LocalDate.MIN + " " + LocalDate.MAX + " " + LocalDate.EPOCH);
  t("times", () -> LocalTime.of(1, 2) + " " + LocalTime.of(1, 2, 3) + " " + LocalTime.of(1, 2, 3, 4000000) + " " + LocalTime.of(1, 2, 3, 4000) + " " + LocalTime.of(1, 2, 3, 4) + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON + " " + LocalTime.MAX);
  t("dur", () -> Duration.ofMinutes(90) + " " + Duration.ofSeconds(-90) + " " + Duration.ofMillis(1500) + " " + Duration.ofMillis(-500) + " " + Duration.ZERO + " " + Duration.ofDays(2) + " " + Duration.ofSeconds(3661, 500) + " " + Duration.between(LocalTime.of(10, 0), LocalTime.of(8, 30)) + " " + Duration.ofHours(25).toMinutes());
  t("per", () -> Period.of(1, 2, 3) + " " + Period.ZERO + " " + Period.between(LocalDate.of(2020, 1, 31), LocalDate.of(2021, 3, 1)) + " " + Period.ofWeeks(2) + " " + Period.ofMonths(-3) + " " + Period.between(LocalDate.of(2021, 3, 1), LocalDate.of(2020, 1, 31)));
  LocalDate d = LocalDate.of(2024, 1, 31);
  t("arith", () -> d.plusMonths(1) + " " + d.plusDays(30) + " " + d.minusYears(1).plusMonths(1) + " " + d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.lengthOfMonth() + " " + d.isLeapYear() + " " + d.withDayOfMonth(1) + " " + d.toEpochDay() + " " + ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1), d) + " " + ChronoUnit.MONTHS.between(LocalDate.of(2000, 1, 31), d) + " " + d.until(LocalDate.of(2025, 3, 1)) + " " + d.plusWeeks(3) + " " + d.getMonth() + " " + d.getMonthValue() + " " + d.atStartOfDay() + " " + d.atTime(13, 45) + " " + d.with(TemporalAdjusters.lastDayOfMonth()) + " " + d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) + " " + d.with(TemporalAdjusters.firstDayOfNextMonth()) + " " + d.hashCode() + " " + d.compareTo(LocalDate.of(2024, 2, 1)) + " " + d.isBefore(LocalDate.of(2024, 2, 1)));
  LocalDateTime dt = LocalDateTime.of(2024, 3, 10, 23, 59, 30);
  t("ldt", () -> dt + " " + dt.plusSeconds(45) + " " + dt.plusHours(1).getDayOfMonth() + " " + dt.toLocalDate() + " " + dt.toLocalTime() + " " + Duration.between(dt, dt.plusMinutes(150)) + " " + ChronoUnit.HOURS.between(dt, dt.plusDays(2)) + " " + LocalDateTime.parse("2024-03-10T10:15:30") + " " + LocalDateTime.parse("2024-03-10T10:15") + " " + dt.withHour(5).withMinute(0) + " " + dt.truncatedTo(ChronoUnit.HOURS) + " " + dt.hashCode());
  DateTimeFormatter f = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm a");
  t("fmt3", () -> dt.format(f) + " | " + dt.format(DateTimeFormatter.ofPattern("EEE dd MMM yy HH:mm:ss")) + " | " + d.format(DateTimeFormatter.ofPattern("d/M/y")) + " | " + dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " | " + d.format(DateTimeFormatter.ISO_LOCAL_DATE) + " | " + dt.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm")) + " | " + LocalTime.of(0, 5).format(DateTimeFormatter.ofPattern("hh:mm a")) + " | " + dt.format(DateTimeFormatter.ofPattern("D DDD")) + " | " + LocalDate.parse("March 5, 2023", DateTimeFormatter.ofPattern("MMMM d, yyyy")));
  t("enums", () -> DayOfWeek.MONDAY.plus(10) + " " + DayOfWeek.SUNDAY.getValue() + " " + Month.FEBRUARY.length(true) + " " + Month.of(12) + " " + Month.JANUARY.minus(2) + " " + DayOfWeek.of(3) + " " + Month.MARCH.getDisplayName(TextStyle.SHORT, java.util.Locale.US) + " " + DayOfWeek.FRIDAY.getDisplayName(TextStyle.FULL, java.util.Locale.US) + " " + Month.APRIL.firstDayOfYear(false) + " " + Month.APRIL.maxLength());
  t("instant", () -> Instant.ofEpochMilli(1700000000123L) + " " + Instant.ofEpochSecond(0) + " " + Instant.ofEpochSecond(1700000000L, 5) + " " + Instant.EPOCH.plusSeconds(86400).toEpochMilli() + " " + Instant.parse("2024-01-15T10:30:00Z").getEpochSecond() + " " + Duration.between(Instant.EPOCH, Instant.ofEpochSecond(3600)));
  t("yrs", () -> java.time.Year.isLeap(1900) + " " + java.time.YearMonth.of(2024, 2).lengthOfMonth() + " " + java.time.YearMonth.of(2024, 2));
}}
