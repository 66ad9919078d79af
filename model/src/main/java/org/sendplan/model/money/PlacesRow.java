package org.sendplan.model.money;

import org.sendplan.model.Phase;
import org.sendplan.model.Provision;

/**
 * Places for one provision (and phase, or all phases when {@code phase} is null) in one
 * academic year. Demand is the January census projection of the provision (before overflow);
 * places needed = demand / occupancy; surplus = capacity − places needed (negative: shortfall);
 * {@code surplusP90} is the surplus if demand is at its p90 (the prudent case); overflow is the
 * excess over capacity × occupancy placed in the overflow provision (median).
 *
 * @param placedP50      children placed in the provision after overflow, its own and what others sent it (median; NaN for a phase)
 * @param additionalP50  whole places to commission beyond capacity so that nobody overflows out of it at median demand
 *                       (0 where capacity suffices; NaN where the provision is not commissioned)
 * @param additionalP90  the same at p90 demand (the capital plan's prudent case)
 */
public record PlacesRow(AcademicYear year, Provision provision, Phase phase, double demandMean, double demandP50,
                        double demandP90, double capacity, double placesNeededP50, double surplusP50, double surplusP90,
                        double overflowP50, double placedP50, double additionalP50, double additionalP90) {
    /** A shortfall smaller than this (a rounding residue such as −5.7e-14) is no shortfall. */
    public static final double WHOLE_PLACE = 0.5;

    /** Whether median demand needs more places than are commissioned, by half a place or more. */
    public boolean shortOfPlaces() {
        return surplusP50 <= -WHOLE_PLACE;
    }

    /**
     * Whole places to add to capacity so that places needed fit (0 when they do). When every
     * commissioned provision gets its own, no child overflows, so each provision's own demand is
     * all it has to hold: the additional places of one do not depend on another's.
     */
    static double additional(double surplus) {
        return Double.isNaN(surplus) ? Double.NaN : surplus > -WHOLE_PLACE ? 0 : Math.ceil(-surplus - 1e-9);
    }
}
