package org.sendplan.reports;

import org.sendplan.model.BandCoverage;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.evaluation.BacktestMetrics;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.reports.DashboardView.Builder;
import org.sendplan.reports.DashboardView.Cell;
import org.sendplan.reports.DashboardView.Part;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Section;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dashboard's sections about how far to trust the figures: the backtest, the data's quality, the assumptions. */
final class DashboardNoteSections {
    private DashboardNoteSections() {
    }

    /**
     * With a backtest: the total's accuracy by years ahead against the two naive baselines (the
     * figures of summary.json's {@code "backtest"}), and the measured coverage of the bands.
     */
    static Optional<Section> accuracy(RunResult run) {
        RollingBacktest.Result bt = run.backtest();
        if (bt == null) return Optional.empty();
        List<BacktestMetrics.Line> lines = BacktestMetrics.of(bt.rows());
        List<Row> rows = new ArrayList<>();
        for (int h = 1; h <= bt.maxHorizon(); h++) {
            BacktestMetrics.Line own = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, h, Dimension.TOTAL);
            if (own == null) continue;
            BacktestMetrics.Line lv = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_VALUE, h, Dimension.TOTAL);
            BacktestMetrics.Line lg = BacktestMetrics.find(lines, RollingBacktest.Method.LAST_GROWTH, h, Dimension.TOTAL);
            rows.add(Row.numbers(Integer.toString(h), Shown.count(own.n()), Shown.percent(own.mape()), Shown.percent(own.medianApe()),
                    Shown.percent(own.coverage()), Shown.rate(own.relMae()), Shown.percent(lv == null ? Double.NaN : lv.mape()),
                    Shown.percent(lg == null ? Double.NaN : lg.mape())));
        }
        Builder b = new Builder(Part.ACCURACY)
                .paragraph("The method forecast " + bt.area().name() + " from every past base year with only what was known then, and "
                        + "each forecast is set against what was published later. MAPE is the mean absolute percentage error; the relative MAE "
                        + "(the mean absolute error over that of carrying the last value forward) below 1 beats it; coverage is the share of outturns inside the p10–p90 band "
                        + BandCoverage.THIS_AUTHORITY + ". The bands of the forecast carry the coverage measured "
                        + BandCoverage.EVERY_AUTHORITY + " (the second table), which is what their labels give.")
                .table(new Table("Total EHC plans: accuracy of past forecasts by years ahead, against two naive baselines",
                        List.of("Years ahead", "Forecasts", "MAPE", "Median APE", "p10–p90 coverage, " + BandCoverage.THIS_AUTHORITY, "Relative MAE (vs last value)", "MAPE, last value",
                                "MAPE, last growth"), rows));
        Forecast f = run.baseline();
        if (f.coverage().measured()) {
            List<String> head = new ArrayList<>(List.of("Roll-up"));
            for (int h = 1; h <= f.horizon(); h++) head.add(h + (h == 1 ? " year" : " years"));
            List<Row> cov = new ArrayList<>();
            for (Dimension d : new Dimension[]{Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE}) {
                String[] cells = new String[f.horizon()];
                for (int h = 1; h <= f.horizon(); h++) cells[h - 1] = Shown.percent(f.coverage().at(d, h));
                cov.add(Row.numbers(d.code(), cells));
            }
            b.table(new Table("Share of outturns inside the p10–p90 band " + BandCoverage.EVERY_AUTHORITY + ", by years ahead ("
                    + Shown.MISSING + ": not measured); the bands of this forecast are set on these", head, cov));
        }
        bt.method().forEach(b::note);
        return Optional.of(b.build());
    }

    /** Every data-quality finding, as on the workbook's Data quality sheet. */
    static Section dataQuality(RunResult run) {
        List<DataWarning> found = DataQualitySheet.findings(run.baseline(), run.backtest());
        Builder b = new Builder(Part.DATA_QUALITY);
        if (found.isEmpty()) return b.paragraph("No data-quality warnings.").build();
        List<Row> rows = new ArrayList<>();
        for (DataWarning w : found) {
            rows.add(new Row(w.series(), List.of(new Cell(w.year() > 0 ? Integer.toString(w.year()) : "", true),
                    new Cell(w.base() ? "yes" : "no", false), new Cell(w.message(), false))));
        }
        return b.paragraph("What the data checks found, and what the run did about it. A warning about the base year itself "
                        + "matters most: the projection starts from it.")
                .table(new Table(found.size() + " data-quality finding" + (found.size() == 1 ? "" : "s"),
                        List.of("Series", "Year", "Base year?", "Finding"), rows))
                .build();
    }

    /** The ILLUSTRATIVE inputs, every assumption with its source, and the method notes. */
    static Section assumptions(RunResult run) {
        Forecast f = run.baseline();
        SufficiencyPlan plan = run.outcomes().get(0).plan();
        Builder b = new Builder(Part.ASSUMPTIONS);
        String placeholders = Placeholders.notice(plan);
        if (placeholders != null) {
            b.notice("ILLUSTRATIVE", placeholders + " To replace them, sendplan init writes capacity.csv and finance.yaml templates "
                    + "to fill with the authority's own figures (then delete finance.yaml's illustrative line).");
        } else if (plan != null) {
            b.paragraph("Capacity: " + plan.capacity().source() + ". Finance: " + plan.finance().source() + ".");
        }
        List<Row> rows = new ArrayList<>();
        for (Assumption a : AssumptionsSheet.assumptions(f, plan)) {
            String value = AssumptionsSheet.whole(a.value()) ? Shown.count(a.value()) : Shown.rate(a.value());
            rows.add(new Row(a.group(), List.of(new Cell(a.name(), false), new Cell(value, true), new Cell(a.source(), false))));
        }
        if (!rows.isEmpty()) b.table(new Table("Every rate and input the run used, with its source", List.of("Group", "Name", "Value", "Source"), rows));
        AssumptionsSheet.notes(f, plan).forEach(b::note);
        return b.build();
    }
}
