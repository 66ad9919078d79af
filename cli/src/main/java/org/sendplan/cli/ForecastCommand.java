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
import org.sendplan.reports.ChartImages;
import org.sendplan.reports.ProjectionCsvWriter;
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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}); same inputs and seed give the same outputs.")
    long seed;

    @Option(names = "--simulations", defaultValue = "1000", description = "Monte Carlo simulations for the bands (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Mixin
    PersonLevelOptions personLevel;

    @Override
    public Integer call() {
        if (personLevel.requested()) return personLevel.run(spec, horizon, simulations, seed, out, population);
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
        Population pop = population != null ? PopulationReader.read(population, area.newCode())
                : area.level() == Area.Level.LOCAL_AUTHORITY ? PopulationReader.bundled(area.newCode()) : null;
        Forecast f = route.forecast(new DfeRoute.Request(area, baseYear, horizon, pop, simulations, seed));
        reportWarnings(f, err);
        List<Path> written = write(f);
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

    private List<Path> write(Forecast f) {
        try (OutputFolder folder = new OutputFolder(out)) {
            Path charts = folder.stage("charts/total.png").getParent();
            // The workbook sets the floor of a run (POI start-up); charts render beside it.
            CompletableFuture<Void> workbook = CompletableFuture.runAsync(() -> io(() -> WorkbookWriter.write(f, folder.stage("sufficiency-plan.xlsx"))));
            CompletableFuture<Void> images = CompletableFuture.runAsync(() -> io(() -> ChartImages.write(f, charts)));
            List<Forecast> all = List.of(f);
            io(() -> ProjectionCsvWriter.write(all, folder.stage("projection.csv")));
            io(() -> SummaryCsvWriter.write(all, folder.stage("summary.csv")));
            io(() -> SummaryJsonWriter.write(all, folder.stage("summary.json")));
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
