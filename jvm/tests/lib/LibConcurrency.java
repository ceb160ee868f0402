// Library conformance: java.util.concurrent — executors, futures, latches/barriers/semaphores, locks and
// conditions, blocking queues, CompletableFuture (incl. exception wrapping and dependent order), fork/join,
// scheduled executors, concurrent sorted maps.  Outputs are independent of thread scheduling.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;
import java.util.stream.*;
public class LibConcurrency {
  static String st(Object o) { String s = String.valueOf(o); int i = s.indexOf('['); return i >= 0 ? s.substring(i) : s; }
  interface R { Object run() throws Exception; }
  static void tc(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e.getClass().getName()); } }
  static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e.getClass().getName() + ": " + e.getMessage() + (e.getCause() != null ? " / cause " + e.getCause() : "")); } }
  static class Fib extends RecursiveTask<Long> { final int n; Fib(int n) { this.n = n; } protected Long compute() { if (n < 2) return (long) n; Fib a = new Fib(n - 1); a.fork(); return new Fib(n - 2).compute() + a.join(); } }
  static class SumAction extends RecursiveAction { final long[] a; final int lo, hi; final AtomicLong acc; SumAction(long[] a, int lo, int hi, AtomicLong acc) { this.a = a; this.lo = lo; this.hi = hi; this.acc = acc; }
    protected void compute() { if (hi - lo < 1000) { long s = 0; for (int i = lo; i < hi; i++) s += a[i]; acc.addAndGet(s); } else { int mid = (lo + hi) >>> 1; invokeAll(new SumAction(a, lo, mid, acc), new SumAction(a, mid, hi, acc)); } } }
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Integer>> fs = new ArrayList<>();
    Set<String> names = new ConcurrentSkipListSet<>();
    for (int i = 0; i < 20; i++) { final int k = i; fs.add(pool.submit(() -> { names.add(Thread.currentThread().getName().replaceAll("\\d+$", "N")); return k * k; })); }
    int sum0 = 0; for (Future<Integer> f : fs) sum0 += f.get(); final int sum = sum0;
    t("fixed", () -> sum + " " + names + " " + fs.get(3).isDone() + " " + st(fs.get(3)));
    List<Callable<String>> cs = new ArrayList<>();
    for (int i = 0; i < 5; i++) { final int k = i; cs.add(() -> "r" + k); }
    t("invokeAll", () -> pool.invokeAll(cs).stream().map(f -> { try { return f.get(); } catch (Exception e) { return "x"; } }).collect(Collectors.toList()));
    t("invokeAny", () -> pool.invokeAny(List.of(() -> "same", () -> "same")));
    Future<?> bad = pool.submit(() -> { throw new IllegalStateException("bad task"); });
    t("futureEx", () -> bad.get());
    t("futureEx2", () -> st(bad));
    Future<String> slow = pool.submit(() -> { Thread.sleep(2000); return "late"; });
    t("timeout", () -> slow.get(20, TimeUnit.MILLISECONDS));
    t("cancel", () -> slow.cancel(true) + " " + slow.isCancelled() + " " + slow.isDone() + " " + st(slow));
    t("cancelled get", () -> slow.get());
    pool.shutdown();
    t("shutdown", () -> pool.isShutdown() + " " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isTerminated() + " " + st(pool).replaceAll("completed tasks = \\d+", "completed tasks = N"));
    tc("rejected", () -> pool.submit(() -> 1));
    ExecutorService single = Executors.newSingleThreadExecutor();
    t("single", () -> single.submit(() -> Thread.currentThread().getName()).get() + " " + single.submit(() -> Thread.currentThread().isDaemon()).get());
    single.shutdown();
    ThreadPoolExecutor tpe = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
    CountDownLatch block = new CountDownLatch(1);
    tpe.execute(() -> { try { block.await(); } catch (InterruptedException e) { } });
    tpe.execute(() -> { });
    tc("saturated", () -> { tpe.execute(() -> { }); return "accepted"; });
    t("stats", () -> tpe.getPoolSize() + " " + tpe.getQueue().size() + " " + tpe.getCorePoolSize() + " " + tpe.getMaximumPoolSize());
    block.countDown(); tpe.shutdown(); tpe.awaitTermination(5, TimeUnit.SECONDS);
    t("tpeDone", () -> st(tpe) + " " + tpe.getCompletedTaskCount());
    ThreadPoolExecutor caller = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());
    CountDownLatch hold = new CountDownLatch(1);
    caller.execute(() -> { try { hold.await(); } catch (InterruptedException e) { } });
    String[] ran = new String[1];
    caller.execute(() -> ran[0] = Thread.currentThread().getName());
    t("callerRuns", () -> ran[0]);
    hold.countDown(); caller.shutdown(); caller.awaitTermination(5, TimeUnit.SECONDS);
    ExecutorService cached = Executors.newCachedThreadPool();
    t("cached", () -> { List<Future<Integer>> l = new ArrayList<>(); for (int i = 0; i < 10; i++) { final int k = i; l.add(cached.submit(() -> k + 1)); } int s = 0; for (Future<Integer> f : l) s += f.get(); return s; });
    cached.shutdownNow();
    // latches, barriers, semaphores
    CountDownLatch latch = new CountDownLatch(3);
    AtomicInteger counter = new AtomicInteger();
    for (int i = 0; i < 3; i++) new Thread(() -> { counter.incrementAndGet(); latch.countDown(); }).start();
    t("latch", () -> latch.await(5, TimeUnit.SECONDS) + " " + counter.get() + " " + latch.getCount() + " " + st(latch));
    t("latchTimeout", () -> new CountDownLatch(1).await(10, TimeUnit.MILLISECONDS));
    List<String> barrierLog = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier barrier = new CyclicBarrier(3, () -> barrierLog.add("tripped"));
    Thread[] bt = new Thread[3];
    for (int i = 0; i < 3; i++) { bt[i] = new Thread(() -> { try { for (int r = 0; r < 2; r++) barrier.await(); } catch (Exception e) { barrierLog.add("err"); } }); bt[i].start(); }
    for (Thread th : bt) th.join();
    t("barrier", () -> barrierLog + " " + barrier.getNumberWaiting() + " " + barrier.isBroken() + " " + barrier.getParties());
    CyclicBarrier b2 = new CyclicBarrier(2);
    t("barrierTimeout", () -> b2.await(10, TimeUnit.MILLISECONDS));
    t("barrierBroken", () -> b2.isBroken() + " " + b2.getNumberWaiting());
    t("barrierBroken2", () -> b2.await());
    Semaphore sem = new Semaphore(2);
    AtomicInteger inside = new AtomicInteger(), maxInside = new AtomicInteger();
    Thread[] st = new Thread[5];
    for (int i = 0; i < 5; i++) { st[i] = new Thread(() -> { try { sem.acquire(); int n = inside.incrementAndGet(); maxInside.accumulateAndGet(n, Math::max); Thread.sleep(5); inside.decrementAndGet(); sem.release(); } catch (InterruptedException e) { } }); st[i].start(); }
    for (Thread th : st) th.join();
    t("semaphore", () -> maxInside.get() + " " + sem.availablePermits() + " " + sem.tryAcquire(3) + " " + sem.tryAcquire(2) + " " + sem.availablePermits() + " " + sem.drainPermits() + " " + st(sem));
    // locks
    ReentrantLock lock = new ReentrantLock();
    int[] shared = {0};
    Thread[] lt = new Thread[4];
    for (int i = 0; i < 4; i++) { lt[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) { lock.lock(); try { shared[0]++; } finally { lock.unlock(); } } }); lt[i].start(); }
    for (Thread th : lt) th.join();
    t("lock", () -> shared[0] + " " + lock.isLocked() + " " + st(lock));
    t("reentrant", () -> { lock.lock(); lock.lock(); int h = lock.getHoldCount(); String s = st(lock); lock.unlock(); lock.unlock(); return h + " " + s + " " + lock.isHeldByCurrentThread() + " " + lock.tryLock() + " " + lock.getHoldCount(); });
    lock.unlock();
    t("unlockBad", () -> { lock.unlock(); return null; });
    Condition notEmpty = lock.newCondition();
    Deque<Integer> buf = new ArrayDeque<>();
    Thread producer = new Thread(() -> { for (int i = 1; i <= 5; i++) { lock.lock(); try { buf.add(i); notEmpty.signal(); } finally { lock.unlock(); } } });
    List<Integer> got = new ArrayList<>();
    producer.start();
    lock.lock();
    try { while (got.size() < 5) { while (buf.isEmpty()) notEmpty.await(); got.add(buf.poll()); } } finally { lock.unlock(); }
    producer.join();
    t("condition", () -> got);
    t("awaitTimeout", () -> { lock.lock(); try { return notEmpty.await(10, TimeUnit.MILLISECONDS) + " " + (notEmpty.awaitNanos(1000000) <= 0); } finally { lock.unlock(); } });
    t("awaitNoLock", () -> { notEmpty.await(); return null; });
    ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    t("rwlock", () -> { rw.readLock().lock(); rw.readLock().lock(); String a = rw.getReadLockCount() + " " + rw.isWriteLocked() + " " + rw.writeLock().tryLock(); rw.readLock().unlock(); rw.readLock().unlock(); rw.writeLock().lock(); String b = rw.isWriteLockedByCurrentThread() + " " + rw.readLock().tryLock() + " " + rw.getWriteHoldCount(); rw.readLock().unlock(); rw.writeLock().unlock(); return a + " | " + b + " " + st(rw); });
    // queues
    BlockingQueue<Integer> q = new LinkedBlockingQueue<>();
    Thread prod = new Thread(() -> { try { for (int i = 0; i < 100; i++) q.put(i); q.put(-1); } catch (InterruptedException e) { } });
    prod.start();
    long total = 0; for (int v; (v = q.take()) != -1; ) total += v;
    final long tot = total;
    t("lbq", () -> tot + " " + q.isEmpty() + " " + q.poll(10, TimeUnit.MILLISECONDS));
    ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(2);
    t("abq", () -> abq.offer("a") + " " + abq.offer("b") + " " + abq.offer("c") + " " + abq.remainingCapacity() + " " + abq + " " + abq.offer("c", 10, TimeUnit.MILLISECONDS) + " " + abq.poll() + " " + abq.peek() + " " + abq.size());
    t("abqFull", () -> { abq.add("x"); abq.add("y"); return abq; });
    t("abqNull", () -> abq.offer(null));
    PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>(List.of(5, 1, 4, 2, 3));
    t("pbq", () -> pbq + " " + pbq.take() + " " + pbq.poll() + " " + pbq + " " + pbq.drainTo(new ArrayList<>(), 2) + " " + pbq);
    LinkedBlockingDeque<Integer> lbd = new LinkedBlockingDeque<>(3);
    t("lbd", () -> { lbd.putFirst(1); lbd.putLast(2); lbd.offerFirst(0); return lbd + " " + lbd.offerLast(9) + " " + lbd.takeLast() + " " + lbd.pollFirst() + " " + lbd + " " + lbd.peekLast(); });
    SynchronousQueue<String> sq = new SynchronousQueue<>();
    t("sq", () -> sq.offer("x") + " " + sq.size() + " " + sq.poll() + " " + sq);
    Thread taker = new Thread(() -> { try { String s = sq.take(); sq.put(s + "!"); } catch (InterruptedException e) { } });
    taker.start();
    sq.put("ping");
    t("sqHandoff", () -> sq.take());
    taker.join();
    DelayQueue<Delayed> dq = new DelayQueue<>();
    class D implements Delayed { final long at; final String name; D(long ms, String n) { at = System.nanoTime() + ms * 1000000; name = n; } public long getDelay(TimeUnit u) { return u.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS); } public int compareTo(Delayed o) { return Long.compare(at, ((D) o).at); } public String toString() { return name; } }
    dq.add(new D(60, "late")); dq.add(new D(20, "early"));
    t("delayq", () -> dq.poll() + " " + dq.take() + " " + dq.take() + " " + dq.size());
    ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>(List.of(1, 2, 3));
    t("clq", () -> { for (Iterator<Integer> it = clq.iterator(); it.hasNext(); ) { int v = it.next(); if (v == 2) it.remove(); } clq.add(40); return clq + " " + clq.poll() + " " + clq.size(); });
    ConcurrentLinkedDeque<Integer> cld = new ConcurrentLinkedDeque<>();
    t("cld", () -> { cld.push(1); cld.addLast(2); cld.offerFirst(0); return cld + " " + cld.pollLast() + " " + cld.peekFirst() + " " + cld.pop() + " " + cld; });
    // CompletableFuture
    t("cfChain", () -> CompletableFuture.supplyAsync(() -> 6).thenApply(x -> x * 7).thenApply(String::valueOf).join());
    t("cfCombine", () -> CompletableFuture.supplyAsync(() -> "a").thenCombine(CompletableFuture.supplyAsync(() -> "b"), (a, b) -> a + b).get());
    t("cfCompose", () -> CompletableFuture.supplyAsync(() -> 2).thenCompose(x -> CompletableFuture.supplyAsync(() -> x * 100)).join());
    t("cfExceptionally", () -> CompletableFuture.<String>supplyAsync(() -> { throw new RuntimeException("boom"); }).exceptionally(e -> "recovered from " + e).join());
    t("cfHandle", () -> CompletableFuture.supplyAsync(() -> 1 / 0).handle((v, e) -> v + " / " + e).join());
    t("cfJoinEx", () -> CompletableFuture.supplyAsync(() -> 1 / 0).join());
    t("cfGetEx", () -> CompletableFuture.supplyAsync(() -> 1 / 0).get());
    CompletableFuture<String> manual = new CompletableFuture<>();
    t("cfManual", () -> st(manual) + " " + manual.getNow("absent") + " " + manual.isDone());
    List<String> order = new ArrayList<>();
    manual.thenAccept(s -> order.add("first:" + s));
    manual.thenAccept(s -> order.add("second:" + s));
    CompletableFuture<Void> third = manual.thenApply(s -> s + "!").thenAccept(s -> order.add("third:" + s));
    manual.thenRun(() -> order.add("fourth"));
    t("cfDependents", () -> manual.getNumberOfDependents() + " " + st(manual));
    manual.complete("v");
    t("cfOrder", () -> order + " " + manual.complete("w") + " " + manual.join() + " " + st(manual) + " " + third.isDone());
    CompletableFuture<Integer> failed = new CompletableFuture<>();
    failed.completeExceptionally(new IllegalArgumentException("raw"));
    t("cfRaw", () -> failed.exceptionally(e -> { System.out.println("  saw " + e); return -1; }).join() + " " + failed.thenApply(x -> x).exceptionally(e -> { System.out.println("  dep saw " + e); return -2; }).join() + " " + failed.isCompletedExceptionally() + " " + st(failed));
    t("cfRawJoin", () -> failed.join());
    t("cfRawGet", () -> failed.get());
    t("cfWhen", () -> failed.whenComplete((v, e) -> System.out.println("  when " + v + " " + e)).handle((v, e) -> "h:" + e).join());
    t("cfWhenThrows", () -> CompletableFuture.completedFuture(1).whenComplete((v, e) -> { throw new IllegalStateException("in action"); }).join());
    t("cfAllOf", () -> { CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 1), b = CompletableFuture.supplyAsync(() -> 2); CompletableFuture.allOf(a, b).join(); return a.join() + b.join(); });
    t("cfAllOfFail", () -> CompletableFuture.allOf(CompletableFuture.completedFuture(1), CompletableFuture.failedFuture(new RuntimeException("first")), CompletableFuture.failedFuture(new RuntimeException("second"))).join());
    t("cfAnyOf", () -> CompletableFuture.anyOf(new CompletableFuture<>(), CompletableFuture.completedFuture("done")).join());
    t("cfEither", () -> CompletableFuture.completedFuture("x").applyToEither(new CompletableFuture<String>(), s -> s + "y").join());
    t("cfCancel", () -> { CompletableFuture<String> c = new CompletableFuture<>(); return c.cancel(true) + " " + c.isCancelled() + " " + c.isCompletedExceptionally() + " " + st(c); });
    t("cfCancelJoin", () -> { CompletableFuture<String> c = new CompletableFuture<>(); c.cancel(true); return c.join(); });
    t("cfTimeout", () -> new CompletableFuture<String>().orTimeout(20, TimeUnit.MILLISECONDS).join());
    t("cfCompleteOnTimeout", () -> new CompletableFuture<String>().completeOnTimeout("dflt", 10, TimeUnit.MILLISECONDS).join());
    t("cfGetTimeout", () -> new CompletableFuture<String>().get(10, TimeUnit.MILLISECONDS));
    t("cfRunAsync", () -> { AtomicBoolean flag = new AtomicBoolean(); CompletableFuture.runAsync(() -> flag.set(true)).join(); return flag.get(); });
    t("cfAcceptBoth", () -> { StringBuilder sb = new StringBuilder(); CompletableFuture.completedFuture(1).thenAcceptBoth(CompletableFuture.completedFuture(2), (a, b) -> sb.append(a + b)).join(); return sb; });
    t("cfExCompose", () -> CompletableFuture.<Integer>failedFuture(new RuntimeException("x")).exceptionallyCompose(e -> CompletableFuture.completedFuture(7)).join());
    t("cfNullFn", () -> CompletableFuture.completedFuture(1).thenApply(null));
    t("cfComposeNull", () -> CompletableFuture.completedFuture(1).thenCompose(x -> null).join());
    // fork/join
    t("fjCommon", () -> ForkJoinPool.commonPool().invoke(new Fib(20)) + " " + new Fib(15).invoke());
    ForkJoinPool fjp = new ForkJoinPool(3);
    long[] arr = LongStream.rangeClosed(1, 100000).toArray();
    AtomicLong acc = new AtomicLong();
    fjp.invoke(new SumAction(arr, 0, arr.length, acc));
    t("fjPool", () -> acc.get() + " " + fjp.getParallelism() + " " + fjp.submit(() -> "callable").get() + " " + fjp.invoke(new Fib(18)));
    t("fjName", () -> fjp.submit(() -> Thread.currentThread().getName().replaceAll("\\d+$", "N")).get());
    fjp.shutdown();
    t("fjShutdown", () -> fjp.awaitTermination(5, TimeUnit.SECONDS) + " " + fjp.isShutdown());
    t("fjEx", () -> new RecursiveTask<Integer>() { protected Integer compute() { throw new ArithmeticException("in task"); } }.invoke());
    // scheduled
    ScheduledExecutorService ses = Executors.newScheduledThreadPool(2);
    ScheduledFuture<String> sf = ses.schedule(() -> "scheduled", 30, TimeUnit.MILLISECONDS);
    t("schedule", () -> sf.get() + " " + sf.isDone() + " " + (sf.getDelay(TimeUnit.MILLISECONDS) <= 0));
    AtomicInteger ticks = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> { ticks.incrementAndGet(); three.countDown(); }, 0, 10, TimeUnit.MILLISECONDS);
    three.await();
    periodic.cancel(false);
    t("periodic", () -> (ticks.get() >= 3) + " " + periodic.isCancelled() + " " + periodic.isDone());
    t("periodicGet", () -> periodic.get());
    ScheduledFuture<String> delayed = ses.schedule(() -> "ran after shutdown", 30, TimeUnit.MILLISECONDS);
    ses.shutdown();
    t("delayedAfterShutdown", () -> delayed.get() + " " + ses.awaitTermination(5, TimeUnit.SECONDS));
    // concurrent collections
    ConcurrentSkipListMap<String, Integer> sl = new ConcurrentSkipListMap<>();
    for (String s : "delta alpha charlie bravo echo".split(" ")) sl.put(s, s.length());
    t("cslm", () -> sl + " " + sl.firstKey() + " " + sl.headMap("charlie") + " " + sl.tailMap("charlie", false) + " " + sl.descendingMap() + " " + sl.ceilingEntry("c") + " " + sl.pollFirstEntry() + " " + sl.keySet() + " " + sl.navigableKeySet().headSet("d"));
    t("cslmIter", () -> { for (String k : sl.keySet()) if (k.startsWith("c")) sl.remove(k); return sl; });
    t("cslmEntry", () -> sl.firstEntry().setValue(1));
    t("cslmNull", () -> sl.put(null, 1));
    ConcurrentSkipListSet<Integer> sset = new ConcurrentSkipListSet<>(List.of(5, 3, 9, 1));
    t("csls", () -> sset + " " + sset.first() + " " + sset.ceiling(4) + " " + sset.headSet(5) + " " + sset.descendingSet() + " " + sset.pollFirst() + " " + sset);
    CopyOnWriteArraySet<String> cow = new CopyOnWriteArraySet<>(List.of("b", "a", "b"));
    t("cowset", () -> cow + " " + cow.add("a") + " " + cow.add("c") + " " + cow);
    t("atomics", () -> { AtomicReferenceArray<String> ara = new AtomicReferenceArray<>(3); ara.set(1, "x"); LongAccumulator la = new LongAccumulator(Long::max, Long.MIN_VALUE); la.accumulate(5); la.accumulate(3); DoubleAdder da = new DoubleAdder(); da.add(1.5); da.add(2); AtomicStampedReference<String> asr = new AtomicStampedReference<>("a", 1); return ara + " " + ara.compareAndSet(1, "x", "y") + " " + ara.get(1) + " " + la + " " + da + " " + asr.compareAndSet("a", "b", 1, 2) + " " + asr.getStamp(); });
    t("timeunit", () -> TimeUnit.SECONDS.convert(java.time.Duration.ofMillis(2500)) + " " + TimeUnit.MINUTES.toChronoUnit());
    t("lockSupport", () -> { Thread me = Thread.currentThread(); LockSupport.unpark(me); LockSupport.park(); long t0 = System.nanoTime(); LockSupport.parkNanos(5_000_000); return (System.nanoTime() - t0) >= 4_000_000; });
    t("ecs", () -> { ExecutorService e = Executors.newFixedThreadPool(2); CompletionService<Integer> ecs = new ExecutorCompletionService<>(e); for (int i = 1; i <= 3; i++) { final int k = i; ecs.submit(() -> k * 10); } int s = 0; for (int i = 0; i < 3; i++) s += ecs.take().get(); e.shutdown(); return s; });
  }
}
