package org.sendplan.model.evaluation;

import java.util.Locale;

/**
 * How a forecast's distribution is shaped where the track record cannot judge it: past the
 * longest horizon with outturns, each draw's growth follows a random walk about the cohort
 * model's own growth, with yearly steps of {@code growthStepSd} (log), estimated from the
 * year-on-year changes in England's growth of plans in recent years; and no draw, at any horizon,
 * exceeds the ceiling: the highest rate of plans per pupil any authority has reached, growing as
 * that highest rate has grown in recent years, applied to this area's pupils.
 *
 * @param growthStepSd   SD of the yearly change in log growth beyond the judged horizons (0: none)
 * @param growthSource   how it was estimated, for the method notes
 * @param ceiling        the most plans a draw may reach in the base year (positive infinity: no ceiling)
 * @param ceilingGrowth  the ceiling's log growth per year ahead
 * @param ceilingSource  how it was set, for the method notes and the band labels
 */
public record LongHorizon(double growthStepSd, String growthSource, double ceiling, double ceilingGrowth, String ceilingSource) {
    /** No random walk and no ceiling: the judged band carried on unchanged (tests and areas without data). */
    public static final LongHorizon NONE = new LongHorizon(0, "none", Double.POSITIVE_INFINITY, 0, "none");

    public LongHorizon {
        if (!(growthStepSd >= 0) || Double.isInfinite(growthStepSd)) throw new IllegalArgumentException("growth step SD must be finite and ≥ 0: " + growthStepSd);
        if (!(ceiling > 0)) throw new IllegalArgumentException("ceiling must be positive: " + ceiling);
        if (!Double.isFinite(ceilingGrowth)) throw new IllegalArgumentException("ceiling growth must be finite: " + ceilingGrowth);
    }

    /** The most plans a draw may reach {@code yearsAhead} years after the base census. */
    public double ceilingAt(int yearsAhead) {
        return ceiling * Math.exp(ceilingGrowth * yearsAhead);
    }

    /**
     * The SD of the year-on-year changes in log growth of a series of totals, one per year in
     * order (at least four years, so three growths and two changes).
     */
    public static double growthStepSd(double[] totals) {
        if (totals.length < 4) throw new IllegalArgumentException("need at least four yearly totals, got " + totals.length);
        double[] g = new double[totals.length - 1];
        for (int i = 1; i < totals.length; i++) g[i - 1] = Math.log(totals[i] / totals[i - 1]);
        double[] d = new double[g.length - 1];
        double mean = 0;
        for (int i = 1; i < g.length; i++) mean += d[i - 1] = g[i] - g[i - 1];
        mean /= d.length;
        double ss = 0;
        for (double x : d) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss / (d.length - 1));
    }

    /** One sentence for the method notes and beside every band it shapes. */
    public String describe(int judgedHorizons) {
        return String.format(Locale.ROOT, "Beyond %d years ahead (not validated by outturns): each draw's growth follows a random walk about the cohort "
                        + "model's own growth, yearly steps of SD %.3f (log), %s. Ceiling: %s.", judgedHorizons, growthStepSd, growthSource,
                Double.isInfinite(ceiling) ? "none" : ceilingSource);
    }
}
