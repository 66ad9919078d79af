package org.sendplan.cli;

import org.sendplan.app.CheckedRelease;
import org.sendplan.app.Pipeline;
import org.sendplan.app.PlacesAndMoney;
import org.sendplan.app.Route;
import org.sendplan.app.RunDefaults;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.BandCoverage;
import org.sendplan.model.Dimension;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.ScenarioHeadline;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.quality.BaseRepair;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.reports.Placeholders;
import org.sendplan.reports.ReportSet;
import org.sendplan.scenarios.Scenario;
import picocli.CommandLine.ArgGroup;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** Runs a forecast for one area (or every authority) on either route and writes the reports. */
@Command(name = "forecast", sortOptions = false,
        description = "Project EHC plans by age, need and setting for a local authority, a region or England, "
                + "and write projection.csv, summary.csv, summary.json, sufficiency-plan.xlsx and charts/*.png.")
public final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StandardOptions standard;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    RouteOptions route;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    MoneyOptions money;

    @Mixin
    PupilOptions pupils;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A scenario file (repeatable): each is run beside the baseline, sharing its random numbers.")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = RunDefaults.OUT, description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-backtest", description = "Skip the short backtest of the method on the area's history (backtest.csv, Backtest sheet).")
    boolean noBacktest;

    @Option(names = "--region", paramLabel = "NAME",
            description = "With --la all: only the authorities of this region (e.g. 'north east').")
    String region;

    @Option(names = "--projection-csv",
            description = "With --la all: also write each authority's projection.csv, every cell (3 MB each, 500 MB for England; "
                    + "one area's forecast always writes it).")
    boolean projectionCsv;

    @Override
    public Integer call() {
        boolean personLevel = RouteOptions.personLevel(route);
        simulation.validate(personLevel);
        int suppress = personLevel ? route.person.suppress : 0;
        if (suppress < 0 || suppress > RunDefaults.MAX_SUPPRESS) {
            throw new ParameterException(spec.commandLine(), "--suppress: expected 0 to " + RunDefaults.MAX_SUPPRESS + ", found " + suppress);
        }
        if (!personLevel && BatchForecast.requested(RouteOptions.la(route))) return new BatchForecast(this).call();
        PlacesAndMoney placesAndMoney = money.placesAndMoney(); // read now: a bad file is refused before the model runs
        if (region != null) {
            throw new ParameterException(spec.commandLine(), "--region: only with --la all (to forecast a region as a whole: --la \"" + region + "\")");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Route r = personLevel ? personLevelRoute(placesAndMoney) : dfeRoute(err);
        if (suppress > 0 && placesAndMoney.plans(r.plansByDefault())) {
            // the planner's places and money by provision and phase are not laid out for suppression yet: refuse rather than publish them
            throw new ParameterException(spec.commandLine(), "--suppress: not yet with --finance (places.csv and the money by provision "
                    + "would show small counts); run without one of them");
        }
        List<Scenario> files = ScenarioFiles.read(spec, r.scenarioReader(), scenarios);
        if (!placesAndMoney.plans(r.plansByDefault())) {
            for (Scenario s : files) {
                if (!s.capacity().isEmpty() || !s.finance().isEmpty() || s.overflow() != null) {
                    err.println("warning: scenario " + s.name() + ": its capacity, finance and overflow keys apply only with --finance; ignored");
                }
            }
        }
        RunResult result = new Pipeline(r, placesAndMoney).run(files, !noBacktest, true);
        reportWarnings(result.baseline(), err);
        if (result.benchmarking() != null) result.benchmarking().warnings().forEach(w -> err.println("warning: benchmarking: " + w));
        List<Path> written = write(out, result, new ReportSet.Options(suppress, false, true));
        reportPlaceholders(result, err); // after the reports: a run that cannot write says one line
        if (suppress > 0) {
            err.println("note: small counts suppressed in every output: values above 0 and below " + suppress
                    + ", and the values that would give them away through a total, are written as 'c'");
        }
        headline(stdout, r.label(), result);
        stdout.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private Route dfeRoute(PrintWriter err) {
        DfeRelease release = RouteOptions.release(route);
        release.warnings().forEach(w -> err.println("warning: " + w));
        CheckedRelease checked = new CheckedRelease(release);
        Area area = checked.areas().resolve(RouteOptions.la(route));
        money.refuseOtherAuthority(area, checked.areas());
        return RouteOptions.dfeRoute(route, checked, area, simulation, pupils.files(), pupils.newPlansPer,
                RouteOptions.ownBacktests(checked), true);
    }

    private Route personLevelRoute(PlacesAndMoney placesAndMoney) {
        var parsed = spec.commandLine().getParseResult();
        for (String dfeOnly : List.of("--pupils", "--sen-census", "--school-census", "--new-plans-per", "--region")) {
            if (parsed.hasMatchedOption(dfeOnly)) {
                throw new ParameterException(spec.commandLine(), dfeOnly + " is for the DfE route; it cannot be used with the person-level route");
            }
        }
        if (money.finance != null && route.person.settings == null) {
            throw new ParameterException(spec.commandLine(), "--finance needs --settings FILE on the person-level route: unit costs are by provision, "
                    + "and the settings file maps settings to provisions");
        }
        Route r = RouteOptions.personLevelRoute(route, simulation, Runtime.getRuntime().availableProcessors());
        for (String option : List.of("--capacity", "--occupancy")) {
            if (parsed.hasMatchedOption(option) && !placesAndMoney.plans(r.plansByDefault())) {
                throw new ParameterException(spec.commandLine(), option + " needs --finance on the person-level route "
                        + "(without it costs come from costs.csv per need and setting)");
            }
        }
        return r;
    }

    /** The one-line headline of an area (and one line per scenario). */
    static void headline(PrintWriter stdout, String label, RunResult r) {
        List<SummaryRow> totals = r.baseline().summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0), last = totals.get(totals.size() - 1);
        BandCoverage c = r.baseline().coverage();
        int h = last.year() - first.year();
        int m = c.longestMeasured(Dimension.TOTAL);
        // beyond the horizons the backtest measured, the figure of the longest measured one beside it
        String measured = m > 0 && m < h ? String.format(Locale.ROOT, "; %,.0f in January %d (%s: %,.0f–%,.0f)", totals.get(m).central(),
                totals.get(m).year(), c.label(Dimension.TOTAL, m), totals.get(m).p10(), totals.get(m).p90()) : "";
        OptionalDouble published = BaseRepair.published(r.baseline());
        String repaired = published.isPresent() ? String.format(Locale.ROOT, " (repaired base; published %,.0f)", published.getAsDouble()) : "";
        stdout.printf(Locale.ROOT, "%s: %,.0f EHC plans in January %d%s; projected %,.0f in January %d (%s: %,.0f–%,.0f)%s%n",
                label, first.mean(), first.year(), repaired, last.central(), last.year(), c.label(Dimension.TOTAL, h), last.p10(), last.p90(), measured);
        for (Outcome o : r.outcomes().subList(1, r.outcomes().size())) {
            List<SummaryRow> s = o.forecast().summary(Dimension.TOTAL);
            SummaryRow sl = s.get(s.size() - 1);
            ScenarioHeadline sh = ScenarioHeadline.of(o, r.outcomes().get(0));
            stdout.printf(Locale.ROOT, "  scenario %s: %,.0f in January %d (%s: %,.0f–%,.0f); against the baseline: %s%n", o.forecast().scenario(),
                    sl.central(), sl.year(), o.forecast().coverage().label(Dimension.TOTAL, sl.year() - first.year()), sl.p10(), sl.p90(),
                    sh.againstBaseline());
            if (sh.worse() != null) stdout.printf(Locale.ROOT, "    why: %s%n", sh.worse().sentence());
        }
    }

    /** Capacity or finance that are placeholders (none given, or an init template not yet edited), said on every run until they are not. */
    static void reportPlaceholders(RunResult r, PrintWriter err) {
        String placeholders = Placeholders.describe(r.outcomes().get(0).plan());
        if (placeholders != null) err.println("warning: " + placeholders);
        // finance that is valid but cannot mean what it says (also in the Assumptions sheet's notes)
        var plan = r.outcomes().get(0).plan();
        if (plan != null) for (String w : SufficiencyPlanner.suspectInputs(plan.capacity(), plan.finance())) err.println("warning: " + w);
    }

    /** The area's own warnings line by line; its member authorities' (of a region or England) as a count. */
    private static void reportWarnings(Forecast f, PrintWriter err) {
        List<DataWarning> own = f.warnings().stream().filter(w -> !w.series().contains("): ")).toList();
        long members = f.warnings().size() - own.size();
        for (DataWarning w : own) err.println((w.base() ? "WARNING (base year): " : "warning: ") + w);
        if (members > 0) err.println("warning: " + members + " data-quality warnings in member authorities (see the Data quality sheet)");
    }

    /** Writes a run's reports into {@code out} as a set: staged, then moved into place only when every file is written. */
    static List<Path> write(Path out, RunResult run, ReportSet.Options options) {
        try (OutputFolder folder = new OutputFolder(out, ReportSet::isReport)) {
            try {
                ReportSet.write(run, options, folder::stage);
            } catch (IOException | UncheckedIOException e) {
                throw OutputFolder.failure(out, e);
            }
            return folder.commit();
        }
    }
}
