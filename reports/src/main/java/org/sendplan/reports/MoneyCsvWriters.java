package org.sendplan.reports;

import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.CostRow;
import org.sendplan.model.money.DsgManagementPlan;
import org.sendplan.model.money.TransportRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.Saving;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code places.csv}, {@code costs.csv}, {@code budget.csv}, {@code dsg-plan.csv} and
 * {@code transport.csv} (contracts in docs/data-formats.md)
 * for every outcome that has a plan, one scenario after another. Values as {@link Numbers};
 * an unknown figure (no capacity) is an empty cell.
 */
public final class MoneyCsvWriters {
    public static final String PLACES_HEADER = "scenario,la_code,academic_year,provision,phase,demand_mean,demand_p50,demand_p90,"
            + "capacity,places_needed_p50,surplus_p50,surplus_p90,overflow_p50,placed_p50,additional_places_p50,additional_places_p90";
    public static final String COSTS_HEADER = "scenario,la_code,financial_year,provision,placements,unit_cost,cost_mean,cost_p10,cost_p90,"
            + "funded_places,place_funding";
    public static final String DSG_HEADER = "scenario,la_code,financial_year,section,line,amount";
    public static final String TRANSPORT_HEADER = "scenario,la_code,financial_year,provision,placements,share_transported,children_transported,"
            + "cost_per_child,cost";
    public static final String SAVINGS_HEADER = "scenario,la_code,financial_year,independent_placements_saved,plans_saved,cost_saved,"
            + "cumulative_cost_saved,balance_gained,cumulative_balance_gained";
    public static final String BUDGET_HEADER = "scenario,la_code,financial_year,hnb_allocation,cost_mean,other_spend,in_year_balance,"
            + "cumulative_balance,cumulative_balance_p10,cumulative_balance_p90";

    private MoneyCsvWriters() {
    }

