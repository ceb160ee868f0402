package java.util.concurrent;

/** A cancellable computation whose result get() waits for (on this object's monitor). */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private volatile int state;
    private Callable<V> callable;
    private Object outcome;
    private volatile Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) throw new NullPointerException();
        this.callable = callable;
        this.state = NEW;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
        this.state = NEW;
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL) return (V) x;
        if (s >= CANCELLED) throw new CancellationException();
        throw new ExecutionException((Throwable) x);
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread t;
        synchronized (this) {
            if (state != NEW) return false;
            state = mayInterruptIfRunning ? INTERRUPTING : CANCELLED;
            t = runner;
        }
        try {
            if (mayInterruptIfRunning && t != null) t.interrupt();
        } finally {
            synchronized (this) {
                if (state == INTERRUPTING) state = INTERRUPTED;
                notifyAll();
            }
            done();
        }
        return true;
    }

    public synchronized V get() throws InterruptedException, ExecutionException {
        while (state <= COMPLETING) wait();
        return report(state);
    }

    public synchronized V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) throw new NullPointerException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (state <= COMPLETING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new TimeoutException();
            TimeUnit.waitNanos(this, left);
        }
        return report(state);
    }

    public V resultNow() {
        switch (state) {
            case NORMAL:
                @SuppressWarnings("unchecked") V result = (V) outcome;
                return result;
            case EXCEPTIONAL:
                throw new IllegalStateException("Task completed with exception");
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                throw new IllegalStateException("Task was cancelled");
            default:
                throw new IllegalStateException("Task has not completed");
        }
    }

    protected void done() {
    }

    protected void set(V v) {
        synchronized (this) {
            if (state != NEW) return;
            outcome = v;
            state = NORMAL;
            notifyAll();
        }
        finishCompletion();
    }

    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW) return;
            outcome = t;
            state = EXCEPTIONAL;
            notifyAll();
        }
        finishCompletion();
    }

    private void finishCompletion() {
        done();
        callable = null;
    }

    public void run() {
        synchronized (this) {
            if (state != NEW || runner != null) return;
            runner = Thread.currentThread();
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call();
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) set(result);
            }
        } finally {
            runner = null;
            if (state >= INTERRUPTING) {
                synchronized (this) {
                    while (state == INTERRUPTING) {
                        try {
                            wait();
                        } catch (InterruptedException ignored) {
                        }
                    }
                }
                Thread.interrupted();
            }
        }
    }

    protected boolean runAndReset() {
        synchronized (this) {
            if (state != NEW || runner != null) return false;
            runner = Thread.currentThread();
        }
        boolean ran = false;
        int s = state;
        try {
            Callable<V> c = callable;
            if (c != null && s == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
            s = state;
        }
        return ran && s == NEW;
    }

    public String toString() {
        final String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                final Callable<?> callable = this.callable;
                status = (callable == null) ? "[Not completed]" : "[Not completed, task = " + callable + "]";
        }
        return super.toString() + status;
    }
}
