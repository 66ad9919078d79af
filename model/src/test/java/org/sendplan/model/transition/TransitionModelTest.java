package org.sendplan.model.transition;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransitionModelTest {
    /**
     * Two settings, one need, NC years 0–3. Setting B takes only NC years 0–1 and nobody may move
     * out of it: a child of B at NC year 1 has no valid destination (the peer crashes there).
     */
    static TransitionHistory history() {
        List<Setting> settings = List.of(new Setting("A", "A", Provision.MAINSTREAM), new Setting("B", "B", Provision.SPECIAL_STATE));
        StateSpace space = new StateSpace(List.of("ASD"), settings, 0, 3, valid(), new boolean[][]{{true, true}, {false, false}});
        TransitionHistory.Builder b = new TransitionHistory.Builder(space, new int[]{2019, 2020, 2021});
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 20 + 5 * k; c++) b.transition(k, space.index(0, 0, 0), space.index(1, 0, 0));
            for (int c = 0; c < 10; c++) b.transition(k, space.index(1, 0, 0), space.index(2, 0, 0));
            for (int c = 0; c < 3; c++) b.leaver(k, space.index(2, 0, 0));
            for (int c = 0; c < 6; c++) b.transition(k, space.index(0, 0, 1), space.index(1, 0, 1));
            for (int c = 0; c < 15 + 3 * k; c++) b.joiner(k, space.index(0, 0, c % 2));
            for (int a = 0; a <= 3; a++) b.population(2019 + k, a, 1000);
        }
        for (int y = 2022; y < 2026; y++) for (int a = 0; a <= 3; a++) b.population(y, a, 1000);
        int[] base = new int[space.size()];
        base[space.index(1, 0, 1)] = 7; // children of B at NC year 1: nowhere valid to go
        base[space.index(0, 0, 0)] = 30;
        return b.build(base);
    }

    static boolean[] valid() {
        boolean[] v = new boolean[4 * 2];
        for (int a = 0; a <= 3; a++) v[a * 2] = true; // A: 0–3
        v[1] = v[3] = true;                            // B: 0–1
        return v;
    }

    static Forecast run(Estimation e, int sims, long seed, int threads) {
        return TransitionModel.run(new TransitionModel.Request(history(), e, 3, sims, seed, threads,
                new Area("t", "t", "test", Area.Level.LOCAL_AUTHORITY, ""), "baseline", List.of(), List.of())).forecast();
    }

    @Test
    void aStateWithNoValidDestinationIsHandled() {
        for (Estimation e : Estimation.values()) {
            Forecast f = run(e, 0, 1, 1);
            SummaryRow b2023 = f.summary(Dimension.SETTING).stream().filter(r -> r.year() == 2023 && r.group().equals("B")).findFirst().orElseThrow();
            assertTrue(Double.isFinite(b2023.mean()));
            // nothing in B beyond NC year 1 in the strict (default) estimation
            if (e == Estimation.TREND) {
                int i = f.projection().index(1, 2 - f.projection().minAge() + 4, 1, 0);
                assertEquals(0, f.projection().mean(i), 1e-12);
            }
        }
        Forecast mc = run(Estimation.TREND, 200, 3, 2);
        assertTrue(mc.summary(Dimension.TOTAL).get(3).mean() > 0);
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        Forecast one = run(Estimation.TREND, 300, 42, 1), three = run(Estimation.TREND, 300, 42, 3);
        assertEquals(one.summary(), three.summary());
        int cells = one.projection().years() * one.projection().ages() * 2;
        for (int i = 0; i < cells; i++) {
            assertEquals(one.projection().mean(i), three.projection().mean(i), 0.0);
            assertEquals(one.projection().p90(i), three.projection().p90(i), 0.0);
        }
        Forecast other = run(Estimation.TREND, 300, 43, 1);
        assertTrue(!one.summary().equals(other.summary()), "another seed, other draws");
    }

    @Test
    void quantilesAreExactAndRollUpsAreSumsPerSimulation() {
        Forecast f = run(Estimation.POOLED, 500, 7, 2);
        // roll-ups add up per simulation: the mean of the total equals the sum of setting means
        for (int y = f.baseYear(); y <= f.baseYear() + f.horizon(); y++) {
            int year = y;
            double total = f.summary(Dimension.TOTAL).stream().filter(r -> r.year() == year).findFirst().orElseThrow().mean();
            double settings = f.summary(Dimension.SETTING).stream().filter(r -> r.year() == year).mapToDouble(SummaryRow::mean).sum();
            assertEquals(total, settings, 1e-9);
            double provisions = f.summary(Dimension.PROVISION).stream().filter(r -> r.year() == year).mapToDouble(SummaryRow::mean).sum();
            assertEquals(total, provisions, 1e-9);
        }
        assertEquals(500, f.draws().simulations());
        double[] v = {5, 1, 4, 2, 3};
        Arrays.sort(v);
        assertEquals(1.4, new org.sendplan.model.rollup.Quantiles().of(v).at(10), 1e-12); // R: quantile(1:5, 0.1) = 1.4
    }

    @Test
    void betaBinomialAndBinomialHaveTheirMeans() {
        Rng r = new Rng(1, 2);
        double s = 0, b = 0;
        for (int k = 0; k < 20000; k++) {
            s += r.betaBinomial(10, 2, 6);
            b += r.binomial(8000, 0.005);
        }
        assertEquals(2.5, s / 20000, 0.05);
        assertEquals(40, b / 20000, 0.2);
    }

    @Test
    void defaultIsChosenByBacktestAndReported() {
        TransitionModel.Result r = TransitionModel.run(new TransitionModel.Request(history(), Estimation.TREND, 3, 0, 1, 1,
                new Area("t", "t", "test", Area.Level.LOCAL_AUTHORITY, ""), "baseline", List.of(), List.of()));
        assertEquals(HoldoutBacktest.grid().size(), r.report().backtest().rows().size());
        assertArrayEquals(new int[]{2023, 2024, 2025}, r.report().years());
        assertTrue(r.forecast().method().get(0).startsWith("Estimation: trend (default)"));
    }
}
