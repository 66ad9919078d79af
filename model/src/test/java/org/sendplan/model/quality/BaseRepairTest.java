package org.sendplan.model.quality;

import org.sendplan.model.DataWarning;
import org.sendplan.model.PlanningData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendplan.model.quality.DataQualityTest.area;

class BaseRepairTest {
    /** England's published totals, January 2023 to 2025 (517,049 → 576,474 → 638,745: +10.80% in the last year). */
    static final PlanningData ENGLAND = area("E", Map.of(2023, 517049.0, 2024, 576474.0, 2025, 638745.0), Map.of(), 0);

    private static java.util.Optional<BaseRepair> repair(Map<Integer, Double> caseload) {
        PlanningData d = area("316", caseload, Map.of(), 0);
        return BaseRepair.of(d, DataQuality.check(d, 2025, Set.of()), ENGLAND, 2025);
    }

    @Test
    void aBaseThatHalvesStartsFromTheLastGoodCensusGrownByEngland() {
        // Newham, January 2025: published 1,199 after 2,705. Repaired: 2,705 × 638,745 / 576,474 = 2,997.20
        PlanningData d = area("316", Map.of(2022, 1867.0, 2023, 2618.0, 2024, 2705.0, 2025, 1199.0), Map.of(), 0);
        DataQuality.Report q = DataQuality.check(d, 2025, Set.of());
        BaseRepair r = BaseRepair.of(d, q, ENGLAND, 2025).orElseThrow();
        assertEquals(2024, r.fromYear());
        assertEquals(1199, r.published(), 0);
        assertEquals(2997.20, r.repaired(), 0.005);
        PlanningData fixed = r.apply(d);
        assertEquals(2997.20, fixed.caseloadTotal().get(2025), 0.005);
        assertEquals(2705, fixed.caseloadTotal().get(2024), 0, "earlier censuses stay as published");
        // the setting breakdown is January 2024's (all in the first setting in this fixture), grown by England's growth
        assertEquals(2997.20, fixed.caseloadBySetting().get(2025)[0], 0.005);
        assertArrayEquals(d.caseloadBySetting().get(2024), fixed.caseloadBySetting().get(2024), 0);

        DataQuality.Report said = r.report(q);
        DataWarning base = said.warnings().stream().filter(DataWarning::base).findFirst().orElseThrow();
        assertEquals("caseload total 2025: published 1,199 (-56% on January 2024) looks like an error; the forecast starts from a repaired base "
                + "of 2,997 (January 2024's census grown by England's +10.8%); --published-base starts from the published figure", base.toString());
        assertEquals(1, said.warnings().stream().filter(DataWarning::base).count(), "the checks' own base-year line is replaced, not repeated");
        assertEquals(1199, r.assumption().value(), 0, "the published figure is kept beside the repaired one");
    }

    @Test
    void aJumpUpIsLeftToTheChecksWarning() {
        // +81% in the base year is flagged, but jumps up are real often enough (Nottingham, January 2024: +54%) to keep
        PlanningData d = area("316", Map.of(2022, 1300.0, 2023, 1371.0, 2024, 1519.0, 2025, 2750.0), Map.of(), 0);
        assertTrue(DataQuality.check(d, 2025, Set.of()).flaggedCaseload().contains(2025));
        assertTrue(repair(Map.of(2022, 1300.0, 2023, 1371.0, 2024, 1519.0, 2025, 2750.0)).isEmpty());
    }

    @Test
    void aBaseThatRecoversFromABadYearIsLeftAlone() {
        // 2024 halved (flagged), 2025 back near 2023's grown by England's two years (2,600 × 638,745 / 517,049 = 3,212): nothing to repair
        assertTrue(repair(Map.of(2022, 2500.0, 2023, 2600.0, 2024, 1300.0, 2025, 2850.0)).isEmpty());
    }

    @Test
    void aFallWithinAQuarterOfTheGrownCensusIsNotRepaired() {
        // 2,705 grown by England is 2,997.2; 76% of it (2,278) is within the limit and flagged (−15.8% is beyond
        // four robust SDs of a steady +4% a year) but not repaired; 74% (2,218) is repaired
        Map<Integer, Double> steady = Map.of(2020, 2312.0, 2021, 2405.0, 2022, 2501.0, 2023, 2601.0, 2024, 2705.0);
        Map<Integer, Double> within = new java.util.HashMap<>(steady);
        within.put(2025, 0.76 * 2997.2);
        Map<Integer, Double> beyond = new java.util.HashMap<>(steady);
        beyond.put(2025, 0.74 * 2997.2);
        assertTrue(repair(within).isEmpty());
        assertEquals(2997.20, repair(beyond).orElseThrow().repaired(), 0.005);
    }
}
