package org.sendplan.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An area's whole published history: the series of the latest release merged with the earlier
 * release's (caseload from 2010, new plans from 2009), the age bands that are all the earlier
 * release has, and what the reconciliation of the two releases found.
 *
 * @param data            merged series: the latest release wherever it has a year, the earlier one before
 * @param caseloadByBand  census year → plans by {@link AgeBand} (earlier release; bands of the
 *                        single ages where the latest release has them)
 * @param reconciliation  where the two releases disagree in the years they share, and which won
 */
public record History(PlanningData data, SortedMap<Integer, double[]> caseloadByBand, List<DataWarning> reconciliation) {
    public History {
        caseloadByBand = Collections.unmodifiableSortedMap(new TreeMap<>(caseloadByBand));
        reconciliation = List.copyOf(reconciliation);
    }

    /** A region or England as the sum of its members' histories. */
    public static History sum(Area area, List<History> members) {
        PlanningData data = Aggregates.sum(area, members.stream().map(History::data).toList());
        SortedMap<Integer, double[]> bands = new TreeMap<>();
        for (History h : members) h.caseloadByBand.forEach((y, v) -> {
            double[] acc = bands.computeIfAbsent(y, k -> new double[v.length]);
            for (int i = 0; i < v.length; i++) if (!Double.isNaN(v[i])) acc[i] += v[i];
        });
        return new History(data, bands, List.of());
    }
}
