package org.sendplan.model.cohort;

import org.junit.jupiter.api.Test;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Population;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.scenario.Levers;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sendplan.model.cohort.CohortEstimatorTest.A;
import static org.sendplan.model.cohort.CohortEstimatorTest.ASD;
import static org.sendplan.model.cohort.CohortEstimatorTest.MS;
import static org.sendplan.model.cohort.CohortEstimatorTest.N;
import static org.sendplan.model.cohort.CohortEstimatorTest.S;
import static org.sendplan.model.cohort.CohortEstimatorTest.SEMH;
import static org.sendplan.model.cohort.CohortEstimatorTest.SP;
import static org.sendplan.model.cohort.CohortEstimatorTest.at;

/**
 * The cohort projection, on hand-built rates with round numbers and on the rates the estimator
 * gives the toy authority of {@link CohortEstimatorTest}.
 *
 * <p>The hand-built toy, base January 2025 (every age outside 5–7, setting outside MS / SP and
 * need outside ASD / SEMH is zero):
 * <pre>
 *                       age 5          age 6          age 7
 *   MS  ASD / SEMH      60 / 30        40 / 30        20 / 20
 *   SP  ASD / SEMH      10 / 20        20 / 10        20 / 20
 *   all ASD / SEMH      70 / 50        60 / 40        40 / 40      (total 300)
 *   continuation        5→6: 0.9       6→7: 0.8       7→8: 0 (and 0 at every other age)
 *   new plans share     0.5            0.3            0.2
 *   their ASD / SEMH    0.5 / 0.5      0.6 / 0.4      0.25 / 0.75
 * </pre>
 * New plans: 40 in calendar 2024, log growth 4 ln 1.1 a year damped by 0.5, so the level is
 * 40 × exp(4 ln 1.1 × 0.5) = 40 × 1.21 = 48.4 in the flow into January 2026 and
 * 40 × exp(4 ln 1.1 × (0.5 + 0.25)) = 40 × 1.331 = 53.24 into January 2027.
 */
class CohortProjectorTest {
    static final CohortAssumptions.Uncertainty NONE = new CohortAssumptions.Uncertainty(0, 0, 0);

    static CohortAssumptions toy(CohortAssumptions.Uncertainty u) {
        return toy(u, new double[S], null);
    }

    static CohortAssumptions toy(CohortAssumptions.Uncertainty u, double[] settingTrend, Population population) {
        double[][][] stock = new double[A][S][N];
        put(stock, 5, 60, 30, 10, 20);
        put(stock, 6, 40, 30, 20, 10);
        put(stock, 7, 20, 20, 20, 20);
        double[] c = new double[A];
        c[at(5)] = 0.9;
        c[at(6)] = 0.8;
        double[] share = new double[A];
        share[at(5)] = 0.5;
        share[at(6)] = 0.3;
        share[at(7)] = 0.2;
        double[][] mix = new double[A][N];
        for (double[] m : mix) m[Need.UNKNOWN.ordinal()] = 1;
        mix[at(5)] = CohortEstimatorTest.needs(0.5, 0.5);
        mix[at(6)] = CohortEstimatorTest.needs(0.6, 0.4);
        mix[at(7)] = CohortEstimatorTest.needs(0.25, 0.75);
        return new CohortAssumptions(CohortEstimatorTest.TOY, 2025, stock, c, 0, 40, share, mix, 4 * Math.log(1.1), 0.5,
                population, settingTrend, u, List.of(), List.of(), List.of());
    }

    static void put(double[][][] stock, int age, double msAsd, double msSemh, double spAsd, double spSemh) {
        stock[at(age)][MS][ASD] = msAsd;
        stock[at(age)][MS][SEMH] = msSemh;
        stock[at(age)][SP][ASD] = spAsd;
        stock[at(age)][SP][SEMH] = spSemh;
    }

    static SummaryRow row(Forecast f, Dimension d, String group, int year) {
        return f.summary(d).stream().filter(r -> r.group().equals(group) && r.year() == year).findFirst().orElseThrow();
    }

    static double total(Forecast f, int year) {
        return row(f, Dimension.TOTAL, SummaryRow.ALL, year).mean();
    }

