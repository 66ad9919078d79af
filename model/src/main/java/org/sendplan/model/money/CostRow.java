package org.sendplan.model.money;

import org.sendplan.model.Provision;

/**
 * High-needs cost of one provision in one financial year: placements (mean, after overflow,
 * apportioned 5/12 and 7/12 between the two academic years) × the inflated unit cost, with the
 * band of the cost itself.
 */
public record CostRow(FinancialYear year, Provision provision, double placements, double unitCost,
                      double costMean, double costP10, double costP90) {
}
