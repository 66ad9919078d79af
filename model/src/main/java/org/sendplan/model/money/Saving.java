package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario saves against the baseline in one financial year (baseline − scenario, so a
 * positive figure is a saving): placements in independent special schools and EHC plans (their
 * financial-year placements, 5/12 and 7/12 of the two academic years, as costed), high-needs
 * cost, the cost saved from the first year to this one, and the gain in the DSG balance (which a
 * scenario that changes finance moves beyond its cost). Scenarios share the baseline's
 * random numbers, so the differences are the levers', not Monte Carlo noise.
 *
 * @param independentPlacements fewer placements in {@link Provision#SPECIAL_INDEPENDENT}
 * @param plans                 fewer EHC plans (all provisions' placements)
 * @param cost                  lower mean high-needs cost
 * @param cumulativeCost        the cost saved up to and including this year
 * @param balanceGain           the scenario's in-year DSG balance less the baseline's: the cost saved and any income a
 *                              scenario's finance adds (block transfers, a higher allocation) or spending it removes
 * @param cumulativeBalanceGain the scenario's cumulative DSG balance less the baseline's (the opening balances may differ too)
 */
public record Saving(FinancialYear year, double independentPlacements, double plans, double cost, double cumulativeCost,
                     double balanceGain, double cumulativeBalanceGain) {
    /** Year by year; the two plans cover the same financial years (one run). */
    public static List<Saving> of(SufficiencyPlan baseline, SufficiencyPlan scenario) {
        List<Saving> out = new ArrayList<>();
        double cumulative = 0;
        for (BudgetRow b : baseline.budget()) {
            BudgetRow s = scenario.budget().stream().filter(x -> x.year().equals(b.year())).findFirst().orElseThrow();
            double cost = b.costMean() - s.costMean();
            cumulative += cost;
            out.add(new Saving(b.year(), placements(baseline, b.year(), Provision.SPECIAL_INDEPENDENT) - placements(scenario, b.year(),
                    Provision.SPECIAL_INDEPENDENT), placements(baseline, b.year(), null) - placements(scenario, b.year(), null), cost, cumulative,
                    s.inYearBalance() - b.inYearBalance(), s.cumulativeBalance() - b.cumulativeBalance()));
        }
        return out;
    }

    /** A provision's financial-year placements (null: every provision's). */
    private static double placements(SufficiencyPlan p, FinancialYear y, Provision provision) {
        double sum = 0;
        for (CostRow c : p.costs()) if (c.year().equals(y) && (provision == null || c.provision() == provision)) sum += c.placements();
        return sum;
    }
}
