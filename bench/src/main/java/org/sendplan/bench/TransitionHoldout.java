package org.sendplan.bench;

import org.sendplan.app.PersonLevelRoute;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.HoldoutBacktest;
import org.sendplan.model.transition.TransitionModel;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The person-level route's holdout backtest on the peer's demo: every candidate estimation with
 * its error on each held-out pair, and the one chosen. The default estimation is chosen on this
 * same holdout, so its lead over the pooled estimation here is in-sample (docs/validation.md).
 * Run: {@code java -cp bench/target/benchmarks.jar org.sendplan.bench.TransitionHoldout [DIR]}
 * (DIR: the peer's files; default: the demo under app/src/test/resources).
 */
public final class TransitionHoldout {
    private TransitionHoldout() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "app/src/test/resources/org/sendplan/app/witan-send-demo");
        TransitionModel.Result r = TransitionModel.run(PersonLevelRoute.prepare(
                new PersonLevelRoute.Request(dir, null, null, null, Estimation.TREND, 5, 0, 50, 2)));
        HoldoutBacktest b = r.report().backtest();
        for (HoldoutBacktest.Row row : b.rows()) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-80s MAPE %.2f%% errors", row.config().describe(), 100 * row.mape()));
            for (double e : row.errors()) sb.append(String.format(Locale.ROOT, " %+.2f%%", e));
            System.out.println(sb);
        }
        HoldoutBacktest.Row pooled = b.rows().get(0), best = b.best();
        System.out.printf(Locale.ROOT, "chosen: %s, MAPE %.2f%% (pooled %.2f%%)%n", best.config().describe(), 100 * best.mape(), 100 * pooled.mape());
    }
}
