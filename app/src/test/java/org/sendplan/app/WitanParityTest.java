package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.TransitionModel;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parity with the peer (witan.send) on its demo inputs, --estimation pooled, 1000 simulations:
 * reference output of the peer's current version, seed 50 (Output_Count.csv, Output_Setting.csv).
 */
class WitanParityTest {
    static Forecast pooled;

    @BeforeAll
    static void run() {
        pooled = Demo.forecast(new PersonLevelRoute.Request(Demo.inputs(), null, Demo.settings(), null,
                Estimation.POOLED, 5, 1000, 50, 2)).forecast();
    }

    @Test
    void baseYearIsTheCensusAfterTheLastPair() {
        assertEquals(2017, pooled.baseYear());
        SummaryRow base = pooled.summary(Dimension.TOTAL).get(0);
        assertEquals(2017, base.year());
        // the peer's initial_population_state.csv sums to 2153 (its Output_Count prints 2154 for 2017)
        assertEquals(2153, base.mean(), 0.0);
    }

    @Test
    void meanTotalWithinTwoPercentAndBoundsWithinFivePercent() {
        Map<String, double[]> ref = Demo.reference("Output_Count.csv", false);
        for (SummaryRow r : pooled.summary(Dimension.TOTAL)) {
            if (r.year() == 2017) continue;
            double[] peer = ref.get(Integer.toString(r.year()));
            System.out.printf(Locale.ROOT, "parity %d: mean %.1f (peer %.1f, %+.2f%%), p025 %.1f (peer %.0f, %+.2f%%), p975 %.1f (peer %.0f, %+.2f%%)%n",
                    r.year(), r.mean(), peer[0], pct(r.mean(), peer[0]), r.p025(), peer[1], pct(r.p025(), peer[1]), r.p975(), peer[2], pct(r.p975(), peer[2]));
            assertEquals(peer[0], r.mean(), 0.02 * peer[0], "mean total " + r.year());
            assertEquals(peer[1], r.p025(), 0.05 * peer[1], "p025 " + r.year());
            assertEquals(peer[2], r.p975(), 0.05 * peer[2], "p975 " + r.year());
        }
        assertEquals(2535.6, ref.get("2022")[0], 0.05);
    }

    @Test
    void settingMeansWithinFivePercentWhereFiftyOrMoreChildren() {
        Map<String, double[]> ref = Demo.reference("Output_Setting.csv", true);
        int compared = 0;
        for (SummaryRow r : pooled.summary(Dimension.SETTING)) {
            double[] peer = ref.get(r.year() + "/" + r.group());
            if (peer == null || peer[0] < 50) continue;
            compared++;
            System.out.printf(Locale.ROOT, "setting %s %d: %.1f vs peer %.1f (%+.1f%%)%n", r.group(), r.year(), r.mean(), peer[0], pct(r.mean(), peer[0]));
        }
        for (SummaryRow r : pooled.summary(Dimension.SETTING)) {
            double[] peer = ref.get(r.year() + "/" + r.group());
            if (peer == null || peer[0] < 50) continue;
            assertEquals(peer[0], r.mean(), 0.05 * peer[0], "setting " + r.group() + " " + r.year());
        }
        assertTrue(compared >= 30, "compared " + compared);
    }

    @Test
    void provisionRollUpAndPlacementDrawsComeFromTheSettingsFile() {
        assertTrue(pooled.draws() != null);
        assertEquals(1000, pooled.draws().simulations());
        double total = 0;
        for (SummaryRow r : pooled.summary(Dimension.PROVISION)) if (r.year() == 2017) total += r.mean();
        assertEquals(2153, total, 1e-9);
    }

    @Test
    void pooledEstimatesMatchThePeersExpectations() {
        var p = Demo.forecast(new PersonLevelRoute.Request(Demo.inputs(), null, null, null, Estimation.POOLED, 5, 0, 50, 1)).parameters();
        int minNcy = p.space().minNcy();
        // leaver_beta_expectations.csv: prior of NC year −2 is alpha 0.08904 (Beta(½,½) with 6 leavers, 66 stayers, weight one)
        assertEquals(0.08904, p.ncyLeave(-2 - minNcy), 1e-5);
        // mover_beta_expectations.csv: prior of NC year 0 is alpha 0.1017
        assertEquals(0.1017, p.ncyMove(0 - minNcy), 1e-4);
        // joiner_beta_expectations.csv: NC year 0 expectation 0.005955382
        assertEquals(0.005955382, p.joinRateMean(0 - minNcy), 1e-6);
        // a state's leaver posterior: NC year −3, need U, setting A: alpha 0.0556, beta 4.944 (expectation 0.011111)
        assertEquals(0.011111111, p.leaveMean(p.space().index(-3, p.space().needIndex("U"), p.space().settingIndex("A"))), 1e-6);
    }

    private static double pct(double a, double b) {
        return 100 * (a - b) / b;
    }

    static TransitionModel.Result trend(int sims) {
        return Demo.forecast(new PersonLevelRoute.Request(Demo.inputs(), null, null, null, Estimation.TREND, 5, sims, 50, 2));
    }
}
