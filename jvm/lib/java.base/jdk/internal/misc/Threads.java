package jdk.internal.misc;

/**
 * Whether a second thread was ever started.  Until then the library may skip
 * locking that only matters between threads (Random's seed update): a lock
 * costs more than the update itself in the interpreter.  Thread.start sets
 * the flag before the new thread runs, so both threads see it.
 */
public final class Threads {
    public static boolean started;

    private Threads() {
    }
}
