package org.sendplan.model.transition;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.Period;
import org.sendplan.model.scenario.Selection;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Scenario levers in the transition model's terms, on a state space of one need (ASD), three
 * settings A (mainstream), B (resourced), C (special) and NC years 0–1 (ages 4–5); state
 * index ncy × 3 + setting: 0 (0,A), 1 (0,B), 2 (0,C), 3 (1,A), 4 (1,B), 5 (1,C). All valid, all
 * moves allowed. One pair, January 2024 → 2025: from 0, 7 stay (→ 3), 2 move → 4, 1 moves → 5;
 * 5 joiners into 0 and 2 into 1; population 1,000 at each NC year. Pooled estimation.
 *
 * <p>The baseline parameters, by hand (and checked first, in {@link #theBaselineParameters}):
 * <pre>
 *   NC 0 prior: leave (0 + ½) / (0 + 10 + 1) = 1/22, move (3 + ½) / (3 + 7 + 1) = 3.5/11
 *   leave mean of 0: (0 + 1/22) / 11 = 1/242;  move mean of 0: (3 + 3.5/11) / 11 = 36.5/121
 *   destinations, q(s) = (moves to s + ⅓) / (3 + 1): q(A) = 1/12, q(B) = 7/12, q(C) = ⅓
 *     from 0: → 4 (1,B) 7/12 + 2 = 31/12, → 5 (1,C) ⅓ + 1 = 4/3     (total 47/12)
 *     from 1: → 3 (1,A) 1/12, → 5 (1,C) ⅓;  from 2: → 3 (1,A) 1/12, → 4 (1,B) 7/12
 *   joiners' Dirichlet: NC 0: 5 + ⅓, 2 + ⅓, ⅓ (total 8);  NC 1: ⅓, ⅓, ⅓ (total 1)
 *   joiner rate at NC 0: 7.001 / 1000.002
 * </pre>
 * Base year 2025, horizon 2: step 1 is the flow into January 2026, step 2 into January 2027.
 */
class ScenarioFlowsTest {
    static final double FP = 1e-12; // floating-point rounding
    static final Period FROM_2026 = new Period(2026, Integer.MAX_VALUE);
    /** Base-year stock: weights of placement-mix targets (B 30, C 10 at NC year 1). */
    static final int[] BASE_STOCK = {0, 0, 0, 0, 30, 10};

    static TransitionParameters parameters() {
        List<Setting> settings = List.of(new Setting("A", "Mainstream", Provision.MAINSTREAM),
                new Setting("B", "Resourced", Provision.RESOURCED), new Setting("C", "Special", Provision.SPECIAL_STATE));
        boolean[] valid = {true, true, true, true, true, true};
        boolean[][] moves = {{true, true, true}, {true, true, true}, {true, true, true}};
        StateSpace sp = new StateSpace(List.of("ASD"), settings, 0, 1, valid, moves);
        TransitionHistory.Builder b = new TransitionHistory.Builder(sp, new int[]{2024});
        for (int k = 0; k < 7; k++) b.transition(0, 0, 3);
        for (int k = 0; k < 2; k++) b.transition(0, 0, 4);
        b.transition(0, 0, 5);
        for (int k = 0; k < 5; k++) b.joiner(0, 0);
        for (int k = 0; k < 2; k++) b.joiner(0, 1);
        b.population(2024, 0, 1000);
        b.population(2024, 1, 1000);
        return TransitionParameters.estimate(b.build(null), EstimationConfig.POOLED, 1);
    }

    static ScenarioFlows flows(TransitionParameters p, Levers levers) {
        return ScenarioFlows.of(levers, p, 2025, 2, BASE_STOCK);
    }

    static Levers joiners(FlowLever l) {
        return new Levers(List.of(l), List.of(), List.of());
    }

    static Levers leavers(FlowLever l) {
        return new Levers(List.of(), List.of(l), List.of());
    }

    static Levers mixes(MixLever... m) {
        return new Levers(List.of(), List.of(), List.of(m));
    }

    /** One expected-path step from {@code start} (January 2025), no population unless given. */
    static double[] step(TransitionParameters p, double[] start, ScenarioFlows f, double[] population) {
        return new ExpectedPath(p).of(start, 2025, 1, y -> population, f)[1];
    }

    @Test
    void theBaselineParameters() {
        TransitionParameters p = parameters();
        assertEquals(1.0 / 242, p.leaveMean(0), FP);
        assertEquals(36.5 / 121, p.moveMean(0), FP);
        assertEquals(1.0 / 22, p.leaveMean(1), FP);
        assertArrayEquals(new int[]{4, 5, 3, 5, 3, 4}, p.destIdx);
        assertArrayEquals(new double[]{31.0 / 12, 4.0 / 3, 1.0 / 12, 1.0 / 3, 1.0 / 12, 7.0 / 12}, p.destAlpha, FP);
        assertArrayEquals(new double[]{16.0 / 3, 7.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3}, p.joinAlpha, FP);
        assertArrayEquals(new int[]{3, 4, 5, -1, -1, -1}, p.stayTo);
        assertEquals(7.001 / 1000.002, p.joinRateMean(0), FP);
    }

    @Test
    void noLeversOrNoneInTheHorizonChangeNothing() {
        TransitionParameters p = parameters();
        assertNull(flows(p, Levers.NONE));
        assertNull(flows(p, joiners(new FlowLever(2, Selection.ALL, new Period(2030, 2031)))), "after the horizon");
        ScenarioFlows only2027 = flows(p, joiners(new FlowLever(2, Selection.ALL, new Period(2027, 2027))));
        assertNull(only2027.step(1), "the flow into 2026 is the baseline's");
        assertNotNull(only2027.step(2));
    }

    @Test
    void aJoinersMultiplierRaisesTheRateAndReweightsTheDestinations() {
        // × 2 for joiners into setting C. NC 0: weighted alphas 16/3 + 7/3 + 2 × ⅓ = 25/3 against 8:
        //   the rate × 25/24 = 1.0416667, the alphas / (25/24), keeping their total 8:
        //   16/3 × 24/25 = 5.12, 7/3 × 24/25 = 2.24, ⅔ × 24/25 = 0.64.
        // NC 1: (⅓ + ⅓ + ⅔) / 1 = 4/3; alphas ⅓ / (4/3) = 0.25, 0.25, ⅔ / (4/3) = 0.5.
        TransitionParameters p = parameters();
        ScenarioFlows f = flows(p, joiners(new FlowLever(2, new Selection(null, null, Set.of("C")), FROM_2026)));
        ScenarioFlows.Step s = f.step(1);
        assertArrayEquals(new double[]{25.0 / 24, 4.0 / 3}, s.joinMult, FP);
        assertArrayEquals(new double[]{5.12, 2.24, 0.64, 0.25, 0.25, 0.5}, s.joinAlpha, FP);
        assertArrayEquals(new double[]{8, 1}, s.joinTotal, FP);
        assertArrayEquals(new double[]{5.12, 7.36, 8, 0.25, 0.5, 1}, s.joinCum, FP);
        assertSame(p.destAlpha, s.destAlpha, "movers are untouched");
        assertNull(s.leaveMult);
        assertNotNull(f.step(2), "the period has no end");
        // Expected joiners at NC 0, population 1,000: 1000 × 7.001 / 1000.002 = 7.000986.
        //   Baseline into C: 7.000986 × ⅓ / 8 = 0.2917077; with the lever 7.000986 × 25/24 × 0.64 / 8
        //   = 0.5834155 (twice); into A unchanged: 7.000986 × (16/3) / 8 = 4.667324.
        double[] y = step(p, new double[6], f, new double[]{1000, 0});
        double[] b = step(p, new double[6], null, new double[]{1000, 0});
        assertEquals(0.2917077, b[2], 5e-8);
        assertEquals(0.5834155, y[2], 5e-8);
        assertEquals(4.667324, y[0], 5e-7);
        assertEquals(b[0], y[0], 1e-12);
    }

    @Test
    void aLeaversMultiplierScalesTheLeaverProbabilityOfTheStatesSelected() {
        // × 3 for children aged 4 (NC 0) in B. 50 children in 1 (0,B), leave mean 1/22:
        //   baseline: 50 × 21/22 = 47.727273 remain (movers and stayers); with it 50 × (1 − 3/22) = 43.181818.
        //   × 30: 30/22 > 1, capped at 1 on the expected path, so nobody remains.
        TransitionParameters p = parameters();
        ScenarioFlows f = flows(p, leavers(new FlowLever(3, new Selection(Set.of(4), null, Set.of("B")), FROM_2026)));
        assertArrayEquals(new double[]{1, 3, 1, 1, 1, 1}, f.step(1).leaveMult, 0);
        assertSame(p.joinAlpha, f.step(1).joinAlpha);
        double[] start = {0, 50, 0, 0, 0, 0}, none = {0, 0};
        assertEquals(50 * 21.0 / 22, sum(step(p, start, null, none)), 1e-9);
        assertEquals(50 * 19.0 / 22, sum(step(p, start, f, none)), 1e-9);
        ScenarioFlows all = flows(p, leavers(new FlowLever(30, new Selection(Set.of(4), null, Set.of("B")), FROM_2026)));
        assertEquals(0, sum(step(p, start, all, none)), 0);
    }

    @Test
    void aRedirectMovesDestinationWeightWithinTheSameNcYearAndNeed() {
        // Half of joiners' and movers' weight on A moves to B and C, in proportion to their weights.
        //   Joiners NC 0: A 16/3 gives up 8/3; B 7/3 and C ⅓ take 8/3 × (7/3)/(8/3) = 7/3 and ⅓:
        //     A 8/3, B 14/3, C ⅔ (total still 8).  NC 1: A ⅓ gives ⅙, B and C +1/12: ⅙, 5/12, 5/12.
        //   Movers from 1 (0,B): → 3 (1,A) 1/12 gives 1/24 to the one target in its list, 5 (1,C):
        //     1/24 and ⅓ + 1/24 = 0.375 (B itself is the stayers' state, not a destination).
        //   Movers from 2 (0,C): → 3 1/24, → 4 (1,B) 7/12 + 1/24 = 0.625.  From 0: no A destination.
        TransitionParameters p = parameters();
        MixLever r = new MixLever(Set.of("A"), Set.of("B", "C"), 0.5, Selection.ALL, FROM_2026, true);
        ScenarioFlows.Step s = flows(p, mixes(r)).step(1);
        assertArrayEquals(new double[]{8.0 / 3, 14.0 / 3, 2.0 / 3, 1.0 / 6, 5.0 / 12, 5.0 / 12}, s.joinAlpha, FP);
        assertArrayEquals(new double[]{8, 1}, s.joinTotal, FP);
        assertArrayEquals(new double[]{31.0 / 12, 4.0 / 3, 1.0 / 24, 0.375, 1.0 / 24, 0.625}, s.destAlpha, FP);
        assertArrayEquals(p.destTotal, s.destTotal, FP);
        assertNull(s.stayShare, "a redirect leaves stayers where they are");
    }

    @Test
    void aPlacementMixLeverAlsoShiftsStayersByTheTargetsBaseStock() {
        // 30% from A to B and C for age 5 (NC 1). Stayers from 0 (0,A) arrive in 3 (1,A): 30% of them
        // go to 4 (1,B) and 5 (1,C) by the base stock 30 : 10 = 0.75 : 0.25. Joiners at NC 1:
        // A ⅓ gives 0.1, B and C get 0.05 each: 0.2333333, 0.3833333, 0.3833333; at NC 0 (age 4)
        // nothing. Movers into 3 (1,A) from 1 and 2 give 30% of 1/12 = 0.025 to the other target.
        TransitionParameters p = parameters();
        MixLever m = new MixLever(Set.of("A"), Set.of("B", "C"), 0.3, new Selection(Set.of(5), null, null), FROM_2026, false);
        ScenarioFlows f = flows(p, mixes(m));
        ScenarioFlows.Step s = f.step(1);
        assertEquals(0.3, s.stayShare[0], FP);
        assertArrayEquals(new int[]{4, 5}, s.stayTargets[0]);
        assertArrayEquals(new double[]{0.75, 0.25}, s.stayWeights[0], FP);
        assertEquals(0, s.stayShare[1], 0);
        assertArrayEquals(new double[]{16.0 / 3, 7.0 / 3, 1.0 / 3, 0.7 / 3, 1.0 / 3 + 0.05, 1.0 / 3 + 0.05}, s.joinAlpha, FP);
        assertArrayEquals(new double[]{31.0 / 12, 4.0 / 3, 0.7 / 12, 1.0 / 3 + 0.025, 0.7 / 12, 7.0 / 12 + 0.025}, s.destAlpha, FP);
        assertEquals(0.3, f.step(2).stayShare[0], FP, "children entering age 5 are shifted every year");
        // 100 children in 0 (0,A), no joiners. Non-leavers 100 × 241/242 = 99.586777; movers × 36.5/121
        // = 30.040639 (to 4 and 5 by 31/47 and 16/47: 19.814039, 10.226601); stayers 69.546138.
        //   3 (1,A): 0.7 × 69.546138 = 48.682296
        //   4 (1,B): 19.814039 + 0.3 × 0.75 × 69.546138 = 19.814039 + 15.647881 = 35.461920
        //   5 (1,C): 10.226601 + 0.3 × 0.25 × 69.546138 = 10.226601 + 5.215960 = 15.442561
        double[] y = step(p, new double[]{100, 0, 0, 0, 0, 0}, f, new double[]{0, 0});
        assertEquals(48.682296, y[3], 5e-7); // the hand figures are rounded to 6 decimals
        assertEquals(35.461920, y[4], 5e-7);
        assertEquals(15.442561, y[5], 5e-7);
        assertEquals(99.586777, sum(y), 5e-7);
    }

    @Test
    void aPlacementMixLeverShiftsEveryoneSelectedOnceThenOnlyThoseEnteringAndLeversCompound() {
        // Ages 4–5: at its first step, stayers arriving at age 5 in A are shifted; the next year they
        // come from age 4, already selected, so none are.
        TransitionParameters p = parameters();
        MixLever m = new MixLever(Set.of("A"), Set.of("B", "C"), 0.3, new Selection(Set.of(4, 5), null, null), FROM_2026, false);
        ScenarioFlows f = flows(p, mixes(m));
        assertEquals(0.3, f.step(1).stayShare[0], FP);
        assertNull(f.step(2).stayShare);
        // a second lever on the same stayers moves its share of what the first left: 0.3 + 0.7 × 0.2 = 0.44
        MixLever m2 = new MixLever(Set.of("A"), Set.of("C"), 0.2, new Selection(Set.of(5), null, null), FROM_2026, false);
        ScenarioFlows both = flows(p, mixes(new MixLever(Set.of("A"), Set.of("B", "C"), 0.3, new Selection(Set.of(5), null, null), FROM_2026, false), m2));
        assertEquals(0.44, both.step(1).stayShare[0], FP);
    }

    @Test
    void twoPlacementMixLeversOnTheSameStayersKeepEachOnesTargets() {
        // 30% from A to B and C (0.75 : 0.25 by base stock), then 20% of what is left from A to C,
        // both for age 5. Of the 69.546138 stayers arriving in 3 (1,A) from 100 in 0 (0,A):
        //   stay in A: 0.7 × 0.8 = 0.56 → 38.945837
        //   to B: 0.3 × 0.75 = 0.225 → 15.647881, plus the movers' 19.814039 = 35.461920
        //   to C: 0.3 × 0.25 + 0.7 × 0.2 = 0.215 → 14.952420, plus the movers' 10.226601 = 25.179021
        TransitionParameters p = parameters();
        Selection age5 = new Selection(Set.of(5), null, null);
        ScenarioFlows f = flows(p, mixes(new MixLever(Set.of("A"), Set.of("B", "C"), 0.3, age5, FROM_2026, false),
                new MixLever(Set.of("A"), Set.of("C"), 0.2, age5, FROM_2026, false)));
        double[] y = step(p, new double[]{100, 0, 0, 0, 0, 0}, f, new double[]{0, 0});
        assertEquals(38.945837, y[3], 5e-7);
        // B and C are sums of two figures each rounded to 6 decimals above: up to 1e-6 apart
        assertEquals(35.461920, y[4], 1e-6);
        assertEquals(25.179021, y[5], 1e-6);
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
