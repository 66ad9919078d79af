package org.sendplan.model.transition;

import org.sendplan.model.rollup.Quantiles;
import org.sendplan.model.money.FinancialYear;

import java.util.ArrayList;
import java.util.List;

/**
 * Costs the peer's way, when no finance inputs by provision are given: each plan costs the unit
 * cost of its need × setting (the peer's {@code costs.csv}; a combination it does not list costs
 * nothing), in the prices of that file (no inflation). Per January census the cost is the sum
 * over the states of plans × unit cost; per financial year F it is 5/12 of the January F cost and
 * 7/12 of the January F+1 cost (academic years F−1/F and F/F+1), per simulation, so that the band
 * of every setting's cost and of the total is the band of its own sum.
 *
 * @param rows          per financial year, one row per setting, then the {@link #TOTAL} row
 * @param censusYears   January censuses from the base year
 * @param censusMean    mean cost per census (the peer's {@code Output_Cost.csv} figure)
 * @param censusP025    2.5% quantile per census (the peer's low-95pc-bound)
 * @param censusP975    97.5% quantile per census
 * @param uncostedBase  plans in the base year in a need × setting without a unit cost
 */
public record StateCosts(List<Row> rows, int[] censusYears, double[] censusMean, double[] censusP025, double[] censusP975,
                         int uncostedBase) {
    /** The setting label of a financial year's total. */
    public static final String TOTAL = "total";

    /** One setting's (or the total's) cost in a financial year: mean placements, their mean unit cost, the cost and its band. */
    public record Row(FinancialYear year, String setting, double placements, double unitCost, double costMean, double costP10, double costP90) {
    }

    public StateCosts {
        rows = List.copyOf(rows);
    }

    /** Per-simulation figures: {@code cost(year, setting, sim)} and {@code plans(year, setting, sim)}. */
    interface Source {
        double cost(int year, int setting, int sim);

        double plans(int year, int setting, int sim);
    }

    static StateCosts of(int baseYear, int years, int sims, List<String> settings, Source src, int uncostedBase) {
        int S = settings.size();
        Quantiles q = new Quantiles();
        int[] census = new int[years];
        double[] mean = new double[years], lo = new double[years], hi = new double[years];
        for (int y = 0; y < years; y++) {
            double[] total = new double[sims];
            for (int k = 0; k < sims; k++) for (int s = 0; s < S; s++) total[k] += src.cost(y, s, k);
            q.of(total);
            census[y] = baseYear + y;
            mean[y] = q.mean();
            lo[y] = sims > 1 ? q.at(2.5) : mean[y];
            hi[y] = sims > 1 ? q.at(97.5) : mean[y];
        }
        double early = FinancialYear.SHARE_OF_EARLIER_ACADEMIC_YEAR, late = FinancialYear.SHARE_OF_LATER_ACADEMIC_YEAR;
        List<Row> rows = new ArrayList<>();
        for (int y = 0; y + 1 < years; y++) {
            FinancialYear fy = new FinancialYear(baseYear + y);
            double[] total = new double[sims];
            double totalPlans = 0;
            for (int s = 0; s < S; s++) {
                double[] cost = new double[sims];
                double plans = 0;
                for (int k = 0; k < sims; k++) {
                    cost[k] = early * src.cost(y, s, k) + late * src.cost(y + 1, s, k);
                    plans += early * src.plans(y, s, k) + late * src.plans(y + 1, s, k);
                    total[k] += cost[k];
                }
                plans /= sims;
                totalPlans += plans;
                rows.add(row(fy, settings.get(s), plans, cost, q));
            }
            rows.add(row(fy, TOTAL, totalPlans, total, q));
        }
        return new StateCosts(rows, census, mean, lo, hi, uncostedBase);
    }

    private static Row row(FinancialYear fy, String setting, double plans, double[] cost, Quantiles q) {
        q.of(cost);
        double m = q.mean();
        boolean bands = cost.length > 1;
        return new Row(fy, setting, plans, plans > 0 ? m / plans : 0, m, bands ? q.at(10) : m, bands ? q.at(90) : m);
    }
}
