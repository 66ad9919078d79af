package org.sendplan.model.money;

import org.sendplan.model.Phase;
import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Commissioned places per provision and academic year. A row replaces the figure of the same
 * provision, phase and name from its academic year on; years without a row carry the last one
 * forward; rows for different names (and phases) add up.
 *
 * @param entries     the rows
 * @param source      where they came from
 * @param illustrative true for the illustrative default (capacity = base-year placements)
 */
public record Capacity(List<CapacityEntry> entries, String source, boolean illustrative) {
    public Capacity {
        entries = List.copyOf(entries);
    }

    /** True when the provision has any capacity row. */
    public boolean covers(Provision p) {
        return entries.stream().anyMatch(e -> e.provision() == p);
    }

    /** True when the provision's capacity is given per phase (all its rows name a phase). */
    public boolean byPhase(Provision p) {
        return covers(p) && entries.stream().filter(e -> e.provision() == p).allMatch(e -> e.phase() != null);
    }

    /** Places of a provision in an academic year (all phases and names), NaN when not covered. */
    public double places(Provision p, AcademicYear year) {
        return sum(p, year, null, false);
    }

    /** Places of a provision for one phase, NaN when no row names that phase. */
    public double places(Provision p, Phase phase, AcademicYear year) {
        return sum(p, year, phase, true);
    }

    private double sum(Provision p, AcademicYear year, Phase phase, boolean onlyPhase) {
        Map<String, CapacityEntry> latest = new HashMap<>();
        List<CapacityEntry> rows = new ArrayList<>(entries);
        rows.sort(Comparator.comparing(CapacityEntry::from));
        boolean any = false;
        for (CapacityEntry e : rows) {
            if (e.provision() != p || (onlyPhase && e.phase() != phase)) continue;
            any = true;
            if (e.from().compareTo(year) <= 0) latest.put(Objects.toString(e.phase()) + "\u0000" + e.name(), e);
        }
        if (!any) return Double.NaN;
        double s = 0;
        for (CapacityEntry e : latest.values()) s += e.places();
        return s;
    }
}
