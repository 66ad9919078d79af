package org.sendplan.model.rollup;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Exact quantiles of simulated values (R's type 7, the default of R and NumPy), and their mean.
 * One instance sorts the values once for several quantiles.
 */
public final class Quantiles {
    private final Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    private double mean;

    /** Takes the values (copied) for the following {@link #at} calls. */
    public Quantiles of(double[] values) {
        percentile.setData(values);
        double s = 0;
        for (double v : values) s += v;
        mean = s / values.length;
        return this;
    }

    /** The p-th percentile (0 < p ≤ 100). */
    public double at(double p) {
        return percentile.evaluate(p);
    }

    public double mean() {
        return mean;
    }
}
