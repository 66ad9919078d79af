package org.sendplan.model.cohort;

/**
 * The tuning of the cohort estimator: how far an area borrows from England and how fast
 * trends fade. Defaults were chosen by one-year backtests over every authority (docs/validation.md,
 * "Accuracy"); scenario work should leave them alone.
 *
 * @param continuationPrior plans at an age at which the area's own continuation rate gets half the weight
 * @param ageProfilePrior   new plans at which the area's own age profile of new plans gets half the weight
 * @param ownGrowthWeight   weight of the area's own new-plans growth against England's
 * @param damping           damped trend: growth h years ahead is growth × damping^h
 * @param uncertainty       standard deviations of the simulation's random parts
 */
public record CohortParameters(double continuationPrior, double ageProfilePrior, double ownGrowthWeight, double damping,
                               CohortAssumptions.Uncertainty uncertainty) {
    /**
     * The outturn the defaults were chosen on (one-year forecasts of January 2025 from January 2024):
     * accuracy reported on it is in sample for them, and the out-of-sample tables stop before it.
     */
    public static final int TUNED_ON_OUTTURN = 2025;
    public static final CohortParameters DEFAULTS = new CohortParameters(500, 100, 0.3, 0.6,
            new CohortAssumptions.Uncertainty(0.13, 0.05, 0.05));

    public CohortParameters {
        if (ownGrowthWeight < 0 || ownGrowthWeight > 1) throw new IllegalArgumentException("ownGrowthWeight in 0..1");
        if (damping < 0 || damping > 1) throw new IllegalArgumentException("damping in 0..1");
    }
}
