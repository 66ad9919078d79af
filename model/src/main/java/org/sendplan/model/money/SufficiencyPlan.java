package org.sendplan.model.money;

import org.sendplan.model.Assumption;
import org.sendplan.model.Provision;

import java.util.List;
import java.util.Map;

/**
 * Places against capacity, costs by financial year and the DSG balance for one forecast.
 *
 * @param occupancy          target occupancy used (places needed = demand / occupancy)
 * @param firstShortfall     provision → first academic year whose median surplus is negative
 * @param lowestBalanceYear  financial year of the lowest mean cumulative balance
 * @param assumptions        unit costs, capacity and finance inputs used, for the workbook
 * @param notes              what was illustrative, what was not costed
 */
public record SufficiencyPlan(Capacity capacity, Finance finance, double occupancy, List<PlacesRow> places,
                              List<CostRow> costs, List<BudgetRow> budget, Map<Provision, AcademicYear> firstShortfall,
                              FinancialYear lowestBalanceYear, List<Assumption> assumptions, List<String> notes) {
    public SufficiencyPlan {
        places = List.copyOf(places);
        costs = List.copyOf(costs);
        budget = List.copyOf(budget);
        firstShortfall = Map.copyOf(firstShortfall);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    /** The row of a provision, all phases, in an academic year. */
    public PlacesRow placesRow(Provision p, AcademicYear y) {
        for (PlacesRow r : places) if (r.provision() == p && r.phase() == null && r.year().equals(y)) return r;
        throw new IllegalStateException("no places row for " + p + " " + y);
    }

    /** Whole places to commission beyond capacity, at median and at p90 demand (NaN where the provision is not commissioned). */
    public record Commission(double p50, double p90) {
    }

    /**
     * The places a provision must gain so that, at median (p90) demand, nobody overflows out of it in
     * any academic year of the plan: its most additional places in any year (places once built stay,
     * so the peak is what to commission, not the last year's figure). NaN where it has no capacity.
     */
    public Commission placesToCommission(Provision p) {
        double p50 = Double.NaN, p90 = Double.NaN;
        for (PlacesRow r : places) {
            if (r.provision() != p || r.phase() != null || Double.isNaN(r.additionalP50())) continue;
            p50 = Double.isNaN(p50) ? r.additionalP50() : Math.max(p50, r.additionalP50());
            p90 = Double.isNaN(p90) ? r.additionalP90() : Math.max(p90, r.additionalP90());
        }
        return new Commission(p50, p90);
    }

    /** The headline's places to commission: {@link #placesToCommission(Provision)} summed over the commissioned provisions (0 when none). */
    public Commission placesToCommission() {
        double p50 = 0, p90 = 0;
        for (Provision p : Provision.values()) {
            Commission c = placesToCommission(p);
            if (Double.isNaN(c.p50())) continue;
            p50 += c.p50();
            p90 += c.p90();
        }
        return new Commission(p50, p90);
    }

    /** The earliest academic year in which any commissioned provision is short of places at median demand (null: none is). */
    public AcademicYear earliestShortfall() {
        return firstShortfall.values().stream().min(AcademicYear::compareTo).orElse(null);
    }

    /** The last academic year planned. */
    public AcademicYear lastAcademicYear() {
        return places.get(places.size() - 1).year();
    }

    /** The last financial year costed (null: none is, the horizon is under two years). */
    public FinancialYear lastFinancialYear() {
        return budget.isEmpty() ? null : budget.get(budget.size() - 1).year();
    }

    /** The budget row of a financial year (null: not costed). */
    public BudgetRow budgetRow(FinancialYear y) {
        for (BudgetRow b : budget) if (b.year().equals(y)) return b;
        return null;
    }

    /** The financial year of the lowest mean cumulative DSG balance, and that balance (null: nothing costed). */
    public BudgetRow lowestBalance() {
        return lowestBalanceYear == null ? null : budgetRow(lowestBalanceYear);
    }

    /** Financial-year placements (mean, after overflow, as costed) of a provision, or of every provision when {@code provision} is null. */
    public double placements(FinancialYear y, Provision provision) {
        double sum = 0;
        for (CostRow c : costs) if (c.year().equals(y) && (provision == null || c.provision() == provision)) sum += c.placements();
        return sum;
    }

    /** A provision's own demand (mean, before overflow) over a financial year: 5/12 and 7/12 of its two academic years. */
    public double demand(FinancialYear y, Provision p) {
        return FinancialYear.SHARE_OF_EARLIER_ACADEMIC_YEAR * demandMean(p, y.earlierAcademicYear())
                + FinancialYear.SHARE_OF_LATER_ACADEMIC_YEAR * demandMean(p, y.laterAcademicYear());
    }

    private double demandMean(Provision p, AcademicYear y) {
        for (PlacesRow r : places) if (r.provision() == p && r.phase() == null && r.year().equals(y)) return r.demandMean();
        return 0;
    }
}
