package org.sendplan.cli;

import org.sendplan.app.PersonLevelRoute;
import org.sendplan.app.PersonLevelScenarios;
import org.sendplan.scenarios.GoalSeek;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;
import org.sendplan.model.transition.StateCosts;
import org.sendplan.reports.MoneyCsvWriters;
import org.sendplan.reports.StateCostSheet;
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

    /**
     * Goal-seek on the person-level route: the data read and checked once, each trial one
     * scenario on the expected path (its estimation redone; about 0.2 s on the peer's demo),
     * scenario codes checked against the data's own.
     */
    GoalSeek goalSeek(CommandSpec spec, RunOptions run) {
        if (witan != null && census != null) throw new ParameterException(spec.commandLine(), "--witan and --census: give one of them");
        if (run.finance != null && settings == null) {
            throw new ParameterException(spec.commandLine(), "--finance needs --settings FILE on the person-level route");
        }
        TransitionModel.Request request = request(spec, run, 0, 1);
        ScenarioReader reader = new ScenarioReader(request.history().baseYear(), PersonLevelScenarios.codes(request.history().space()));
        return new GoalSeek(sf -> PersonLevelScenarios.run(request, List.of(sf), run.capacity, run.finance, run.occupancy).outcomes().get(1), reader);
    }

    /** The route's request: the data read and checked, to be projected with {@code simulations} on {@code threads}. */
    private TransitionModel.Request request(CommandSpec spec, RunOptions run, int simulations, int threads) {
        boolean horizonGiven = spec.commandLine().getParseResult().hasMatchedOption("--horizon");
        return PersonLevelRoute.prepare(new PersonLevelRoute.Request(witan, census, settings, run.population, estimation,
                horizonGiven ? run.horizon : null, simulations, run.seed, threads));
    }

    /** Runs the person-level forecast with the command's shared options, the baseline and each scenario. */
    int run(CommandSpec spec, RunOptions run, List<Path> scenarioFiles, Path out) {
        int horizon = run.horizon, simulations = run.simulations;
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
        for (String money : List.of("--capacity", "--occupancy")) {
            if (parsed.hasMatchedOption(money) && run.finance == null) {
                throw new ParameterException(spec.commandLine(), money + " needs --finance on the person-level route (without it costs come from costs.csv per need and setting)");
            }
        }
        if (run.finance != null && settings == null) {
            throw new ParameterException(spec.commandLine(), "--finance needs --settings FILE on the person-level route: unit costs are by provision, and the settings file maps settings to provisions");
        }
        if (!(run.occupancy > 0 && run.occupancy <= 1)) {
            throw new ParameterException(spec.commandLine(), "--occupancy: expected a share above 0 and at most 1, found " + run.occupancy);
        }
        WorkbookWriter.warmUp();
        ChartImages.warmUp();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        TransitionModel.Request request = request(spec, run, simulations, Runtime.getRuntime().availableProcessors());
        ScenarioReader reader = new ScenarioReader(request.history().baseYear(), PersonLevelScenarios.codes(request.history().space()));
        List<Scenario> files = ScenarioFiles.read(spec, reader, scenarioFiles);
        for (Scenario sf : files) {
            if (run.finance == null && (!sf.capacity().isEmpty() || !sf.finance().isEmpty() || sf.overflow() != null)) {
                err.println("warning: scenario " + sf.name() + ": its capacity, finance and overflow keys apply only with --finance; ignored");
            }
        }
        PersonLevelScenarios.Run result = PersonLevelScenarios.run(request, files, run.capacity, run.finance, run.occupancy);
        Forecast f = result.outcomes().get(0).forecast();
        for (DataWarning w : f.warnings()) err.println((w.base() ? "WARNING (base year): " : "warning: ") + w);
        List<Path> written = write(result, out);
        stdout.printf(Locale.ROOT, "%s (person-level, %s estimation): ", f.area().name(), estimation.name().toLowerCase(Locale.ROOT));
        for (int i = 0; i < result.outcomes().size(); i++) {
            Forecast o = result.outcomes().get(i).forecast();
            List<SummaryRow> totals = o.summary(Dimension.TOTAL);
            SummaryRow first = totals.get(0), last = totals.get(totals.size() - 1);
            if (i == 0) {
                stdout.printf(Locale.ROOT, "%,.0f EHC plans in January %d; projected %,.0f in January %d (80%% band %,.0f–%,.0f)%n",
                        first.mean(), first.year(), last.mean(), last.year(), last.p10(), last.p90());
            } else {
                stdout.printf(Locale.ROOT, "  scenario %s: %,.0f in January %d (80%% band %,.0f–%,.0f)%n", o.scenario(), last.mean(), last.year(),
                        last.p10(), last.p90());
            }
        }
        stdout.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private List<Path> write(PersonLevelScenarios.Run run, Path out) {
        List<org.sendplan.model.money.Outcome> outcomes = run.outcomes();
        Forecast f = outcomes.get(0).forecast();
        TransitionModel.Result first = run.results().get(0);
        List<StateCosts> costs = run.results().stream().map(TransitionModel.Result::costs).toList();
        boolean planned = outcomes.get(0).plan() != null;
        boolean peerCosts = !planned && costs.get(0) != null;
        try (OutputFolder folder = new OutputFolder(out)) {
            Path charts = folder.stage("charts/total.png").getParent();
            List<WorkbookWriter.ExtraSheet> extra = new java.util.ArrayList<>(List.of(new TransitionSheet(first.report())));
            if (peerCosts) extra.add(new StateCostSheet(costs.get(0)));
            WorkbookWriter.Options options = new WorkbookWriter.Options(suppress, null, extra);
            CompletableFuture<Void> workbook = CompletableFuture.runAsync(() -> io(out, () -> WorkbookWriter.write(outcomes, folder.stage("sufficiency-plan.xlsx"), options)));
            CompletableFuture<Void> images = CompletableFuture.runAsync(() -> io(out, () -> ChartImages.write(f, charts)));
            List<Forecast> all = outcomes.stream().map(org.sendplan.model.money.Outcome::forecast).toList();
            io(out, () -> ProjectionCsvWriter.write(all, folder.stage("projection.csv"), suppress));
            io(out, () -> SummaryCsvWriter.write(all, folder.stage("summary.csv")));
            io(out, () -> SummaryJsonWriter.writeOutcomes(outcomes, folder.stage("summary.json")));
            if (planned) {
                io(out, () -> MoneyCsvWriters.places(outcomes, folder.stage("places.csv")));
                io(out, () -> MoneyCsvWriters.costs(outcomes, folder.stage("costs.csv")));
                io(out, () -> MoneyCsvWriters.budget(outcomes, folder.stage("budget.csv")));
            } else if (peerCosts) {
                io(out, () -> MoneyCsvWriters.stateCosts(all, costs, folder.stage("costs.csv")));
                io(out, () -> MoneyCsvWriters.stateBudget(all, costs, folder.stage("budget.csv")));
            }
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
