package org.sendplan.model.quality;

import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.PlanningData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataQualityTest {
    static final int S = DfeSetting.values().length;

    static PlanningData area(String code, Map<Integer, Double> caseload, Map<Integer, Double> newPlans, double newPlansBreakdown) {
        SortedMap<Integer, double[]> settings = new TreeMap<>();
        caseload.forEach((y, v) -> {
            double[] s = new double[S];
            s[0] = v;
            settings.put(y, s);
        });
        SortedMap<Integer, double[]> newSettings = new TreeMap<>();
        newPlans.forEach((y, v) -> {
            double[] s = new double[S];
            s[0] = newPlansBreakdown > 0 ? newPlansBreakdown : v;
            newSettings.put(y, s);
        });
        return new PlanningData(new Area(code, "E0", code, Area.Level.LOCAL_AUTHORITY, "R"), new TreeMap<>(caseload), settings,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(newPlans), newSettings, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    @Test
    void aTotalThatHalvesInTheBaseYearIsFlaggedLoudly() {
        // Newham, January 2025: 2,705 → 1,199 (−56%)
        PlanningData d = area("316", Map.of(2022, 1867.0, 2023, 2618.0, 2024, 2705.0, 2025, 1199.0), Map.of(), 0);
        DataQuality.Report r = DataQuality.check(d, 2025, Set.of());
        assertTrue(r.flaggedCaseload().contains(2025));
        assertTrue(r.flaggedCaseload().contains(2023), "+40% is beyond ±25% too");
        assertFalse(r.flaggedCaseload().contains(2024));
        DataWarning base = r.warnings().stream().filter(w -> w.year() == 2025).findFirst().orElseThrow();
        assertTrue(base.base());
        assertTrue(base.message().startsWith("changed by -56% in one year"), base.message());
    }

    @Test
    void aRegionalTotalRepeatedInEachAuthorityIsReplacedByTheAuthoritysBreakdown() {
        // Yorkshire and The Humber, new plans 2022: 6,078 in every authority's row
        Map<String, PlanningData> all = Map.of(
                "370", area("370", Map.of(2022, 2000.0), Map.of(2021, 294.0, 2022, 6078.0), 319),
                "371", area("371", Map.of(2022, 2000.0), Map.of(2021, 277.0, 2022, 6078.0), 243),
                "372", area("372", Map.of(2022, 2000.0), Map.of(2021, 302.0, 2022, 6078.0), 285),
                "808", area("808", Map.of(2022, 2000.0), Map.of(2021, 205.0, 2022, 294.0), 0));
        Map<String, Set<Integer>> repeated = DataQuality.repeatedNewPlans(all);
        assertEquals(Set.of("370", "371", "372"), repeated.keySet());
        DataQuality.Report r = DataQuality.check(all.get("370"), 2023, repeated.get("370"));
        assertEquals(319.0, r.newPlans().get(2022));
        assertEquals(294.0, r.newPlans().get(2021));
        assertTrue(r.warnings().get(0).message().contains("repeated across authorities"));
    }

    @Test
    void aSteadySeriesRaisesNoWarning() {
        PlanningData d = area("808", Map.of(2019, 1452.0, 2020, 1548.0, 2021, 1650.0, 2022, 1821.0, 2023, 1891.0, 2024, 2080.0, 2025, 2442.0),
                Map.of(2022, 294.0, 2023, 325.0, 2024, 385.0), 0);
        DataQuality.Report r = DataQuality.check(d, 2025, Set.of());
        assertEquals(0, r.warnings().size(), r.warnings().toString());
        assertEquals(r.newPlans(), r.newPlansTrend());
    }
}
