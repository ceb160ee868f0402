// Library conformance: java.util.Date text and fields (TZ=UTC, set by run-lib.sh), Timer/TimerTask scheduling and errors.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
public class LibTimerDate { public static void main(String[] a) throws Exception {
  System.out.println(new Date(0) + " | " + new Date(1700000000123L) + " | " + new Date(-1L) + " | " + new Date(0).getYear() + " " + new Date(1700000000123L).getDay() + " " + new Date(0).hashCode() + " " + new Date(5).compareTo(new Date(3)) + " " + new Date(1700000000123L).toInstant());
  Timer timer = new Timer();
  List<String> log = Collections.synchronizedList(new ArrayList<>());
  timer.schedule(new TimerTask() { public void run() { log.add("once " + Thread.currentThread().getName()); } }, 10);
  int[] n = {0};
  TimerTask rep = new TimerTask() { public void run() { log.add("rep" + (++n[0])); if (n[0] == 3) cancel(); } };
  timer.scheduleAtFixedRate(rep, 0, 5);
  for (long end = System.currentTimeMillis() + 5000; log.size() < 4 && System.currentTimeMillis() < end; ) Thread.sleep(5);
  Thread.sleep(20);
  System.out.println(log.size() + " " + log.contains("once Timer-0") + " " + log.contains("rep3") + " " + rep.cancel());
  try { timer.schedule(rep, 1); } catch (Exception e) { System.out.println(e); }
  try { timer.schedule(new TimerTask() { public void run() {} }, -1); } catch (Exception e) { System.out.println(e); }
  timer.cancel();
  try { timer.schedule(new TimerTask() { public void run() {} }, 1); } catch (Exception e) { System.out.println(e); }
  Timer t2 = new Timer("named", true);
  System.out.println("done");
}}
