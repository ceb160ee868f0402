package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The JDK's pool policy on one monitor (this): below corePoolSize a task
 * starts a new worker; otherwise it is queued; if the queue refuses it, a
 * worker is added up to maximumPoolSize; else the handler rejects it.
 * Workers above the core (or all, with allowCoreThreadTimeOut) leave after
 * keepAliveTime idle.  shutdown lets queued tasks finish; shutdownNow
 * interrupts workers and returns the queue.  A task's uncaught exception
 * ends its worker thread (printed by the thread's handler) and a fresh
 * worker replaces it.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TIDYING = 3;
    private static final int TERMINATED = 4;

    private final BlockingQueue<Runnable> workQueue;
    private final HashSet<Worker> workers = new HashSet<>();
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;
    private int runState = RUNNING;
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        volatile long completedTasks;
        boolean busy;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        public void run() {
            runWorker(this);
        }

        synchronized boolean interruptIfIdle() {
            if (busy) return false;
            thread.interrupt();
            return true;
        }
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory,
                              RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0)
            throw new IllegalArgumentException();
        if (workQueue == null || threadFactory == null || handler == null) throw new NullPointerException();
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ---- submission ----------------------------------------------------------------------

    public void execute(Runnable command) {
        if (command == null) throw new NullPointerException();
        synchronized (this) {
            if (runState == RUNNING && workerCount < corePoolSize) {
                if (addWorker(command)) return;
            }
        }
        if (isRunning() && workQueue.offer(command)) {
            synchronized (this) {
                if (!isRunning0() && workQueue.remove(command)) {
                    // fall through to reject below
                } else {
                    if (workerCount == 0) addWorker(null);
                    return;
                }
            }
            reject(command);
            return;
        }
        synchronized (this) {
            if (runState == RUNNING && workerCount < maximumPoolSize && addWorker(command)) return;
        }
        reject(command);
    }

    private boolean isRunning0() {
        return runState == RUNNING;
    }

    private synchronized boolean isRunning() {
        return runState == RUNNING;
    }

    /** Under the monitor: starts a worker (null firstTask: it takes from the queue). */
    private boolean addWorker(Runnable firstTask) {
        if (runState >= STOP || (runState == SHUTDOWN && (firstTask != null || workQueue.isEmpty()))) return false;
        Worker w = new Worker(firstTask);
        Thread t = w.thread;
        if (t == null) return false;
        workers.add(w);
        workerCount++;
        if (workerCount > largestPoolSize) largestPoolSize = workerCount;
        t.start();
        return true;
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    void onShutdown() {
    }

    // ---- workers -------------------------------------------------------------------------

    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed;
            synchronized (this) {
                if (runState >= STOP || (runState >= SHUTDOWN && workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                timed = allowCoreThreadTimeOut || workerCount > corePoolSize;
                if ((workerCount > maximumPoolSize || (timed && timedOut))
                        && (workerCount > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) return r;
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    final void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (w) {
                    w.busy = true;
                }
                synchronized (this) {
                    if (runState >= STOP) wt.interrupt();
                    else Thread.interrupted();
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    w.completedTasks++;
                    synchronized (w) {
                        w.busy = false;
                    }
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        synchronized (this) {
            if (completedAbruptly) workerCount--;
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        }
        tryTerminate();
        synchronized (this) {
            if (runState < STOP) {
                if (!completedAbruptly) {
                    int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                    if (min == 0 && !workQueue.isEmpty()) min = 1;
                    if (workerCount >= min) return;
                }
                addWorker(null);
            }
        }
    }

    final void tryTerminate() {
        boolean terminate = false;
        synchronized (this) {
            if (runState == RUNNING || runState >= TIDYING || (runState == SHUTDOWN && !workQueue.isEmpty())) return;
            if (workerCount != 0) {
                interruptIdleWorkers(true);
                return;
            }
            runState = TIDYING;
            terminate = true;
        }
        if (terminate) {
            try {
                terminated();
            } finally {
                synchronized (this) {
                    runState = TERMINATED;
                    notifyAll();
                }
            }
        }
    }

    private void interruptIdleWorkers(boolean onlyOne) {
        for (Worker w : workers) {
            if (w.thread != Thread.currentThread() && w.interruptIfIdle() && onlyOne) break;
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------

    public void shutdown() {
        synchronized (this) {
            if (runState < SHUTDOWN) runState = SHUTDOWN;
            interruptIdleWorkers(false);
        }
        onShutdown();
        tryTerminate();
    }

    public List<Runnable> shutdownNow() {
        List<Runnable> tasks;
        synchronized (this) {
            if (runState < STOP) runState = STOP;
            for (Worker w : workers) w.thread.interrupt();
            tasks = new ArrayList<>();
            workQueue.drainTo(tasks);
            if (!workQueue.isEmpty()) {
                for (Runnable r : workQueue.toArray(new Runnable[0])) {
                    if (workQueue.remove(r)) tasks.add(r);
                }
            }
        }
        tryTerminate();
        return tasks;
    }

    synchronized boolean isStopped() {
        return runState >= STOP;
    }

    public synchronized boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    public synchronized boolean isTerminating() {
        return runState >= SHUTDOWN && runState < TERMINATED;
    }

    public synchronized boolean isTerminated() {
        return runState == TERMINATED;
    }

    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (runState < TERMINATED) {
            long left = deadline - System.nanoTime();
            if (left <= 0L) return false;
            TimeUnit.waitNanos(this, left);
        }
        return true;
    }

    // ---- configuration and statistics ----------------------------------------------------

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) throw new NullPointerException();
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) throw new NullPointerException();
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        synchronized (this) {
            int delta = corePoolSize - this.corePoolSize;
            this.corePoolSize = corePoolSize;
            if (workerCount > corePoolSize) {
                interruptIdleWorkers(false);
            } else if (delta > 0) {
                int k = Math.min(delta, workQueue.size());
                while (k-- > 0 && addWorker(null)) {
                    if (workQueue.isEmpty()) break;
                }
            }
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        synchronized (this) {
            return workerCount < corePoolSize && addWorker(null);
        }
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (prestartCoreThread()) ++n;
        return n;
    }

    void ensurePrestart() {
        synchronized (this) {
            if (workerCount < corePoolSize) addWorker(null);
            else if (workerCount == 0) addWorker(null);
        }
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) {
                synchronized (this) {
                    interruptIdleWorkers(false);
                }
            }
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        synchronized (this) {
            this.maximumPoolSize = maximumPoolSize;
            if (workerCount > maximumPoolSize) interruptIdleWorkers(false);
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) throw new IllegalArgumentException();
        if (time == 0 && allowsCoreThreadTimeOut())
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        this.keepAliveTime = unit.toNanos(time);
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public void purge() {
        for (Runnable r : workQueue.toArray(new Runnable[0])) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) workQueue.remove(r);
        }
        tryTerminate();
    }

    public synchronized int getPoolSize() {
        return runState >= TIDYING ? 0 : workers.size();
    }

    public synchronized int getActiveCount() {
        int n = 0;
        for (Worker w : workers) {
            synchronized (w) {
                if (w.busy) ++n;
            }
        }
        return n;
    }

    public synchronized int getLargestPoolSize() {
        return largestPoolSize;
    }

    public synchronized long getTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers) {
            n += w.completedTasks;
            synchronized (w) {
                if (w.busy) ++n;
            }
        }
        return n + workQueue.size();
    }

    public synchronized long getCompletedTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers) n += w.completedTasks;
        return n;
    }

    public String toString() {
        long ncompleted;
        int nworkers, nactive;
        String runStateText;
        synchronized (this) {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (Worker w : workers) {
                ncompleted += w.completedTasks;
                synchronized (w) {
                    if (w.busy) ++nactive;
                }
            }
            runStateText = runState == RUNNING ? "Running" : runState == TERMINATED ? "Terminated" : "Shutting down";
        }
        return super.toString() + "[" + runStateText + ", pool size = " + nworkers + ", active threads = " + nactive
            + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {
    }

    protected void afterExecute(Runnable r, Throwable t) {
    }

    protected void terminated() {
    }

    // ---- rejection policies --------------------------------------------------------------

    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) r.run();
        }
    }

    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
