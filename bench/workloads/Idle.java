// Density test: an idle JVM. Says "ready" once main runs, then blocks reading
// stdin until it closes (vmbench counts how many of these fit in a memory
// budget, then kills them).
public class Idle {
    public static void main(String[] args) throws java.io.IOException {
        System.out.println("ready");
        while (System.in.read() >= 0) {
        }
    }
}
