package org.sendplan.bench;

import org.sendplan.app.BacktestRoute;
import org.sendplan.data.AreaIndex;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.BacktestMetrics;
import org.sendplan.model.evaluation.BandCalibration;
import org.sendplan.model.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * The rolling backtest over every authority with a January 2025 census (horizons 1–5, 400
 * simulations, seed 42): prints the accuracy table of docs/validation.md (sendplan against both
 * naive baselines, per horizon), the provision and phase lines, and the band calibration refitted
 * on the uncalibrated 2012–2023 backtests beside {@link BandCalibration#TOTALS_2012_2023}. The
 * calibration was chosen on these same base years, so the coverage it prints is in-sample.
 * Run: {@code mvn -q -B -DskipTests package && java -cp bench/target/benchmarks.jar org.sendplan.bench.BacktestAccuracy}
 */
public final class BacktestAccuracy {
    private BacktestAccuracy() {
    }

    private static List<RollingBacktest.Row> all(BandCalibration c) {
        DfeRelease rel = DfeReleaseReader.bundled();
        BacktestRoute route = new BacktestRoute(rel, DfeHistory.of(rel), c);
        AreaIndex index = new AreaIndex(rel);
        List<RollingBacktest.Row> rows = new ArrayList<>();
        for (Area la : rel.authorities()) if (index.latestCensus(la) == 2025) rows.addAll(route.run(la, 5, 400, 42).rows());
        return rows;
    }

    public static void main(String[] args) {
        List<RollingBacktest.Row> rows = all(BandCalibration.TOTALS_2012_2023);
        List<BacktestMetrics.Line> lines = BacktestMetrics.of(rows);
        System.out.println("backtest of every authority, total EHC plans:");
        for (int h = 1; h <= 5; h++) {
            BacktestMetrics.Line s = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, h, Dimension.TOTAL);
            BacktestMetrics.Line lv = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_VALUE, h, Dimension.TOTAL);
            BacktestMetrics.Line lg = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_GROWTH, h, Dimension.TOTAL);
            System.out.printf(Locale.ROOT, "| %d | %d | %.2f%% | %.2f%% | %.2f%% | %+.2f%% | %.2f | %.1f%% | %.2f%% | %.2f%% | %.2f%% |%n", h, s.n(),
                    100 * s.mape(), 100 * s.medianApe(), 100 * s.wape(), 100 * s.biasPct(), s.mase(), 100 * s.coverage(),
                    100 * lv.mape(), 100 * lg.mape(), 100 * lg.medianApe());
        }
        for (Dimension d : new Dimension[]{Dimension.PROVISION, Dimension.PHASE}) {
            BacktestMetrics.Line s = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, 1, d);
            System.out.printf(Locale.ROOT, "%s h1: median APE %.2f%%, WAPE %.2f%%, MASE %.2f, coverage %.1f%%%n", d.code(),
                    100 * s.medianApe(), 100 * s.wape(), s.mase(), 100 * s.coverage());
        }

        List<RollingBacktest.Row> raw = all(BandCalibration.NONE).stream().filter(r -> r.baseYear() < 2024).toList();
        BandCalibration fit = BandCalibration.fit(raw, 5, "refit");
        System.out.println("band scales refitted: " + java.util.Arrays.toString(fit.total()) + "; in use: "
                + java.util.Arrays.toString(BandCalibration.TOTALS_2012_2023.total()));
    }
}
