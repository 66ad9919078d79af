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
}
