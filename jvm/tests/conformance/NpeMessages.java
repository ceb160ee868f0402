// Helpful NullPointerException messages (JEP 358), compiled WITHOUT -g:
// local variables appear as <localN>.
public class NpeMessages {
    int x;
    int[] arr;
    NpeMessages next;
    static NpeMessages staticRef;
    static String sfield;

    static int strLen(String s) { return s.length(); }
    static int readField(NpeMessages p) { return p.x; }
    static void writeField(NpeMessages p) { p.x = 5; }
    static int arrayLength(int[] a) { return a.length; }
    static int loadInt(int[] a) { return a[0]; }
    static void storeInt(int[] a) { a[1] = 2; }
    static Object loadObj(Object[] a) { return a[0]; }
    static void storeObj(Object[] a) { a[0] = "x"; }
    static long loadLong(long[] a) { return a[0]; }
    static void storeByte(byte[] a) { a[0] = 1; }
    static char loadChar(char[] a) { return a[0]; }
    static void storeDouble(double[] a) { a[0] = 1.0; }
    static boolean loadBool(boolean[] a) { return a[0]; }
    static void throwIt(RuntimeException e) { throw e; }
    static void sync(Object o) { synchronized (o) { System.out.println("no"); } }
    static int unbox(Integer i) { return i; }
    static int secondLocal(int a, String b, String c) { String d = c; return d.length() + a; }
    static int staticField() { return sfield.length(); }
    static int staticChain() { return staticRef.x; }
    static String hashOfNull(Object o) { return "" + o.hashCode(); }
    static int interfaceCall(Runnable r) { r.run(); return 0; }
    static int longArgs(long a, double b, String s) { return s.length(); }

    int instanceChain() { return next.next.x; }
    int instanceArray() { return arr[3]; }

    static NpeMessages make() { return null; }
    static int returnValue() { return make().x; }
    static String[] strings() { return new String[2]; }
    static int arrayElement() { return strings()[1].length(); }

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
        check("invokevirtual", () -> strLen(null));
        check("getfield", () -> readField(null));
        check("putfield", () -> { writeField(null); return null; });
        check("arraylength", () -> arrayLength(null));
        check("iaload", () -> loadInt(null));
        check("iastore", () -> { storeInt(null); return null; });
        check("aaload", () -> loadObj(null));
        check("aastore", () -> { storeObj(null); return null; });
        check("laload", () -> loadLong(null));
        check("bastore", () -> { storeByte(null); return null; });
        check("caload", () -> loadChar(null));
        check("dastore", () -> { storeDouble(null); return null; });
        check("baload(boolean)", () -> loadBool(null));
        check("athrow", () -> { throwIt(null); return null; });
        check("monitorenter", () -> { sync(null); return null; });
        check("unboxing", () -> unbox(null));
        check("fourth local", () -> secondLocal(1, "b", null));
        check("static field", () -> staticField());
        check("static chain", () -> staticChain());
        check("Object method", () -> hashOfNull(null));
        check("invokeinterface", () -> interfaceCall(null));
        check("after wide args", () -> longArgs(1L, 2.0, null));
        NpeMessages n = new NpeMessages();
        n.next = new NpeMessages();
        check("instance chain", () -> n.instanceChain());
        check("instance array", () -> n.instanceArray());
        check("return value", () -> returnValue());
        check("array element", () -> arrayElement());
        check("explicit new NPE", () -> { throw new NullPointerException(); });
        check("explicit message", () -> { throw new NullPointerException("my message"); });
        NullPointerException created = new NullPointerException();
        System.out.println("created, not thrown: " + created.getMessage());
    }
}
