package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A pool of daemon worker threads sharing one task queue (no per-worker
 * deques or stealing: a joiner runs its own not-yet-taken subtask itself,
 * see ForkJoinTask).  Workers start on demand up to the parallelism and
 * leave after a minute idle.  Names follow the JDK: ForkJoinPool-N-worker-M,
 * ForkJoinPool.commonPool-worker-M.
 */
public class ForkJoinPool extends AbstractExecutorService {
    public static interface ForkJoinWorkerThreadFactory {
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    public static interface ManagedBlocker {
        boolean block() throws InterruptedException;

        boolean isReleasable();
    }

    static final class DefaultForkJoinWorkerThreadFactory implements ForkJoinWorkerThreadFactory {
        public final ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return new ForkJoinWorkerThread(pool);
        }
    }

    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory = new DefaultForkJoinWorkerThreadFactory();

    private static int poolIds;

    private static synchronized int nextPoolId() {
        return ++poolIds;
    }

    static final ForkJoinPool common;

    static {
        int parallelism = Runtime.getRuntime().availableProcessors() - 1;
        String pp = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
        if (pp != null) {
            try {
                parallelism = Integer.parseInt(pp);
            } catch (NumberFormatException ignore) {
            }
        }
        common = new ForkJoinPool(Math.max(parallelism, 1), "ForkJoinPool.commonPool-worker-", true);
    }

    private final int parallelism;
    private final String workerNamePrefix;
    private final boolean isCommon;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler ueh;
    private final boolean asyncMode;
    private final ArrayDeque<ForkJoinTask<?>> queue = new ArrayDeque<>();
    private final ArrayList<ForkJoinWorkerThread> workers = new ArrayList<>();
    private int nextWorkerNumber = 1;
    private int idle;
    private int active;
    private boolean shutdown;
    private boolean terminated;

    public ForkJoinPool() {
        this(Math.min(0x7fff, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
                        boolean asyncMode) {
        if (parallelism <= 0 || parallelism > 0x7fff) throw new IllegalArgumentException();
        if (factory == null) throw new NullPointerException();
        this.parallelism = parallelism;
        this.factory = factory;
        this.ueh = handler;
        this.asyncMode = asyncMode;
        this.isCommon = false;
        this.workerNamePrefix = "ForkJoinPool-" + nextPoolId() + "-worker-";
    }

    private ForkJoinPool(int parallelism, String prefix, boolean isCommon) {
        this.parallelism = parallelism;
        this.factory = defaultForkJoinWorkerThreadFactory;
        this.ueh = null;
        this.asyncMode = false;
        this.isCommon = isCommon;
        this.workerNamePrefix = prefix;
    }

    public static ForkJoinPool commonPool() {
        return common;
    }

    public static int getCommonPoolParallelism() {
        return common.parallelism;
    }

    // ---- queue and workers ---------------------------------------------------------------

    final void enqueue(ForkJoinTask<?> task) {
        synchronized (this) {
            if (shutdown && !isCommon) throw new RejectedExecutionException();
            task.queuedIn = this;
            queue.addLast(task);
            notifyAll();
            if (idle == 0 && workers.size() < parallelism) addWorker();
        }
    }

    final synchronized boolean tryUnqueue(ForkJoinTask<?> task) {
        return queue.removeLastOccurrence(task);
    }

    private void addWorker() {
        ForkJoinWorkerThread w = factory.newThread(this);
        if (w == null) return;
        w.setName(workerNamePrefix + nextWorkerNumber++);
        if (ueh != null) w.setUncaughtExceptionHandler(ueh);
        workers.add(w);
        w.start();
    }

    final void runWorker(ForkJoinWorkerThread w) {
        for (;;) {
            ForkJoinTask<?> task;
            synchronized (this) {
                idle++;
                try {
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while ((task = queue.pollFirst()) == null) {
                        if (shutdown) return;
                        long left = deadline - System.nanoTime();
                        if (left <= 0) return;
                        try {
                            TimeUnit.waitNanos(this, left);
                        } catch (InterruptedException e) {
                            if (shutdown) return;
                        }
                    }
                } finally {
                    idle--;
                }
                active++;
            }
            try {
                task.doExec();
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }
    }

    final void deregisterWorker(ForkJoinWorkerThread w) {
        synchronized (this) {
            workers.remove(w);
            if (!queue.isEmpty() && workers.size() < parallelism && !shutdown) addWorker();
            if (shutdown && workers.isEmpty() && queue.isEmpty()) terminated = true;
            notifyAll();
        }
    }

    // ---- submission ----------------------------------------------------------------------

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) throw new NullPointerException();
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) return task.invoke();
        enqueue(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null) throw new NullPointerException();
        enqueue(task);
    }

