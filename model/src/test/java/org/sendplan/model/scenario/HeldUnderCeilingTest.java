package org.sendplan.model.scenario;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.rollup.DrawSummary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ceiling on plans per 1,000 pupils on three draws by hand. January 2026 (year index 1) has
 * totals 100, 150 and 200 (a quarter of each in independent special schools), 1,000 pupils, and
 * a ceiling of 120 per 1,000 pupils: at most 120 plans.
 */
class HeldUnderCeilingTest {
    static final Area AREA = new Area("1", "E1", "Test", Area.Level.LOCAL_AUTHORITY, "R");

    static Forecast threeDraws() {
        PlacementDraws d = new PlacementDraws(2025, 3, 3);
        double[][] totals = {{90, 90, 90}, {100, 150, 200}, {110, 170, 230}};
        for (int h = 0; h < 3; h++) {
            for (int k = 0; k < 3; k++) {
                d.add(h, Provision.MAINSTREAM, Phase.PRIMARY, k, 0.75 * totals[h][k]);
                d.add(h, Provision.SPECIAL_INDEPENDENT, Phase.SECONDARY, k, 0.25 * totals[h][k]);
            }
        }
        double[] z = new double[3];
        Projection p = new Projection(2025, 3, 5, 1, List.of(new Setting("S", "S", Provision.MAINSTREAM)), List.of("ASD"), z, z.clone(),
                z.clone(), z.clone());
        return new Forecast("ceiling", AREA, 2025, 2, p, DrawSummary.rows(d), List.of(), List.of(), List.of(), d);
    }

    @Test
    void everyDrawAboveTheCeilingIsHeldToItAndTheExcessJoinsTheSupportLayer() {
        PlanShareCeiling c = new PlanShareCeiling(List.of(120.0), new Period(2026, 2026));
        Forecast held = HeldUnderCeiling.apply(threeDraws(), c, new double[]{1000, 1000, 1000}, "test pupils");
        PlacementDraws d = held.draws();
        // 100 stays; 150 and 200 are held to 120, their excess 30 and 80 in the support layer
        assertEquals(100, d.total(1, 0), 1e-9);
        assertEquals(120, d.total(1, 1), 1e-9);
        assertEquals(120, d.total(1, 2), 1e-9);
        assertEquals(0, d.supportLayer(1, 0), 0);
        assertEquals(30, d.supportLayer(1, 1), 1e-9);
        assertEquals(80, d.supportLayer(1, 2), 1e-9);
        // the mix is kept: a quarter of 120 independent
        assertEquals(30, d.provision(1, Provision.SPECIAL_INDEPENDENT, 2), 1e-9);
        // the central figure (median of 100, 120, 120) is the ceiling's
        assertEquals(120, total(held, 2026).central(), 1e-9);
        // January 2027 is outside the period: unchanged
        assertEquals(230, d.total(2, 2), 1e-9);
        assertEquals(0, d.supportLayer(2, 2), 0);
    }

    /** A ramp [120, 100] from January 2026 on 1,000 then 1,100 pupils: 120 plans in 2026, 110 in 2027 (100 per 1,000 carried on). */
    @Test
    void aRampStepsYearByYearOnEachYearsPupils() {
        PlanShareCeiling c = new PlanShareCeiling(List.of(120.0, 100.0), new Period(2026, Integer.MAX_VALUE));
        assertEquals(100, c.at(2030), 0, "the last figure carried on");
        assertTrue(Double.isNaN(c.at(2025)));
        Forecast held = HeldUnderCeiling.apply(threeDraws(), c, new double[]{1000, 1000, 1100}, "test pupils");
        for (int k = 0; k < 3; k++) assertTrue(held.draws().total(2, k) <= 110 + 1e-9);
        assertEquals(110, held.draws().total(2, 0), 1e-9, "exactly at the ceiling: unchanged");
        assertEquals(0, held.draws().supportLayer(2, 0), 1e-9);
        assertEquals(120, held.draws().supportLayer(2, 2), 1e-9);
    }

    static SummaryRow total(Forecast f, int year) {
        return f.summary(Dimension.TOTAL).stream().filter(r -> r.year() == year).findFirst().orElseThrow();
    }
}
