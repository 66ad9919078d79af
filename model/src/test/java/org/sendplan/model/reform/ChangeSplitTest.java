package org.sendplan.model.reform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The population and rate parts of a change on a toy area of two ages and two years, worked by hand. */
class ChangeSplitTest {
    @Test
    void theMidpointSplitOfAToyAreaAddsUpToItsChange() {
        // age a: population 1,000 → 1,100, plans 50 → 66 (rate 0.05 → 0.06)
        // age b: population 2,000 → 1,800, plans 40 → 45 (rate 0.02 → 0.025)
        // change = (66 + 45) − (50 + 40) = 111 − 90 = 21
        // population part = (1,100 − 1,000)(0.05 + 0.06)/2 + (1,800 − 2,000)(0.02 + 0.025)/2 = 5.5 − 4.5 = 1.0
        // rate part       = (0.06 − 0.05)(1,000 + 1,100)/2 + (0.025 − 0.02)(2,000 + 1,800)/2 = 10.5 + 9.5 = 20.0
        // 1.0 + 20.0 = 21: no interaction term
        ChangeSplit s = ChangeSplit.of("toy", List.of(2025, 2026), new double[][]{{50, 40}, {66, 45}}, new long[]{90, 111},
                new double[][]{{1000, 2000}, {1100, 1800}});
        ChangeSplit.Step step = s.steps().get(0);
        assertEquals(1, s.steps().size());
        assertEquals(2026, step.year());
        assertEquals(1.0, step.exactPopulationPart(), 1e-12);
        assertEquals(20.0, step.exactRatePart(), 1e-12);
        assertEquals(21, step.change());
        assertEquals(1, step.populationPart());
        assertEquals(20, step.ratePart());
        // plans per 1,000 aged 0–25: 90 / 3,000 = 30.0, then 111 / 2,900 = 38.276
        assertEquals(30.0, step.per1000Before(), 1e-9);
        assertEquals(38.276, step.per1000(), 1e-3);
    }

    @Test
    void partsRoundedToTheChangeInRoundedTotalsStillAddUp() {
        // one age: population 1,000 → 1,010, plans 100.4 → 101.3 (totals rounded 100 → 101, change 1)
        // r0 = 100.4 / 1,000 = 0.1004, r1 = 101.3 / 1,010 = 0.1002970
        // population part = 10 × (0.1004 + 0.1002970)/2 = 1.0034851; rate part = 0.9 − 1.0034851 = −0.1034851
        // rounded to 1: floors 1 and −1 make 0; the unit goes to the larger remainder (−0.1034851's 0.8965): 1 + 0
        ChangeSplit s = ChangeSplit.of("toy", List.of(2025, 2026), new double[][]{{100.4}, {101.3}}, new long[]{100, 101},
                new double[][]{{1000}, {1010}});
        ChangeSplit.Step step = s.steps().get(0);
        assertEquals(1.0034851, step.exactPopulationPart(), 1e-7);
        assertEquals(1, step.populationPart());
        assertEquals(0, step.ratePart());
        assertEquals(step.change(), step.populationPart() + step.ratePart());
    }

    @Test
    void aYearWithoutAPopulationHasNoStep() {
        ChangeSplit s = ChangeSplit.of("toy", List.of(2025, 2026, 2027), new double[][]{{1}, {2}, {3}}, new long[]{1, 2, 3},
                new double[][]{{10}, {10}, null});
        assertEquals(1, s.steps().size());
        assertEquals(2026, s.steps().get(0).year());
    }
}
