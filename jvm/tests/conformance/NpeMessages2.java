// javac: -g
// Helpful NullPointerException messages for more complex expressions (with -g).
public class NpeMessages2 {
    static class Node { Node next; String name; int[] data; Node[] kids; static Node root; }

    static String deepField(Node n) { return n.next.next.name.trim(); }
    static int arrayInField(Node n) { return n.data[0]; }
    static int kidsElem(Node n, int i) { return n.kids[i].data.length; }
    static String staticRoot() { return Node.root.name; }
    static int nestedCall(Node n) { return n.next.name.length(); }
    static String methodChain(StringBuilder sb) { return sb.append("x").toString().substring(1).trim(); }
    static Node nothing() { return null; }
    static String fromCall() { return nothing().name; }
    static int twoDim(int[][] m, int i) { return m[i][0]; }
    static int ternary(boolean b, String s) { return (b ? s : null).length(); }
    static int castNull(Object o) { return ((String) o).length(); }
    static int local(String s) { String copy = s; copy = copy + ""; String other = null; return other.length(); }
    static int param(Object a, Object b, Object c) { return c.hashCode(); }
    static long longIndex(long[][] arr) { return arr[1][1]; }
    static int virtualOnField(Node n) { return n.name.length(); }

    interface Call { Object run() throws Exception; }
    static void check(String label, Call c) {
        try {
            c.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        } catch (Exception e) {
            System.out.println(label + ": unexpected " + e);
        }
    }

    public static void main(String[] args) {
        Node n = new Node();
        n.next = new Node();
        check("deep field", () -> deepField(n));
        n.next.next = new Node();
        check("deep field name", () -> deepField(n));
        check("array in field", () -> arrayInField(n));
        n.kids = new Node[2];
        check("kids element", () -> kidsElem(n, 1));
        n.kids[0] = new Node();
        check("kids element data", () -> kidsElem(n, 0));
        check("static root", () -> staticRoot());
        check("nested call", () -> nestedCall(n));
        check("method chain", () -> methodChain(null));
        check("from call", () -> fromCall());
        check("two dim", () -> twoDim(new int[3][], 2));
        check("two dim null", () -> twoDim(null, 0));
        check("ternary", () -> ternary(false, "s"));
        check("cast null", () -> castNull(null));
        check("local", () -> local("s"));
        check("param", () -> param(1, 2, null));
        check("long 2d", () -> longIndex(new long[2][]));
        check("virtual on field", () -> virtualOnField(n));
        String s = null;
        try {
            System.out.println(s.isEmpty());
        } catch (NullPointerException e) {
            System.out.println("main local: " + e.getMessage());
        }
        try {
            args = null;
            System.out.println(args.length);
        } catch (NullPointerException e) {
            System.out.println("args: " + e.getMessage());
        }
    }
}
