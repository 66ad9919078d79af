package org.sendplan.reports;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Forecast;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sufficiency-plan workbook ({@code sufficiency-plan.xlsx}) of one forecast with
 * Apache POI ({@link StreamingWorkbook}, native Excel charts bound to the cells). Sheets, in order:
 * <ol>
 * <li>{@link SummarySheet Summary};</li>
 * <li>{@link GroupSheets By provision, By setting, By need, By phase};</li>
 * <li>the {@link ExtraSheet extra sheets} a route adds ({@link PupilCensusSheet},
 *     {@link TransitionSheet}, {@link StateCostSheet}), in the order given;</li>
 * <li>with two or more outcomes, {@link ScenarioSheet Scenarios};</li>
 * <li>when the baseline has a plan, {@link MoneySheets Sufficiency, Costs and Budget}, then the
 *     same three for each scenario (named after it), and the {@link DsgPlanSheet DSG plan};</li>
 * <li>with a backtest, {@link BacktestSheet Backtest};</li>
 * <li>{@link AssumptionsSheet Assumptions} and {@link DataQualitySheet Data quality}.</li>
 * </ol>
 * Every number comes from the outcomes; the workbook only lays them out. Every sheet prints the
 * same way ({@link PageSetup}) and every chart is drawn the same way ({@link Charts}). Document dates are fixed
 * ({@link #FIXED_DATE}) and the zip entries carry a fixed time ({@link DeterministicZip}), so that
 * the same forecast gives the same file.
 */
public final class WorkbookWriter {
    /** The created and modified date written to the document properties. */
    public static final String FIXED_DATE = DeterministicZip.FIXED_DATE;

    /** The marker written instead of a suppressed value (as in DfE statistics: confidential). */
    public static final String SUPPRESSED = Suppression.MARKER;

    private WorkbookWriter() {
    }

    public static void write(Forecast forecast, Path file) throws IOException {
        write(List.of(new Outcome(forecast, null)), null, List.of(), file);
    }

    /** A sheet another feature adds to the workbook, after the group sheets and before Assumptions. */
    public interface ExtraSheet {
        void addTo(SXSSFWorkbook wb);
    }

    /** The workbook with {@code extra} sheets after By phase, in the order given. */
    public static void write(Forecast forecast, Path file, List<? extends ExtraSheet> extra) throws IOException {
        write(List.of(new Outcome(forecast, null)), null, extra, file);
    }

    /**
     * The first outcome's sheets (the baseline), {@code extra} sheets after By phase, with two or
     * more outcomes a Scenarios sheet comparing them, and a Backtest sheet when {@code backtest}
     * is not null.
     */
    public static void write(List<Outcome> outcomes, RollingBacktest.Result backtest, List<? extends ExtraSheet> extra,
                             Path file) throws IOException {
        write(outcomes, file, new Options(0, backtest, extra));
    }

    /**
     * What a workbook holds beyond the outcomes.
     *
     * @param suppress small-count suppression ({@link Disclosure}): values above zero and below this,
     *                 and the values that would give them away, become {@link #SUPPRESSED} (0 = off)
     * @param backtest a Backtest sheet's contents, or null
     * @param extra    sheets added after By phase, in order
     */
    public record Options(int suppress, RollingBacktest.Result backtest, List<? extends ExtraSheet> extra) {
        public static final Options DEFAULT = new Options(0, null, List.of());

        public Options {
            extra = List.copyOf(extra);
        }
    }

    public static void write(List<Outcome> outcomes, Path file, Options options) throws IOException {
        write(outcomes, file, options, Disclosure.of(outcomes.stream().map(Outcome::forecast).toList(), List.of(), options.suppress()));
    }

    /** As {@link #write(List, Path, Options)}, hiding what {@code disclosure} (of the whole run) hides. */
    static void write(List<Outcome> outcomes, Path file, Options options, Disclosure disclosure) throws IOException {
        DeterministicZip.write(build(outcomes, options, disclosure), file);
    }

    /** The workbook as POI writes it (zip entries stamped with the current time). */
    private static byte[] build(List<Outcome> outcomes, Options options, Disclosure disclosure) throws IOException {
        RollingBacktest.Result backtest = options.backtest();
        Forecast forecast = outcomes.get(0).forecast();
        SufficiencyPlan plan = outcomes.get(0).plan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        try (SXSSFWorkbook wb = new StreamingWorkbook()) {
            Styles st = new Styles(wb);
            SummarySheet.add(wb, st, outcomes, PublishedHistory.of(forecast, backtest), disclosure);
            GroupSheets.add(wb, st, forecast, disclosure);
            for (ExtraSheet e : options.extra()) {
                e.addTo(wb);
            }
            if (outcomes.size() > 1) ScenarioSheet.add(wb, st, outcomes);
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                if (o.plan() != null) MoneySheets.add(wb, st, o, MoneySheets.names(wb, o, i == 0), PageSetup.caption(List.of(o)));
            }
            if (plan != null) DsgPlanSheet.add(wb, st, outcomes, MoneySheets.marker(plan));
            if (backtest != null) BacktestSheet.add(wb, st, backtest);
            // the Assumptions sheet lists the places and money inputs too
            AssumptionsSheet.add(wb, st, forecast, plan);
            DataQualitySheet.add(wb, st, forecast, backtest);
            PageSetup.apply(wb, PageSetup.caption(outcomes));
            DeterministicZip.properties(wb, "SEND sufficiency plan: " + forecast.area().name() + " (" + forecast.area().code() + ")",
                    "EHC plan projection from January " + forecast.baseYear() + ", scenario " + forecast.scenario());
            wb.write(bytes);
        }
        return bytes.toByteArray();
    }
}
