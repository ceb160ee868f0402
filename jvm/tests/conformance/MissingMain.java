// main: Nope
// compare: stderr
// The launcher is asked to run class Nope, which does not exist:
// "Error: Could not find or load main class Nope" on stderr, exit status 1.
public class MissingMain {
    public static void main(String[] args) {
        System.out.println("this program is never run");
    }
}
