package org.sendplan.model.cohort;

import org.junit.jupiter.api.Test;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.Period;
import org.sendplan.model.scenario.Selection;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sendplan.model.cohort.CohortEstimatorTest.A;
import static org.sendplan.model.cohort.CohortEstimatorTest.ASD;
import static org.sendplan.model.cohort.CohortEstimatorTest.MS;
import static org.sendplan.model.cohort.CohortEstimatorTest.N;
import static org.sendplan.model.cohort.CohortEstimatorTest.S;
import static org.sendplan.model.cohort.CohortEstimatorTest.SEMH;
import static org.sendplan.model.cohort.CohortEstimatorTest.SP;
import static org.sendplan.model.cohort.CohortEstimatorTest.at;
import static org.sendplan.model.cohort.CohortProjectorTest.NONE;
import static org.sendplan.model.cohort.CohortProjectorTest.cell;
import static org.sendplan.model.cohort.CohortProjectorTest.row;
import static org.sendplan.model.cohort.CohortProjectorTest.total;
import static org.sendplan.model.cohort.CohortProjectorTest.toy;

/**
 * Scenario levers on the hand-built toy of {@link CohortProjectorTest} (base January 2025;
 * without levers: 236.4 plans in January 2026 and 173.036 in January 2027). Step h is the flow
 * into January 2025 + h.
 */
class CohortLeversTest {
    static final String MS_CODE = DfeSetting.MAINSTREAM_SCHOOL.name();
    static final String SP_CODE = DfeSetting.SPECIAL_LA_MAINTAINED.name();
    static final Period FROM_2026 = new Period(2026, Integer.MAX_VALUE);
    static final double FP = 1e-9; // floating-point rounding

    static Levers joiners(FlowLever... l) {
        return new Levers(List.of(l), List.of(), List.of());
    }

    static Levers leavers(FlowLever... l) {
        return new Levers(List.of(), List.of(l), List.of());
    }

    static Levers mixes(MixLever... m) {
        return new Levers(List.of(), List.of(), List.of(m));
    }

    static Forecast expected(Levers levers) {
        return CohortProjector.project(toy(NONE).expectedPath(), 2, 1, 1, "scenario", levers);
    }

