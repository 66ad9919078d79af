package org.sendplan.model.cohort;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Ages;
import org.sendplan.model.Area;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.PlanningData;
import org.sendplan.model.quality.DataQuality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cohort estimator on a toy authority whose rates can be worked by hand.
 *
 * <p>The estimator works on all ages 2–25 ({@link Ages#MIN}..{@link Ages#MAX}), so the toy has
 * plans at three ages, 5, 6 and 7, and zeros at every other age. Two settings (mainstream school
 * MS, LA maintained special school SP) and two needs (ASD, SEMH); every other setting and need
 * is zero. Base year January 2025; flows known up to calendar 2024.
 *
 * <pre>
 * Toy authority                         age 5   age 6   age 7   total
 *   caseload Jan 2024                     100      80      50     230
 *   caseload Jan 2025                     120     100      75     295
 *   Jan 2025 by setting  MS / SP        90/30   70/30   45/30  205/90
 *   Jan 2025 by need   ASD / SEMH       72/48   50/50   30/45
 *   new plans 2022                         18       8       4      30
 *   new plans 2023                         20      10       5      35
 *   new plans 2024                         20      10       5      35
 *   new plans 2024 by need ASD / SEMH    12/8     5/5     1/4
 *   caseload by setting MS / SP: 2023 160/40, 2024 170/60, 2025 205/90
 *   needs by setting (Jan 2025): MS 107 ASD / 98 SEMH, SP 45 ASD / 45 SEMH
 *
 * Reference ("England")                 age 5   age 6   age 7   age 8   total
 *   caseload Jan 2024 (published ages)    900     900     900       0    3000 (ages sum to 2700)
 *   caseload Jan 2025                    1200    1050    1000     200    3450
 *   new plans 2022 / 2023 / 2024      120/160/200  60/80/100  30/40/50     210/280/350
 * </pre>
 *
 * Tuning: continuation prior 100, age-profile prior 100, own growth weight 0.5, damping 0.5.
 */
class CohortEstimatorTest {
    static final int A = Ages.COUNT;
    static final int S = DfeSetting.values().length;
    static final int N = Need.values().length;
    static final int MS = DfeSetting.MAINSTREAM_SCHOOL.ordinal();
    static final int SP = DfeSetting.SPECIAL_LA_MAINTAINED.ordinal();
    static final int ASD = Need.ASD.ordinal();
    static final int SEMH = Need.SEMH.ordinal();
    static final int BASE = 2025;
    static final CohortParameters TUNING = new CohortParameters(100, 100, 0.5, 0.5, new CohortAssumptions.Uncertainty(0.13, 0.05, 0.05));
    static final Area TOY = new Area("999", "E06000999", "Toy", Area.Level.LOCAL_AUTHORITY, "Toy region");
    static final Area ENGLAND = new Area("E92000001", "E92000001", "England", Area.Level.ENGLAND, "");

    static int at(int age) {
        return Ages.index(age);
    }

    /** A by-age array with the given values at ages 5, 6, 7 and zeros elsewhere. */
    static double[] ages567(double a5, double a6, double a7) {
        double[] v = new double[A];
        v[at(5)] = a5;
        v[at(6)] = a6;
        v[at(7)] = a7;
        return v;
    }

    static double[] settings(double ms, double sp) {
        double[] v = new double[S];
        v[MS] = ms;
        v[SP] = sp;
        return v;
    }

    static double[] needs(double asd, double semh) {
        double[] v = new double[N];
        v[ASD] = asd;
        v[SEMH] = semh;
        return v;
    }

    /** [age][setting] with MS / SP at ages 5, 6, 7. */
    static double[][] ageSetting(double[] a5, double[] a6, double[] a7) {
        double[][] m = new double[A][S];
        m[at(5)] = settings(a5[0], a5[1]);
        m[at(6)] = settings(a6[0], a6[1]);
        m[at(7)] = settings(a7[0], a7[1]);
        return m;
    }

    /** [age][need] with ASD / SEMH at ages 5, 6, 7. */
    static double[][] ageNeed(double[] a5, double[] a6, double[] a7) {
        double[][] m = new double[A][N];
        m[at(5)] = needs(a5[0], a5[1]);
        m[at(6)] = needs(a6[0], a6[1]);
        m[at(7)] = needs(a7[0], a7[1]);
        return m;
    }

    static <V> SortedMap<Integer, V> map(Map<Integer, V> m) {
        return new TreeMap<>(m);
    }

    static PlanningData toy() {
        return toy(true, true);
    }

    /**
     * @param previousAges whether the January 2024 census has single ages (else only its total)
     * @param needMargins  whether the January 2025 needs by age and by setting are published
     */
    static PlanningData toy(boolean previousAges, boolean needMargins) {
        SortedMap<Integer, double[]> byAge = map(Map.of(2025, ages567(120, 100, 75)));
        SortedMap<Integer, double[][]> byAgeSetting = map(Map.of(2025,
                ageSetting(new double[]{90, 30}, new double[]{70, 30}, new double[]{45, 30})));
        SortedMap<Integer, Double> total = map(Map.of(2023, 200.0, 2024, 230.0, 2025, 295.0));
        SortedMap<Integer, double[]> ceasedByAge = new TreeMap<>();
        SortedMap<Integer, Double> ceasedTotal = new TreeMap<>();
        if (previousAges) {
            byAge.put(2024, ages567(100, 80, 50));
            byAgeSetting.put(2024, ageSetting(new double[]{75, 25}, new double[]{60, 20}, new double[]{35, 15}));
        } else {
            // the degraded route: ceased plans by age when ceased (ages 6, 7, 8) and a 2024 total of 290
            double[] ceased = new double[A];
            ceased[at(6)] = 12;
            ceased[at(7)] = 10;
            ceased[at(8)] = 15;
            ceasedByAge.put(2024, ceased);
            ceasedTotal.put(2024, 37.0);
            total.put(2024, 290.0);
        }
        SortedMap<Integer, double[][]> needsByAge = new TreeMap<>(), needsBySetting = new TreeMap<>();
        if (needMargins) {
            needsByAge.put(2025, ageNeed(new double[]{72, 48}, new double[]{50, 50}, new double[]{30, 45}));
            double[][] bySetting = new double[S][N];
            bySetting[MS] = needs(107, 98);
            bySetting[SP] = needs(45, 45);
            needsBySetting.put(2025, bySetting);
        }
        return new PlanningData(TOY, total,
                map(Map.of(2023, settings(160, 40), 2024, settings(170, 60), 2025, settings(205, 90))),
                byAge, byAgeSetting,
                map(Map.of(2022, 30.0, 2023, 35.0, 2024, 35.0)),
                new TreeMap<>(),
                map(Map.of(2022, ages567(18, 8, 4), 2023, ages567(20, 10, 5), 2024, ages567(20, 10, 5))),
                ceasedTotal, ceasedByAge, needsByAge, needsBySetting,
                map(Map.of(2024, ageNeed(new double[]{12, 8}, new double[]{5, 5}, new double[]{1, 4}))));
    }

    static PlanningData england() {
        double[] jan2025 = ages567(1200, 1050, 1000);
        jan2025[at(8)] = 200;
        return new PlanningData(ENGLAND,
                map(Map.of(2024, 3000.0, 2025, 3450.0)),
                new TreeMap<>(),
                map(Map.of(2024, ages567(900, 900, 900), 2025, jan2025)),
                new TreeMap<>(),
                map(Map.of(2022, 210.0, 2023, 280.0, 2024, 350.0)),
                new TreeMap<>(),
                map(Map.of(2022, ages567(120, 60, 30), 2023, ages567(160, 80, 40), 2024, ages567(200, 100, 50))),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** A clean data-quality report: nothing flagged, the published new plans as they are. */
    static DataQuality.Report clean(PlanningData d) {
        return new DataQuality.Report(List.of(), Set.of(), d.newPlansTotal(), d.newPlansTotal());
    }

    static CohortAssumptions estimate(PlanningData d) {
        return CohortEstimator.estimate(d, clean(d), england(), england(), null, BASE, TUNING);
    }

    static CohortAssumptions estimateToy() {
        return estimate(toy());
    }

    @Test
    void baseStockIsTheJanuaryCensusRakedToBothNeedMargins() {
        // The need margins were chosen so that each cell's need mix is its age's need mix
        // (age 5: 60% ASD, age 6: 50%, age 7: 40%), and the needs by setting are the sums of
        // that: MS ASD = 90×0.6 + 70×0.5 + 45×0.4 = 54 + 35 + 18 = 107, MS SEMH = 36 + 35 + 27 = 98,
        // SP ASD = 30×0.6 + 30×0.5 + 30×0.4 = 18 + 15 + 12 = 45, SP SEMH = 12 + 15 + 18 = 45.
        // Raking starts from that table and it already fits all three margins, so it stays.
        double[][][] x = estimateToy().baseStock();
        double[][] expected = {
                // MS ASD, MS SEMH, SP ASD, SP SEMH
                {54, 36, 18, 12},   // age 5: 90 × (0.6, 0.4), 30 × (0.6, 0.4)
                {35, 35, 15, 15},   // age 6: 70 × (0.5, 0.5), 30 × (0.5, 0.5)
                {18, 27, 12, 18}};  // age 7: 45 × (0.4, 0.6), 30 × (0.4, 0.6)
        for (int k = 0; k < 3; k++) {
            int a = at(5 + k);
            String age = "age " + (5 + k);
            assertEquals(expected[k][0], x[a][MS][ASD], 1e-9, age); // 1e-9: floating-point rounding of the raking ratios
            assertEquals(expected[k][1], x[a][MS][SEMH], 1e-9, age);
            assertEquals(expected[k][2], x[a][SP][ASD], 1e-9, age);
            assertEquals(expected[k][3], x[a][SP][SEMH], 1e-9, age);
        }
        double all = 0;
        for (double[][] byS : x) for (double[] byN : byS) for (double v : byN) all += v;
        assertEquals(295, all, 1e-9, "nothing outside ages 5–7, MS/SP and ASD/SEMH");
    }

    @Test
    void withoutNeedMarginsEveryPlanIsNeedUnknown() {
        double[][][] x = estimate(toy(true, false)).baseStock();
        assertEquals(90, x[at(5)][MS][Need.UNKNOWN.ordinal()], 0);
        assertEquals(30, x[at(7)][SP][Need.UNKNOWN.ordinal()], 0);
        assertEquals(0, x[at(5)][MS][ASD], 0);
    }

    @Test
    void continuationMixesTheOwnStockFlowRateWithEnglandsByTheStockAtTheAge() {
        // Own, stock-flow identity c(a) = (stock(a+1, 2025) − new plans(a+1, 2024)) / stock(a, 2024):
        //   5→6: (100 − 10) / 100 = 0.9;  6→7: (75 − 5) / 80 = 0.875;  7→8: (0 − 0) / 50 = 0.
        // England, its Jan 2024 ages first scaled to the published total (× 3000 / 2700: 900 → 1000):
        //   5→6: (1050 − 100) / 1000 = 0.95;  6→7: (1000 − 50) / 1000 = 0.95;  7→8: (200 − 0) / 1000 = 0.2.
        // Weight of the own rate: stock(a, 2024) / (stock + prior 100):
        //   age 5: 100/200 = 1/2;  age 6: 80/180 = 4/9;  age 7: 50/150 = 1/3.
        //   5→6: ½ × 0.9 + ½ × 0.95 = 0.925
        //   6→7: 4/9 × 0.875 + 5/9 × 0.95 = (3.5 + 4.75) / 9 = 0.916666…
        //   7→8: 1/3 × 0 + 2/3 × 0.2 = 0.133333…
        // Where neither the toy nor England has a stock (ages 2–4 and 8–24) there is no rate of
        // either, and the estimator takes 1; at 25 nobody continues.
        double[] c = estimateToy().continuation();
        double fp = 1e-12; // floating-point rounding
        assertEquals(0.925, c[at(5)], fp);
        assertEquals(8.25 / 9, c[at(6)], fp);
        assertEquals(0.4 / 3, c[at(7)], fp);
        for (int age : new int[]{2, 3, 4, 8, 9, 24}) assertEquals(1, c[at(age)], 0, "age " + age);
        assertEquals(0, c[at(25)], 0);
    }

    @Test
    void withoutASingleAgeCensusTheYearBeforeContinuationComesFromCeasedPlans() {
        // No single ages in January 2024, so the own rate is 1 − ceased(a+1, 2024) / stock(a, 2025)
        // plus the net transfer rate that closes the totals identity:
        //   transfer = (295 − 290 + 37 ceased − 35 new) / 290 = 7 / 290 = 0.0241379…
        //   5→6: 1 − 12/120 + 7/290 = 0.9 + 0.0241379 = 0.9241379
        //   6→7: 1 − 10/100 + 7/290 = 0.9241379
        //   7→8: 1 − 15/75 + 7/290 = 0.8241379
        // The weight uses the January 2025 stock: 120/220, 100/200, 75/175 (England as before):
        //   5→6: (120 × 0.9241379 + 100 × 0.95) / 220 = (110.896552 + 95) / 220 = 0.9358934
        //   6→7: (0.9241379 + 0.95) / 2 = 0.9370690
        //   7→8: (75 × 0.8241379 + 100 × 0.2) / 175 = (61.810345 + 20) / 175 = 0.4674877
        double t = 7.0 / 290;
        double[] c = estimate(toy(false, true)).continuation();
        assertEquals((120 * (0.9 + t) + 100 * 0.95) / 220, c[at(5)], 1e-12);
        assertEquals(0.9358934, c[at(5)], 5e-8); // the same, against the rounded hand figure
        assertEquals(((0.9 + t) + 0.95) / 2, c[at(6)], 1e-12);
        assertEquals((75 * (0.8 + t) + 100 * 0.2) / 175, c[at(7)], 1e-12);
        assertEquals(0.4674877, c[at(7)], 5e-8);
    }

    @Test
    void newPlansLevelAgeProfileNeedMixAndGrowth() {
        CohortAssumptions as = estimateToy();
        assertEquals(35, as.joinersBase(), 0, "new plans in calendar 2024");
        // Age profile of new plans over 2022–2024. Own: 58, 28, 14 of 100; England: 480, 240, 120
        // of 840 (4/7, 2/7, 1/7). Own weight 100 / (100 + prior 100) = ½:
        //   age 5: ½ × 0.58 + ½ × 4/7 = 0.29 + 0.2857143 = 0.5757143
        //   age 6: ½ × 0.28 + ½ × 2/7 = 0.14 + 0.1428571 = 0.2828571
        //   age 7: ½ × 0.14 + ½ × 1/7 = 0.07 + 0.0714286 = 0.1414286
        double[] share = as.joinerAgeShare();
        assertEquals(0.29 + 2.0 / 7, share[at(5)], 1e-12);
        assertEquals(0.14 + 1.0 / 7, share[at(6)], 1e-12);
        assertEquals(0.07 + 0.5 / 7, share[at(7)], 1e-12);
        assertEquals(0.5757143, share[at(5)], 5e-8);
        assertEquals(0, share[at(2)], 0);
        assertEquals(0, share[at(8)], 0);
        // Need mix of new plans by age, from the new plans of 2024: 12/8, 5/5, 1/4.
        double[][] mix = as.joinerNeedMix();
        assertEquals(0.6, mix[at(5)][ASD], 1e-12);
        assertEquals(0.4, mix[at(5)][SEMH], 1e-12);
        assertEquals(0.5, mix[at(6)][SEMH], 1e-12);
        assertEquals(0.2, mix[at(7)][ASD], 1e-12);
        assertEquals(0.8, mix[at(7)][SEMH], 1e-12);
        assertEquals(1, mix[at(10)][Need.UNKNOWN.ordinal()], 0, "an age with neither new plans nor stock");
        // Growth (log per year). Own: mean of the last two changes, (ln(35/30) + ln(35/35)) / 2
        // = (0.1541507 + 0) / 2 = 0.0770753. England, last change: ln(350/280) = ln 1.25 = 0.2231436.
        // Used: ½ × 0.0770753 + ½ × 0.2231436 = 0.1501094.
        assertEquals(0.5 * (Math.log(35.0 / 30) / 2) + 0.5 * Math.log(1.25), as.joinerGrowth(), 1e-12);
        assertEquals(0.1501094, as.joinerGrowth(), 5e-8);
        assertEquals(0.5, as.growthDamping(), 0);
        // Plans at age 2 per new plan started at 2: no new plans start at 2 here, so 0.
        assertEquals(0, as.youngestRatio(), 0);
    }

    @Test
    void settingSharesAreTrendedByHalfTheirFittedSlopeCappedAtFivePercent() {
        // Least squares through three equally spaced points has slope (y3 − y1) / 2.
        //   MS share: 160/200 = 0.8 (2023) … 205/295 = 0.6949153 (2025):
        //     ½ × (ln 0.6949153 − ln 0.8) / 2 = ½ × (−0.1408218) / 2 = −0.0352055 (within the cap)
        //   SP share: 40/200 = 0.2 … 90/295 = 0.3050847:
        //     ½ × (ln 0.3050847 − ln 0.2) / 2 = ½ × 0.4222722 / 2 = 0.1055681 → capped at 0.05
        //   Settings with fewer than 10 plans in a year are left untrended (0).
        double[] trend = estimateToy().settingTrend();
        assertEquals(0.5 * (Math.log(205.0 / 295) - Math.log(0.8)) / 2, trend[MS], 1e-9); // 1e-9: regression arithmetic on years ≈ 2024
        assertEquals(-0.0352055, trend[MS], 5e-7);
        assertEquals(0.05, trend[SP], 0);
        assertEquals(0, trend[DfeSetting.SPECIAL_INDEPENDENT.ordinal()], 0);
    }
}
