/* Links each class named on the command line (Class.forName initializes,
 * which verifies) and prints one line per class: "name ok" or "name" plus
 * the error class, the first line of its message and, for a VerifyError
 * with details, its Location and Reason lines. */
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
                if (m != null) {
                    String[] lines = m.split("\n");
                    sb.append(": ").append(lines[0]);
                    for (int i = 1; i + 1 < lines.length; i++)
                        if (lines[i].equals("  Location:") || lines[i].equals("  Reason:"))
                            sb.append(" |").append(lines[i + 1].trim());
                }
            }
            System.out.println(sb);
        }
    }
}
