package org.sendplan.model.scenario;

import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.CapacityEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Places in mainstream inclusion bases (the 2026 reforms: a base in every secondary school),
 * counted as the resourced provision and SEN units they are ({@link Provision#RESOURCED}): places
 * added to its capacity from an academic year (a list ramps up, the last carried on), and a
 * redirect of the new plans that would have gone to the {@code redirect}'s "from" settings (state
 * or independent special schools) to resourced provision. Costed at resourced provision's unit
 * cost; where the redirected demand outgrows the places, the excess overflows as any resourced
 * excess does.
 *
 * @param places   places from {@code start}, one figure per academic year (the last carried on)
 * @param phase    the phase the places are for, or null for all
 * @param redirect the share of new plans moved to resourced provision
 * @param name     the capacity rows' name (a scenario's bases add up with the run's own places)
 */
public record InclusionBases(List<Double> places, AcademicYear start, Phase phase, MixLever redirect, String name) {
    public InclusionBases {
        places = List.copyOf(places);
        if (!redirect.newPlansOnly()) throw new IllegalArgumentException("an inclusion base takes new plans");
    }

    /** The capacity rows: one per step of the ramp. */
    public List<CapacityEntry> capacity() {
        List<CapacityEntry> out = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            out.add(new CapacityEntry(Provision.RESOURCED, new AcademicYear(start.start() + k), places.get(k), phase, name));
        }
        return out;
    }
}
