package org.sendplan.model.cohort;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.Period;
import org.sendplan.model.scenario.PhaseTransferReview;
import org.sendplan.model.scenario.Selection;
import org.sendplan.model.scenario.SupportLayer;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendplan.model.cohort.CohortEstimatorTest.A;
import static org.sendplan.model.cohort.CohortEstimatorTest.ASD;
import static org.sendplan.model.cohort.CohortEstimatorTest.MS;
import static org.sendplan.model.cohort.CohortEstimatorTest.N;
import static org.sendplan.model.cohort.CohortEstimatorTest.S;
import static org.sendplan.model.cohort.CohortEstimatorTest.at;
import static org.sendplan.model.cohort.CohortProjectorTest.NONE;
import static org.sendplan.model.cohort.CohortProjectorTest.cell;
import static org.sendplan.model.cohort.CohortProjectorTest.total;
import static org.sendplan.model.cohort.CohortProjectorTest.toy;

/**
 * The 2026 reform levers in the cohort model: the support layer for new needs on the toy of
 * {@link CohortProjectorTest} (new plans 48.4 into January 2026, 53.24 into 2027; without levers
 * 236.4 plans in 2026 and 173.036 in 2027), and the phase-transfer review on a toy of its own with
 * plans at the two transfers.
 */
class ReformLeversTest {
    static final double FP = 1e-9;
    static final Period FROM_2026 = new Period(2026, Integer.MAX_VALUE);

    static Levers layer(double share, Period p) {
        return new Levers(List.of(), List.of(), List.of(), List.of(new SupportLayer(share, Selection.ALL, p)), List.of(), List.of(), null);
    }

    static Levers review(double share, Set<Phase> into, Period p) {
        return new Levers(List.of(), List.of(), List.of(), List.of(), List.of(new PhaseTransferReview(share, into, p)), List.of(), null);
    }

    static double layerTotal(Forecast f, int census) {
        double s = 0;
        for (int k = 0; k < f.draws().simulations(); k++) s += f.draws().supportLayer(census - f.baseYear(), k);
        return s / f.draws().simulations();
    }

    @Test
    void aSupportLayerOfOneFifthLeavesFourFifthsOfNewPlansAndFollowsTheRest() {
        // share 0.2 from January 2026. The flow into 2026 has 48.4 new plans (24.2 at 5, 14.52 at 6,
        // 9.68 at 7): 0.8 × 48.4 = 38.72 become plans, 9.68 join the support layer.
        //   2026 plans = 236.4 − 9.68 = 226.72; support layer 9.68 (4.84 at 5, 2.904 at 6, 1.936 at 7)
        // 2027: the layer continues as plans would (0.9 from 5, 0.8 from 6, none from 7) and takes
        // 0.2 × 53.24 = 10.648 of the new plans:
        //   layer = 0.9 × 4.84 + 0.8 × 2.904 + 10.648 = 4.356 + 2.3232 + 10.648 = 17.3272
        //   plans = 173.036 − 17.3272 = 155.7088
        Forecast f = CohortProjector.project(toy(NONE).expectedPath(), 2, 1, 1, "layer", layer(0.2, FROM_2026));
        assertEquals(226.72, total(f, 2026), FP);
        assertEquals(9.68, layerTotal(f, 2026), FP);
        assertEquals(17.3272, layerTotal(f, 2027), FP);
        assertEquals(155.7088, total(f, 2027), FP);
        // the new plans at 5 (nobody continues into 5): 0.8 × 24.2 × 0.5 = 9.68 ASD, against the baseline's 12.1
        assertEquals(0.8 * 12.1, cell(f, 2026, 5, ASD), FP);
    }

    @Test
    void aSupportLayerFromALaterYearChangesNothingBefore() {
        Forecast f = CohortProjector.project(toy(NONE).expectedPath(), 2, 1, 1, "layer", layer(0.2, new Period(2027, Integer.MAX_VALUE)));
        assertEquals(236.4, total(f, 2026), FP);
        assertEquals(0, layerTotal(f, 2026), 0);
        // 2027: only 0.2 × 53.24 = 10.648 of that year's new plans
        assertEquals(173.036 - 10.648, total(f, 2027), FP);
    }

