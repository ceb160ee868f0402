package java.util.concurrent.locks;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * A re-entrant mutual-exclusion lock built on one monitor: the owner and hold
 * count live under it, and both lock waiters and condition waiters wait on it
 * (each condition waiter with its own node, so signal wakes exactly one).
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    final Object sync = new Object();
    private final boolean fair;
    Thread owner;
    int holds;
    private int queued;

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    public void lock() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (owner == me) {
                holds++;
                return;
            }
            boolean interrupted = false;
            queued++;
            try {
                while (owner != null) {
                    try {
                        sync.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
            if (interrupted) me.interrupt();
        }
    }

    public void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (sync) {
            if (owner == me) {
                holds++;
                return;
            }
            queued++;
            try {
                while (owner != null) sync.wait();
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
        }
    }

    public boolean tryLock() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (owner == me) {
                holds++;
                return true;
            }
            if (owner != null) return false;
            owner = me;
            holds = 1;
            return true;
        }
    }

    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) throw new InterruptedException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (sync) {
            if (owner == me) {
                holds++;
                return true;
            }
            queued++;
            try {
                while (owner != null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return false;
                    waitNanos(left);
                }
            } finally {
                queued--;
            }
            owner = me;
            holds = 1;
            return true;
        }
    }

    void waitNanos(long nanos) throws InterruptedException {
        sync.wait(nanos / 1000000L, (int) (nanos % 1000000L));
    }

    public void unlock() {
        synchronized (sync) {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--holds == 0) {
                owner = null;
                sync.notifyAll();
            }
        }
    }

    public Condition newCondition() {
        return new ConditionObject();
    }

    public int getHoldCount() {
        synchronized (sync) {
            return owner == Thread.currentThread() ? holds : 0;
        }
    }

    public boolean isHeldByCurrentThread() {
        synchronized (sync) {
            return owner == Thread.currentThread();
        }
    }

    public boolean isLocked() {
        synchronized (sync) {
            return owner != null;
        }
    }

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        synchronized (sync) {
            return owner;
        }
    }

    public final boolean hasQueuedThreads() {
        synchronized (sync) {
            return queued > 0;
        }
    }

    public final int getQueueLength() {
        synchronized (sync) {
            return queued;
        }
    }

    public String toString() {
        Thread o = getOwner();
        return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }

    private static final class Node {
        boolean signalled;
    }

    /** A condition of this lock; await releases every hold and takes them back afterwards. */
    final class ConditionObject implements Condition, java.io.Serializable {
        private final ArrayDeque<Node> waiters = new ArrayDeque<>();

        private int release() {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            int saved = holds;
            owner = null;
            holds = 0;
            sync.notifyAll();
            return saved;
        }

        private void reacquire(int saved) {
            boolean interrupted = false;
            while (owner != null) {
                try {
                    sync.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            owner = Thread.currentThread();
            holds = saved;
            if (interrupted) Thread.currentThread().interrupt();
        }

        /** Waits until signalled or the deadline (0 = none); returns whether signalled. */
        private boolean awaitNode(long deadline, boolean interruptible) throws InterruptedException {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            synchronized (sync) {
                Node node = new Node();
                waiters.add(node);
                int saved = release();
                boolean interrupted = false;
                InterruptedException ie = null;
                while (!node.signalled) {
                    try {
                        if (deadline != 0) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) break;
                            waitNanos(left);
                        } else {
                            sync.wait();
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) {
                            ie = e;
                            break;
                        }
                        interrupted = true;
                    }
                }
                boolean signalled = node.signalled;
                if (!signalled) waiters.remove(node);
                reacquire(saved);
                if (ie != null && !signalled) throw ie;
                if (interrupted || ie != null) Thread.currentThread().interrupt();
                return signalled;
            }
        }

        public void await() throws InterruptedException {
            awaitNode(0, true);
        }

        public void awaitUninterruptibly() {
            try {
                awaitNode(0, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            long start = System.nanoTime();
            long deadline = start + Math.max(nanosTimeout, 1);
            if (nanosTimeout <= 0) {
                if (Thread.interrupted()) throw new InterruptedException();
                return nanosTimeout;
            }
            awaitNode(deadline, true);
            return nanosTimeout - (System.nanoTime() - start);
        }

        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            long nanos = unit.toNanos(time);
            if (nanos <= 0) {
                if (Thread.interrupted()) throw new InterruptedException();
                return false;
            }
            return awaitNode(System.nanoTime() + nanos, true);
        }

        public void signal() {
            synchronized (sync) {
                if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
                Node n = waiters.poll();
                if (n != null) {
                    n.signalled = true;
                    sync.notifyAll();
                }
            }
        }

        public void signalAll() {
            synchronized (sync) {
                if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
                if (waiters.isEmpty()) return;
                for (Node n : waiters) n.signalled = true;
                waiters.clear();
                sync.notifyAll();
            }
        }
    }
}