    public void execute(Runnable task) {
        if (task == null) throw new NullPointerException();
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
            : new ForkJoinTask.AdaptedRunnable<Void>(task, null);
        enqueue(job);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) throw new NullPointerException();
        enqueue(task);
        return task;
    }

    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedCallable<T>(task);
        enqueue(job);
        return job;
    }

    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedRunnable<T>(task, result);
        enqueue(job);
        return job;
    }

    @SuppressWarnings("unchecked")
    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) throw new NullPointerException();
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
            : new ForkJoinTask.AdaptedRunnable<Void>(task, null);
        enqueue(job);
        return job;
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) {
            ForkJoinTask<T> f = new ForkJoinTask.AdaptedCallable<T>(t);
            futures.add(f);
            enqueue(f);
        }
        for (Future<T> f : futures) ((ForkJoinTask<?>) f).quietlyJoin();
        return futures;
    }

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new ForkJoinTask.AdaptedRunnable<T>(runnable, value);
    }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new ForkJoinTask.AdaptedCallable<T>(callable);
    }

    // ---- state ---------------------------------------------------------------------------

    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return ueh;
    }

    public int getParallelism() {
        return parallelism;
    }

    public synchronized int getPoolSize() {
        return workers.size();
    }

    public boolean getAsyncMode() {
        return asyncMode;
    }

    public synchronized int getRunningThreadCount() {
        return active;
    }

    public synchronized int getActiveThreadCount() {
        return active;
    }

    public synchronized boolean isQuiescent() {
        return active == 0 && queue.isEmpty();
    }

    public long getStealCount() {
        return 0;
    }

    public synchronized long getQueuedTaskCount() {
        return queue.size();
    }

    public synchronized int getQueuedSubmissionCount() {
        return queue.size();
    }

    public synchronized boolean hasQueuedSubmissions() {
        return !queue.isEmpty();
    }

    public synchronized boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (active != 0 || !queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            try {
                TimeUnit.waitNanos(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public void shutdown() {
        if (isCommon) return;
        synchronized (this) {
            shutdown = true;
            if (workers.isEmpty() && queue.isEmpty()) terminated = true;
            notifyAll();
        }
    }

    public List<Runnable> shutdownNow() {
        if (isCommon) return new ArrayList<Runnable>();
        synchronized (this) {
            shutdown = true;
            for (ForkJoinTask<?> t : queue) t.cancel(false);
            queue.clear();
            for (ForkJoinWorkerThread w : workers) w.interrupt();
            if (workers.isEmpty()) terminated = true;
            notifyAll();
        }
        return new ArrayList<Runnable>();
    }

    public synchronized boolean isTerminated() {
        return terminated;
    }

    public synchronized boolean isTerminating() {
        return shutdown && !terminated;
    }

    public synchronized boolean isShutdown() {
        return shutdown;
    }

    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            awaitQuiescence(timeout, unit);
            return false;
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!terminated) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.waitNanos(this, left);
        }
        return true;
    }

    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        while (!blocker.isReleasable()) {
            if (blocker.block()) break;
        }
    }

    public String toString() {
        int size, act, queued;
        String level;
        synchronized (this) {
            size = workers.size();
            act = active;
            queued = queue.size();
            level = terminated ? "Terminated" : shutdown ? "Shutting down" : "Running";
        }
        return super.toString() + "[" + level + ", parallelism = " + parallelism + ", size = " + size + ", active = " + act
            + ", running = " + act + ", steals = 0, tasks = 0, submissions = " + queued + "]";
    }
}