    /** Plans at an age and need in a year (mean over the simulations), summed over settings. */
    static double cell(Forecast f, int year, int age, int need) {
        Projection p = f.projection();
        double s = 0;
        for (int k = 0; k < S; k++) s += p.mean(p.index(year - p.firstYear(), at(age), k, need));
        return s;
    }

    static Forecast expected(CohortAssumptions as) {
        return CohortProjector.project(as.expectedPath(), 2, 1, 1, "baseline");
    }

    static final double FP = 1e-9; // floating-point rounding of sums of a few hundred

    @Test
    void expectedPathOneAndTwoYearsAhead() {
        // January 2026 (new plans 48.4: 24.2 at 5, 14.52 at 6, 9.68 at 7):
        //   age 5 ASD = SEMH = 24.2 × 0.5 = 12.1                  (nobody at 4 to continue)
        //   age 6 ASD = 0.9 × 70 + 14.52 × 0.6 = 63 + 8.712 = 71.712
        //   age 6 SEMH = 0.9 × 50 + 14.52 × 0.4 = 45 + 5.808 = 50.808
        //   age 7 ASD = 0.8 × 60 + 9.68 × 0.25 = 48 + 2.42 = 50.42
        //   age 7 SEMH = 0.8 × 40 + 9.68 × 0.75 = 32 + 7.26 = 39.26
        //   age 8 = 0 × 80 = 0; total 24.2 + 122.52 + 89.68 = 236.4
        // January 2027 (new plans 53.24: 26.62, 15.972, 10.648):
        //   age 5 ASD = SEMH = 13.31
        //   age 6 ASD = 0.9 × 12.1 + 15.972 × 0.6 = 10.89 + 9.5832 = 20.4732
        //   age 6 SEMH = 10.89 + 15.972 × 0.4 = 10.89 + 6.3888 = 17.2788
        //   age 7 ASD = 0.8 × 71.712 + 10.648 × 0.25 = 57.3696 + 2.662 = 60.0316
        //   age 7 SEMH = 0.8 × 50.808 + 10.648 × 0.75 = 40.6464 + 7.986 = 48.6324
        //   total 26.62 + 37.752 + 108.664 = 173.036
        Forecast f = expected(toy(NONE));
        assertEquals(300, total(f, 2025), FP);
        assertEquals(236.4, total(f, 2026), FP);
        assertEquals(173.036, total(f, 2027), FP);
        assertEquals(12.1, cell(f, 2026, 5, ASD), FP);
        assertEquals(71.712, cell(f, 2026, 6, ASD), FP);
        assertEquals(50.808, cell(f, 2026, 6, SEMH), FP);
        assertEquals(50.42, cell(f, 2026, 7, ASD), FP);
        assertEquals(39.26, cell(f, 2026, 7, SEMH), FP);
        assertEquals(0, cell(f, 2026, 8, ASD) + cell(f, 2026, 8, SEMH), 0);
        assertEquals(13.31, cell(f, 2027, 5, SEMH), FP);
        assertEquals(20.4732, cell(f, 2027, 6, ASD), FP);
        assertEquals(17.2788, cell(f, 2027, 6, SEMH), FP);
        assertEquals(60.0316, cell(f, 2027, 7, ASD), FP);
        assertEquals(48.6324, cell(f, 2027, 7, SEMH), FP);
        // by need: 2026 ASD 12.1 + 71.712 + 50.42 = 134.232, SEMH 12.1 + 50.808 + 39.26 = 102.168
        assertEquals(134.232, row(f, Dimension.NEED, "ASD", 2026).mean(), FP);
        assertEquals(102.168, row(f, Dimension.NEED, "SEMH", 2026).mean(), FP);
        // 2027 ASD 13.31 + 20.4732 + 60.0316 = 93.8148, SEMH 13.31 + 17.2788 + 48.6324 = 79.2212
        assertEquals(93.8148, row(f, Dimension.NEED, "ASD", 2027).mean(), FP);
        assertEquals(79.2212, row(f, Dimension.NEED, "SEMH", 2027).mean(), FP);
        // one simulation: every quantile is that simulation's value
        SummaryRow t = row(f, Dimension.TOTAL, SummaryRow.ALL, 2026);
        assertEquals(236.4, t.p025(), FP);
        assertEquals(236.4, t.p50(), FP);
        assertEquals(236.4, t.p975(), FP);
    }

