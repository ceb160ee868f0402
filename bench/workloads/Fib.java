// Call-heavy workload: naive recursive Fibonacci (static calls, int arithmetic).
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        StringBuilder sb = new StringBuilder();
        sb.append("fib ").append(n).append(' ').append(fib(n));
        System.out.println(sb.toString());
    }
}
