package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

/**
 * One forecast the track record judges: the method's point forecast of one roll-up of one area,
 * h years ahead of a base year, with what the pooled-growth total needs, the outturn and the two
 * naive baselines on the same case. A forward forecast is a case without an outturn (NaN).
 *
 * @param method        the cohort model's (or its degraded totals method's) forecast of this roll-up
 * @param methodTotal   the same forecast's total, of which this roll-up is a part
 * @param baseTotal     the area's plans in the base census
 * @param ownGrowth     log growth of the area's plans in the year to the base census (NaN when either census is flagged or missing)
 * @param englandGrowth log growth of England's plans in the same year
 * @param lastValue     this roll-up's figure in the base census (NaN where not published)
 * @param lastGrowth    that figure grown h times by its own last year-on-year growth (NaN where not published)
 */
public record Case(String area, int baseYear, int horizon, Dimension dimension, String group,
                   double method, double methodTotal, double baseTotal, double ownGrowth, double englandGrowth,
                   double actual, double lastValue, double lastGrowth) implements java.io.Serializable {
    public int outturnYear() {
        return baseYear + horizon;
    }

    /** This roll-up's part of the method's total. */
    public double share() {
        return methodTotal > 0 ? method / methodTotal : 0;
    }
}
