// Nest-based access (Java 11+): private constructors, methods and fields used
// across nested classes without synthetic accessors.
public class NestMates {
    private static int created;
    private final int id;
    private String secret;

    private NestMates(int id) { this.id = id; created++; secret = "s" + id; }

    private static String tag(NestMates n) { return "<" + n.id + ":" + n.secret + ">"; }
    private String reveal() { return "reveal " + secret; }

    static class Factory {
        private int made;
        NestMates make() { made++; return new NestMates(made * 10); }   // private constructor
        private static String peek(NestMates n) { n.secret = n.secret.toUpperCase(); return tag(n) + " " + n.reveal(); }
    }

    class Inner {
        private int hidden = 5;
        private int twice() { return hidden * 2 + id; }
    }

    interface Visitor { String visit(NestMates n); }

    static class Peer {
        private final String name;
        private Peer(String name) { this.name = name; }
        private boolean sameAs(Peer other) { return other.name.equals(name); }   // private access on another instance
    }

    enum Mode {
        A, B;
        private String lower() { return name().toLowerCase() + created; }
    }

    public static void main(String[] args) {
        Factory f = new Factory();
        NestMates a = f.make(), b = f.make();
        System.out.println("created " + created + " factory made " + f.made + " ids " + a.id + " " + b.id);
        System.out.println(Factory.peek(a) + " | " + tag(b));
        Inner in = b.new Inner();
        in.hidden = 7;
        System.out.println("inner twice " + in.twice() + " hidden " + in.hidden);
        Visitor v = n -> n.reveal() + "/" + n.secret.length();
        System.out.println("lambda " + v.visit(a));
        Visitor anon = new Visitor() {
            public String visit(NestMates n) { return "anon " + tag(n) + " " + n.id; }
        };
        System.out.println(anon.visit(b));
        Peer p = new Peer("x"), q = new Peer("x"), r = new Peer("y");
        System.out.println("peers " + p.sameAs(q) + " " + p.sameAs(r) + " " + r.name);
        System.out.println("enum private " + Mode.A.lower() + " " + Mode.B.lower());
    }
}
