/* Interface of the fuzz subject. */
public interface VqIface {
    int run(int n);
    default int twice(int n) { return run(run(n)); }
}
