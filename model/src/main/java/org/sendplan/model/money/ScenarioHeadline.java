package org.sendplan.model.money;

import org.sendplan.model.Dimension;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a cabinet paper says of one scenario: plans now and projected (with the band and what it is
 * called), the first shortfall of each commissioned provision, the places to commission, the
 * independent placements and cost of the last financial year, the lowest DSG balance and, for a
 * scenario, what it changes against the baseline in plain words. Every figure is read from the
 * outcome's plan ({@link SufficiencyPlan#placesToCommission()}, {@link SufficiencyPlan#placements},
 * {@link SufficiencyPlan#lowestBalance()}) or its {@link Saving}s: the Summary sheet, the
 * Scenarios sheet, the dashboard and the console all read this record, and compute nothing.
 *
 * @param projected   the total at {@code projectedYear}: the last year the backtest measured where it measured one,
 *                    else the last year projected
 * @param band        what the p10–p90 band of that year is called ({@code BandCoverage#label})
 * @param commission  whole places to commission, each provision's most in any year, summed (NaN without a plan)
 * @param independent placements in independent special schools in {@code lastYear} (NaN without a plan)
 * @param plansSaved  the baseline's EHC plans less this scenario's at the last January projected (central; NaN for the baseline)
 * @param saving      this scenario's {@link Saving} in {@code lastYear} (null for the baseline or without a plan)
 * @param firstYear   the first financial year costed (null without a plan)
 * @param worse       why the scenario ends with more independent placements or cost than the baseline (null when it does not)
 */
public record ScenarioHeadline(String scenario, int baseYear, double plansBase, int projectedYear, double projected, double p10, double p90,
                               String band, int lastCensus, Map<Provision, AcademicYear> firstShortfall, SufficiencyPlan.Commission commission,
                               FinancialYear lastYear, double independent, double cost, FinancialYear lowestYear, double lowestBalance,
                               double plansSaved, Saving saving, FinancialYear firstYear, Worsening worse) {
    /** A saving (or rise) smaller than this rounds to nothing in the reports' whole figures. */
    static final double NOTHING = 0.5, NO_MONEY = 50_000;

    public ScenarioHeadline {
        firstShortfall = Map.copyOf(firstShortfall);
    }

    public static ScenarioHeadline of(Outcome o, Outcome baseline) {
        List<SummaryRow> totals = o.forecast().summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0), end = totals.get(totals.size() - 1);
        int measured = o.forecast().coverage().longestMeasured(Dimension.TOTAL);
        SummaryRow at = totals.get(measured > 0 && measured < totals.size() ? measured : totals.size() - 1);
        String band = o.forecast().coverage().label(Dimension.TOTAL, at.year() - first.year());
        boolean isBaseline = o == baseline;
        double plansSaved = isBaseline ? Double.NaN : Saving.plansSaved(baseline, o, end.year());
        SufficiencyPlan plan = o.plan();
        if (plan == null || plan.budget().isEmpty()) {
            return new ScenarioHeadline(o.forecast().scenario(), first.year(), first.mean(), at.year(), at.central(), at.p10(), at.p90(), band,
                    end.year(), plan == null ? Map.of() : plan.firstShortfall(), new SufficiencyPlan.Commission(Double.NaN, Double.NaN), null,
                    Double.NaN, Double.NaN, null, Double.NaN, plansSaved, null, null, null);
        }
        FinancialYear last = plan.lastFinancialYear();
        BudgetRow lowest = plan.lowestBalance();
        Saving saving = null;
        Worsening worse = null;
        if (!isBaseline && baseline.plan() != null && !baseline.plan().budget().isEmpty()) {
            List<Saving> s = Saving.of(baseline, o);
            saving = s.get(s.size() - 1);
            worse = Worsening.of(baseline, o, saving);
        }
        return new ScenarioHeadline(o.forecast().scenario(), first.year(), first.mean(), at.year(), at.central(), at.p10(), at.p90(), band,
                end.year(), plan.firstShortfall(), plan.placesToCommission(), last, plan.placements(last, Provision.SPECIAL_INDEPENDENT),
                plan.budgetRow(last).costMean(), lowest.year(), lowest.cumulativeBalance(), plansSaved, saving, plan.budget().get(0).year(), worse);
    }

    /** The cost saved against the baseline from the first financial year to the last (NaN for the baseline). */
    public double costSaved() {
        return saving == null ? Double.NaN : saving.cumulativeCost();
    }

    /** "105 fewer EHC plans", "3 more EHC plans" or "no change in EHC plans", in January {@code lastCensus} ("" for the baseline). */
    public String plansWords() {
        return Double.isNaN(plansSaved) ? "" : count(plansSaved, "EHC plans");
    }

    /** "141 more independent placements" ("" without a saving). */
    public String independentWords() {
        return saving == null ? "" : count(saving.independentPlacements(), "independent placements");
    }

    /** "£4.8m more cost", "£7.6m less cost" or "no change in cost" ("" without a saving). */
    public String costWords() {
        return saving == null ? "" : money(saving.cost(), "less cost", "more cost", "cost");
    }

    /** "£16.4m saved from 2025-26 to 2034-35" or "£35.6m more spent from …" ("" without a saving). */
    public String cumulativeWords() {
        return saving == null ? "" : money(saving.cumulativeCost(), "saved", "more spent", "cost") + " from " + firstYear + " to " + lastYear;
    }

    /**
     * The scenario against the baseline in one sentence: "105 fewer EHC plans in January 2035; in
     * 2034-35 141 more independent placements, £4.8m more cost (£16.4m saved from 2025-26 to
     * 2034-35)"; "" for the baseline.
     */
    public String againstBaseline() {
        if (Double.isNaN(plansSaved)) return "";
        String plans = plansWords() + " in January " + lastCensus;
        if (saving == null) return plans;
        return plans + "; in " + lastYear + " " + independentWords() + ", " + costWords() + " (" + cumulativeWords() + ")";
    }

    /** A count saved as words: positive is fewer, negative more. */
    static String count(double saved, String noun) {
        if (Math.abs(saved) < NOTHING) return "no change in " + noun;
        return String.format(Locale.UK, "%,.0f %s %s", Math.abs(saved), saved > 0 ? "fewer" : "more", noun);
    }

    /** An amount saved as words: "£4.8m less cost" when positive, "£4.8m more cost" when negative, "no change in cost" near zero. */
    static String money(double saved, String lower, String higher, String noun) {
        if (Math.abs(saved) < NO_MONEY) return "no change in " + noun;
        return String.format(Locale.UK, "£%,.1fm %s", Math.abs(saved) / 1e6, saved > 0 ? lower : higher);
    }
}