    /**
     * Every draw shares the baseline's random numbers and the layer continues at the plans' rates
     * with the same yearly shock, so plans + support layer is the baseline's plans in every draw and
     * year, to rounding: the lever moves children, it creates or loses none.
     */
    @Test
    void withUncertaintyPlansAndSupportLayerAddUpToTheBaselineInEveryDraw() {
        CohortAssumptions.Uncertainty u = new CohortAssumptions.Uncertainty(0.1, 0.1, 0.05);
        addsUp(toy(u), layer(0.3, FROM_2026));
        addsUp(transfers(u), review(0.5, Set.of(Phase.SECONDARY, Phase.POST16), FROM_2026));
    }

    private static void addsUp(CohortAssumptions as, Levers levers) {
        Forecast base = CohortProjector.project(as, 2, 50, 7, "baseline", Levers.NONE);
        Forecast both = CohortProjector.project(as, 2, 50, 7, "reforms", levers);
        for (int h = 1; h <= 2; h++) {
            for (int k = 0; k < 50; k++) {
                double b = base.draws().total(h, k), s = both.draws().total(h, k), l = both.draws().supportLayer(h, k);
                assertEquals(b, s + l, 1e-9 * b, "year " + h + " draw " + k);
                assertTrue(l > 0);
            }
        }
    }

    /** A toy with plans at the last ages of primary (10, NCY 6) and secondary (15, NCY 11), no new plans. */
    static CohortAssumptions transfers(CohortAssumptions.Uncertainty u) {
        double[][][] stock = new double[A][S][N];
        stock[at(10)][MS][ASD] = 100;
        stock[at(15)][MS][ASD] = 50;
        double[] c = new double[A];
        c[at(10)] = 0.95;
        c[at(15)] = 0.8;
        // those past a transfer stay a year (no transfer from 11 or 16), so the layer lasts too
        c[at(11)] = 1;
        c[at(16)] = 1;
        double[] share = new double[A];
        share[at(10)] = 1;
        double[][] mix = new double[A][N];
        for (double[] m : mix) m[ASD] = 1;
        return new CohortAssumptions(CohortEstimatorTest.TOY, 2025, stock, c, 0, 0, share, mix, 0, 0.5, null, new double[S], u,
                List.of(), List.of(), List.of());
    }

    @Test
    void aReviewMovesItsShareOfThePlanHoldersCrossingIntoTheNamedPhases() {
        // share 0.25 into secondary and post-16 from January 2026. Without it, 2026 holds
        // 0.95 × 100 = 95 at 11 and 0.8 × 50 = 40 at 16 (135). With it, a quarter of each crossing
        // leaves: 23.75 + 10 = 33.75 in the support layer; 71.25 at 11 and 30 at 16 stay (101.25).
        Forecast f = CohortProjector.project(transfers(NONE), 1, 1, 1, "review",
                review(0.25, Set.of(Phase.SECONDARY, Phase.POST16), FROM_2026));
        assertEquals(71.25, cell(f, 2026, 11, ASD), FP);
        assertEquals(30, cell(f, 2026, 16, ASD), FP);
        assertEquals(101.25, total(f, 2026), FP);
        assertEquals(33.75, layerTotal(f, 2026), FP);
        // into secondary only: 23.75 move, the 40 at 16 stay
        Forecast secondary = CohortProjector.project(transfers(NONE), 1, 1, 1, "review", review(0.25, Set.of(Phase.SECONDARY), FROM_2026));
        assertEquals(135 - 23.75, total(secondary, 2026), FP);
    }

    @Test
    void aReviewCrossesOnlyAtTheLastAgeOfAPhase() {
        PhaseTransferReview r = new PhaseTransferReview(0.25, Set.of(Phase.SECONDARY, Phase.POST16), FROM_2026);
        // NCY = age − 4: age 10 is NCY 6 (Year 6), age 15 NCY 11 (Year 11)
        assertTrue(r.crosses(10));
        assertTrue(r.crosses(15));
        for (int age : new int[]{3, 9, 11, 14, 16, 18}) assertFalse(r.crosses(age), "age " + age);
    }
}