    @Test
    void eachAgeAndNeedIsPlacedByItsBaseMix() {
        // Without a setting trend, each age × need keeps the base year's mix: age 6 ASD is
        // 40 MS / 20 SP, so 71.712 in 2026 is 47.808 MS and 23.904 SP.
        // SP in 2026 = 12.1 × 10/70 + 12.1 × 20/50 + 71.712 × 20/60 + 50.808 × 10/40 + 50.42 × ½ + 39.26 × ½
        //            = 1.7285714 + 4.84 + 23.904 + 12.702 + 25.21 + 19.63 = 88.0145714; MS = 236.4 − SP = 148.3854286
        Forecast f = expected(toy(NONE));
        Projection p = f.projection();
        assertEquals(47.808, p.mean(p.index(1, at(6), MS, ASD)), FP);
        assertEquals(23.904, p.mean(p.index(1, at(6), SP, ASD)), FP);
        assertEquals(20, p.mean(p.index(0, at(6), SP, ASD)), 0, "the base year is the observed cell");
        assertEquals(88.0145714, row(f, Dimension.PROVISION, Provision.SPECIAL_STATE.name(), 2026).mean(), 5e-8);
        assertEquals(148.3854286, row(f, Dimension.PROVISION, Provision.MAINSTREAM.name(), 2026).mean(), 5e-8);
        assertEquals(88.0145714, row(f, Dimension.SETTING, DfeSetting.SPECIAL_LA_MAINTAINED.name(), 2026).mean(), 5e-8);
        assertEquals(10 + 20 + 20 + 10 + 20 + 20, row(f, Dimension.PROVISION, Provision.SPECIAL_STATE.name(), 2025).mean(), 0, "base year: the SP cells");
    }

    @Test
    void theSettingTrendMovesTheMixNotTheNumbers() {
        // SP trend 2 ln 1.2 a year, damped like new plans: one year ahead its weight is multiplied
        // by exp(2 ln 1.2 × 0.5) = 1.2. SP shares in 2026:
        //   age 5 ASD 12/72 = 1/6, SEMH 24/54 = 4/9; age 6 ASD 24/64 = 0.375, SEMH 12/42 = 2/7;
        //   age 7 ASD = SEMH 24/44 = 6/11.
        //   SP = 12.1/6 + 12.1 × 4/9 + 71.712 × 0.375 + 50.808 × 2/7 + (50.42 + 39.26) × 6/11
        //      = 2.0166667 + 5.3777778 + 26.892 + 14.5165714 + 48.9163636 = 97.7193795
        double[] trend = new double[S];
        trend[SP] = 2 * Math.log(1.2);
        Forecast f = expected(toy(NONE, trend, null));
        assertEquals(236.4, total(f, 2026), FP);
        assertEquals(97.7193795, row(f, Dimension.PROVISION, Provision.SPECIAL_STATE.name(), 2026).mean(), 5e-8);
        assertEquals(236.4 - 97.7193795, row(f, Dimension.PROVISION, Provision.MAINSTREAM.name(), 2026).mean(), 5e-8);
    }

    @Test
    void newPlansPerHeadFollowThePopulation() {
        // Population at 5 grows 1000 → 1100 from mid-2024 to mid-2025, at 7 falls 1000 → 900:
        // new plans into January 2026 at 5 are 24.2 × 1.1 = 26.62 (13.31 per need), at 7
        // 9.68 × 0.9 = 8.712: age 7 ASD = 48 + 8.712 × 0.25 = 50.178, SEMH = 32 + 8.712 × 0.75 = 38.534.
        // Total 236.4 + 2.42 − 0.968 = 237.852.
        double[] y2024 = new double[A], y2025 = new double[A];
        java.util.Arrays.fill(y2024, 1000);
        java.util.Arrays.fill(y2025, 1000);
        y2025[at(5)] = 1100;
        y2025[at(7)] = 900;
        Population pop = Population.of("test", Map.of(2024, y2024, 2025, y2025, 2026, y2025));
        Forecast f = CohortProjector.project(toy(NONE, new double[S], pop).expectedPath(), 1, 1, 1, "baseline");
        assertEquals(13.31, cell(f, 2026, 5, ASD), FP);
        assertEquals(50.178, cell(f, 2026, 7, ASD), FP);
        assertEquals(38.534, cell(f, 2026, 7, SEMH), FP);
        assertEquals(237.852, total(f, 2026), FP);
    }

