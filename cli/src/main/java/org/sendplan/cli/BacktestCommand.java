package org.sendplan.cli;

import org.sendplan.app.RunDefaults;
import org.sendplan.app.BacktestRoute;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.BacktestMetrics;
import org.sendplan.model.Dimension;
import org.sendplan.reports.BacktestCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Backtests the method on an area's published history and writes backtest.csv. */
@Command(name = "backtest", sortOptions = false,
        description = "Forecast from every past base year with only what was known then, compare with what happened "
                + "(total, provisions, phases) against two naive baselines, and write backtest.csv; prints accuracy by years ahead.")
public final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--la", paramLabel = "VALUE", defaultValue = RunDefaults.LA,
            description = "Old code, new code, name, region name or 'england'. Default: ${DEFAULT-VALUE}.")
    String la;

    @Option(names = "--horizons", paramLabel = "1-N", defaultValue = "1-" + RunDefaults.BACKTEST_HORIZONS, description = "Years ahead to test, 1-N or N (N up to 10; default ${DEFAULT-VALUE}).")
    String horizons;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding a DfE SEN2 release in the 2025 or 2026 layout (default: the bundled 2025 release); "
            + "the bundled 2022 release supplies the history before it.")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunDefaults.OUT, description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    StandardOptions standard;

    @Override
    public Integer call() {
        int maxH = parseHorizons();
        PrintWriter stdout = spec.commandLine().getOut();
        DfeRelease release = data == null ? DfeReleaseReader.bundled() : DfeReleaseReader.folder(data);
        BacktestRoute route = new BacktestRoute(release, DfeHistory.of(release));
        Area area = route.release() == null ? null : new org.sendplan.data.AreaIndex(release).resolve(la);
        RollingBacktest.Result r = route.run(area, maxH);
        try (OutputFolder folder = new OutputFolder(out, "backtest.csv"::equals)) {
            try {
                BacktestCsvWriter.write(List.of(r), folder.stage("backtest.csv"));
            } catch (IOException e) {
                throw OutputFolder.failure(out, e);
            }
            folder.commit();
        }
        stdout.println(area.name() + " (" + area.code() + "): backtest of " + r.baseYears().size() + " base years, total EHC plans");
        stdout.println(table(BacktestMetrics.of(r.rows()), maxH));
        stdout.printf(Locale.ROOT, "wrote backtest.csv to %s%n", out);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** A plain-text table of the total's accuracy by years ahead (also docs/validation.md's layout). */
    static String table(List<BacktestMetrics.Line> lines, int maxH) {
        StringBuilder sb = new StringBuilder();
        sb.append("| years ahead | cases | sendplan MAPE | median APE | WAPE | bias | relative MAE (vs last value) | p10–p90 coverage | last_value MAPE | last_growth MAPE |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (int h = 1; h <= maxH; h++) {
            BacktestMetrics.Line s = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, h, Dimension.TOTAL);
            if (s == null) continue;
            BacktestMetrics.Line lv = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_VALUE, h, Dimension.TOTAL);
            BacktestMetrics.Line lg = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_GROWTH, h, Dimension.TOTAL);
            sb.append(String.format(Locale.ROOT, "| %d | %d | %.2f%% | %.2f%% | %.2f%% | %+.2f%% | %.2f | %.1f%% | %.2f%% | %.2f%% |%n", h, s.n(),
                    100 * s.mape(), 100 * s.medianApe(), 100 * s.wape(), 100 * s.biasPct(), s.relMae(), 100 * s.coverage(),
                    lv == null ? Double.NaN : 100 * lv.mape(), lg == null ? Double.NaN : 100 * lg.mape()));
        }
        return sb.toString().stripTrailing();
    }

    private int parseHorizons() {
        String h = horizons.trim();
        int max;
        try {
            max = Integer.parseInt(h.startsWith("1-") ? h.substring(2) : h);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--horizons: expected 1-N or N, found '" + horizons + "'");
        }
        if (max < 1 || max > 10) throw new ParameterException(spec.commandLine(), "--horizons: expected N from 1 to 10, found " + max);
        return max;
    }
}
