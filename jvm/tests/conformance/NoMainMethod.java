// compare: stderr
// A class without a main method: the launcher reports it on stderr, exit status 1.
public class NoMainMethod {
    static void notMain(String[] args) { }
}
