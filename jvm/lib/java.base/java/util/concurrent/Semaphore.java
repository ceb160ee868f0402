package java.util.concurrent;

import java.util.Collection;
import java.util.Collections;

public class Semaphore implements java.io.Serializable {
    private int permits;
    private final boolean fair;
    private int queued;

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    private synchronized void acquire0(int n, boolean interruptible) throws InterruptedException {
        boolean interrupted = false;
        queued++;
        try {
            while (permits < n) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    if (interruptible) throw e;
                    interrupted = true;
                }
            }
        } finally {
            queued--;
        }
        permits -= n;
        if (interrupted) Thread.currentThread().interrupt();
    }

    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        acquire0(1, true);
    }

    public void acquire(int n) throws InterruptedException {
        if (n < 0) throw new IllegalArgumentException();
        if (Thread.interrupted()) throw new InterruptedException();
        acquire0(n, true);
    }

    public void acquireUninterruptibly() {
        try {
            acquire0(1, false);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public void acquireUninterruptibly(int n) {
        if (n < 0) throw new IllegalArgumentException();
        try {
            acquire0(n, false);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    public synchronized boolean tryAcquire(int n) {
        if (n < 0) throw new IllegalArgumentException();
        if (permits < n) return false;
        permits -= n;
        return true;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(1, timeout, unit);
    }

    public synchronized boolean tryAcquire(int n, long timeout, TimeUnit unit) throws InterruptedException {
        if (n < 0) throw new IllegalArgumentException();
        if (Thread.interrupted()) throw new InterruptedException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        queued++;
        try {
            while (permits < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.waitNanos(this, left);
            }
        } finally {
            queued--;
        }
        permits -= n;
        return true;
    }

    public void release() {
        release(1);
    }

    public synchronized void release(int n) {
        if (n < 0) throw new IllegalArgumentException();
        permits += n;
        notifyAll();
    }

    public synchronized int availablePermits() {
        return permits;
    }

    public synchronized int drainPermits() {
        int n = permits;
        if (n > 0) permits = 0;
        return n;
    }

    protected synchronized void reducePermits(int reduction) {
        if (reduction < 0) throw new IllegalArgumentException();
        permits -= reduction;
    }

    public boolean isFair() {
        return fair;
    }

    public final synchronized boolean hasQueuedThreads() {
        return queued > 0;
    }

    public final synchronized int getQueueLength() {
        return queued;
    }

    protected Collection<Thread> getQueuedThreads() {
        return Collections.emptyList();
    }

    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
