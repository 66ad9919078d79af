package org.sendplan.cli;

import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.DfeRoute;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Population;
import org.sendplan.model.SummaryRow;
import org.sendplan.data.money.CapacityReader;
import org.sendplan.data.money.FinanceReader;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.IllustrativeInputs;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.reports.ChartImages;
import org.sendplan.reports.MoneyCsvWriters;
import org.sendplan.reports.ProjectionCsvWriter;
import org.sendplan.reports.SummaryCsvWriter;
import org.sendplan.reports.SummaryJsonWriter;
import org.sendplan.reports.WorkbookWriter;
import picocli.CommandLine.Command;
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

    @Option(names = "--la", paramLabel = "VALUE", defaultValue = DEFAULT_LA,
            description = "Old code (808), new code (E06000004), name (stockton-on-tees), region name or 'england'. Default: ${DEFAULT-VALUE} (Stockton-on-Tees).")
    String la;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder holding a DfE SEN2 release in the 2025 layout (default: the bundled 2025 release).")
    Path data;

    @Option(names = "--base-year", paramLabel = "YYYY", description = "January census to project from, using only what was known then (default: the latest).")
    Integer baseYear;

    @Option(names = "--horizon", paramLabel = "N", defaultValue = "10", description = "Years ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--population", paramLabel = "FILE",
            description = "Population projection by single year of age (ONS SNPP layout). Default: the bundled ONS 2022-based SNPP where it covers the area.")
    Path population;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Commissioned places: provision,academic_year,places[,phase][,name]. Default: ILLUSTRATIVE capacity equal to the base-year placements.")
    Path capacity;

    @Option(names = "--finance", paramLabel = "FILE",
            description = "finance.yaml: unit costs, inflation, High Needs Block, opening balance, overflow. Default: ILLUSTRATIVE finance.")
    Path finance;

    @Option(names = "--occupancy", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Target occupancy: places needed = demand / occupancy (default: ${DEFAULT-VALUE}).")
    double occupancy;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}); same inputs and seed give the same outputs.")
    long seed;

    @Option(names = "--simulations", defaultValue = "1000", description = "Monte Carlo simulations for the bands (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Option(names = "--no-backtest", description = "Skip the short backtest of the method on the area's history (backtest.csv, Backtest sheet).")
    boolean noBacktest;

    /** The backtest summary, running beside the forecast (null with --no-backtest). */
    private CompletableFuture<org.sendplan.model.Backtest.Result> backtest;

    @Override
    public Integer call() {
        if (!(occupancy > 0 && occupancy <= 1)) {
            throw new ParameterException(spec.commandLine(), "--occupancy: expected a share above 0 and at most 1, found " + occupancy);
        }
        if (horizon < 1 || horizon > 30) throw new ParameterException(spec.commandLine(), "--horizon: expected 1 to 30, found " + horizon);
        if (simulations < 100 || simulations > 100_000) {
            throw new ParameterException(spec.commandLine(), "--simulations: expected 100 to 100000, found " + simulations);
        }
        // Load POI's and XChart's classes on background threads while the data is read and the
        // model runs; writing then waits for them (halves the wall time of a run).
        WorkbookWriter.warmUp();
        ChartImages.warmUp();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        DfeRelease release = data == null ? DfeReleaseReader.bundled() : DfeReleaseReader.folder(data);
        release.warnings().forEach(w -> err.println("warning: " + w));
        DfeRoute route = new DfeRoute(release);
        Area area = route.areas().resolve(la);
        if (!noBacktest) backtest = BacktestSummary.start(release, area, seed);
        Population pop = population != null ? PopulationReader.read(population, area.newCode())
                : area.level() == Area.Level.LOCAL_AUTHORITY ? PopulationReader.bundled(area.newCode()) : null;
        Forecast f = route.forecast(new DfeRoute.Request(area, baseYear, horizon, pop, simulations, seed));
        reportWarnings(f, err);
        Outcome outcome = new Outcome(f, plan(f));
        List<Path> written = write(List.of(outcome));
        SummaryRow first = f.summary(Dimension.TOTAL).get(0);
        SummaryRow last = f.summary(Dimension.TOTAL).get(f.summary(Dimension.TOTAL).size() - 1);
        stdout.printf(Locale.ROOT, "%s (%s): %,.0f EHC plans in January %d; projected %,.0f in January %d (80%% band %,.0f–%,.0f)%n",
                area.name(), area.code(), first.mean(), first.year(), last.mean(), last.year(), last.p10(), last.p90());
        stdout.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private void reportWarnings(Forecast f, PrintWriter err) {
        List<DataWarning> own = f.warnings().stream().filter(w -> !w.series().contains("): ")).toList();
        long members = f.warnings().size() - own.size();
        for (DataWarning w : own) err.println((w.base() ? "WARNING (base year): " : "warning: ") + w);
        if (members > 0) err.println("warning: " + members + " data-quality warnings in member authorities (see the Data quality sheet)");
    }

    /** Places and money against the forecast: the given capacity and finance, else illustrative ones. */
    private SufficiencyPlan plan(Forecast f) {
        Capacity cap = capacity != null ? CapacityReader.read(capacity) : IllustrativeInputs.capacity(f);
        if (finance == null) return IllustrativeInputs.withAllocation(f, cap, IllustrativeInputs.finance(), occupancy);
        return SufficiencyPlanner.plan(f, cap, FinanceReader.read(finance), occupancy);
    }

    private List<Path> write(List<Outcome> outcomes) {
        Outcome first = outcomes.get(0);
        Forecast f = first.forecast();
        org.sendplan.model.Backtest.Result bt = backtest == null ? null : join(backtest);
        try (OutputFolder folder = new OutputFolder(out)) {
            Path charts = folder.stage("charts/total.png").getParent();
            // The workbook sets the floor of a run (POI start-up); charts render beside it.
            CompletableFuture<Void> workbook = CompletableFuture.runAsync(() -> io(() ->
                    WorkbookWriter.write(f, first.plan(), bt, folder.stage("sufficiency-plan.xlsx"))));
            CompletableFuture<Void> images = CompletableFuture.runAsync(() -> io(() -> ChartImages.write(f, charts)));
            List<Forecast> all = outcomes.stream().map(Outcome::forecast).toList();
            io(() -> ProjectionCsvWriter.write(all, folder.stage("projection.csv")));
            io(() -> SummaryCsvWriter.write(all, folder.stage("summary.csv")));
            io(() -> SummaryJsonWriter.writeOutcomes(outcomes, bt, folder.stage("summary.json")));
            if (bt != null) io(() -> org.sendplan.reports.BacktestCsvWriter.write(List.of(bt), folder.stage("backtest.csv")));
            io(() -> MoneyCsvWriters.places(outcomes, folder.stage("places.csv")));
            io(() -> MoneyCsvWriters.costs(outcomes, folder.stage("costs.csv")));
            io(() -> MoneyCsvWriters.budget(outcomes, folder.stage("budget.csv")));
            try {
                CompletableFuture.allOf(workbook, images).join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                throw e;
            }
            return folder.commit();
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new OutputFolder.OutputException("cannot write to " + out + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new OutputFolder.OutputException("cannot write to " + out + ": " + e.getMessage(), e);
        }
    }
}
