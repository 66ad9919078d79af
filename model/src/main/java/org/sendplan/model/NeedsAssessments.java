package org.sendplan.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Requests for an EHC needs assessment, assessments made, and assessments that resulted in a plan,
 * counted from an authority's own SEN2 return (the published release has them per authority and
 * year only, not by age). Keyed by January census year N: the events of calendar year N−1, which the
 * January N return reports (the reform plan's "calendar year N−1"). Each list holds the counts by
 * age 0 to 25 at the 31 August before the event (NC year + 4, the age rule of the census).
 *
 * @param requests        requests received in the calendar year, by age at the request
 * @param assessments     assessments completed (an outcome and its date) in the calendar year, by age at the outcome
 * @param resultingInPlan of those, the assessments whose outcome was to issue a plan
 */
public record NeedsAssessments(SortedMap<Integer, List<Integer>> requests, SortedMap<Integer, List<Integer>> assessments,
                               SortedMap<Integer, List<Integer>> resultingInPlan) {
    /** Ages 0 to 25: the lists' length. */
    public static final int AGES = 26;

    public NeedsAssessments {
        requests = frozen(requests);
        assessments = frozen(assessments);
        resultingInPlan = frozen(resultingInPlan);
    }

    /** The sum over ages of one count in one census year (0 for a year without events). */
    public static int total(SortedMap<Integer, List<Integer>> counts, int censusYear) {
        return counts.getOrDefault(censusYear, List.of()).stream().mapToInt(Integer::intValue).sum();
    }

    private static SortedMap<Integer, List<Integer>> frozen(SortedMap<Integer, List<Integer>> m) {
        TreeMap<Integer, List<Integer>> copy = new TreeMap<>();
        m.forEach((year, byAge) -> {
            if (byAge.size() != AGES) throw new IllegalArgumentException("counts by age 0 to 25 expected, found " + byAge.size());
            copy.put(year, List.copyOf(byAge));
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
