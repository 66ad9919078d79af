package org.sendplan.cli;

import org.sendplan.data.person.PersonLevelRoute;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.TransitionModel;
import org.sendplan.reports.ChartImages;
import org.sendplan.reports.ProjectionCsvWriter;
import org.sendplan.reports.SummaryCsvWriter;
import org.sendplan.reports.SummaryJsonWriter;
import org.sendplan.reports.TransitionSheet;
import org.sendplan.reports.WorkbookWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The person-level route's options of {@code sendplan forecast} (a mixin), and the run they
 * choose: the transition model from the peer's files ({@code --witan DIR}) or a census extract
 * ({@code --census FILE}) instead of the DfE release.
 */
public final class PersonLevelOptions {
    @Option(names = "--witan", paramLabel = "DIR",
            description = "Person-level route: a folder with the peer model witan.send's transitions.csv, population.csv, costs.csv and valid-states.csv.")
    Path witan;

    @Option(names = "--census", paramLabel = "FILE",
            description = "Person-level route: a census extract, one row per child per January census: census_year,person_id,ncy (or date_of_birth),need,setting. "
                    + "Population by NC year from --population FILE (calendar-year,academic-year,population).")
    Path census;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Person-level route: settings file code,provision,description (maps local settings to provisions; without it no provision roll-up).")
    Path settings;

    @Option(names = "--estimation", paramLabel = "METHOD", defaultValue = "trend",
            description = "Person-level route: 'trend' (default: recency weights and damped trends chosen by holdout backtest) or 'pooled' (the peer's estimation).")
    Estimation estimation;

    @Option(names = "--suppress", paramLabel = "N", defaultValue = "0",
            description = "Replace every cell value above 0 and below N with 'c' in projection.csv and the workbook's group sheets; totals stay exact (default: no suppression).")
    int suppress;

    /** Whether the person-level route was asked for. */
    boolean requested() {
        return witan != null || census != null;
    }

    /** Runs the person-level forecast with the command's shared options. */
    int run(CommandSpec spec, int horizon, int simulations, long seed, Path out, Path population) {
        var parsed = spec.commandLine().getParseResult();
        if (witan != null && census != null) throw new ParameterException(spec.commandLine(), "--witan and --census: give one of them");
        for (String dfeOnly : List.of("--la", "--data", "--base-year")) {
            if (parsed.hasMatchedOption(dfeOnly)) {
                throw new ParameterException(spec.commandLine(), dfeOnly + " is for the DfE route; it cannot be used with " + (witan != null ? "--witan" : "--census"));
            }
        }
        boolean horizonGiven = parsed.hasMatchedOption("--horizon");
        if (horizonGiven && (horizon < 1 || horizon > 30)) throw new ParameterException(spec.commandLine(), "--horizon: expected 1 to 30, found " + horizon);
        if (simulations != 0 && (simulations < 100 || simulations > 100_000)) {
            throw new ParameterException(spec.commandLine(), "--simulations: expected 0 (expected path only) or 100 to 100000, found " + simulations);
        }
        if (suppress < 0) throw new ParameterException(spec.commandLine(), "--suppress: expected 0 or more, found " + suppress);
        WorkbookWriter.warmUp();
        ChartImages.warmUp();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        TransitionModel.Result result = PersonLevelRoute.forecast(new PersonLevelRoute.Request(witan, census, settings, population, estimation,
                horizonGiven ? horizon : null, simulations, seed, Runtime.getRuntime().availableProcessors()));
        Forecast f = result.forecast();
        for (DataWarning w : f.warnings()) err.println((w.base() ? "WARNING (base year): " : "warning: ") + w);
        List<Path> written = write(f, result, out);
        List<SummaryRow> totals = f.summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0), last = totals.get(totals.size() - 1);
        stdout.printf(Locale.ROOT, "%s (person-level, %s estimation): %,.0f EHC plans in January %d; projected %,.0f in January %d (80%% band %,.0f–%,.0f)%n",
                f.area().name(), estimation.name().toLowerCase(Locale.ROOT), first.mean(), first.year(), last.mean(), last.year(), last.p10(), last.p90());
        stdout.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private List<Path> write(Forecast f, TransitionModel.Result result, Path out) {
        try (OutputFolder folder = new OutputFolder(out)) {
            Path charts = folder.stage("charts/total.png").getParent();
            WorkbookWriter.Options options = new WorkbookWriter.Options(suppress, null, List.of(new TransitionSheet(result.report())));
            CompletableFuture<Void> workbook = CompletableFuture.runAsync(() -> io(out, () -> WorkbookWriter.write(List.of(new org.sendplan.model.money.Outcome(f, null)), folder.stage("sufficiency-plan.xlsx"), options)));
            CompletableFuture<Void> images = CompletableFuture.runAsync(() -> io(out, () -> ChartImages.write(f, charts)));
            List<Forecast> all = List.of(f);
            io(out, () -> ProjectionCsvWriter.write(all, folder.stage("projection.csv"), suppress));
            io(out, () -> SummaryCsvWriter.write(all, folder.stage("summary.csv")));
            io(out, () -> SummaryJsonWriter.write(all, folder.stage("summary.json")));
            try {
                CompletableFuture.allOf(workbook, images).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
            return folder.commit();
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(Path out, IoAction a) {
        try {
            a.run();
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFolder.OutputException("cannot write to " + out + ": " + e.getMessage(), e);
        }
    }
}
