package org.sendplan.cli;

import org.sendplan.data.DfeRelease;
import org.sendplan.app.DfeRoute;
import org.sendplan.app.PupilRoute;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Population;
import org.sendplan.model.SummaryRow;
import org.sendplan.app.PlanRun;
import org.sendplan.app.PupilRoute;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.reports.ChartImages;
import org.sendplan.reports.MoneyCsvWriters;
import org.sendplan.reports.ProjectionCsvWriter;
import org.sendplan.reports.PupilCensusSheet;
import org.sendplan.reports.PupilsCsvWriter;
import org.sendplan.reports.SummaryCsvWriter;
import org.sendplan.reports.SummaryJsonWriter;
import org.sendplan.reports.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;

/** Runs a forecast for one area and writes the reports. */
@Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Project EHC plans by age, need and setting for a local authority, a region or England, "
                + "and write projection.csv, summary.csv, summary.json, sufficiency-plan.xlsx and charts/*.png.")
public final class ForecastCommand implements Callable<Integer> {
    static final String DEFAULT_LA = "808";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A scenario file (repeatable): each is run beside the baseline, sharing its random numbers.")
    List<Path> scenarios = new java.util.ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Mixin
    PupilOptions pupilOptions;

    @Mixin
    PersonLevelOptions personLevel;

    @Option(names = "--no-backtest", description = "Skip the short backtest of the method on the area's history (backtest.csv, Backtest sheet).")
    boolean noBacktest;

    @Option(names = "--region", paramLabel = "NAME",
            description = "With --la all: only the authorities of this region (e.g. 'north east').")
    String region;

    /** One area's forecast: the baseline and each scenario's outcome, with the pupil outlook beside each. */
    record AreaRun(Area area, List<Outcome> outcomes, List<PupilOutlook> outlooks) {
        Forecast forecast() {
            return outcomes.get(0).forecast();
        }
    }

    @Override
    public Integer call() {
        if (personLevel.requested()) return personLevel.run(spec, run, scenarios, out);
        run.validate(spec);
        if (BatchForecast.requested(run.la)) return new BatchForecast(this).call();
        if (region != null) {
            throw new ParameterException(spec.commandLine(), "--region: only with --la all (to forecast a region as a whole: --la \"" + region + "\")");
        }
        // Load POI's and XChart's classes on background threads while the data is read and the
        // model runs; writing then waits for them (halves the wall time of a run).
        WorkbookWriter.warmUp();
        ChartImages.warmUp();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        DfeRelease release = run.release();
        release.warnings().forEach(w -> err.println("warning: " + w));
        DfeRoute route = new DfeRoute(release);
        Area area = route.areas().resolve(run.la);
        CompletableFuture<org.sendplan.model.evaluation.Backtest.Result> backtest = noBacktest ? null : BacktestSummary.start(release, area, run.seed);
        AreaRun r = forecast(release, route, area, readScenarios(baseYear(route)));
        reportWarnings(r.forecast(), err);
        List<Path> written = write(out, r, backtest == null ? null : join(backtest), false);
        headline(stdout, r);
        stdout.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    int baseYear(DfeRoute route) {
        return run.baseYear == null ? route.latestCensus() : run.baseYear;
    }

    /** The --scenario files, read once (a batch applies them to every authority). */
    List<Scenario> readScenarios(int baseYear) {
        return ScenarioFiles.read(spec, new ScenarioReader(baseYear), scenarios);
    }

    /** The baseline and every scenario of one area, with pupils, SEN support and plans per 1,000 pupils beside each. */
    AreaRun forecast(DfeRelease release, DfeRoute route, Area area, List<Scenario> scenarioFiles) {
        Population pop = run.population(area);
        PupilRoute.Prepared pupils = pupilOptions.prepare(release, area, baseYear(route), run.horizon, pop);
        PlanRun plans = run.planRun(route, area, pupils.population(), false);
        List<Outcome> outcomes = new java.util.ArrayList<>(List.of(plans.baseline()));
        for (Scenario sf : scenarioFiles) outcomes.add(plans.scenario(sf));
        List<PupilOutlook> outlooks = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            PupilOutlook outlook = pupils.outlook(o.forecast());
            outlooks.add(outlook);
            outcomes.set(i, new Outcome(pupils.annotate(o.forecast(), outlook), o.plan()));
        }
        return new AreaRun(area, List.copyOf(outcomes), List.copyOf(outlooks));
    }

