// Enums with bodies, fields, abstract methods, switch, valueOf/values/ordinal.
public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            public String toString() { return "times!"; }
        };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
    }

    interface Labeled { String label(); }
    enum Level implements Labeled {
        LOW, MID, HIGH;
        static { System.out.println("Level initialized, " + values().length + " values"); }
        public String label() { return name().toLowerCase() + "#" + ordinal(); }
        Level next() { return values()[(ordinal() + 1) % values().length]; }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cold";
            default: return "neutral";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values())
            System.out.println(c + " ordinal=" + c.ordinal() + " name=" + c.name() + " " + describe(c));
        System.out.println(Color.valueOf("GREEN") == Color.GREEN);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        for (Planet p : Planet.values())
            System.out.printf("%s %.2f%n", p, p.gravity());
        for (Op op : Op.values())
            System.out.println(op + " " + op.sym + " " + op.apply(6, 3) + " class is Op subclass: "
                + (op.getClass() != Op.class) + " declaring=" + op.getDeclaringClass().getSimpleName());
        System.out.println("compareTo " + Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.GREEN));
        System.out.println("before Level");
        Level l = Level.HIGH;
        System.out.println(l.label() + " next " + l.next() + " " + l.next().label());
        Labeled lb = Level.MID;
        System.out.println(lb.label());
        int score = switch (l) { case LOW -> 1; case MID -> 5; case HIGH -> { int t = 9; yield t + 1; } };
        System.out.println("score " + score);
        System.out.println(Level.valueOf("LOW").next().next());
        System.out.println(Enum.valueOf(Color.class, "BLUE").ordinal());
        System.out.println("equals " + Color.RED.equals(Color.RED) + " " + Color.RED.equals("RED"));
        Color[] vs = Color.values();
        vs[0] = Color.BLUE;                          // values() returns a fresh copy
        System.out.println("values fresh: " + Color.values()[0]);
    }
}
