/* Links each class named on the command line (Class.forName initializes,
 * which verifies) and prints one line per class: "name ok" or "name" plus
 * the error class and its whole message, newlines shown as '|' (for a
 * VerifyError: the headline and every "Exception Details" section). */
public class VqDriver {
    public static void main(String[] args) {
        for (String n : args) {
            StringBuilder sb = new StringBuilder(n);
            try {
                Class.forName(n);
                sb.append(" ok");
            } catch (Throwable t) {
                sb.append(' ').append(t.getClass().getName());
                String m = t.getMessage();
                if (m != null)
                    sb.append(": ").append(m.replace("\n", "|"));
            }
            System.out.println(sb);
        }
    }
}
