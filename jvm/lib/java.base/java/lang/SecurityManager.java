package java.lang;

@Deprecated(since = "17", forRemoval = true)
public class SecurityManager {
    public SecurityManager() {}
}
