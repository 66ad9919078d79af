package org.sendplan.model.transition;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The transition model's estimates on a state space small enough to work by hand.
 *
 * <p>NC years 0–2 × needs ASD (0), SEMH (1) × settings A (mainstream), B (special); state index
 * ((ncy × 2) + need) × 2 + setting:
 * <pre>
 *   0 (0,ASD,A)   1 (0,ASD,B)   2 (0,SEMH,A)   3 (0,SEMH,B)
 *   4 (1,ASD,A)   5 (1,ASD,B)   6 (1,SEMH,A)   7 (1,SEMH,B)
 *   8 (2,ASD,A)   9 (2,ASD,B)  10 (2,SEMH,A)  11 (2,SEMH,B) — not valid (B takes no SEMH at NC year 2)
 * </pre>
 * Moves A → B are allowed, B → A are not. One history pair, January 2024 → January 2025:
 * <pre>
 *   from 0: 2 leave, 6 stay (→ 4), 1 moves → 5, 1 moves → 6
 *   from 1: 4 stay (→ 5)
 *   from 2: 1 leaves, 4 stay (→ 6), 1 moves → 7
 *   from 4: 1 leaves, 4 stay (→ 8)
 *   joiners: 3 into 0, 1 into 3, 2 into 4; population 1,000 at each NC year
 * </pre>
 * Pooled counts: NC year 0 has 3 leavers, 17 non-leavers of whom 3 moved (2 to setting B, 1 to
 * A; 2 kept their need) and 14 stayed; NC year 1 has 1 leaver and 4 stayers; NC year 2 nothing.
 * NC-year priors (Jeffreys ½, ½ updated by the pooled counts, weight one observation):
 * <pre>
 *   leave: (3 + ½) / (3 + 17 + 1) = 1/6 (NC 0), (1 + ½) / (1 + 4 + 1) = 0.25 (NC 1), ½ (NC 2)
 *   move:  (3 + ½) / (3 + 14 + 1) = 7/36 (NC 0), ½ / (0 + 4 + 1) = 0.1 (NC 1), ½ (NC 2)
 * </pre>
 */
class TransitionParametersTest {
    static final double FP = 1e-12; // floating-point rounding

    static StateSpace space() {
        List<Setting> settings = List.of(new Setting("A", "Mainstream", Provision.MAINSTREAM), new Setting("B", "Special", Provision.SPECIAL_STATE));
        boolean[] valid = new boolean[12];
        Arrays.fill(valid, true);
        valid[11] = false;
        return new StateSpace(List.of("ASD", "SEMH"), settings, 0, 2, valid, new boolean[][]{{true, true}, {false, true}});
    }

    static TransitionHistory history() {
        StateSpace sp = space();
        TransitionHistory.Builder b = new TransitionHistory.Builder(sp, new int[]{2024});
        for (int k = 0; k < 2; k++) b.leaver(0, 0);
        for (int k = 0; k < 6; k++) b.transition(0, 0, 4);
        b.transition(0, 0, 5);
        b.transition(0, 0, 6);
        for (int k = 0; k < 4; k++) b.transition(0, 1, 5);
        b.leaver(0, 2);
        for (int k = 0; k < 4; k++) b.transition(0, 2, 6);
        b.transition(0, 2, 7);
        b.leaver(0, 4);
        for (int k = 0; k < 4; k++) b.transition(0, 4, 8);
        for (int k = 0; k < 3; k++) b.joiner(0, 0);
        b.joiner(0, 3);
        for (int k = 0; k < 2; k++) b.joiner(0, 4);
        for (int ncy = 0; ncy <= 2; ncy++) b.population(2024, ncy, 1000);
        return b.build(null);
    }

    static TransitionParameters pooled() {
        return TransitionParameters.estimate(history(), EstimationConfig.POOLED, 1);
    }

