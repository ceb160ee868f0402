// Run with -Xss512k (XssSmall.opts): moderate recursion works, unbounded recursion
// ends in a StackOverflowError that is caught.
public class XssSmall {
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    static int forever(int n) { return forever(n + 1) + 1; }

    public static void main(String[] args) {
        System.out.println("depth(1000) = " + depth(1000));
        try {
            forever(0);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
        }
        System.out.println("depth(1000) again = " + depth(1000));
    }
}
