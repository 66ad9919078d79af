package org.sendplan.app;

import org.junit.jupiter.api.Test;
import org.sendplan.model.transition.HoldoutBacktest;
import org.sendplan.model.transition.TransitionModel;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default estimation is chosen by holdout backtest and beats the pooled one on the demo's own history. */
class TrendBacktestTest {
    @Test
    void defaultBeatsPooledOnTheHoldout() {
        TransitionModel.Result r = WitanParityTest.trend(0);
        HoldoutBacktest b = r.report().backtest();
        assertNotNull(b);
        HoldoutBacktest.Row pooled = b.rows().get(0), best = b.best();
        StringBuilder sb = new StringBuilder();
        for (HoldoutBacktest.Row row : b.rows()) {
            sb.append(String.format(Locale.ROOT, "%-80s MAPE %.2f%% errors", row.config().describe(), 100 * row.mape()));
            for (double e : row.errors()) sb.append(String.format(Locale.ROOT, " %+.2f%%", e));
            sb.append('\n');
        }
        System.out.print(sb);
        System.out.printf(Locale.ROOT, "chosen: %s, MAPE %.2f%% (pooled %.2f%%)%n", best.config().describe(), 100 * best.mape(), 100 * pooled.mape());
        assertTrue(best.mape() < pooled.mape(), "the default must do better than pooled on the holdout");
    }
}
