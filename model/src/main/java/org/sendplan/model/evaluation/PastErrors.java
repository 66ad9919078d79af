package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log errors of past forecasts, log((outturn + 1) / (forecast + 1)), by roll-up and horizon, as
 * known at each base year: a forecast made at b for b + h is known from base b + h on. The + 1
 * keeps small roll-ups that open from or close to nothing (a resourced provision of 0) in the
 * record; for totals of thousands it changes nothing.
 *
 * <p>The sample behind a band h years ahead pools the errors of every horizon up to h, each
 * scaled by h / h' (trend errors grow about linearly with the horizon), and weights each by
 * λ^(age of its forecast's base year): the long-horizon errors known at any base year are all
 * old ones (a five-year error known in 2019 is of a forecast made in 2014), while the one-year
 * errors of the last forecasts say what the method's errors are now. λ = 1 weights every past
 * forecast alike.
 */
final class PastErrors implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Fewer errors than this and there is no sample. */
    static final int MIN_ERRORS = 20;

    /**
     * Errors sorted, with weights: the weighted quantile puts the k-th smallest at probability
     * (S_k − w_k/2 − w_1/2) / (S_n − w_1/2 − w_n/2), S_k the cumulative weight, and interpolates
     * linearly between them; with equal weights that is R's type 7, (k − 1) / (n − 1).
     */
    record Sample(double[] sorted, double[] position) {
        double quantile(double u) {
            int n = sorted.length;
            if (u <= position[0]) return sorted[0];
            if (u >= position[n - 1]) return sorted[n - 1];
            int k = Arrays.binarySearch(position, u);
            if (k >= 0) return sorted[k];
            int hi = -k - 1, lo = hi - 1;
            double span = position[hi] - position[lo];
            return span <= 0 ? sorted[hi] : sorted[lo] + (u - position[lo]) / span * (sorted[hi] - sorted[lo]);
        }

        /** The u-quantile moved away from the median by a factor. */
        double widened(double u, double factor) {
            double m = quantile(0.5);
            return m + factor * (quantile(u) - m);
        }

        /** The sample of values with weights (at least two values). */
        static Sample of(double[] values, double[] weights) {
            int n = values.length;
            int[] order = ascending(values);
            double[] v = new double[n], w = new double[n], p = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                v[i] = values[order[i]];
                w[i] = weights[order[i]];
                total += w[i];
            }
            double span = total - (w[0] + w[n - 1]) / 2, cum = 0;
            for (int i = 0; i < n; i++) {
                cum += w[i];
                p[i] = (cum - w[i] / 2 - w[0] / 2) / span;
            }
            return new Sample(v, p);
        }

        /**
         * The indices of {@code values} in ascending order of value ({@link Double#compare}), equal
         * values in the order given: a sort of boxed indices with a comparator did the same at several
         * times the cost (a sample can hold thousands of errors, and a run makes hundreds of samples).
         */
        static int[] ascending(double[] values) {
            int n = values.length;
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = (long) rank(sorted, values[i]) << 32 | i;
            Arrays.sort(keys);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = (int) keys[i];
            return order;
        }

        /** The position of the first value in {@code sorted} not below {@code x}, in {@link Double#compare}'s order (which {@link Arrays#sort(double[])} sorts by). */
        private static int rank(double[] sorted, double x) {
            int lo = 0, hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Double.compare(sorted[mid], x) < 0) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    private final Map<String, List<double[]>> byKey = new HashMap<>(); // key → (outturn year, error), a HashMap of ArrayLists (kept between runs)
    // read cache: a batch forecasts several authorities at once from one track record (made again when the record is read back)
    private transient Map<SampleKey, Optional<Sample>> samples = new ConcurrentHashMap<>();

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        samples = new ConcurrentHashMap<>();
    }

    private record SampleKey(Dimension dimension, String group, int horizon, int base, double recency) {}

    static double error(double actual, double forecast) {
        return Math.log((actual + 1) / (Math.max(0, forecast) + 1));
    }

    /** The figure at which a forecast would have had error e. */
    static double at(double forecast, double e) {
        return Math.max(0, (Math.max(0, forecast) + 1) * Math.exp(e) - 1);
    }

    void add(Dimension d, String group, int horizon, int outturnYear, double e) {
        if (Double.isNaN(e)) return;
        byKey.computeIfAbsent(key(d, group, horizon), k -> new ArrayList<>()).add(new double[]{outturnYear, e});
        samples.clear();
    }

    /**
     * The errors known at a base year for a band h years ahead: those of every horizon h' ≤ h,
     * scaled by h / h', each weighted by recency^(base − 1 − its forecast's base year); null with
     * fewer than {@link #MIN_ERRORS}.
     */
    Sample sample(Dimension d, String group, int horizon, int base, double recency) {
        return samples.computeIfAbsent(new SampleKey(d, group, horizon, base, recency), k -> {
            List<double[]> known = new ArrayList<>();
            for (int h = 1; h <= horizon; h++) {
                for (double[] x : byKey.getOrDefault(key(d, group, h), List.of())) {
                    int outturn = (int) x[0];
                    if (outturn <= base) known.add(new double[]{x[1] * horizon / h, Math.pow(recency, base - 1 - (outturn - h))});
                }
            }
            if (known.size() < MIN_ERRORS) return Optional.<Sample>empty();
            double[] v = new double[known.size()], w = new double[known.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = known.get(i)[0];
                w[i] = known.get(i)[1];
            }
            return Optional.of(Sample.of(v, w));
        }).orElse(null);
    }

    private static String key(Dimension d, String group, int horizon) {
        return d.name() + "|" + group + "|" + horizon;
    }
}
