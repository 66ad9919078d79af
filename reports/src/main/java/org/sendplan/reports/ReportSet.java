package org.sendplan.reports;

import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.transition.StateCosts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every report of one run, on either route: what the run carries decides which files and sheets
 * there are.
 * <ul>
 * <li>always: {@code sufficiency-plan.xlsx}, {@code summary.csv}, {@code summary.json}, and unless
 *     {@link Options#batch} the chart images {@code charts/*.png} ({@link ChartImages#FILES}) of
 *     the baseline and the dashboard {@code sufficiency-plan.html} ({@link Dashboard});</li>
 * <li>{@link Options#projection}: {@code projection.csv}, every cell;</li>
 * <li>{@link RunResult#backtest()} not null (DfE route): {@code backtest.csv}, the workbook's
 *     Backtest sheet and its reconciliation on Data quality, {@code "backtest"} in summary.json;</li>
 * <li>{@link RunResult#planned()}: {@code places.csv}, {@code costs.csv} and {@code budget.csv}
 *     (and the workbook's Sufficiency, Costs and Budget sheets), {@code dsg-plan.csv} (and the DSG
 *     management plan sheet), with scenarios {@code savings.csv}, with transport costs in the
 *     finance {@code transport.csv};</li>
 * <li>not planned, with {@link RunResult#stateCosts()} (person-level route with the peer's costs):
 *     {@code costs.csv} and {@code budget.csv} costed the peer's way, and the workbook's
 *     {@link StateCostSheet} of the baseline;</li>
 * <li>{@link RunResult#transitions()} not null (person-level route): the workbook's
 *     {@link TransitionSheet};</li>
 * <li>{@link RunResult#pupils()} not empty (DfE route): {@code pupils.csv} and the workbook's
 *     {@link PupilCensusSheet} of the baseline's outlook;</li>
 * <li>{@link RunResult#scap()} not empty (DfE route): {@code scap.csv} (every outcome) and the
 *     workbook's {@link ScapSheet} of the baseline;</li>
 * <li>{@link RunResult#reform()} not empty (DfE route): {@code reform-plan.csv}, with a population
 *     {@code change-split.csv}, and the workbook's {@link ReformPlanSheet} (every outcome);</li>
 * <li>{@link RunResult#benchmarking()} not null (DfE route): {@code benchmark.csv}, the workbook's
 *     {@link BenchmarkSheet} and {@code "benchmarking"} in summary.json.</li>
 * </ul>
 * With {@link Options#suppress}, one {@link Disclosure} of the whole run decides what every file,
 * sheet, chart and the dashboard hide, so that no output shows what another hid.
 * Extra sheets come after By phase in the order Transition model, Costs, Pupil census, SCAP, Reform plan, Benchmarking. With the
 * same run the files are the same, byte for byte (chart images and the dashboard's charts aside:
 * they depend on the fonts).
 */
public final class ReportSet {
    public static final String WORKBOOK = "sufficiency-plan.xlsx";
    /** The staged name whose folder the chart images are written into. */
    public static final String CHARTS = "charts/" + ChartImages.FILES.get(0);

    /**
     * @param suppress small-count suppression in every output ({@link Disclosure}): values above zero
     *                 and below this, and the values that would give them away, become
     *                 {@link WorkbookWriter#SUPPRESSED} (0 = off)
     * @param batch    no chart images and no dashboard (its charts cost what the images do, and a
     *                 batch's pages are its national workbook), and everything written on the
     *                 caller's thread (a batch runs authorities side by side instead); otherwise the
     *                 workbook, the images and the dashboard are written on threads of their own
     *                 beside the CSV and JSON files
     * @param projection {@code projection.csv}, every cell of the projection (3 MB for an authority:
     *                 a batch of every authority leaves it out unless asked)
     */
    public record Options(int suppress, boolean batch, boolean projection) {
    }

    /**
     * Where each file goes: a staged path for a name relative to the output folder, e.g.
     * {@code projection.csv} or {@code charts/total.png} (the images are written into the folder
     * of {@link #CHARTS}). Called on the caller's thread only, before anything is written there.
     */
    public interface Stage {
        Path file(String relativeName) throws IOException;
    }

    private ReportSet() {
    }

    /**
     * Writes every report of {@code run} to the paths {@code stage} gives. Returns when all of
     * them are written; an error on the workbook's or the images' thread is thrown as it was (the
     * first error is thrown once every file has been attempted, later ones added as suppressed).
     *
     * @throws IllegalArgumentException when {@code run} has peer costs but not one per outcome
     */
    public static void write(RunResult run, Options options, Stage stage) throws IOException {
        List<Outcome> outcomes = run.outcomes();
        List<Forecast> all = outcomes.stream().map(Outcome::forecast).toList();
        List<StateCosts> stateCosts = run.stateCosts();
        boolean planned = run.planned();
        boolean peerCosts = !planned && !stateCosts.isEmpty();
        if (peerCosts && stateCosts.size() != outcomes.size()) {
            throw new IllegalArgumentException("state costs: one per outcome expected, " + outcomes.size() + " outcomes and "
                    + stateCosts.size() + " costs");
        }

        Disclosure disclosure = Disclosure.of(all, peerCosts ? stateCosts : List.of(), options.suppress());
        WorkbookWriter.Options book = new WorkbookWriter.Options(options.suppress(), run.backtest(), extraSheets(run, peerCosts, disclosure));
        // Every path is asked for before any thread starts: a folder that cannot be made fails
        // here, with nothing yet writing.
        Path workbookFile = stage.file(WORKBOOK);
        Path charts = options.batch() ? null : stage.file(CHARTS).getParent();
        Path dashboard = options.batch() ? null : stage.file(Dashboard.FILE);
        Path projection = options.projection() ? stage.file("projection.csv") : null;
        Path summaryCsv = stage.file("summary.csv"), summaryJson = stage.file("summary.json");
        Path backtest = run.backtest() == null ? null : stage.file("backtest.csv");
        boolean money = planned || peerCosts;
        Path places = planned ? stage.file("places.csv") : null;
        Path costs = money ? stage.file("costs.csv") : null, budget = money ? stage.file("budget.csv") : null;
        Path savings = planned && outcomes.size() > 1 ? stage.file("savings.csv") : null;
        Path dsg = planned ? stage.file("dsg-plan.csv") : null;
        boolean transported = planned && outcomes.stream().anyMatch(o -> !o.plan().finance().transport().isEmpty());
        Path transport = transported ? stage.file("transport.csv") : null;
        Path pupils = run.pupils().isEmpty() ? null : stage.file("pupils.csv");
        Path scap = run.scap().isEmpty() ? null : stage.file("scap.csv");
        Path benchmark = run.benchmarking() == null ? null : stage.file("benchmark.csv");
        Path reform = run.reform().isEmpty() ? null : stage.file(ReformPlanCsvWriter.FILE);
        Path split = reform == null || run.reform().get(0).split() == null ? null : stage.file(ReformPlanCsvWriter.SPLIT_FILE);
        IoTask workbook = () -> WorkbookWriter.write(outcomes, workbookFile, book, disclosure);
        List<CompletableFuture<Void>> background = new ArrayList<>();
        Throwable failure = null;
        try {
            if (!options.batch()) {
                // The workbook sets the floor of a run (POI start-up); the charts and the dashboard render beside it.
                background.add(async(workbook));
                background.add(async(() -> ChartImages.write(run.baseline(), run.backtest(), charts, disclosure)));
                background.add(async(() -> Dashboard.write(run, dashboard, disclosure)));
            }
            if (projection != null) ProjectionCsvWriter.write(all, projection, disclosure);
            SummaryCsvWriter.write(all, summaryCsv, disclosure);
            SummaryJsonWriter.writeOutcomes(outcomes, run.backtest(), run.benchmarking(), summaryJson, disclosure);
            if (backtest != null) BacktestCsvWriter.write(List.of(run.backtest()), backtest);
            if (planned) {
                MoneyCsvWriters.places(outcomes, places);
                MoneyCsvWriters.costs(outcomes, costs);
                MoneyCsvWriters.budget(outcomes, budget);
                if (savings != null) MoneyCsvWriters.savings(outcomes, savings);
                MoneyCsvWriters.dsgPlan(outcomes, dsg);
                if (transport != null) MoneyCsvWriters.transport(outcomes, transport);
            } else if (peerCosts) {
                MoneyCsvWriters.stateCosts(all, stateCosts, costs, disclosure);
                MoneyCsvWriters.stateBudget(all, stateCosts, budget, disclosure);
            }
            if (pupils != null) PupilsCsvWriter.write(run.pupils(), pupils);
            if (scap != null) ScapCsvWriter.write(run.scap(), scap);
            if (benchmark != null) BenchmarkCsvWriter.write(run.benchmarking(), benchmark);
            if (reform != null) ReformPlanCsvWriter.write(run.reform(), reform);
            if (split != null) ReformPlanCsvWriter.writeSplit(run.reform(), split);
            if (options.batch()) workbook.run();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        // whatever failed, no thread is still writing once this returns or throws
        finish(background, failure);
    }

    /**
     * Whether {@code relativeName} ({@code /}-separated) is a file {@link #write} can write on
     * some run: the files an output folder replaces as one set.
     */
    public static boolean isReport(String relativeName) {
        return REPORTS.contains(relativeName) || relativeName.startsWith("charts/") && relativeName.endsWith(".png");
    }

    private static final java.util.Set<String> REPORTS = java.util.Set.of(WORKBOOK, Dashboard.FILE, "projection.csv", "summary.csv",
            "summary.json", "backtest.csv", "places.csv", "costs.csv", "budget.csv", "savings.csv", "dsg-plan.csv", "transport.csv",
            "pupils.csv", "scap.csv", "benchmark.csv", ReformPlanCsvWriter.FILE, ReformPlanCsvWriter.SPLIT_FILE);

    /** The sheets a route adds after By phase, in workbook order. */
    private static List<WorkbookWriter.ExtraSheet> extraSheets(RunResult run, boolean peerCosts, Disclosure disclosure) {
        List<WorkbookWriter.ExtraSheet> extra = new ArrayList<>();
        if (run.transitions() != null) extra.add(new TransitionSheet(run.transitions()));
        if (peerCosts) extra.add(new StateCostSheet(run.stateCosts().get(0), disclosure));
        if (!run.pupils().isEmpty()) extra.add(PupilCensusSheet.of(run.pupils().get(0)));
        if (!run.scap().isEmpty()) extra.add(new ScapSheet(run.scap().get(0)));
        if (!run.reform().isEmpty()) extra.add(new ReformPlanSheet(run.reform(), run.outcomes()));
        if (run.benchmarking() != null) extra.add(new BenchmarkSheet(run.benchmarking()));
        return extra;
    }

    private interface IoTask {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> async(IoTask task) {
        return CompletableFuture.runAsync(() -> {
            try {
                task.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Waits for every background task (so that nothing is still writing when {@link #write}
     * returns or throws), then throws {@code failure} or else the first task's error, as it was
     * thrown, with any later errors suppressed in it.
     */
    private static void finish(List<CompletableFuture<Void>> tasks, Throwable failure) throws IOException {
        for (CompletableFuture<Void> task : tasks) {
            try {
                task.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (failure == null) failure = cause;
                else if (cause != failure) failure.addSuppressed(cause);
            }
        }
        if (failure == null) return;
        if (failure instanceof IOException io) throw io;
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error err) throw err;
        throw new IllegalStateException(failure);
    }
}
