package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Dimension;
import org.sendplan.model.SummaryRow;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every metric against figures worked out by hand from a handful of rows. */
class BacktestMetricsTest {
    private static final double NA = Double.NaN;

    private static RollingBacktest.Row row(String area, RollingBacktest.Method m, int h, double forecast, double p10, double p90, double actual) {
        return new RollingBacktest.Row(area, m, 2020, h, Dimension.TOTAL, SummaryRow.ALL, forecast, p10, p90, actual);
    }

    private static final RollingBacktest.Method OWN = RollingBacktest.Method.SENDPLAN, NAIVE = RollingBacktest.Method.LAST_VALUE;

    /*
     * One year ahead, sendplan:
     *   area  forecast  actual  error  APE   band       in band
     *   A     110       100     +10    0.10  100–120    yes (on the lower bound)
     *   B     150       200     −50    0.25  150–190    no
     *   C      52        50      +2    0.04   45–55     yes
     *   D      64        80     −16    0.20  none       (not banded)
     *   E       3         0      +3    —     none       (actual 0: out of the percentage measures)
     * last_value on A, B, C only: 90, 180, 48 (absolute errors 10, 20, 2).
     *
     * MAPE = (0.10 + 0.25 + 0.04 + 0.20) / 4 = 0.1475
     * median APE of 0.04, 0.10, 0.20, 0.25 (even) = (0.10 + 0.20) / 2 = 0.15
     * WAPE = (10 + 50 + 2 + 16 + 3) / (100 + 200 + 50 + 80 + 0) = 81 / 430 = 0.188372…
     * bias = (10 − 50 + 2 − 16 + 3) / 5 = −10.2 plans
     * bias % = (0.10 − 0.25 + 0.04 − 0.20) / 4 = −0.0775
     * relative MAE, on the cases with a last value: (10 + 50 + 2) / (10 + 20 + 2) = 62 / 32 = 1.9375
     * coverage = 2 of the 3 banded = 0.6667
     *
     * Two years ahead, sendplan only: forecasts 105, 130, 90 of 100 each: APEs 0.05, 0.30, 0.10;
     * median (odd) 0.10, MAPE 0.15, bias % (0.05 + 0.30 − 0.10) / 3 = 0.083333…; no last value, so no relative MAE.
     */
    private static final List<RollingBacktest.Row> ROWS = List.of(
            row("A", OWN, 1, 110, 100, 120, 100), row("B", OWN, 1, 150, 150, 190, 200), row("C", OWN, 1, 52, 45, 55, 50),
            row("D", OWN, 1, 64, NA, NA, 80), row("E", OWN, 1, 3, NA, NA, 0),
            row("A", NAIVE, 1, 90, NA, NA, 100), row("B", NAIVE, 1, 180, NA, NA, 200), row("C", NAIVE, 1, 48, NA, NA, 50),
            row("A", OWN, 2, 105, NA, NA, 100), row("B", OWN, 2, 130, NA, NA, 100), row("C", OWN, 2, 90, NA, NA, 100));

    @Test
    void oneYearAheadByHand() {
        BacktestMetrics.Line l = BacktestMetrics.find(BacktestMetrics.of(ROWS), OWN, 1, Dimension.TOTAL);
        assertEquals(5, l.n());
        assertEquals(0.1475, l.mape(), 1e-12);
        assertEquals(0.15, l.medianApe(), 1e-12);
        assertEquals(81.0 / 430, l.wape(), 1e-12);
        assertEquals(-10.2, l.bias(), 1e-12);
        assertEquals(-0.0775, l.biasPct(), 1e-12);
        assertEquals(1.9375, l.relMae(), 1e-12);
        assertEquals(2.0 / 3, l.coverage(), 1e-12);
    }

    @Test
    void oddCountMedianAndNoLastValue() {
        BacktestMetrics.Line l = BacktestMetrics.find(BacktestMetrics.of(ROWS), OWN, 2, Dimension.TOTAL);
        assertEquals(3, l.n());
        assertEquals(0.10, l.medianApe(), 1e-12);
        assertEquals(0.15, l.mape(), 1e-12);
        assertEquals(0.25 / 3, l.biasPct(), 1e-12);
        assertEquals(Double.NaN, l.relMae());
        assertEquals(Double.NaN, l.coverage(), "no row of this line has a band");
    }

    @Test
    void theLastValueAgainstItselfAndNoLineForWhatIsAbsent() {
        List<BacktestMetrics.Line> lines = BacktestMetrics.of(ROWS);
        BacktestMetrics.Line naive = BacktestMetrics.find(lines, NAIVE, 1, Dimension.TOTAL);
        // APEs 0.10, 0.10, 0.04: median 0.10, mean 0.08; its own relative MAE is 1 by definition
        assertEquals(0.10, naive.medianApe(), 1e-12);
        assertEquals(0.08, naive.mape(), 1e-12);
        assertEquals(1, naive.relMae(), 1e-12);
        assertNull(BacktestMetrics.find(lines, NAIVE, 2, Dimension.TOTAL));
    }
}
