package java.lang;

public class Package {
    private final String name;

    Package(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String toString() {
        return "package " + name;
    }
}
