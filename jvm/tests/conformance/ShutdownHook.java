// A shutdown hook runs after main returns (and System.out is still usable);
// exit status is set by System.exit from main.
public class ShutdownHook {
    static int counter;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("hook ran, counter = " + counter);
        }));
        for (int i = 0; i < 10; i++) counter += i;
        System.out.println("main done, counter = " + counter);
        if (args.length == 0) System.exit(5);
        System.out.println("not reached");
    }
}