    @Test
    void theEstimatedToyAuthorityProjected() {
        // Rates from CohortEstimatorTest: continuation 0.925 (5→6), 0.9166667 (6→7), 0.1333333
        // (7→8) and 1 where there is no data (8→9 …); new plans 35, shares 0.5757143 / 0.2828571 /
        // 0.1414286, growth 0.1501094 damped by 0.5; need mix of new plans 0.6/0.4, 0.5/0.5, 0.2/0.8.
        //   level 2026 = 35 × exp(0.1501094 × 0.5) = 35 × 1.0779431 = 37.728010
        //     by age: 21.720554, 10.671637, 5.335819
        //   age 5 = 21.720554 → ASD 13.032333, SEMH 8.688222
        //   age 6 ASD = 0.925 × 72 + 10.671637 × 0.5 = 66.6 + 5.335819 = 71.935819; SEMH 0.925 × 48 + 5.335819 = 49.735819
        //   age 7 ASD = 0.9166667 × 50 + 5.335819 × 0.2 = 45.833333 + 1.067164 = 46.900497
        //   age 8 = 0.1333333 × (30, 45) = (4, 6)
        // Total 2026 = 21.720554 + (0.925 × 120 + 10.671637) + (0.9166667 × 100 + 5.335819) + 10
        //            = 21.720554 + 121.671637 + 97.002486 + 10 = 250.394676
        //   level 2027 = 35 × exp(0.1501094 × 0.75) = 39.170744 → by age 22.551157, 11.079725, 5.539862
        // Total 2027 = 22.551157 + (0.925 × 21.720554 + 11.079725) + (0.9166667 × 121.671637 + 5.539862)
        //            + 0.1333333 × 97.002486 + 1 × 10
        //            = 22.551157 + 31.171237 + 117.072196 + 12.933665 + 10 = 193.728255
        Forecast f = expected(CohortEstimatorTest.estimateToy());
        assertEquals(295, total(f, 2025), 1e-9);
        assertEquals(250.394676, total(f, 2026), 5e-6); // 5e-6: the hand figures are rounded to 6 decimals
        assertEquals(193.728255, total(f, 2027), 5e-6);
        assertEquals(13.032333, cell(f, 2026, 5, ASD), 5e-6);
        assertEquals(71.935819, cell(f, 2026, 6, ASD), 5e-6);
        assertEquals(49.735819, cell(f, 2026, 6, SEMH), 5e-6);
        assertEquals(46.900497, cell(f, 2026, 7, ASD), 5e-6);
        assertEquals(6, cell(f, 2026, 8, SEMH), 1e-9);
        assertEquals(10, cell(f, 2027, 9, ASD) + cell(f, 2027, 9, SEMH), 1e-9, "continuation 1 where no one has data");
    }

    @Test
    void aFixedSeedReproducesTheSimulations() {
        CohortAssumptions as = toy(CohortParameters.DEFAULTS.uncertainty());
        Forecast one = CohortProjector.project(as, 3, 200, 42, "baseline");
        Forecast two = CohortProjector.project(as, 3, 200, 42, "baseline");
        assertEquals(one.summary(), two.summary());
        Projection p = one.projection(), q = two.projection();
        for (int i = 0; i < p.years() * p.ages() * S * N; i++) {
            assertEquals(p.mean(i), q.mean(i), 0);
            assertEquals(p.p10(i), q.p10(i), 0);
            assertEquals(p.p90(i), q.p90(i), 0);
        }
        for (int h = 0; h < 4; h++) for (int k = 0; k < 200; k++) {
            assertEquals(one.draws().provision(h, Provision.SPECIAL_STATE, k), two.draws().provision(h, Provision.SPECIAL_STATE, k), 0);
        }
        Forecast other = CohortProjector.project(as, 3, 200, 43, "baseline");
        assertNotEquals(total(one, 2026), total(other, 2026), "another seed draws other numbers");
    }

