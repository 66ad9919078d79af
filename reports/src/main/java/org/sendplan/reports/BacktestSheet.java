package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.BacktestMetrics;
import org.sendplan.model.BandCoverage;
import org.sendplan.model.Dimension;

import java.util.List;

import static org.sendplan.reports.Charts.chart;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's Backtest sheet: accuracy per method × years ahead × roll-up (MAPE, median APE,
 * WAPE, bias, relative MAE vs last value, p10–p90 coverage), the total's MAPE by years ahead for sendplan and
 * both baselines with a native line chart beside it, then what each base year's forecast had to work with.
 */
final class BacktestSheet {
    static final String NAME = "Backtest";
    static final int HEADER_ROW = 2;
    private static final int CHART_ROWS = 18;

    private BacktestSheet() {
    }

    static void add(SXSSFWorkbook wb, Styles st, RollingBacktest.Result bt) {
        SXSSFSheet sh = wb.createSheet(NAME);
        text(sh, 0, 0, "Backtest: " + bt.area().name() + " (" + bt.area().code() + "), forecasts from every base year with enough history "
                + "against the published outturn", st.title);
        text(sh, 1, 0, "Coverage here is the share of outturns inside the p10–p90 band " + BandCoverage.THIS_AUTHORITY + "; the bands of the "
                + "forecast (Summary, the charts) are labelled with their coverage " + BandCoverage.EVERY_AUTHORITY + ".", st.text);
        String[] head = {"Method", "Years ahead", "Roll-up", "Cases", "MAPE", "Median APE", "WAPE", "Bias (plans)", "Bias (%)", "Relative MAE (vs last value)",
                "p10–p90 coverage, " + BandCoverage.THIS_AUTHORITY};
        header(sh, HEADER_ROW, 0, head, st);
        List<BacktestMetrics.Line> lines = BacktestMetrics.of(bt.rows());
        int r = HEADER_ROW + 1;
        for (BacktestMetrics.Line l : lines) {
            SXSSFRow row = row(sh, r++);
            text(row, 0, l.method().code(), st.text);
            number(row, 1, l.horizon(), st.int0);
            text(row, 2, l.dimension().code(), st.text);
            number(row, 3, l.n(), st.int0);
            number(row, 4, l.mape(), st.pct);
            number(row, 5, l.medianApe(), st.pct);
            number(row, 6, l.wape(), st.pct);
            number(row, 7, l.bias(), st.int0);
            number(row, 8, l.biasPct(), st.pct);
            number(row, 9, l.relMae(), st.dec1);
            number(row, 10, l.coverage(), st.pct);
        }
        int lastMetric = r - 1;
        // chart data: total MAPE by years ahead, one column per method
        int top = r + 1;
        text(sh, top, 0, "Total: MAPE by years ahead", st.bold);
        String[] ch = {"Years ahead", "sendplan", "last_value", "last_growth"};
        header(sh, top + 1, 0, ch, st);
        int first = top + 2;
        for (int h = 1; h <= bt.maxHorizon(); h++) {
            SXSSFRow row = row(sh, first + h - 1);
            number(row, 0, h, st.int0);
            RollingBacktest.Method[] ms = RollingBacktest.Method.values();
            for (int m = 0; m < ms.length; m++) {
                BacktestMetrics.Line l = BacktestMetrics.find(lines, ms[m], h, Dimension.TOTAL);
                number(row, 1 + m, l == null ? Double.NaN : l.mape(), st.pct);
            }
        }
        int last = first + bt.maxHorizon() - 1;
        // the chart sits beside its table, within the metrics' columns (the sheet prints no wider than they are)
        boolean chart = bt.maxHorizon() >= 1 && !lines.isEmpty();
        r = Math.max(last + 2, chart ? top + CHART_ROWS + 1 : 0);
        text(sh, r++, 0, "Base years and the inputs each had", st.bold);
        for (RollingBacktest.BaseYear b : bt.baseYears()) {
            SXSSFRow row = row(sh, r++);
            number(row, 0, b.year(), st.year);
            text(row, 1, b.method(), st.text);
            text(row, 2, b.inputs(), st.text);
        }
        r++;
        for (String m : bt.method()) text(sh, r++, 0, m, st.text);
        if (chart) {
            XSSFChart c = chart(sh, ch.length + 1, top, head.length, top + CHART_ROWS, "Total: mean absolute % error by years ahead");
            Charts.Axes axes = Charts.axes(c, "Years ahead", "Mean absolute % error", Charts.PERCENT_AXIS);
            XDDFDataSource<Double> years = numbers(sh, new CellRangeAddress(first, last, 0, 0));
            XDDFLineChartData data = (XDDFLineChartData) c.createData(ChartTypes.LINE, axes.category(), axes.value());
            for (int col = 1; col <= 3; col++) {
                XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years, numbers(sh, new CellRangeAddress(first, last, col, col)));
                s.setTitle(ch[col], new CellReference(NAME, top + 1, col, true, true));
                Charts.line(s, Charts.colour(col - 1), col == 1 ? 2.5 : 1.75, Charts.Stroke.SOLID, MarkerStyle.CIRCLE);
            }
            Charts.plot(data);
        }
        int[] widths = {14, 12, 12, 8, 10, 11, 10, 12, 10, 8, 16};
        for (int col = 0; col < widths.length; col++) sh.setColumnWidth(col, widths[col] * 256);
        headerRows(sh, HEADER_ROW, HEADER_ROW, 0);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastMetric, HEADER_ROW + 1), 0, head.length - 1));
    }
}
