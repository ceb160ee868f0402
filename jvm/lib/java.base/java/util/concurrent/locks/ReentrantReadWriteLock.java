package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * Readers share, a writer excludes all; both re-entrant, and the write-lock
 * holder may also take the read lock (downgrading).  One monitor holds the
 * state; waiting writers hold back new readers (no writer starvation).
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final Object sync = new Object();
    private final boolean fair;
    private Thread writer;
    private int writeHolds;
    private int readers;
    private int waitingWriters;
    private final ThreadLocal<int[]> readHolds = new ThreadLocal<int[]>() {
        protected int[] initialValue() {
            return new int[1];
        }
    };
    private final ReadLock readerLock = new ReadLock(this);
    private final WriteLock writerLock = new WriteLock(this);

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
    }

    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    public final boolean isFair() {
        return fair;
    }

    public int getReadLockCount() {
        synchronized (sync) {
            return readers;
        }
    }

    public boolean isWriteLocked() {
        synchronized (sync) {
            return writer != null;
        }
    }

    public boolean isWriteLockedByCurrentThread() {
        synchronized (sync) {
            return writer == Thread.currentThread();
        }
    }

    public int getWriteHoldCount() {
        synchronized (sync) {
            return writer == Thread.currentThread() ? writeHolds : 0;
        }
    }

    public int getReadHoldCount() {
        return readHolds.get()[0];
    }

    public String toString() {
        synchronized (sync) {
            return super.toString() + "[Write locks = " + writeHolds + ", Read locks = " + readers + "]";
        }
    }

    // ---- the protocol, under sync --------------------------------------------------------

    private boolean canRead(Thread me, int[] mine) {
        if (writer == me) return true;
        if (writer != null) return false;
        return mine[0] > 0 || waitingWriters == 0;
    }

    private void acquireRead(boolean interruptible, long deadline) throws InterruptedException {
        Thread me = Thread.currentThread();
        int[] mine = readHolds.get();
        synchronized (sync) {
            boolean interrupted = false;
            while (!canRead(me, mine)) {
                try {
                    if (deadline != 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) throw new TimeoutSignal();
                        sync.wait(left / 1000000L, (int) (left % 1000000L));
                    } else {
                        sync.wait();
                    }
                } catch (InterruptedException e) {
                    if (interruptible) throw e;
                    interrupted = true;
                }
            }
            readers++;
            mine[0]++;
            if (interrupted) me.interrupt();
        }
    }

    private boolean tryAcquireRead() {
        Thread me = Thread.currentThread();
        int[] mine = readHolds.get();
        synchronized (sync) {
            if (writer != null && writer != me) return false;
            readers++;
            mine[0]++;
            return true;
        }
    }

    private void releaseRead() {
        int[] mine = readHolds.get();
        synchronized (sync) {
            if (mine[0] <= 0) throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            mine[0]--;
            if (--readers == 0) sync.notifyAll();
        }
    }

    private void acquireWrite(boolean interruptible, long deadline) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (writer == me) {
                writeHolds++;
                return;
            }
            boolean interrupted = false;
            waitingWriters++;
            try {
                while (writer != null || readers > 0) {
                    try {
                        if (deadline != 0) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) throw new TimeoutSignal();
                            sync.wait(left / 1000000L, (int) (left % 1000000L));
                        } else {
                            sync.wait();
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) throw e;
                        interrupted = true;
                    }
                }
            } finally {
                waitingWriters--;
                sync.notifyAll();
            }
            writer = me;
            writeHolds = 1;
            if (interrupted) me.interrupt();
        }
    }

    private boolean tryAcquireWrite() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (writer == me) {
                writeHolds++;
                return true;
            }
            if (writer != null || readers > 0) return false;
            writer = me;
            writeHolds = 1;
            return true;
        }
    }

    private void releaseWrite() {
        synchronized (sync) {
            if (writer != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--writeHolds == 0) {
                writer = null;
                sync.notifyAll();
            }
        }
    }

    /** Thrown inside the wait loops when a timed acquisition runs out. */
    private static final class TimeoutSignal extends RuntimeException {
        TimeoutSignal() {
            super(null, null, false, false);
        }
    }

    public static class ReadLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock lock;

        protected ReadLock(ReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            try {
                lock.acquireRead(false, 0);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            if (Thread.interrupted()) throw new InterruptedException();
            lock.acquireRead(true, 0);
        }

        public boolean tryLock() {
            return lock.tryAcquireRead();
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            if (Thread.interrupted()) throw new InterruptedException();
            try {
                lock.acquireRead(true, System.nanoTime() + Math.max(1, unit.toNanos(timeout)));
                return true;
            } catch (TimeoutSignal t) {
                return false;
            }
        }

        public void unlock() {
            lock.releaseRead();
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        public String toString() {
            return super.toString() + "[Read locks = " + lock.getReadLockCount() + "]";
        }
    }

    public static class WriteLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock lock;

        protected WriteLock(ReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            try {
                lock.acquireWrite(false, 0);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            if (Thread.interrupted()) throw new InterruptedException();
            lock.acquireWrite(true, 0);
        }

        public boolean tryLock() {
            return lock.tryAcquireWrite();
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            if (Thread.interrupted()) throw new InterruptedException();
            try {
                lock.acquireWrite(true, System.nanoTime() + Math.max(1, unit.toNanos(timeout)));
                return true;
            } catch (TimeoutSignal t) {
                return false;
            }
        }

        public void unlock() {
            lock.releaseWrite();
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException("condition on a read-write lock");
        }

        public boolean isHeldByCurrentThread() {
            return lock.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return lock.getWriteHoldCount();
        }

        public String toString() {
            Thread o;
            synchronized (lock.sync) {
                o = lock.writer;
            }
            return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }
}
