// Runtime memory figures under -Xms8m -Xmx64m: only facts that hold on
// any collector are printed.
public class GcRuntimeMemory {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long mb = 1 << 20;
        long max = rt.maxMemory();
        System.out.println("max within 10% below -Xmx: " + (max <= 64 * mb && max >= 57 * mb));
        System.out.println("processors >= 1: " + (rt.availableProcessors() >= 1));
        long total = rt.totalMemory(), free = rt.freeMemory();
        System.out.println("0 < free <= total <= max: " + (0 < free && free <= total && total <= max));
        System.out.println("starts near -Xms: " + (total <= 16 * mb));
        byte[][] hold = new byte[40][];
        for (int i = 0; i < 40; i++) hold[i] = new byte[(int) mb];
        long total2 = rt.totalMemory();
        System.out.println("grew to hold 40 MB: " + (total2 >= 40 * mb && total2 <= max));
        long used = total2 - rt.freeMemory();
        System.out.println("used counts them: " + (used >= 40 * mb));
        hold = null;
        System.gc();
        long usedAfter = rt.totalMemory() - rt.freeMemory();
        System.out.println("gc frees them: " + (usedAfter < 20 * mb));
        rt.gc();
        System.out.println("free <= total <= max: " + (rt.freeMemory() <= rt.totalMemory() && rt.totalMemory() <= max));
    }
}