    /** The one-line headline of an area (and one line per scenario). */
    static void headline(PrintWriter stdout, AreaRun r) {
        Forecast f = r.forecast();
        Area area = r.area();
        SummaryRow first = f.summary(Dimension.TOTAL).get(0);
        SummaryRow last = f.summary(Dimension.TOTAL).get(f.summary(Dimension.TOTAL).size() - 1);
        stdout.printf(Locale.ROOT, "%s (%s): %,.0f EHC plans in January %d; projected %,.0f in January %d (80%% band %,.0f–%,.0f)%n",
                area.name(), area.code(), first.mean(), first.year(), last.mean(), last.year(), last.p10(), last.p90());
        for (Outcome o : r.outcomes().subList(1, r.outcomes().size())) {
            SummaryRow sl = o.forecast().summary(Dimension.TOTAL).get(o.forecast().summary(Dimension.TOTAL).size() - 1);
            stdout.printf(Locale.ROOT, "  scenario %s: %,.0f in January %d (80%% band %,.0f–%,.0f)%n", o.forecast().scenario(), sl.mean(), sl.year(),
                    sl.p10(), sl.p90());
        }
    }

    private void reportWarnings(Forecast f, PrintWriter err) {
        List<DataWarning> own = f.warnings().stream().filter(w -> !w.series().contains("): ")).toList();
        long members = f.warnings().size() - own.size();
        for (DataWarning w : own) err.println((w.base() ? "WARNING (base year): " : "warning: ") + w);
        if (members > 0) err.println("warning: " + members + " data-quality warnings in member authorities (see the Data quality sheet)");
    }

    /**
     * Writes an area's reports into {@code out} atomically (staged, then moved into place). A single
     * forecast writes the workbook and the charts on threads of their own beside the CSVs. In a
     * {@code batch} (which runs authorities side by side instead) everything is written on the
     * caller's thread, and the chart images are left out: they are for one authority's documents
     * and slides, the workbook carries the same charts natively, and they cost a fifth of a batch's
     * time ({@code forecast --la CODE} writes them for the authority that needs them).
     */
    static List<Path> write(Path out, AreaRun run, org.sendplan.model.evaluation.Backtest.Result bt, boolean batch) {
        List<Outcome> outcomes = run.outcomes();
        List<PupilOutlook> pupils = run.outlooks();
        Forecast f = run.forecast();
        try (OutputFolder folder = new OutputFolder(out)) {
            Runnable workbookTask = () -> io(out, () ->
                    WorkbookWriter.write(outcomes, bt, List.of(PupilCensusSheet.of(pupils.get(0))), folder.stage("sufficiency-plan.xlsx")));
            Runnable imagesTask = () -> io(out, () -> ChartImages.write(f, folder.stage("charts/total.png").getParent()));
            // The workbook sets the floor of a run (POI start-up); charts render beside it.
            CompletableFuture<Void> workbook = batch ? null : CompletableFuture.runAsync(workbookTask);
            CompletableFuture<Void> images = batch ? null : CompletableFuture.runAsync(imagesTask);
            List<Forecast> all = outcomes.stream().map(Outcome::forecast).toList();
            io(out, () -> ProjectionCsvWriter.write(all, folder.stage("projection.csv")));
            io(out, () -> SummaryCsvWriter.write(all, folder.stage("summary.csv")));
            io(out, () -> SummaryJsonWriter.writeOutcomes(outcomes, bt, folder.stage("summary.json")));
            if (bt != null) io(out, () -> org.sendplan.reports.BacktestCsvWriter.write(List.of(bt), folder.stage("backtest.csv")));
            io(out, () -> MoneyCsvWriters.places(outcomes, folder.stage("places.csv")));
            io(out, () -> MoneyCsvWriters.costs(outcomes, folder.stage("costs.csv")));
            io(out, () -> MoneyCsvWriters.budget(outcomes, folder.stage("budget.csv")));
            io(out, () -> PupilsCsvWriter.write(pupils, folder.stage("pupils.csv")));
            if (batch) {
                workbookTask.run();
            } else {
                try {
                    CompletableFuture.allOf(workbook, images).join();
                } catch (CompletionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    throw e;
                }
            }
            return folder.commit();
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    interface IoAction {
        void run() throws IOException;
    }

    static void io(Path out, IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new OutputFolder.OutputException("cannot write to " + out + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new OutputFolder.OutputException("cannot write to " + out + ": " + e.getMessage(), e);
        }
    }
}
