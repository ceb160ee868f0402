// Floating-point / array workload: spectral norm of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), by 10 power iterations on an n-vector
// (Computer Language Benchmarks Game algorithm). 9 decimals as in NBody.
public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void multAv(double[] v, double[] av) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++)
                sum += a(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void multAtv(double[] v, double[] atv) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++)
                sum += a(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void multAtAv(double[] v, double[] out, double[] tmp) {
        multAv(v, tmp);
        multAtv(tmp, out);
    }

    static void fixed9(StringBuilder sb, double v) {
        long r = (long) Math.floor(v * 1e9 + 0.5);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 1000000000L).append('.');
        String frac = Long.toString(r % 1000000000L);
        for (int i = frac.length(); i < 9; i++)
            sb.append('0');
        sb.append(frac);
    }

    static String run(int n) {
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++)
            u[i] = 1;
        for (int i = 0; i < 10; i++) {
            multAtAv(u, v, tmp);
            multAtAv(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        StringBuilder sb = new StringBuilder();
        sb.append("spectralnorm ").append(n).append(' ');
        fixed9(sb, Math.sqrt(vBv / vv));
        return sb.toString();
    }

    // Java twin of iter.h: `java SpectralNorm SIZE [ITERATIONS]`; each iteration is
    // timed ("vmbench-iter <i> <ns>" on stderr), the checksum line printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int iters = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String first = null;
        for (int i = 1; i <= iters; i++) {
            long t0 = System.nanoTime();
            String line = run(n);
            long t = System.nanoTime() - t0;
            StringBuilder sb = new StringBuilder();
            sb.append("vmbench-iter ").append(i).append(' ').append(t);
            System.err.println(sb.toString());
            if (first == null) {
                first = line;
            } else if (!line.equals(first)) {
                System.err.println("iteration results differ");
                System.exit(1);
            }
        }
        if (first != null)
            System.out.println(first);
    }
}
