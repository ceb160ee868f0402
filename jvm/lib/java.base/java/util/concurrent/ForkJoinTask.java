package java.util.concurrent;

import java.util.Collection;
import java.util.List;

/**
 * A task that may fork subtasks and join them.  fork() queues the task in
 * the current pool (or the common pool); join() runs it in the joining
 * thread if no worker has taken it yet, else waits for it.  Results and
 * exceptions are kept under this object's monitor.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;

    private volatile int status;
    private Throwable exception;
    transient ForkJoinPool queuedIn;

    public ForkJoinTask() {
    }

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    /** Runs the task here if nobody has; returns whether this call ran it. */
    final boolean doExec() {
        synchronized (this) {
            if (status != NEW) return false;
            status = RUNNING;
        }
        boolean completed;
        try {
            completed = exec();
        } catch (Throwable rex) {
            setExceptional(rex);
            return true;
        }
        if (completed) setDone(NORMAL);
        return true;
    }

    private synchronized void setDone(int s) {
        if (status < NORMAL) {
            status = s;
            notifyAll();
        }
    }

    private synchronized void setExceptional(Throwable ex) {
        if (status < NORMAL) {
            exception = ex;
            status = EXCEPTIONAL;
            notifyAll();
        }
    }

    private void awaitDone() {
        if (status >= NORMAL) return;
        ForkJoinPool p = queuedIn;
        if (status == NEW && p != null && (p == ForkJoinPool.common || Thread.currentThread() instanceof ForkJoinWorkerThread)
                && p.tryUnqueue(this)) {
            doExec();
        } else if (status == NEW && p == null) {
            doExec();
        }
        synchronized (this) {
            boolean interrupted = false;
            while (status < NORMAL) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private void awaitDoneInterruptibly(long deadline) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (status >= NORMAL) return;
        ForkJoinPool p = queuedIn;
        if (status == NEW && p != null && Thread.currentThread() instanceof ForkJoinWorkerThread && p.tryUnqueue(this)) {
            doExec();
        }
        synchronized (this) {
            while (status < NORMAL) {
                if (deadline == 0) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) throw new TimeoutException();
                    TimeUnit.waitNanos(this, left);
                }
            }
        }
    }

    private V reportJoin() {
        int s = status;
        if (s == EXCEPTIONAL) rethrow(exception);
        if (s == CANCELLED) throw new CancellationException();
        return getRawResult();
    }

    static void rethrow(Throwable ex) {
        ForkJoinTask.<RuntimeException>uncheckedThrow(ex);
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void uncheckedThrow(Throwable t) throws T {
        if (t != null) throw (T) t;
        throw new Error("Unknown Exception");
    }

    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        ForkJoinPool p = (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : ForkJoinPool.common;
        p.enqueue(this);
        return this;
    }

    public final V join() {
        awaitDone();
        return reportJoin();
    }

    public final V invoke() {
        doExec();
        awaitDone();
        return reportJoin();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        if (t1 == null || t2 == null) throw new NullPointerException();
        t2.fork();
        t1.invoke();
        t2.join();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        Throwable ex = null;
        int last = tasks.length - 1;
        for (int i = last; i >= 0; --i) {
            ForkJoinTask<?> t = tasks[i];
            if (t == null) throw new NullPointerException();
            if (i == 0) {
                t.doExec();
                t.awaitDone();
                if (t.status == EXCEPTIONAL || t.status == CANCELLED) ex = t.getException();
                break;
            }
            t.fork();
        }
        for (int i = 1; i <= last; ++i) {
            ForkJoinTask<?> t = tasks[i];
            if (t != null) {
                if (ex != null) {
                    t.cancel(false);
                } else {
                    t.awaitDone();
                    if (t.status == EXCEPTIONAL || t.status == CANCELLED) ex = t.getException();
                }
            }
        }
        if (ex != null) rethrow(ex);
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        if (!(tasks instanceof java.util.RandomAccess) || !(tasks instanceof List<?>)) {
            invokeAll(tasks.toArray(new ForkJoinTask<?>[0]));
            return tasks;
        }
        @SuppressWarnings("unchecked")
        List<? extends ForkJoinTask<?>> ts = (List<? extends ForkJoinTask<?>>) tasks;
        invokeAll(ts.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (status == NEW) {
                status = CANCELLED;
                notifyAll();
            }
            return status == CANCELLED;
        }
    }

    public final boolean isDone() {
        return status >= NORMAL;
    }

    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        return status >= EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    public final Throwable getException() {
        int s = status;
        return s == CANCELLED ? new CancellationException() : s == EXCEPTIONAL ? exception : null;
    }

    public void completeExceptionally(Throwable ex) {
        setExceptional((ex instanceof RuntimeException) || (ex instanceof Error) ? ex : new RuntimeException(ex));
    }

    public void complete(V value) {
        try {
            setRawResult(value);
        } catch (Throwable rex) {
            setExceptional(rex);
            return;
        }
        setDone(NORMAL);
    }

    public final void quietlyComplete() {
        setDone(NORMAL);
    }

    public final V get() throws InterruptedException, ExecutionException {
        try {
            awaitDoneInterruptibly(0);
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
        return reportGet();
    }

    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        awaitDoneInterruptibly(System.nanoTime() + Math.max(1, unit.toNanos(timeout)));
        return reportGet();
    }

    private V reportGet() throws ExecutionException {
        int s = status;
        if (s == CANCELLED) throw new CancellationException();
        if (s == EXCEPTIONAL) throw new ExecutionException(exception);
        return getRawResult();
    }

    public final void quietlyJoin() {
        awaitDone();
    }

    public final void quietlyInvoke() {
        doExec();
        awaitDone();
    }

    public static void helpQuiesce() {
    }

    public void reinitialize() {
        synchronized (this) {
            status = NEW;
            exception = null;
            queuedIn = null;
        }
    }

    public static ForkJoinPool getPool() {
        Thread t = Thread.currentThread();
        return (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : null;
    }

    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    public boolean tryUnfork() {
        ForkJoinPool p = queuedIn;
        return p != null && p.tryUnqueue(this);
    }

    public static int getQueuedTaskCount() {
        ForkJoinPool p = getPool();
        return p == null ? 0 : (int) p.getQueuedTaskCount();
    }

    public static int getSurplusQueuedTaskCount() {
        return 0;
    }

    public String toString() {
        int s = status;
        return super.toString() + (s == NORMAL ? "[Completed normally]"
            : s == EXCEPTIONAL ? "[Completed exceptionally: " + exception + "]"
            : s == CANCELLED ? "[Cancelled]" : "[Incomplete]");
    }

    // ---- adapters ------------------------------------------------------------------------

    static final class AdaptedRunnable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        final Runnable runnable;
        T result;

        AdaptedRunnable(Runnable runnable, T result) {
            if (runnable == null) throw new NullPointerException();
            this.runnable = runnable;
            this.result = result;
        }

        public final T getRawResult() {
            return result;
        }

        public final void setRawResult(T v) {
            result = v;
        }

        public final boolean exec() {
            runnable.run();
            return true;
        }

        public final void run() {
            invoke();
        }

        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    static final class AdaptedCallable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        final Callable<? extends T> callable;
        T result;

        AdaptedCallable(Callable<? extends T> callable) {
            if (callable == null) throw new NullPointerException();
            this.callable = callable;
        }

        public final T getRawResult() {
            return result;
        }

        public final void setRawResult(T v) {
            result = v;
        }

        public final boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException rex) {
                throw rex;
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }

        public final void run() {
            invoke();
        }

        public String toString() {
            return super.toString() + "[Wrapped task = " + callable + "]";
        }
    }

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnable<Void>(runnable, null);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<T>(runnable, result);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<T>(callable);
    }
}
