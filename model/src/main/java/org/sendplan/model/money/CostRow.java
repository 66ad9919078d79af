package org.sendplan.model.money;

import org.sendplan.model.Provision;

/**
 * High-needs cost of one provision in one financial year: placements (mean, after overflow,
 * apportioned 5/12 and 7/12 between the two academic years) × the inflated unit cost, with the
 * band of the cost itself. Place funding is paid on commissioned places whether or not they are
 * filled: where a provision has capacity, its place funding is paid on the funded places (the
 * larger of capacity and placements, simulation by simulation), its top-up on the placements.
 *
 * @param unitCost         place funding + top-up per placement, inflated, in pence
 * @param fundedPlaces     places place funding is paid on (mean; = placements without capacity or place funding)
 * @param placeFundingUnit the place-funding part of {@code unitCost}
 * @param costMean         placeFundingUnit × fundedPlaces + (unitCost − placeFundingUnit) × placements
 */
public record CostRow(FinancialYear year, Provision provision, double placements, double unitCost,
                      double costMean, double costP10, double costP90, double fundedPlaces, double placeFundingUnit) {
    /** A provision costed per placement only (no separate place funding). */
    public CostRow(FinancialYear year, Provision provision, double placements, double unitCost, double costMean, double costP10, double costP90) {
        this(year, provision, placements, unitCost, costMean, costP10, costP90, placements, 0);
    }

    /** The top-up part of the unit cost. */
    public double topUpUnit() {
        return unitCost - placeFundingUnit;
    }

    /** Place funding paid in the year, commissioned places empty or not. */
    public double placeFundingCost() {
        return placeFundingUnit * fundedPlaces;
    }

    /** Place funding paid on commissioned places no child fills (mean). */
    public double emptyPlaces() {
        return Math.max(0, fundedPlaces - placements);
    }
}
