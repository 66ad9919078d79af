package org.sendplan.model.transition;

/** How the transition rates are estimated from the history. */
public enum Estimation {
    /**
     * The peer's estimation (witan.send): every history pair weighted equally, Beta and Dirichlet
     * posteriors with per-NC-year pooled priors, rates held constant; uncertainty from the
     * posterior draws and the flows' binomial and multinomial noise, drawn afresh each year.
     */
    POOLED,
    /**
     * The default: recency weighting and damped log-linear trends of the joiner and leaver
     * rates, the combination chosen per run by holding out the last transition pairs and
     * forecasting them (see {@link HoldoutBacktest}); adds persistent (per-simulation) uncertainty in the
     * level and trend of those rates.
     */
    TREND
}
