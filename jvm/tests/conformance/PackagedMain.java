// main: conf.pkg.PackagedMain
// compare: stderr
// A main class inside a package (conf.pkg), run by its binary name; class names
// and the uncaught stack trace carry the package.
package conf.pkg;

public class PackagedMain {
    static class Inner {
        void fail(int n) {
            if (n == 0) throw new UnsupportedOperationException("deep in " + getClass().getName());
            fail(n - 1);
        }
    }

    public static void main(String[] args) {
        System.out.println("name " + PackagedMain.class.getName() + " simple " + PackagedMain.class.getSimpleName()
            + " package " + PackagedMain.class.getPackageName());
        System.out.println("inner " + Inner.class.getName() + " array " + Inner[].class.getName());
        Object o = new Inner();
        System.out.println("toString shape " + o.toString().startsWith("conf.pkg.PackagedMain$Inner@"));
        new Inner().fail(2);
    }
}
