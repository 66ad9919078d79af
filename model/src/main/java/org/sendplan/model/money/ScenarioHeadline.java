package org.sendplan.model.money;

import org.sendplan.model.Dimension;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a cabinet paper says of one scenario: plans now and projected (with the band and what it is
 * called), the first shortfall of each commissioned provision, the places to commission, the
 * independent placements and cost of the last financial year, the lowest DSG balance and, for a
 * scenario, the cost it saves against the baseline. Every figure is read from the outcome's plan
 * or its {@link Saving}s; the places to commission are each provision's most in any year, summed.
 *
 * @param projected      the total at {@code projectedYear}: the last year the backtest measured where it measured one,
 *                       else the last year projected
 * @param band           what the p10–p90 band of that year is called ({@code BandCoverage#label})
 * @param additionalP50  whole places to commission, each provision's most in any year, summed (NaN without a plan)
 * @param independent    placements in independent special schools in {@code lastYear} (NaN without a plan)
 * @param costSaved      the baseline's cost less this scenario's, first to last financial year (NaN for the baseline)
 */
public record ScenarioHeadline(String scenario, int baseYear, double plansBase, int projectedYear, double projected, double p10, double p90,
                               String band, Map<Provision, AcademicYear> firstShortfall, double additionalP50, double additionalP90,
                               FinancialYear lastYear, double independent, double cost, FinancialYear lowestYear, double lowestBalance,
                               double costSaved) {
    public ScenarioHeadline {
        firstShortfall = Map.copyOf(firstShortfall);
    }

    public static ScenarioHeadline of(Outcome o, Outcome baseline) {
        List<SummaryRow> totals = o.forecast().summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0);
        int measured = o.forecast().coverage().longestMeasured(Dimension.TOTAL);
        SummaryRow at = totals.get(measured > 0 && measured < totals.size() ? measured : totals.size() - 1);
        String band = o.forecast().coverage().label(Dimension.TOTAL, at.year() - first.year());
        SufficiencyPlan plan = o.plan();
        if (plan == null) {
            return new ScenarioHeadline(o.forecast().scenario(), first.year(), first.mean(), at.year(), at.central(), at.p10(), at.p90(), band,
                    Map.of(), Double.NaN, Double.NaN, null, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN);
        }
        Map<Provision, Double> mostP50 = new EnumMap<>(Provision.class), mostP90 = new EnumMap<>(Provision.class);
        for (PlacesRow r : plan.places()) {
            if (r.phase() != null || Double.isNaN(r.additionalP50())) continue;
            mostP50.merge(r.provision(), r.additionalP50(), Math::max);
            mostP90.merge(r.provision(), r.additionalP90(), Math::max);
        }
        BudgetRow last = plan.budget().get(plan.budget().size() - 1);
        double independent = plan.costs().stream().filter(c -> c.year().equals(last.year()) && c.provision() == Provision.SPECIAL_INDEPENDENT)
                .mapToDouble(CostRow::placements).sum();
        BudgetRow lowest = plan.budget().stream().filter(b -> b.year().equals(plan.lowestBalanceYear())).findFirst().orElse(last);
        double saved = Double.NaN;
        if (o != baseline && baseline.plan() != null) {
            List<Saving> s = Saving.of(baseline.plan(), plan);
            saved = s.get(s.size() - 1).cumulativeCost();
        }
        return new ScenarioHeadline(o.forecast().scenario(), first.year(), first.mean(), at.year(), at.central(), at.p10(), at.p90(), band,
                plan.firstShortfall(), sum(mostP50), sum(mostP90), last.year(), independent, last.costMean(), lowest.year(),
                lowest.cumulativeBalance(), saved);
    }

    private static double sum(Map<Provision, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
