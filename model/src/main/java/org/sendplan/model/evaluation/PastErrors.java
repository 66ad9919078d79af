package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;
import org.sendplan.model.rollup.Quantiles;

import java.util.ArrayList;
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
 */
final class PastErrors {
    /** Fewer errors than this at a horizon and a longer one is extrapolated from a shorter one. */
    static final int MIN_ERRORS = 20;

    /** The sorted errors of one roll-up at one horizon, known at a base year, and the factor that extrapolates them to a longer horizon. */
    record Sample(double[] sorted, double scale) {
        double quantile(double u) {
            return scale * Quantiles.typeSeven(sorted.length, u, k -> sorted[k]);
        }

        /** The u-quantile moved away from the median by a factor. */
        double widened(double u, double factor) {
            double m = quantile(0.5);
            return m + factor * (quantile(u) - m);
        }
    }

    private final Map<String, List<double[]>> byKey = new HashMap<>(); // key → (outturn year, error); filled before any read
    // read caches: a batch forecasts several authorities at once from one track record
    private final Map<SampleKey, Optional<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, double[]> known = new ConcurrentHashMap<>();

    private record SampleKey(Dimension dimension, String group, int horizon, int base) {}

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
        known.clear();
    }

    /**
     * The errors known at a base year at a horizon; where there are fewer than {@link #MIN_ERRORS},
     * those of the longest shorter horizon that has enough, scaled by h / h' (trend errors grow
     * about linearly with the horizon); null when no horizon has enough.
     */
    Sample sample(Dimension d, String group, int horizon, int base) {
        return samples.computeIfAbsent(new SampleKey(d, group, horizon, base), k -> {
            for (int h = horizon; h >= 1; h--) {
                String series = key(d, group, h);
                double[] v = known.computeIfAbsent(series + "@" + base, x -> sortedKnown(series, base));
                if (v.length >= MIN_ERRORS) return Optional.of(new Sample(v, (double) horizon / h));
            }
            return Optional.<Sample>empty();
        }).orElse(null);
    }

    private double[] sortedKnown(String key, int base) {
        List<double[]> all = byKey.getOrDefault(key, List.of());
        double[] v = new double[all.size()];
        int n = 0;
        for (double[] x : all) if (x[0] <= base) v[n++] = x[1];
        v = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(v);
        return v;
    }

    private static String key(Dimension d, String group, int horizon) {
        return d.name() + "|" + group + "|" + horizon;
    }
}