    /** The destinations of a state's movers, as state → alpha pairs in the stored order. */
    static double[][] destinations(TransitionParameters p, int state) {
        int d0 = p.destStart[state], d1 = p.destStart[state + 1];
        double[][] out = new double[d1 - d0][];
        for (int k = d0; k < d1; k++) out[k - d0] = new double[]{p.destIdx[k], p.destAlpha[k]};
        return out;
    }

    @Test
    void leaverAndMoverProbabilitiesAreTheStatesCountsWithTheNcYearsPrior() {
        // leave mean = (leavers + prior) / (leavers + non-leavers + 1); move mean = (movers + prior) / (movers + stayers + 1)
        TransitionParameters p = pooled();
        assertEquals((2 + 1.0 / 6) / 11, p.leaveMean(0), FP);      // 13/66 = 0.1969697
        assertEquals((2 + 7.0 / 36) / 9, p.moveMean(0), FP);       // 79/324 = 0.2438272
        assertEquals((1.0 / 6) / 5, p.leaveMean(1), FP);           // no leavers of 4: 1/30
        assertEquals((7.0 / 36) / 5, p.moveMean(1), FP);           // 7/180
        assertEquals((1 + 1.0 / 6) / 7, p.leaveMean(2), FP);       // 1/6
        assertEquals((1 + 7.0 / 36) / 6, p.moveMean(2), FP);       // 43/216
        assertEquals(1.0 / 6, p.leaveMean(3), FP, "no children: the prior");
        assertEquals(7.0 / 36, p.moveMean(3), FP);
        assertEquals(1.25 / 6, p.leaveMean(4), FP);                // (1 + 0.25) / (1 + 4 + 1)
        assertEquals(0.1 / 5, p.moveMean(4), FP);                  // (0 + 0.1) / (0 + 4 + 1)
        assertEquals(0.5, p.leaveMean(8), FP, "NC year 2: nothing seen, Jeffreys ½");
        // pooled summaries: by NC year the prior itself; by NC year × setting, A at NC 0 has
        // 3 leavers and 13 non-leavers (3 of them movers): (3 + 1/6) / 17 = 19/102, (3 + 7/36) / 14 = 115/504
        assertEquals(1.0 / 6, p.ncyLeave(0), FP);
        assertEquals(7.0 / 36, p.ncyMove(0), FP);
        assertEquals(0.25, p.ncyLeave(1), FP);
        assertEquals(0.1, p.ncyMove(1), FP);
        assertEquals(19.0 / 102, p.ncySettingLeave(0, 0), FP);
        assertEquals(115.0 / 504, p.ncySettingMove(0, 0), FP);
        assertEquals((1.0 / 6) / 5, p.ncySettingLeave(0, 1), FP);  // B at NC 0: 0 leavers, 4 non-leavers
    }

    @Test
    void stayersGoOneNcYearOnAndStrictStatesStopAtInvalidOnes() {
        int[] pooledStay = {4, 5, 6, 7, 8, 9, 10, 11, -1, -1, -1, -1};
        assertArrayEquals(pooledStay, pooled().stayTo, "pooled (the peer's rule): any state in range, valid or not");
        TransitionParameters strict = TransitionParameters.estimate(history(), new EstimationConfig(1, 1, 0, 0, false, true), 1);
        int[] strictStay = pooledStay.clone();
        strictStay[7] = -1; // (1,SEMH,B) → (2,SEMH,B) is not valid: every non-leaver must move
        assertArrayEquals(strictStay, strict.stayTo);
    }

