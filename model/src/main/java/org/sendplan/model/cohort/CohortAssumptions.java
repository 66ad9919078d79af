package org.sendplan.model.cohort;

import org.sendplan.model.Area;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Population;
import java.util.List;

/**
 * Every rate the cohort projection uses, estimated from the data known at the base year.
 * Arrays are indexed by age index ({@link Ages}), setting ordinal and need ordinal.
 *
 * @param area          the area
 * @param baseYear      January census the projection starts from
 * @param baseStock     [age][setting][need] plans in the base census (raked to the need margins)
 * @param continuation  [age] share of plans at an age still held a year later at the next age
 *                      (index a: age a → a+1; absorbs ceased plans and net transfers)
 * @param youngestRatio plans at age 2 (the "under 3" band) per new plan started at 2 and under
 * @param joinersBase   new plans in calendar year baseYear − 1 (cleaned)
 * @param joinerAgeShare [age] share of new plans by age when the plan started
 * @param joinerNeedMix [age][need] need mix of new plans by age
 * @param joinerGrowth  log growth per year of new plans (or of new plans per head)
 * @param growthDamping multiplier on growth per further year ahead (damped trend)
 * @param population    mid-year population when new plans are per head, else null
 * @param settingTrend  [setting] log change per year of the setting's share, damped like growth
 * @param uncertainty   the random parts of the simulation
 * @param assumptions   the list printed in the Assumptions sheet
 * @param method        notes on what was used and how the method degraded
 * @param warnings      data-quality findings
 */
public record CohortAssumptions(Area area, int baseYear, double[][][] baseStock, double[] continuation,
                                double youngestRatio, double joinersBase, double[] joinerAgeShare,
                                double[][] joinerNeedMix, double joinerGrowth, double growthDamping,
                                Population population, double[] settingTrend, Uncertainty uncertainty,
                                List<Assumption> assumptions, List<String> method, List<DataWarning> warnings) {

    /** The same rates with one more assumption and method note in front (what was done to the data before estimation). */
    public CohortAssumptions noted(Assumption a, String note) {
        List<Assumption> as = new java.util.ArrayList<>(List.of(a));
        as.addAll(assumptions);
        List<String> m = new java.util.ArrayList<>(List.of(note));
        m.addAll(method);
        return new CohortAssumptions(area, baseYear, baseStock, continuation, youngestRatio, joinersBase, joinerAgeShare, joinerNeedMix,
                joinerGrowth, growthDamping, population, settingTrend, uncertainty, as, m, warnings);
    }

    /** The same rates with no randomness: one simulation of it is the expected path. */
    public CohortAssumptions expectedPath() {
        return new CohortAssumptions(area, baseYear, baseStock, continuation, youngestRatio, joinersBase, joinerAgeShare, joinerNeedMix,
                joinerGrowth, growthDamping, population, settingTrend, new Uncertainty(0, 0, 0), assumptions, method, warnings);
    }

    /**
     * Standard deviations of the simulation's random parts, on the log scale.
     *
     * @param joinerShock    new plans: a fresh shock each year (random walk on log new plans)
     * @param growthError    error of the estimated growth rate, fixed within one simulation
     * @param continuationShock ceased plans and transfers: a shock to every continuation rate each year
     */
    public record Uncertainty(double joinerShock, double growthError, double continuationShock) {
    }
}
