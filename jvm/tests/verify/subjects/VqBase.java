/* Superclass of the fuzz subject. */
public class VqBase {
    protected int bf;
    VqBase(int x) { bf = x; }
    int base(int k) { return bf + k; }
}