    @Test
    void moverDestinationsArePriorWeightsPlusTheMovesSeen() {
        // NC year 0 → 1. Setting weight q(s) = (moves to s + 1 / 2 settings valid at NC 1) / (3 movers + 1):
        //   q(A) = (1 + ½) / 4 = 0.375, q(B) = (2 + ½) / 4 = 0.625.
        // Need weight: same need (2 + ½) / (3 + 1) = 0.625, the other need 1 − 0.625 = 0.375.
        // From 0 (ASD, A), alpha = q × need weight + moves seen:
        //   → 5 (ASD,B): 0.625 × 0.625 + 1 = 1.390625; → 6 (SEMH,A): 0.375 × 0.375 + 1 = 1.140625;
        //   → 7 (SEMH,B): 0.625 × 0.375 = 0.234375
        // From 1 (ASD,B), B → A is not allowed: only → 7 (SEMH,B) 0.234375.
        // From 2 (SEMH,A): → 4 (ASD,A) 0.375 × 0.375 = 0.140625; → 5 (ASD,B) 0.625 × 0.375 = 0.234375;
        //   → 7 (SEMH,B) 0.625 × 0.625 + 1 = 1.390625
        // NC year 1 → 2: no moves, so q = (0 + ½) / 1 = ½, need weights ½ / ½; (2,SEMH,B) is not valid.
        //   From 4 (ASD,A): → 9 (ASD,B) 0.25, → 10 (SEMH,A) 0.25.  From 5 (ASD,B): nowhere (B → A
        //   is not allowed, SEMH at B not valid).  From 7 (SEMH,B): → 9 (ASD,B) 0.25.
        TransitionParameters p = pooled();
        assertDestinations(new double[][]{{5, 1.390625}, {6, 1.140625}, {7, 0.234375}}, destinations(p, 0));
        assertEquals(2.765625, p.destTotal[0], FP);
        assertDestinations(new double[][]{{7, 0.234375}}, destinations(p, 1));
        assertDestinations(new double[][]{{4, 0.140625}, {5, 0.234375}, {7, 1.390625}}, destinations(p, 2));
        assertDestinations(new double[][]{{5, 0.234375}}, destinations(p, 3));
        assertDestinations(new double[][]{{9, 0.25}, {10, 0.25}}, destinations(p, 4));
        assertDestinations(new double[][]{}, destinations(p, 5));
        assertDestinations(new double[][]{{8, 0.25}, {9, 0.25}}, destinations(p, 6));
        assertDestinations(new double[][]{{9, 0.25}}, destinations(p, 7));
        assertDestinations(new double[][]{}, destinations(p, 8));
    }

