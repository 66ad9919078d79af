package org.sendplan.model.transition;

import java.util.Locale;

/**
 * One member of the estimation family.
 *
 * @param joinerDecay    weight of a history pair relative to the next newer one, for joiner rates
 *                       (1 = every pair counts the same)
 * @param flowDecay      the same for leaver and mover probabilities and destinations
 * @param joinerTrend    damping of the log-linear trend in the joiner rate per head (0 = no trend;
 *                       the trend's yearly change is multiplied by this factor each year ahead)
 * @param leaverTrend    the same for the overall leaver probability
 * @param persistent     whether Monte Carlo draws a per-simulation error in the level (and trend)
 *                       of the joiner and leaver rates
 * @param strictStates   whether valid states bound stayers: a child whose setting takes no child
 *                       of the next NC year must move (or leave when nothing is valid). The peer
 *                       does not enforce this on stayers (they stay in the setting past its
 *                       range), so the pooled estimation does not either, to reproduce it.
 */
public record EstimationConfig(double joinerDecay, double flowDecay, double joinerTrend, double leaverTrend,
                               boolean persistent, boolean strictStates) {
    /** The peer's estimation: equal weights, no trends, no persistent uncertainty, stayers as the peer. */
    public static final EstimationConfig POOLED = new EstimationConfig(1, 1, 0, 0, false, false);

    /** Used when the history is too short to backtest (fewer than three pairs). */
    public static final EstimationConfig SHORT_HISTORY = new EstimationConfig(0.6, 0.6, 0, 0, true, true);

    /** A member of the default (trend) family. */
    public EstimationConfig(double joinerDecay, double flowDecay, double joinerTrend, double leaverTrend, boolean persistent) {
        this(joinerDecay, flowDecay, joinerTrend, leaverTrend, persistent, true);
    }

    public EstimationConfig {
        if (!(joinerDecay > 0 && joinerDecay <= 1 && flowDecay > 0 && flowDecay <= 1)) {
            throw new IllegalArgumentException("decay must be in (0, 1]");
        }
        if (!(joinerTrend >= 0 && joinerTrend <= 1 && leaverTrend >= 0 && leaverTrend <= 1)) {
            throw new IllegalArgumentException("trend damping must be in [0, 1]");
        }
    }

    public String describe() {
        return String.format(Locale.ROOT, "joiner weight %.1f/yr%s, leaver+mover weight %.1f/yr%s",
                joinerDecay, joinerTrend > 0 ? String.format(Locale.ROOT, ", joiner trend damped %.1f", joinerTrend) : ", no joiner trend",
                flowDecay, leaverTrend > 0 ? String.format(Locale.ROOT, ", leaver trend damped %.1f", leaverTrend) : ", no leaver trend");
    }
}
