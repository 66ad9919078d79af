package org.sendplan.model.money;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario saves against the baseline in one financial year (baseline − scenario, so a
 * positive figure is a saving and a negative one a rise): placements in independent special
 * schools (financial-year placements, 5/12 and 7/12 of the two academic years, mean after overflow,
 * as costed), EHC plans (the central forecast of the January census that falls in the financial
 * year, the figure every report gives as the projected total), high-needs cost, the cost saved
 * from the first year to this one, and the gain in the DSG balance (which a scenario that changes
 * finance moves beyond its cost). Scenarios share the baseline's random numbers, so the
 * differences are the levers', not Monte Carlo noise. The one definition of every "against the
 * baseline" figure: savings.csv, the sheets, the dashboard and the console read it.
 *
 * @param independentPlacements fewer placements in {@link Provision#SPECIAL_INDEPENDENT}
 * @param plans                 fewer EHC plans in January {@code year.start() + 1} (central forecast)
 * @param cost                  lower mean high-needs cost
 * @param cumulativeCost        the cost saved up to and including this year
 * @param balanceGain           the scenario's in-year DSG balance less the baseline's: the cost saved and any income a
 *                              scenario's finance adds (block transfers, a higher allocation) or spending it removes
 * @param cumulativeBalanceGain the scenario's cumulative DSG balance less the baseline's (the opening balances may differ too)
 */
public record Saving(FinancialYear year, double independentPlacements, double plans, double cost, double cumulativeCost,
                     double balanceGain, double cumulativeBalanceGain) {
    /** Year by year; both outcomes are planned and cover the same financial years (one run). */
    public static List<Saving> of(Outcome baseline, Outcome scenario) {
        SufficiencyPlan b = baseline.plan(), s = scenario.plan();
        List<Saving> out = new ArrayList<>();
        double cumulative = 0;
        for (BudgetRow bb : b.budget()) {
            FinancialYear y = bb.year();
            BudgetRow sb = s.budgetRow(y);
            double cost = bb.costMean() - sb.costMean();
            cumulative += cost;
            int january = y.laterAcademicYear().census();
            out.add(new Saving(y, b.placements(y, Provision.SPECIAL_INDEPENDENT) - s.placements(y, Provision.SPECIAL_INDEPENDENT),
                    plansSaved(baseline, scenario, january), cost, cumulative,
                    sb.inYearBalance() - bb.inYearBalance(), sb.cumulativeBalance() - bb.cumulativeBalance()));
        }
        return out;
    }

    /** The baseline's EHC plans less the scenario's at a January census, central forecast (NaN: not projected). */
    static double plansSaved(Outcome baseline, Outcome scenario, int january) {
        return central(baseline.forecast(), january) - central(scenario.forecast(), january);
    }

    private static double central(Forecast f, int january) {
        for (SummaryRow r : f.summary(Dimension.TOTAL)) if (r.year() == january) return r.central();
        return Double.NaN;
    }
}
