package org.sendplan.model.money;

import org.sendplan.model.Phase;
import org.sendplan.model.Provision;

/**
 * One row of capacity.csv: commissioned places of a provision (optionally a phase and a named
 * school or unit) from an academic year on.
 *
 * @param phase null when the row is for all phases
 * @param name  "" when the row is not for a named school or unit
 */
public record CapacityEntry(Provision provision, AcademicYear from, double places, Phase phase, String name) {
}