    @Test
    void aRunWithoutCellBandsGivesTheSameFiguresAndRefusesToReadBands() {
        CohortAssumptions as = toy(CohortParameters.DEFAULTS.uncertainty());
        Forecast kept = CohortProjector.simulate(as, 3, 200, 42, "baseline", Levers.NONE, true).summarised();
        Forecast none = CohortProjector.simulate(as, 3, 200, 42, "baseline", Levers.NONE, false).summarised();
        assertEquals(kept.summary(), none.summary());
        Projection p = kept.projection(), q = none.projection();
        for (int i = 0; i < p.years() * p.ages() * S * N; i++) assertEquals(p.mean(i), q.mean(i), 0);
        // the scaled projection a calibration makes keeps none either
        Projection scaled = q.scaled(new double[]{1, 1.1, 1.2, 1.3});
        assertEquals(1.3 * q.mean(q.index(3, 0, 0, 0)), scaled.mean(q.index(3, 0, 0, 0)), 1e-12);
        assertThrows(IllegalStateException.class, () -> q.p10(0));
        assertThrows(IllegalStateException.class, () -> scaled.p90(0));
    }

    @Test
    void manySimulationsAgreeWithTheLognormalMeanAndTheirMedianWithTheExpectedPath() {
        // New plans only are random: a yearly shock SD σj = 0.3 and a growth error SD σg = 0.4
        // (continuation shock 0), 4000 simulations. One year ahead the new plans are
        // 48.4 × X1, log X1 = 0.5 e + σj z1 with e ~ N(0, σg²), z1 ~ N(0, 1): Var log X1 =
        // (0.5 × 0.4)² + 0.3² = 0.13. The rest, 0.9 × 120 + 0.8 × 100 = 188, is certain. So
        //   median(total 2026) = 188 + 48.4 = 236.4            (the expected path: median of X1 is 1)
        //   mean(total 2026)   = 188 + 48.4 × exp(0.13 / 2) = 188 + 48.4 × 1.0671590 = 239.6505
        //   SD = 48.4 × sqrt((e^0.13 − 1) e^0.13) = 19.2448, standard error of the mean 19.2448 / √4000 = 0.3043
        //   (undamped growth error would give 188 + 48.4 × exp(0.25 / 2) = 242.8444)
        // Two years ahead: total 2027 = 86.4 + 33.396 X1 + 53.24 X12 where 86.4 = 0.8 × 0.9 × 120,
        // 33.396 = 0.9 × 24.2 + 0.8 × 14.52 (2026's new plans continuing), log X12 = 0.75 e + σj (z1 + z2):
        //   Var log X12 = (0.75 × 0.4)² + 2 × 0.09 = 0.27,  Var(log X1 + log X12) = (1.25 × 0.4)² + 5 × 0.09 = 0.7
        //   mean = 86.4 + 33.396 e^0.065 + 53.24 e^0.135 = 86.4 + 35.6389 + 60.9351 = 182.9740
        //   SD² = 33.396² e^0.26 + 53.24² e^0.54 + 2 × 33.396 × 53.24 e^0.35 − (35.6389 + 60.9351)² → SD 45.0572,
        //   standard error 45.0572 / √4000 = 0.7124
        // The median of 4000 draws has standard error about 48.4 × sqrt(π/2 × 0.13 / 4000) = 0.346 (2026).
        // Tolerances are 4 standard errors; the mean sits 3.25 (2026) and 9.94 (2027) above the
        // expected path, beyond them, so the test tells the mean from the path.
        Forecast f = CohortProjector.project(toy(new CohortAssumptions.Uncertainty(0.3, 0.4, 0)), 2, 4000, 20250101L, "baseline");
        SummaryRow t1 = row(f, Dimension.TOTAL, SummaryRow.ALL, 2026), t2 = row(f, Dimension.TOTAL, SummaryRow.ALL, 2027);
        assertEquals(236.4, t1.p50(), 4 * 0.346);
        assertEquals(239.6505, t1.mean(), 4 * 0.3043);
        assertEquals(182.9740, t2.mean(), 4 * 0.7124);
        assertEquals(300, row(f, Dimension.TOTAL, SummaryRow.ALL, 2025).mean(), 0, "the base year is observed in every simulation");
    }
}