    static void assertDestinations(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "number of destinations");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k][0], actual[k][0], 0, "destination state");
            assertEquals(expected[k][1], actual[k][1], FP, "alpha of state " + (int) expected[k][0]);
        }
    }

    @Test
    void joinerRatesPerHeadAndWhereJoinersArrive() {
        // rate Beta(joiners / years + 0.001, (population − joiners) / years + 0.001), one year:
        //   NC 0: 4.001 / (4.001 + 996.001) = 4.001 / 1000.002 = 0.0040010
        //   NC 1: 2.001 / 1000.002; NC 2: 0.001 / 1000.002
        TransitionParameters p = pooled();
        assertEquals(4.001 / 1000.002, p.joinRateMean(0), FP);
        assertEquals(2.001 / 1000.002, p.joinRateMean(1), FP);
        assertEquals(0.001 / 1000.002, p.joinRateMean(2), FP);
        assertEquals(0.004, p.ncyJoinRate(0), FP);
        // Dirichlet over the valid states of the NC year: joiners seen + 1 / number of valid states
        //   NC 0 (4 states): 3.25, 0.25, 0.25, 1.25;  NC 1: 2.25, 0.25, 0.25, 0.25;  NC 2 (3 states): ⅓ each
        assertArrayEquals(new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, p.joinIdx);
        assertArrayEquals(new double[]{3.25, 0.25, 0.25, 1.25, 2.25, 0.25, 0.25, 0.25, 1.0 / 3, 1.0 / 3, 1.0 / 3}, p.joinAlpha, FP);
        assertArrayEquals(new double[]{5, 3, 1}, p.joinTotal, FP);
        // no trends in the pooled estimation
        assertEquals(1, p.joinerFactor(3, 0, 0), 0);
        assertEquals(1, p.leaverFactor(3, 0, 0), 0);
    }

    @Test
    void theExpectedPathOneYearAhead() {
        // 100 children in 0 (ASD, A) in January 2025, population 1,000 at each NC year.
        //   leave 100 × 13/66 = 19.69697; non-leavers r = 80.30303
        //   movers r × 79/324 = 19.580060, to 5 / 6 / 7 by 1.390625 / 1.140625 / 0.234375 of 2.765625:
        //     9.845341, 8.075392, 1.659327; stayers r − movers = 60.722970 → 4
        //   joiners 1000 × 4.001/1000.002 = 4.000992 at NC 0, by 3.25/5, 0.25/5, 0.25/5, 1.25/5:
        //     2.600645, 0.200050, 0.200050, 1.000248; 1000 × 2.001/1000.002 = 2.000996 at NC 1
        //     (4: 2.25/3 = 1.500747, 5–7: 0.25/3 = 0.166750 each); 0.001 at NC 2 (⅓ each of 8–10)
        //   state 4 = 60.722970 + 1.500747 = 62.223717; 5 = 9.845341 + 0.166750 = 10.012090
        //   total = 80.30303 + 4.000992 + 2.000996 + 0.001000 = 86.306018
        TransitionParameters p = pooled();
        double[] start = new double[12];
        start[0] = 100;
        double[][] path = new ExpectedPath(p).of(start, 2025, 1, y -> new double[]{1000, 1000, 1000});
        double[] y1 = path[1];
        double tol = 5e-7; // the hand figures are rounded to 6 decimals
        assertEquals(2.600645, y1[0], tol);
        assertEquals(1.000248, y1[3], tol);
        assertEquals(62.223717, y1[4], tol);
        assertEquals(10.012090, y1[5], tol);
        assertEquals(8.075392 + 0.166750, y1[6], 2 * tol);
        assertEquals(1.659327 + 0.166750, y1[7], 2 * tol);
        assertEquals(0.001 / 3, y1[8], 1e-9);
        assertEquals(0, y1[11], 0);
        assertEquals(86.306018, Arrays.stream(y1).sum(), tol);
        assertEquals(100, path[0][0], 0);
    }

    /**
     * One need, one setting, NC years 0–1 (states 0 and 1); two pairs, population 500 at each
     * NC year in both years:
     * <pre>
     *   2023: 20 in state 0, 4 leave, 16 stay; 10 joiners into 0    (joiners per head 10/1000 = 0.010)
     *   2024: 20 in state 0, 10 leave, 10 stay; joiners2024 into 0  (11: 0.011)
     * </pre>
     */
    static TransitionHistory twoPairs(int joiners2024) {
        List<Setting> one = List.of(new Setting("A", "Mainstream", Provision.MAINSTREAM));
        StateSpace sp = new StateSpace(List.of("ASD"), one, 0, 1, new boolean[]{true, true}, new boolean[][]{{true}});
        TransitionHistory.Builder b = new TransitionHistory.Builder(sp, new int[]{2023, 2024});
        for (int k = 0; k < 4; k++) b.leaver(0, 0);
        for (int k = 0; k < 16; k++) b.transition(0, 0, 1);
        for (int k = 0; k < 10; k++) b.joiner(0, 0);
        for (int k = 0; k < 10; k++) b.leaver(1, 0);
        for (int k = 0; k < 10; k++) b.transition(1, 0, 1);
        for (int k = 0; k < joiners2024; k++) b.joiner(1, 0);
        for (int y = 2023; y <= 2024; y++) for (int ncy = 0; ncy <= 1; ncy++) b.population(y, ncy, 500);
        return b.build(null);
    }

    @Test
    void olderPairsWeighLessAndTheJoinerTrendIsDamped() {
        // joiner weights 1 per year, flow weights 0.5 (2023) and 1 (2024); joiner trend damped by 0.5;
        // persistent errors on; no leaver trend.
        EstimationConfig c = new EstimationConfig(1, 0.5, 0.5, 0, true, true);
        TransitionParameters p = TransitionParameters.estimate(twoPairs(11), c, 2);
        assertEquals(2024, p.lastFitYear());
        // leavers 0.5 × 4 + 10 = 12, stayers 0.5 × 16 + 10 = 18; prior (12 + ½) / 31;
        //   leave mean (12 + 12.5/31) / 31 = 384.5 / 961 = 0.4001041
        assertEquals(384.5 / 961, p.leaveMean(0), FP);
        // Joiners per head: ln 0.010 (2023), ln 0.011 (2024). Two points: the line through both,
        //   slope ln 1.1 = 0.0953102, value at 2024 ln 0.011; level against the mean rate
        //   21 / 2000 = 0.0105: ln(0.011 / 0.0105) = ln(22/21) = 0.0465200.
        assertEquals(Math.log(1.1), p.joinerSlope(), 1e-12);
        assertEquals(Math.log(22.0 / 21), p.joinerLevel(), 1e-12);
        // Errors: residual SD 0 floored at 0.03; effective n = 2² / 2 = 2; Σw(y − ȳ)² = 0.5:
        //   slope SE 0.03 / √(0.5 / 2 × 2) = 0.0424264, level SE 0.03 × √(1/2 + 0.25 / 0.5) = 0.03
        assertEquals(0.03 / Math.sqrt(0.5), p.joinerSlopeSe(), 1e-12);
        assertEquals(0.03, p.joinerLevelSe(), 1e-12);
        // Factor h years after 2024: exp(level + slope × (0.5 + … + 0.5^h)):
        //   h = 1: 22/21 × 1.1^0.5 = 1.0987521; h = 2: 22/21 × 1.1^0.75 = 1.1252471
        assertEquals(22.0 / 21 * Math.sqrt(1.1), p.joinerFactor(1, 0, 0), 1e-12);
        assertEquals(1.1252471, p.joinerFactor(2, 0, 0), 5e-8);
        //   with errors 0.1 (level) and 0.2 (slope): exp(0.0465200 + 0.1 + (0.0953102 + 0.2) × 0.5) = 1.3420189
        assertEquals(1.3420189, p.joinerFactor(1, 0.1, 0.2), 5e-8);
        assertEquals(0.75, TransitionParameters.dampedSteps(0.5, 2), 0);
        assertEquals(3, TransitionParameters.dampedSteps(1, 3), 0);
        assertEquals(0, TransitionParameters.dampedSteps(0, 3), 0);
        // No leaver trend: factor 1; its level SE (persistent) from the spread of ln(4/20), ln(10/20)
        // around their weighted mean (0.5 × −1.6094379 − 0.6931472) / 1.5 = −0.9985774:
        //   residuals −0.6108605, 0.3054302; rss 0.5 × 0.3731505 + 0.0932876 = 0.2798629;
        //   SD √(0.2798629 / 1.5 × 2 / 1) = 0.6108605; effective n 1.5² / 1.25 = 1.8; SE 0.6108605 / √1.8 = 0.4553085
        assertEquals(1, p.leaverFactor(2, 0, 0), 0);
        assertEquals(0.4553085, p.leaverLevelSe(), 5e-8);
        // joiner rate, both years weigh 1 (2 years): Beta(21/2 + 0.001, (1000 − 21)/2 + 0.001):
        //   10.501 / 500.002 = 0.0210019
        assertEquals(10.501 / 500.002, p.joinRateMean(0), FP);
    }

    @Test
    void theJoinerTrendSlopeIsCappedAtPointTwo() {
        // 0.010 → 0.016 a head: ln 1.6 = 0.47 a year, capped at 0.2. The capped line through the
        // weighted mean (ln 0.010 + ln 0.016) / 2 at 2023.5 is worth that + 0.2 × 0.5 at 2024;
        // level = (ln 0.010 + ln 0.016) / 2 + 0.1 − ln(26 / 2000) = 0.0726376.
        TransitionParameters p = TransitionParameters.estimate(twoPairs(16), new EstimationConfig(1, 1, 0.5, 0, false, true), 2);
        assertEquals(0.2, p.joinerSlope(), 0);
        assertEquals(0.0726376, p.joinerLevel(), 5e-8);
        assertEquals(0, p.joinerLevelSe(), 0, "no persistent errors");
    }
}
