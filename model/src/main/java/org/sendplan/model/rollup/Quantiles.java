package org.sendplan.model.rollup;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.sendplan.model.Dimension;
import org.sendplan.model.SummaryRow;

/**
 * The one quantile of the project: R's type 7 (the default of R and NumPy) of simulated values,
 * and their mean; {@link #typeSeven} for values held as order statistics (a histogram). One
 * instance takes the values once for several quantiles; {@link #row} makes the summary row of a
 * roll-up (both engines' roll-ups are built with it).
 */
public final class Quantiles {
    /**
     * Commons Math's R_7 estimate selects order statistics without a full sort (and keeps its
     * pivots between the quantiles of one set of values); a full sort here made
     * {@code forecast --la all --region "north east"} 11% slower. Its arithmetic is
     * {@link #typeSeven}'s, which the histogram quantiles of the transition model use.
     */
    private final Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    private double mean;
    /** Whether every value is the same (every quantile is then that value, exactly: no selection needed). */
    private boolean constant;
    private double only;

    /**
     * Takes the values (copied) for the following {@link #at} calls. Values all alike (most cells of
     * an age and need that no child holds are zero in every simulation) are not handed to the
     * selection at all: a third of a batch's projection time went there.
     */
    public Quantiles of(double[] values) {
        double s = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            s += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        mean = s / values.length;
        constant = lo == hi;
        only = lo;
        if (!constant) percentile.setData(values);
        return this;
    }

    /** The p-th percentile (0 < p ≤ 100). */
    public double at(double p) {
        return constant ? only : percentile.evaluate(p);
    }

    public double mean() {
        return mean;
    }

    /** The k-th smallest of n values (0-based). */
    public interface OrderStatistic {
        double kth(int k);
    }

    /**
     * R's type 7 quantile at probability q (0–1) of n values given by their order statistics: the
     * value at position 1 + (n − 1)q, interpolated linearly between the two order statistics about it.
     */
    public static double typeSeven(int n, double q, OrderStatistic x) {
        double pos = q == 0 ? 0 : q == 1 ? n : 1 + (n - 1) * q;
        if (pos < 1) return x.kth(0);
        if (pos >= n) return x.kth(n - 1);
        double floor = Math.floor(pos);
        int i = (int) floor;
        double lower = x.kth(i - 1);
        return lower + (pos - floor) * (x.kth(i) - lower);
    }

    /**
     * The summary row of one roll-up from its value in each simulation: the mean and the 2.5, 10,
     * 50, 90 and 97.5% quantiles, or the mean six times where the value is exact (an observed
     * census, or one simulation: the expected path).
     */
    public SummaryRow row(int year, Dimension d, String group, double[] sims, boolean exact) {
        of(sims);
        double m = mean;
        if (exact || sims.length == 1) return new SummaryRow(year, d, group, m, m, m, m, m, m);
        return new SummaryRow(year, d, group, m, at(2.5), at(10), at(50), at(90), at(97.5));
    }
}
