package org.sendplan.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What was observed for one area, validated and in canonical codes. Arrays are indexed by
 * {@link Ages#index}, {@link DfeSetting#ordinal()} and {@link Need#ordinal()}; a missing value
 * (the publisher's {@code x}) is {@code NaN}. Census years are January censuses; new and ceased
 * plans are per calendar year.
 *
 * @param area                 the area
 * @param caseloadTotal        census year → all EHC plans
 * @param caseloadBySetting    census year → plans per setting (all NaN when no breakdown given)
 * @param caseloadByAge        census year → plans by single year of age (only years with age rows)
 * @param caseloadByAgeSetting census year → [age][setting] of the same rows (may fall short of
 *                             the age totals where an authority gave no setting breakdown)
 * @param newPlansTotal        calendar year → new plans
 * @param newPlansBySetting    calendar year → new plans per setting
 * @param newPlansByAge        calendar year → new plans by age when the plan started
 * @param ceasedTotal          calendar year → ceased plans
 * @param ceasedByAge          calendar year → ceased plans by age when ceased (age unknown spread)
 * @param needsByAge           census year → [age][need]
 * @param needsBySetting       census year → [setting][need]
 * @param newPlanNeedsByAge    calendar year → new plans [age][need]
 */
public record PlanningData(Area area,
                           SortedMap<Integer, Double> caseloadTotal,
                           SortedMap<Integer, double[]> caseloadBySetting,
                           SortedMap<Integer, double[]> caseloadByAge,
                           SortedMap<Integer, double[][]> caseloadByAgeSetting,
                           SortedMap<Integer, Double> newPlansTotal,
                           SortedMap<Integer, double[]> newPlansBySetting,
                           SortedMap<Integer, double[]> newPlansByAge,
                           SortedMap<Integer, Double> ceasedTotal,
                           SortedMap<Integer, double[]> ceasedByAge,
                           SortedMap<Integer, double[][]> needsByAge,
                           SortedMap<Integer, double[][]> needsBySetting,
                           SortedMap<Integer, double[][]> newPlanNeedsByAge) implements java.io.Serializable {
    public PlanningData {
        caseloadTotal = frozen(caseloadTotal);
        caseloadBySetting = frozen(caseloadBySetting);
        caseloadByAge = frozen(caseloadByAge);
        caseloadByAgeSetting = frozen(caseloadByAgeSetting);
        newPlansTotal = frozen(newPlansTotal);
        newPlansBySetting = frozen(newPlansBySetting);
        newPlansByAge = frozen(newPlansByAge);
        ceasedTotal = frozen(ceasedTotal);
        ceasedByAge = frozen(ceasedByAge);
        needsByAge = frozen(needsByAge);
        needsBySetting = frozen(needsBySetting);
        newPlanNeedsByAge = frozen(newPlanNeedsByAge);
    }

    /** Kept between runs in a flat form ({@link KeptPlanningData}): read back, the same planning data. */
    private Object writeReplace() {
        return KeptPlanningData.of(this);
    }

    private static <V> SortedMap<Integer, V> frozen(SortedMap<Integer, V> m) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }

    /** The latest January census with a total. */
    public int latestCensus() {
        return caseloadTotal.lastKey();
    }

    /**
     * What was known in January {@code baseYear}: caseload up to that census, flows up to
     * calendar year {@code baseYear − 1}.
     */
    public PlanningData knownAt(int baseYear) {
        return new PlanningData(area,
                caseloadTotal.headMap(baseYear + 1), caseloadBySetting.headMap(baseYear + 1),
                caseloadByAge.headMap(baseYear + 1), caseloadByAgeSetting.headMap(baseYear + 1),
                newPlansTotal.headMap(baseYear), newPlansBySetting.headMap(baseYear), newPlansByAge.headMap(baseYear),
                ceasedTotal.headMap(baseYear), ceasedByAge.headMap(baseYear),
                needsByAge.headMap(baseYear + 1), needsBySetting.headMap(baseYear + 1),
                newPlanNeedsByAge.headMap(baseYear));
    }
}
