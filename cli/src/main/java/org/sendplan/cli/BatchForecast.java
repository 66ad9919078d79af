package org.sendplan.cli;

import org.sendplan.app.AuthorityBatch;
import org.sendplan.app.Route;
import org.sendplan.app.BacktestRoute;
import org.sendplan.data.DataException;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.app.CheckedRelease;
import org.sendplan.scenarios.Scenario;
import org.sendplan.model.Area;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.evaluation.AreaFigures;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.DataWarning;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.RunResult;
import org.sendplan.app.PlacesAndMoney;
import org.sendplan.scenarios.ScenarioReader;
import org.sendplan.reports.BacktestCsvWriter;
import org.sendplan.reports.BenchmarkCsvWriter;
import org.sendplan.reports.NationalWorkbookWriter;
import org.sendplan.reports.SummaryCsvWriter;
import org.sendplan.reports.ReportSet;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code forecast --la all [--region NAME]}: every authority (of a region) in turn, each into its
 * own folder {@code OUT/<old code>-<name>/} with the same reports as a single forecast but the chart
 * images (the workbook carries the same charts natively, and they cost a fifth of a batch's time;
 * {@code forecast --la CODE} writes them for the authority that needs them) and, unless
 * {@code --projection-csv}, {@code projection.csv} (every cell: 3 MB an authority, nine tenths of a
 * batch's bytes, read by few; the roll-ups are in summary.csv and the workbook), then {@code OUT/all/}: {@code summary.csv},
 * {@code backtest.csv} and {@code benchmark.csv} with every authority's rows stacked under one header, and
 * {@code national.xlsx} ranking and benchmarking the authorities (the benchmarks are computed once per release and base year).
 *
 * <p>Shared work is done once: the release is read and checked once ({@link CheckedRelease} keeps every
 * authority's checked data per base year), the history is merged once and one
 * {@link BacktestRoute} serves every authority's backtest (England per base year computed once).
 * Authorities run side by side ({@link AuthorityBatch}, one worker per core), each writing its own
 * reports on its worker's thread; only the small combined rows and figures are kept until the end.
 *
 * <p>An authority whose data cannot serve the model ({@link DataException}, an unsupported
 * request) is reported on stderr in one line and skipped, and the run exits 5
 * ({@link ExitCodes#PARTIAL}); authorities reorganised before the base census (Cumbria, …) are
 * skipped and noted, not failures. A report that cannot be written (exit 4) or a bug (exit 1)
 * stops the batch.
 */
final class BatchForecast {
    static final String ALL = "all";
    static final String COMBINED = "all";

    private final ForecastCommand cmd;

    BatchForecast(ForecastCommand cmd) {
        this.cmd = cmd;
    }

    static boolean requested(String la) {
        return la != null && la.trim().equalsIgnoreCase(ALL);
    }

    /** An authority's folder: old code and name, lower case, non-alphanumerics as hyphens ({@code 805-hartlepool}). */
    static String folder(Area a) {
        String slug = a.name().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return a.code() + "-" + slug;
    }

    /** What one authority left behind for the combined outputs (its reports are already written). */
    private record Done(String headline, String summaryRows, String backtestRows, Benchmarking benchmarking, AreaFigures figures,
                        List<String> baseWarnings, int warnings) {
    }

    Integer call() {
        PrintWriter err = cmd.spec.commandLine().getErr();
        PrintWriter stdout = cmd.spec.commandLine().getOut();
        refuseSingleAuthorityInputs();
        DfeRelease release = RouteOptions.release(cmd.route);
        release.warnings().forEach(w -> err.println("warning: " + w));
        CheckedRelease route = new CheckedRelease(release);
        String region = region(release);
        Integer given = RouteOptions.dfe(cmd.route).baseYear;
        int base = given == null ? route.latestCensus() : given;
        List<Area> areas = new ArrayList<>();
        List<NationalWorkbookWriter.Skipped> skipped = new ArrayList<>();
        for (Area a : release.authorities()) {
            if (region != null && !a.region().equals(region)) continue;
            int last = route.areas().latestCensus(a);
            if (last < base) {
                skipped.add(new NationalWorkbookWriter.Skipped(a, "reorganised or renamed: last census January " + last));
            } else {
                areas.add(a);
            }
        }
        List<Scenario> scenarios = ScenarioFiles.read(cmd.spec, new ScenarioReader(base), cmd.scenarios);
        PlacesAndMoney money = cmd.money.placesAndMoney();
        // the track record of every authority calibrates every forecast, with or without the backtests written
        BacktestRoute backtests = new BacktestRoute(route, DfeHistory.of(release));

        Progress progress = Progress.onStderr(err, areas.size());
        if (!skipped.isEmpty()) {
            progress.println("note: skipping " + skipped.size() + " authorities reorganised before January " + base + ": "
                    + String.join(", ", skipped.stream().map(s -> s.area().name() + " (" + s.area().code() + ")").toList()));
        }
        AuthorityBatch.Request batch = new AuthorityBatch.Request(a -> RouteOptions.dfeRoute(cmd.route, route, a, cmd.simulation, cmd.pupils.files(),
                cmd.pupils.newPlansPer, () -> backtests, cmd.projectionCsv), money, scenarios, !cmd.noBacktest);
        List<AuthorityBatch.Outcome<Done>> outcomes;
        try {
            outcomes = AuthorityBatch.run(batch, areas, Runtime.getRuntime().availableProcessors(), this::one, new AuthorityBatch.Listener() {
                @Override
                public void failed(Area a, String reason) {
                    progress.println("error: " + a.name() + " (" + a.code() + ") skipped: " + reason);
                }

                @Override
                public void finished(Area a) {
                    progress.step(a.name());
                }
            });
        } finally {
            progress.finish();
        }

        List<AreaFigures> figures = new ArrayList<>();
        StringBuilder summary = new StringBuilder(1 << 20).append(SummaryCsvWriter.HEADER).append('\n');
        StringBuilder backtest = new StringBuilder(1 << 20).append(BacktestCsvWriter.HEADER).append('\n');
        StringBuilder benchmark = new StringBuilder(1 << 18).append(BenchmarkCsvWriter.HEADER).append('\n');
        List<Benchmarking> comparisons = new ArrayList<>();
        int warnings = 0, warned = 0, ok = 0;
        long failures = 0;
        for (AuthorityBatch.Outcome<Done> o : outcomes) {
            if (o.failure() != null) {
                skipped.add(new NationalWorkbookWriter.Skipped(o.area(), "failed: " + o.failure()));
                failures++;
                continue;
            }
            Done d = o.value();
            ok++;
            stdout.print(d.headline());
            summary.append(d.summaryRows());
            if (d.backtestRows() != null) backtest.append(d.backtestRows());
            BenchmarkCsvWriter.appendRows(d.benchmarking(), benchmark);
            comparisons.add(d.benchmarking());
            figures.add(d.figures());
            d.baseWarnings().forEach(err::println);
            warnings += d.warnings();
            if (d.warnings() > 0) warned++;
        }
        if (warnings > 0) {
            err.println("warning: " + warnings + " data-quality warnings in " + warned + " authorities (see each authority's Data quality sheet)");
        }
        skipped.sort(java.util.Comparator.comparing(s -> release.authorities().indexOf(s.area())));
        Path all = cmd.out.resolve(COMBINED);
        try (OutputFolder folder = new OutputFolder(all, List.of("summary.csv", "backtest.csv", "benchmark.csv", "national.xlsx")::contains)) {
            try {
                text(summary, folder.stage("summary.csv"));
                if (!cmd.noBacktest) text(backtest, folder.stage("backtest.csv"));
                text(benchmark, folder.stage("benchmark.csv"));
                NationalWorkbookWriter.write(figures, comparisons, skipped, release.source(), folder.stage("national.xlsx"));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw OutputFolder.failure(all, e);
            }
            folder.commit();
        }
        stdout.printf(Locale.ROOT, "forecast %d of %d authorities%s into %s (one folder each); combined reports in %s%n", ok,
                areas.size() + skipped.size() - failures, failures > 0 ? " (" + failures + " failed)" : "", cmd.out, all);
        stdout.flush();
        err.flush();
        return failures > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** One authority's reports, written on its worker's thread; what the combined outputs need from it. */
    private Done one(Area a, Route route, RunResult r) {
        ForecastCommand.write(cmd.out.resolve(folder(a)), r, new ReportSet.Options(0, true, cmd.projectionCsv));
        StringWriter headline = new StringWriter();
        try (PrintWriter p = new PrintWriter(headline)) {
            ForecastCommand.headline(p, route.label(), r);
        }
        RollingBacktest.Result bt = r.backtest();
        String summaryRows = SummaryCsvWriter.appendRows(r.outcomes().stream().map(Outcome::forecast).toList(), new StringBuilder(1 << 15)).toString();
        String backtestRows = bt == null ? null : BacktestCsvWriter.appendRows(List.of(bt), new StringBuilder(1 << 17)).toString();
        List<String> base = new ArrayList<>();
        for (DataWarning w : r.baseline().warnings()) {
            if (w.base()) base.add("WARNING (base year): " + a.name() + " (" + a.code() + "): " + w);
        }
        return new Done(headline.toString(), summaryRows, backtestRows, r.benchmarking(), AreaFigures.of(r.baseline(), bt), base,
                r.baseline().warnings().size());
    }

    private static void text(CharSequence s, Path file) throws java.io.IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(s);
        }
    }

    /** The region asked for by --region (its name as published), or null for every authority. */
    private String region(DfeRelease release) {
        if (cmd.region == null) return null;
        String want = normal(cmd.region);
        for (String name : release.regions().keySet()) if (normal(name).equals(want)) return name;
        throw new ParameterException(cmd.spec.commandLine(), "--region: no region matches '" + cmd.region + "'; regions: "
                + String.join(", ", release.regions().keySet()));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** Inputs that describe one authority's places, money or pupils cannot apply to every authority. */
    private void refuseSingleAuthorityInputs() {
        List<String> single = new ArrayList<>();
        if (cmd.money.capacity != null) single.add("--capacity");
        if (cmd.money.finance != null) single.add("--finance");
        if (cmd.pupils.schoolCensus != null) single.add("--school-census");
        if (!single.isEmpty()) {
            throw new ParameterException(cmd.spec.commandLine(), String.join(", ", single) + ": one authority's own figures; not with --la all "
                    + "(every authority gets the ILLUSTRATIVE capacity and finance of its own base year)");
        }
    }
}
