package org.sendplan.model;

/**
 * One roll-up of the projection for one January census year: the mean and quantiles of the
 * simulated sums (quantiles of sums, never sums of quantiles). In the base year all equal the
 * observed value.
 */
public record SummaryRow(int year, Dimension dimension, String group,
                         double mean, double p025, double p10, double p50, double p90, double p975) {
    /** Group of the {@link Dimension#TOTAL} roll-up. */
    public static final String ALL = "ALL";

    /**
     * The central figure every headline shows: the median of the draws (on the DfE route the
     * judged point forecast moved by the share of the median of its past errors the judge chose). Means are for tables that
     * must add up across groups and for money.
     */
    public double central() {
        return p50;
    }
}