    /** shares[h][a][n][s] for two years ahead: every age and need of the toy in its base mix. */
    static double[][][][] baseShares(CohortAssumptions as) {
        double[][][][] sh = new double[3][A][N][S];
        for (int h = 0; h < 3; h++) for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
            double ms = as.baseStock()[a][MS][n], sp = as.baseStock()[a][SP][n];
            if (ms + sp == 0) {
                sh[h][a][n][DfeSetting.PLACEMENT_UNKNOWN.ordinal()] = 1;
            } else {
                sh[h][a][n][MS] = ms / (ms + sp);
                sh[h][a][n][SP] = sp / (ms + sp);
            }
        }
        return sh;
    }

    @Test
    void aJoinersMultiplierScalesNewPlansAtTheAgesSelected() {
        // New plans at age 6 × 1.5 from January 2026. Without it, 14.52 new plans at 6 in the flow
        // into 2026 (ASD 8.712, SEMH 5.808) and 15.972 into 2027 (ASD 9.5832, SEMH 6.3888).
        //   2026 age 6 ASD = 0.9 × 70 + 1.5 × 8.712 = 63 + 13.068 = 76.068
        //   2026 total = 236.4 + 0.5 × 14.52 = 243.66
        //   2027 total = 173.036 + 0.5 × 15.972 (new plans at 6) + 0.8 × 7.26 (2026's extra, continuing
        //   to 7) = 173.036 + 7.986 + 5.808 = 186.83
        FlowLever l = new FlowLever(1.5, new Selection(Set.of(6), null, null), FROM_2026);
        CohortAssumptions as = toy(NONE);
        CohortLevers lev = CohortLevers.apply(as, joiners(l), 2, baseShares(as));
        assertEquals(1.5, lev.joinerFactor[1][at(6)][ASD], 0);
        assertEquals(1.5, lev.joinerFactor[2][at(6)][SEMH], 0);
        assertEquals(1, lev.joinerFactor[1][at(5)][ASD], 0);
        assertEquals(1, lev.joinerFactor[0][at(6)][ASD], 0, "the base year is observed");
        Forecast f = expected(joiners(l));
        assertEquals(76.068, cell(f, 2026, 6, ASD), FP);
        assertEquals(243.66, total(f, 2026), FP);
        assertEquals(186.83, total(f, 2027), FP);
    }

    @Test
    void aJoinersMultiplierOnSettingsScalesThePartTheMixSendsThere() {
        // × 2 for new plans at 6 placed in SP, for January 2026 only. Age 6 ASD is 1/3 SP
        // (20 of 60), SEMH 1/4 (10 of 40): factors 1 + (2 − 1) × 1/3 = 4/3 and 1 + 1/4 = 1.25.
        FlowLever l = new FlowLever(2, new Selection(Set.of(6), null, Set.of(SP_CODE)), new Period(2026, 2026));
        CohortAssumptions as = toy(NONE);
        CohortLevers lev = CohortLevers.apply(as, joiners(l), 2, baseShares(as));
        assertEquals(4.0 / 3, lev.joinerFactor[1][at(6)][ASD], 1e-12);
        assertEquals(1.25, lev.joinerFactor[1][at(6)][SEMH], 1e-12);
        assertEquals(1, lev.joinerFactor[2][at(6)][ASD], 0, "the period ends with January 2026");
        // on the path: 2026 age 6 ASD = 63 + 8.712 × 4/3 = 74.616, SEMH = 45 + 5.808 × 1.25 = 52.26
        Forecast f = expected(joiners(l));
        assertEquals(74.616, cell(f, 2026, 6, ASD), FP);
        assertEquals(52.26, cell(f, 2026, 6, SEMH), FP);
    }

    @Test
    void aLeaversMultiplierScalesTheOutflowOneMinusContinuation() {
        // Plans ending at 6 (on the way to 7) × 2: c = 1 − 2 × (1 − 0.8) = 0.6.
        //   2026 age 7 ASD = 0.6 × 60 + 2.42 = 38.42, SEMH = 0.6 × 40 + 7.26 = 31.26
        //   2026 total = 236.4 − 0.2 × 100 = 216.4
        FlowLever l = new FlowLever(2, new Selection(Set.of(6), null, null), FROM_2026);
        CohortAssumptions as = toy(NONE);
        CohortLevers lev = CohortLevers.apply(as, leavers(l), 2, baseShares(as));
        assertEquals(0.6, lev.continuation[1][at(6)][ASD], 1e-12);
        assertEquals(0.6, lev.continuation[2][at(6)][SEMH], 1e-12);
        assertEquals(0.9, lev.continuation[1][at(5)][ASD], 0);
        Forecast f = expected(leavers(l));
        assertEquals(38.42, cell(f, 2026, 7, ASD), FP);
        assertEquals(31.26, cell(f, 2026, 7, SEMH), FP);
        assertEquals(216.4, total(f, 2026), FP);
        // by need: SEMH plans ending × 2 at every age: 5→6 SEMH 1 − 2 × 0.1 = 0.8, ASD stays 0.9
        FlowLever semh = new FlowLever(2, new Selection(null, Set.of(Need.SEMH.name()), null), FROM_2026);
        CohortLevers byNeed = CohortLevers.apply(as, leavers(semh), 2, baseShares(as));
        assertEquals(0.8, byNeed.continuation[1][at(5)][SEMH], 1e-12);
        assertEquals(0.9, byNeed.continuation[1][at(5)][ASD], 0);
    }

    @Test
    void aLeaversMultiplierStopsAtZeroAndLeavesRatesAboveOneAlone() {
        // × 6 everywhere: 5→6 1 − 6 × 0.1 = 0.4; 6→7 1 − 6 × 0.2 = −0.2 → 0; a rate of 4.8 at age 2
        // (new plans counted a year late) is left as it is.
        CohortAssumptions base = toy(NONE);
        double[] c = base.continuation().clone();
        c[at(2)] = 4.8;
        CohortAssumptions as = new CohortAssumptions(base.area(), base.baseYear(), base.baseStock(), c, base.youngestRatio(),
                base.joinersBase(), base.joinerAgeShare(), base.joinerNeedMix(), base.joinerGrowth(), base.growthDamping(),
                null, base.settingTrend(), NONE, List.of(), List.of(), List.of());
        CohortLevers lev = CohortLevers.apply(as, leavers(new FlowLever(6, Selection.ALL, FROM_2026)), 2, baseShares(as));
        assertEquals(0.4, lev.continuation[1][at(5)][ASD], 1e-12);
        assertEquals(0, lev.continuation[1][at(6)][ASD], 0);
        assertEquals(4.8, lev.continuation[1][at(2)][ASD], 0);
    }

    @Test
    void aPlacementMixLeverMovesTheShareOfEveryoneSelected() {
        // 20% of MS moves to SP for everyone from January 2027. Without it (CohortProjectorTest):
        //   2026 SP 88.0145714, MS 148.3854286;  2027 SP 72.7015286, MS 100.3344714
        // 2027 with it: SP = 72.7015286 + 0.2 × 100.3344714 = 92.7684229, MS = 0.8 × 100.3344714 = 80.2675771
        MixLever m = new MixLever(Set.of(MS_CODE), Set.of(SP_CODE), 0.2, Selection.ALL, new Period(2027, Integer.MAX_VALUE), false);
        Forecast f = expected(mixes(m));
        String special = Provision.SPECIAL_STATE.name(), mainstream = Provision.MAINSTREAM.name();
        assertEquals(88.0145714, row(f, Dimension.PROVISION, special, 2026).mean(), 5e-8, "before the period: untouched");
        assertEquals(92.7684229, row(f, Dimension.PROVISION, special, 2027).mean(), 5e-8);
        assertEquals(80.2675771, row(f, Dimension.PROVISION, mainstream, 2027).mean(), 5e-8);
        assertEquals(173.036, total(f, 2027), FP, "the mix moves, the numbers do not");
        // one cell: age 6 ASD 2027 is 2/3 MS; 2/3 × 0.8 = 0.5333333 of 20.4732 = 10.91904
        Projection p = f.projection();
        assertEquals(20.4732 * (2.0 / 3) * 0.8, p.mean(p.index(2, at(6), MS, ASD)), FP);
    }

    @Test
    void aPlacementMixLeverSplitsTheShareByTheTargetsMixOrEvenly() {
        // MS 0.6 / SP 0.4 / academy 0: 20% of MS to {SP, academy} goes by their mix, all to SP
        // (0.4 + 0.12 = 0.52); with both targets at 0 it is split evenly (0.06 each).
        int academy = DfeSetting.SPECIAL_ACADEMY_FREE.ordinal(), independent = DfeSetting.SPECIAL_INDEPENDENT.ordinal();
        CohortAssumptions as = toy(NONE);
        double[][][][] sh = baseShares(as);
        sh[1][at(6)][ASD][MS] = 0.6;
        sh[1][at(6)][ASD][SP] = 0.4;
        MixLever m = new MixLever(Set.of(MS_CODE), Set.of(SP_CODE, DfeSetting.SPECIAL_ACADEMY_FREE.name()), 0.2, Selection.ALL,
                new Period(2026, 2026), false);
        CohortLevers.apply(as, mixes(m), 2, sh);
        assertEquals(0.48, sh[1][at(6)][ASD][MS], 1e-12);
        assertEquals(0.52, sh[1][at(6)][ASD][SP], 1e-12);
        assertEquals(0, sh[1][at(6)][ASD][academy], 0);
        double[][][][] sh2 = baseShares(as);
        sh2[1][at(6)][ASD][MS] = 0.6;
        sh2[1][at(6)][ASD][SP] = 0.4;
        MixLever toEmpty = new MixLever(Set.of(MS_CODE), Set.of(DfeSetting.SPECIAL_ACADEMY_FREE.name(), DfeSetting.SPECIAL_INDEPENDENT.name()),
                0.2, Selection.ALL, new Period(2026, 2026), false);
        CohortLevers.apply(as, mixes(toEmpty), 2, sh2);
        assertEquals(0.48, sh2[1][at(6)][ASD][MS], 1e-12);
        assertEquals(0.06, sh2[1][at(6)][ASD][academy], 1e-12);
        assertEquals(0.06, sh2[1][at(6)][ASD][independent], 1e-12);
        assertEquals(0.4, sh2[1][at(6)][ASD][SP], 0);
    }

    @Test
    void aRedirectMovesTheShareOfPlansStartedSinceTheLeverBegan() {
        // Half of MS to SP for new plans from January 2026. On the path, age 6 ASD in 2026 is
        // 63 plans carried from 2025 and 8.712 new: the cell's MS part 71.712 × 2/3 = 47.808 loses
        // half the new plans' MS part, 0.5 × 8.712 × 2/3 = 2.904: MS 44.904, SP 23.904 + 2.904 = 26.808.
        // Age 5 in 2026 is all new: ASD MS 12.1 × 6/7 = 10.3714286 halves to 5.1857143.
        // Age 7 ASD in 2027: started since = 0.8 × 8.712 + 2.662 = 9.6316 of 60.0316; MS part
        // 60.0316 × ½ − 0.5 × 9.6316 × ½ = 30.0158 − 2.4079 = 27.6079.
        MixLever r = new MixLever(Set.of(MS_CODE), Set.of(SP_CODE), 0.5, Selection.ALL, FROM_2026, true);
        Forecast f = expected(mixes(r));
        Projection p = f.projection();
        assertEquals(44.904, p.mean(p.index(1, at(6), MS, ASD)), FP);
        assertEquals(26.808, p.mean(p.index(1, at(6), SP, ASD)), FP);
        assertEquals(12.1 * 6 / 7 / 2, p.mean(p.index(1, at(5), MS, ASD)), FP);
        assertEquals(27.6079, p.mean(p.index(2, at(7), MS, ASD)), FP);
        assertEquals(173.036, total(f, 2027), FP);
    }

    @Test
    void everyScenarioDrawsTheSameRandomNumbers() {
        // A lever from January 2027 leaves 2026 as the baseline's, simulation by simulation.
        CohortAssumptions as = toy(CohortParameters.DEFAULTS.uncertainty());
        Forecast base = CohortProjector.project(as, 2, 100, 7, "baseline");
        Forecast lever = CohortProjector.project(as, 2, 100, 7, "s",
                joiners(new FlowLever(1.5, Selection.ALL, new Period(2027, Integer.MAX_VALUE))));
        Forecast none = CohortProjector.project(as, 2, 100, 7, "s", Levers.NONE);
        for (int k = 0; k < 100; k++) {
            assertEquals(base.draws().provision(1, Provision.SPECIAL_STATE, k), lever.draws().provision(1, Provision.SPECIAL_STATE, k), 0);
        }
        assertEquals(base.summary(), none.summary());
        SummaryRow b = row(base, Dimension.TOTAL, SummaryRow.ALL, 2027), l = row(lever, Dimension.TOTAL, SummaryRow.ALL, 2027);
        assertNotEquals(b.mean(), l.mean());
    }
}
