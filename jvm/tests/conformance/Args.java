// Command-line arguments (from Args.args, one per line), including spaces and empties.
public class Args {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        int sum = 0;
        for (String a : args) {
            try { sum += Integer.parseInt(a); } catch (NumberFormatException e) { /* not a number */ }
        }
        System.out.println("sum of numeric args " + sum);
        System.out.println("joined " + String.join("|", args));
    }
}
