// run: jar
// Run with -jar from a jar whose manifest names this class; arguments from JarMain.args.
public class JarMain {
    static class Helper {
        static String shout(String s) { return s.toUpperCase() + "!"; }
    }

    public static void main(String[] args) {
        System.out.println("running from a jar with " + args.length + " args");
        for (String a : args) System.out.println(Helper.shout(a));
        Runnable r = () -> System.out.println("lambda in jar ok");
        r.run();
        System.out.println("nested class " + Helper.class.getName());
        try {
            Class.forName("JarMain$Helper");
            System.out.println("forName found JarMain$Helper");
            Class.forName("NotInJar");
        } catch (ClassNotFoundException e) {
            System.out.println("forName not found: " + e.getMessage());
        }
    }
}
