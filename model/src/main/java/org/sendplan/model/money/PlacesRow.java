package org.sendplan.model.money;

import org.sendplan.model.Phase;
import org.sendplan.model.Provision;

/**
 * Places for one provision (and phase, or all phases when {@code phase} is null) in one
 * academic year. Demand is the January census projection of the provision (before overflow);
 * places needed = demand / occupancy; surplus = capacity − places needed (negative: shortfall);
 * {@code surplusP90} is the surplus if demand is at its p90 (the prudent case); overflow is the
 * excess over capacity × occupancy placed in the overflow provision (median).
 */
public record PlacesRow(AcademicYear year, Provision provision, Phase phase, double demandMean, double demandP50,
                        double demandP90, double capacity, double placesNeededP50, double surplusP50, double surplusP90,
                        double overflowP50) {
}
