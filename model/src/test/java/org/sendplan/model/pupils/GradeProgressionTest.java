package org.sendplan.model.pupils;

import org.junit.jupiter.api.Test;

import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeProgressionTest {
    /**
     * Three censuses, Reception to Year 2:
     * <pre>
     *        R     Y1     Y2
     * 2020  100    90     80
     * 2021  110    99     81
     * 2022  121   107.8   99
     * </pre>
     */
    static SortedMap<Integer, double[]> observed() {
        SortedMap<Integer, double[]> m = new TreeMap<>();
        m.put(2020, row(100, 90, 80));
        m.put(2021, row(110, 99, 81));
        m.put(2022, row(121, 107.8, 99));
        return m;
    }

    static double[] row(double r, double y1, double y2) {
        double[] v = NcYears.unknown();
        v[NcYears.index(0)] = r;
        v[NcYears.index(1)] = y1;
        v[NcYears.index(2)] = y2;
        return v;
    }

    @Test
    void reproducesTheHandComputedExample() {
        PupilProjection p = GradeProgression.project(observed(), 2024, 2025, new GradeProgression.Parameters(2, 3, 1.0));
        // GPR(R → Y1) = mean(99/100, 107.8/110) = mean(0.99, 0.98) = 0.985
        assertEquals(0.985, p.ratios()[NcYears.index(1)], 1e-12);
        // GPR(Y1 → Y2) = mean(81/90, 99/99) = mean(0.9, 1.0) = 0.95
        assertEquals(0.95, p.ratios()[NcYears.index(2)], 1e-12);
        // Reception 100, 110, 121: log slope ln 1.1, undamped → 133.1, 146.41
        assertEquals(Math.log(1.1), p.intakeGrowth()[NcYears.index(0)], 1e-12);
        assertEquals(133.1, p.at(2023, 0), 1e-9);
        assertEquals(146.41, p.at(2024, 0), 1e-9);
        // 2023: Y1 = 0.985 × 121 = 119.185; Y2 = 0.95 × 107.8 = 102.41
        assertEquals(119.185, p.at(2023, 1), 1e-9);
        assertEquals(102.41, p.at(2023, 2), 1e-9);
        // 2024: Y1 = 0.985 × 133.1 = 131.1035; Y2 = 0.95 × 119.185 = 113.22575
        assertEquals(131.1035, p.at(2024, 1), 1e-9);
        assertEquals(113.22575, p.at(2024, 2), 1e-9);
        // observed years untouched, unknown NC years stay unknown
        assertEquals(107.8, p.at(2022, 1));
        assertTrue(Double.isNaN(p.at(2024, 3)));
        assertFalse(p.projected(2022));
        assertTrue(p.projected(2023));
    }

    @Test
    void dampsTheIntakeTrendAndSaysTheGapIsProjected() {
        PupilProjection p = GradeProgression.project(observed(), 2024, 2025, new GradeProgression.Parameters(2, 3, 0.5));
        // growth ln 1.1 × 0.5 in the first year, × (0.5 + 0.25) cumulated in the second
        assertEquals(121 * Math.pow(1.1, 0.5), p.at(2023, 0), 1e-9);
        assertEquals(121 * Math.pow(1.1, 0.75), p.at(2024, 0), 1e-9);
        assertTrue(p.method().stream().anyMatch(m -> m.contains("last pupil census is January 2022")
                && m.contains("2023–2025 are projected across the gap")), p.method().toString());
        assertTrue(p.assumptions().stream().anyMatch(a -> a.name().equals("grade progression NCY 0 → 1") && a.value() == 0.985));
    }

    @Test
    void oneRatioYearUsesOnlyTheLastTransitionAndAnEmptyYearGroupIsHeld() {
        SortedMap<Integer, double[]> m = observed();
        for (double[] v : m.values()) v[NcYears.index(3)] = 0; // e.g. Year 14: nobody
        PupilProjection p = GradeProgression.project(m, 2023, 2022, new GradeProgression.Parameters(1, 3, 1.0));
        assertEquals(0.98, p.ratios()[NcYears.index(1)], 1e-12);
        assertEquals(0, p.at(2023, 3), 0); // 0 / 99 ratio → 0 pupils
        assertTrue(p.method().stream().noneMatch(s -> s.contains("across the gap")));
    }
}
