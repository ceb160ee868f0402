// java.util.Random with fixed seeds: every generator method.
import java.util.Arrays;
import java.util.Random;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int bound : new int[] {1, 2, 10, 16, 100, 1000, 1 << 30, Integer.MAX_VALUE, 3, 7})
            sb.append(r.nextInt(bound)).append(' ');
        System.out.println("nextInt(bound) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat " + sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println("nextBoolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println("nextGaussian " + sb);
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("reseeded " + r.nextInt() + " " + new Random(42).nextInt());
        Random z = new Random(0);
        System.out.println("seed 0: " + z.nextInt(100) + " " + z.nextLong() + " " + z.nextDouble());
        Random neg = new Random(-123456789L);
        System.out.println("negative seed: " + neg.nextInt(50) + " " + neg.nextInt(50) + " " + neg.nextGaussian());
        int[] hist = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[dice.nextInt(6)]++;
        System.out.println("dice histogram " + Arrays.toString(hist));
        Random a = new Random(99), b = new Random(99);
        boolean same = true;
        for (int i = 0; i < 1000; i++) same &= a.nextInt(1000) == b.nextInt(1000);
        System.out.println("reproducible " + same);
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        double sum = 0;
        Random g = new Random(5);
        for (int i = 0; i < 1000; i++) sum += g.nextGaussian();
        System.out.println("gaussian sum " + sum);
    }
}