    public static void places(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 14).append(PLACES_HEADER).append('\n');
        for (Outcome o : outcomes) {
            if (o.plan() == null) continue;
            String prefix = prefix(o);
            for (PlacesRow r : o.plan().places()) {
                sb.append(prefix).append(r.year()).append(',').append(r.provision().name()).append(',')
                        .append(r.phase() == null ? "all" : r.phase().code()).append(',');
                values(sb, r.demandMean(), r.demandP50(), r.demandP90(), r.capacity(), r.placesNeededP50(), r.surplusP50(),
                        r.surplusP90(), r.overflowP50(), r.placedP50(), r.additionalP50(), r.additionalP90());
            }
        }
        Csv.write(sb, file);
    }

    public static void costs(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 14).append(COSTS_HEADER).append('\n');
        for (Outcome o : outcomes) {
            if (o.plan() == null) continue;
            String prefix = prefix(o);
            for (CostRow r : o.plan().costs()) {
                sb.append(prefix).append(r.year()).append(',').append(r.provision().name()).append(',');
                values(sb, r.placements(), r.unitCost(), r.costMean(), r.costP10(), r.costP90(), r.fundedPlaces(), r.placeFundingUnit());
            }
        }
        Csv.write(sb, file);
    }

    /** {@code dsg-plan.csv}: each outcome's High Needs Block in the DfE DSG management plan's lines, year by year. */
    public static void dsgPlan(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 14).append(DSG_HEADER).append('\n');
        for (Outcome o : outcomes) {
            if (o.plan() == null) continue;
            String prefix = prefix(o);
            for (DsgManagementPlan.Line l : DsgManagementPlan.of(o.plan())) {
                sb.append(prefix).append(l.year()).append(',').append(l.section().name().toLowerCase(java.util.Locale.ROOT)).append(',')
                        .append(Csv.field(l.name())).append(',');
                values(sb, l.amount());
            }
        }
        Csv.write(sb, file);
    }

    /** {@code transport.csv}: home-to-school transport by provision and financial year (the general fund's, outside the DSG). */
    public static void transport(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 12).append(TRANSPORT_HEADER).append('\n');
        for (Outcome o : outcomes) {
            if (o.plan() == null) continue;
            String prefix = prefix(o);
            for (TransportRow r : TransportRow.of(o.plan())) {
                sb.append(prefix).append(r.year()).append(',').append(r.provision().name()).append(',');
                values(sb, r.placements(), r.share(), r.children(), r.costPerChild(), r.cost());
            }
        }
        Csv.write(sb, file);
    }

    public static void budget(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 12).append(BUDGET_HEADER).append('\n');
        for (Outcome o : outcomes) {
            if (o.plan() == null) continue;
            String prefix = prefix(o);
            for (BudgetRow r : o.plan().budget()) {
                sb.append(prefix).append(r.year()).append(',');
                values(sb, r.hnbAllocation(), r.costMean(), r.otherSpend(), r.inYearBalance(), r.cumulativeBalance(),
                        r.cumulativeP10(), r.cumulativeP90());
            }
        }
        Csv.write(sb, file);
    }

    /** {@code savings.csv}: each scenario against the baseline, baseline − scenario (positive: saved), by financial year ({@link Saving}). */
    public static void savings(List<Outcome> outcomes, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 12).append(SAVINGS_HEADER).append('\n');
        for (Outcome o : outcomes.subList(1, outcomes.size())) {
            String prefix = prefix(o);
            for (Saving r : Saving.of(outcomes.get(0), o)) {
                sb.append(prefix).append(r.year()).append(',');
                values(sb, r.independentPlacements(), r.plans(), r.cost(), r.cumulativeCost(), r.balanceGain(), r.cumulativeBalanceGain());
            }
        }
        Csv.write(sb, file);
    }

    /**
     * {@code costs.csv} costed the peer's way (person-level route without finance inputs): one row
     * per financial year × setting, {@code provision} holding the setting code, then a row
     * {@code total}; {@code unit_cost} the mean cost per placement (cost_mean / placements).
     */
    public static void stateCosts(List<org.sendplan.model.Forecast> forecasts, List<org.sendplan.model.transition.StateCosts> costs, Path file)
            throws IOException {
        stateCosts(forecasts, costs, file, Disclosure.NONE);
    }

    /** As {@link #stateCosts(List, List, Path)}: a row {@code disclosure} hides has {@code c} for its placements, unit cost and costs. */
    static void stateCosts(List<org.sendplan.model.Forecast> forecasts, List<org.sendplan.model.transition.StateCosts> costs, Path file,
                           Disclosure disclosure) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 14).append(COSTS_HEADER).append('\n');
        for (int i = 0; i < forecasts.size(); i++) {
            if (costs.get(i) == null) continue;
            String prefix = prefix(new Outcome(forecasts.get(i), null));
            List<org.sendplan.model.transition.StateCosts.Row> rows = costs.get(i).rows();
            for (int k = 0; k < rows.size(); k++) {
                var r = rows.get(k);
                sb.append(prefix).append(r.year()).append(',').append(Csv.field(r.setting())).append(',');
                if (disclosure.hidesCostRow(costs.get(i), k)) hidden(sb, 5).append(",,\n");
                else values(sb, r.placements(), r.unitCost(), r.costMean(), r.costP10(), r.costP90(), Double.NaN, Double.NaN);
            }
        }
        Csv.write(sb, file);
    }

    /**
     * {@code budget.csv} without finance inputs: the total cost per financial year in
     * {@code cost_mean}; no High Needs Block is known, so the allocation, other spend and the
     * balances are empty.
     */
    public static void stateBudget(List<org.sendplan.model.Forecast> forecasts, List<org.sendplan.model.transition.StateCosts> costs, Path file)
            throws IOException {
        stateBudget(forecasts, costs, file, Disclosure.NONE);
    }

    /** As {@link #stateBudget(List, List, Path)}: a total {@code disclosure} hides is {@code c}. */
    static void stateBudget(List<org.sendplan.model.Forecast> forecasts, List<org.sendplan.model.transition.StateCosts> costs, Path file,
                            Disclosure disclosure) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 12).append(BUDGET_HEADER).append('\n');
        for (int i = 0; i < forecasts.size(); i++) {
            if (costs.get(i) == null) continue;
            String prefix = prefix(new Outcome(forecasts.get(i), null));
            List<org.sendplan.model.transition.StateCosts.Row> rows = costs.get(i).rows();
            for (int k = 0; k < rows.size(); k++) {
                var r = rows.get(k);
                if (!r.setting().equals(org.sendplan.model.transition.StateCosts.TOTAL)) continue;
                sb.append(prefix).append(r.year()).append(',');
                if (disclosure.hidesCostRow(costs.get(i), k)) sb.append(',').append(Suppression.MARKER).append(",,,,,\n");
                else values(sb, Double.NaN, r.costMean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
        }
        Csv.write(sb, file);
    }

    private static String prefix(Outcome o) {
        return Csv.prefix(o.forecast().scenario(), o.forecast().area().code());
    }

    /** {@code n} suppression markers, comma-separated. */
    private static StringBuilder hidden(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append(i > 0 ? "," : "").append(Suppression.MARKER);
        return sb;
    }

    private static void values(StringBuilder sb, double... v) {
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(',');
            Numbers.append(sb, v[i]);
        }
        sb.append('\n');
    }
}
