package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.rollup.Quantiles;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibratedDrawsTest {
    private static final TrackRecord JUDGE = TrackRecord.of(TrackRecordTest.pool(1, 9999));
    private static final int BASE = 2025, YEARS = 11, N = 201;

    /**
     * Growths of 100, 110, 132, 145.2 are ln 1.1, ln 1.2, ln 1.1; their changes ±ln(12/11) =
     * ±0.0870114, mean 0, so the sample SD is 0.0870114 × √2 = 0.1230530. Constant growth: 0.
     */
    @Test
    void growthStepByHand() {
        assertEquals(0.1230530, LongHorizon.growthStepSd(new double[]{100, 110, 132, 145.2}), 1e-6);
        assertEquals(0, LongHorizon.growthStepSd(new double[]{100, 110, 121, 133.1}), 1e-12);
    }

    /** Simulations whose totals spread about 1,000 × 1.08^h, in a fixed provision × phase mix. */
    private static PlacementDraws simulations() {
        PlacementDraws d = new PlacementDraws(BASE, YEARS, N);
        Random rng = new Random(3);
        Provision[] p = Provision.values();
        Phase[] ph = Phase.values();
        for (int k = 0; k < N; k++) {
            double error = 0;
            for (int y = 0; y < YEARS; y++) {
                if (y > 0) error += 0.05 * rng.nextGaussian();
                double total = 1000 * Math.exp(0.08 * y + error);
                for (int i = 0; i < p.length; i++) for (int j = 0; j < ph.length; j++) {
                    d.add(y, p[i], ph[j], k, total * (i + 1) * (j + 1) / (45.0 * 15.0));
                }
            }
        }
        return d;
    }

    private static double[] point() {
        double[] point = new double[YEARS];
        for (int y = 0; y < YEARS; y++) point[y] = 1000 * Math.exp(0.08 * y);
        return point;
    }

    private static double[] growth() {
        double[] g = new double[YEARS];
        for (int y = 1; y < YEARS; y++) g[y] = 0.08;
        return g;
    }

    @Test
    void theTotalsBandIsTheCalibratedOneAndRollUpsKeepTheSimulationsMix() {
        CalibratedDraws c = CalibratedDraws.map(simulations(), JUDGE, BASE, point(), growth(), LongHorizon.NONE, 42);
        PlacementDraws d = c.draws();
        Quantiles q = new Quantiles();
        for (int y = 1; y <= JUDGE.horizons(); y++) {
            double[] total = new double[N];
            for (int k = 0; k < N; k++) {
                total[k] = d.total(y, k);
                double phases = 0;
                for (Phase ph : Phase.values()) phases += d.phase(y, ph, k);
                assertEquals(total[k], phases, 1e-9 * total[k]);
                // every roll-up keeps the simulation's mix: provision i holds (i + 1) / 45 of the total
                for (Provision p : Provision.values()) assertEquals((p.ordinal() + 1) / 45.0 * total[k], d.provision(y, p, k), 1e-9 * total[k]);
            }
            q.of(total);
            // ranks k / (n − 1) are type 7's plotting positions, so the draws' quantiles are the calibrated ones
            for (double u : new double[]{0.1, 0.5, 0.9}) {
                double want = PastErrors.at(point()[y], JUDGE.stretchedError(Dimension.TOTAL, SummaryRow.ALL, y, BASE, u));
                assertEquals(want, q.at(100 * u), 1e-6 * want, "u " + u + ", " + y + " years ahead");
            }
        }
    }

    /**
     * Beyond the judged horizons with no random walk each draw grows at the given growth (0.08)
     * from its last judged level; a ceiling holds every draw at or below it, growing as stated.
     */
    @Test
    void beyondTheJudgedHorizonsDrawsGrowOnAndNeverPassTheCeiling() {
        int judged = JUDGE.horizons();
        CalibratedDraws free = CalibratedDraws.map(simulations(), JUDGE, BASE, point(), growth(), LongHorizon.NONE, 42);
        for (int k = 0; k < N; k++) {
            assertEquals(free.draws().total(judged, k) * Math.exp(0.08 * (YEARS - 1 - judged)), free.draws().total(YEARS - 1, k),
                    1e-6 * free.draws().total(YEARS - 1, k));
        }
        LongHorizon rule = new LongHorizon(0.02, "test", 1500, 0.05, "test");
        CalibratedDraws capped = CalibratedDraws.map(simulations(), JUDGE, BASE, point(), growth(), rule, 42);
        int held = 0;
        for (int y = 1; y < YEARS; y++) {
            for (int k = 0; k < N; k++) {
                double t = capped.draws().total(y, k);
                assertTrue(t <= 1500 * Math.exp(0.05 * y) * (1 + 1e-9), y + ": " + t);
                if (Math.abs(t - 1500 * Math.exp(0.05 * y)) < 1e-6) held++;
            }
            assertEquals(capped.capped()[y] > 0, held > 0);
            held = 0;
        }
        // ten years ahead the ceiling (1500 e^0.5 = 2,473) cuts the top of draws about 1000 e^0.8 = 2,226: some, not all
        assertTrue(capped.capped()[YEARS - 1] > 0 && capped.capped()[YEARS - 1] < N / 2, "draws held ten years ahead: " + capped.capped()[YEARS - 1]);
    }

    @Test
    void sameSeedSameDraws() {
        LongHorizon rule = new LongHorizon(0.03, "test", Double.POSITIVE_INFINITY, 0, "none");
        PlacementDraws a = CalibratedDraws.map(simulations(), JUDGE, BASE, point(), growth(), rule, 7).draws();
        PlacementDraws b = CalibratedDraws.map(simulations(), JUDGE, BASE, point(), growth(), rule, 7).draws();
        for (int k = 0; k < N; k++) assertEquals(a.total(YEARS - 1, k), b.total(YEARS - 1, k), 0);
    }
}
