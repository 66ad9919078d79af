package org.sendplan.model.transition;

/**
 * A small, fast random stream (xoshiro256**, seeded through SplitMix64) with the samplers the
 * transition model needs, none of which allocates. Each simulation has its own stream derived
 * from the seed and the simulation's index, so results do not depend on how simulations are
 * spread over threads.
 */
final class Rng {
    private long s0, s1, s2, s3;
    private double spareGaussian = Double.NaN;

    Rng(long seed, long stream) {
        long x = seed * 0x9E3779B97F4A7C15L + mix(stream + 0x632BE59BD9B4E019L);
        s0 = mix(x += 0x9E3779B97F4A7C15L);
        s1 = mix(x += 0x9E3779B97F4A7C15L);
        s2 = mix(x += 0x9E3779B97F4A7C15L);
        s3 = mix(x + 0x9E3779B97F4A7C15L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1). */
    private double open() {
        double u;
        do {
            u = uniform();
        } while (u == 0);
        return u;
    }

    int below(int n) {
        return (int) ((nextLong() >>> 33) * n >>> 31);
    }

    double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u, v, s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        return u * m;
    }

    /** Gamma(shape, 1): Marsaglia and Tsang, with the boost U^(1/shape) below shape 1. */
    double gamma(double shape) {
        if (shape < 1) return gamma(shape + 1) * Math.pow(open(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x, v;
            do {
                x = gaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = open();
            if (u < 1 - 0.0331 * x * x * x * x) return d * v;
            if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
        }
    }

    double beta(double a, double b) {
        double x = gamma(a), y = gamma(b);
        double s = x + y;
        return s > 0 ? x / s : (uniform() < a / (a + b) ? 1 : 0);
    }

    /**
     * Binomial(n, p), exactly: Knuth's order-statistic recursion (one Beta draw halves n) while
     * the mean is large, then inversion.
     */
    long binomial(long n, double p) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (p > 0.5) return n - binomial(n, 1 - p);
        long acc = 0;
        while (n > 64 && n * p > 24) {
            long a = 1 + n / 2, b = n + 1 - a;
            double x = beta(a, b);
            if (x >= p) {
                n = a - 1;
                p = p / x;
            } else {
                acc += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }
        return acc + inversion(n, p);
    }

    private long inversion(long n, double p) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        double q = 1 - p, ratio = p / q;
        double f = Math.pow(q, n);
        double u = uniform();
        long x = 0;
        while (u > f && x < n) {
            u -= f;
            f *= ratio * (n - x) / (x + 1);
            x++;
            if (f == 0) break;
        }
        return x;
    }

    /** Beta-binomial(n, a, b) as a Pólya urn: n draws, each reinforcing what it drew. */
    int betaBinomial(int n, double a, double b) {
        double ab = a + b;
        int x = 0;
        for (int k = 0; k < n; k++) {
            if (uniform() * (ab + k) < a + x) x++;
        }
        return x;
    }

    /**
     * Dirichlet-multinomial(m, α) over the segment [from, to) of {@code index}/{@code cum} (cum =
     * running sums of α, total {@code total}), added into {@code into}: a Pólya urn in which each
     * draw either comes from α (probability total / (total + j)) or copies one of the j earlier
     * draws uniformly. {@code picks} must hold m entries.
     */
    void dirichletMultinomial(int m, int[] index, double[] cum, int from, int to, double total, int[] into, int[] picks) {
        for (int j = 0; j < m; j++) {
            int pick;
            if (j == 0 || uniform() * (total + j) < total) {
                pick = search(cum, from, to, uniform() * total);
            } else {
                pick = picks[below(j)];
            }
            picks[j] = pick;
            into[index[pick]]++;
        }
    }

    /** The first position in [from, to) whose running sum exceeds x. */
    static int search(double[] cum, int from, int to, double x) {
        int lo = from, hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
