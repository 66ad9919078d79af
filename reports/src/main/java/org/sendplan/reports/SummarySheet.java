package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.Outcome;

import java.util.List;
import java.util.SortedMap;

import static org.sendplan.reports.Charts.chart;
import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Summary</b> sheet: title; total EHC plans by January census year (Year,
 * Observed/Projected, Mean, p10, p50, p90, p2.5, p97.5); under it a headline block (base year, base + 5,
 * last year, with the % change against the base year as live formulas); a line chart of mean,
 * p10 and p90; under it the {@link HeadlineTable headline of every scenario}; last, with published
 * years, the chart's own figures. One column wide of tables, so that it prints one page wide at full size.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    /** Header row (0-based) of the totals table; the years start on the row below. */
    static final int HEADER_ROW = 3;

    private static final int CHART_ROWS = 20;
    /** Column B: Observed/Projected, then the headlines' labels (wrapped where longer). */
    private static final int LABEL_WIDTH = 36;

    private SummarySheet() {
    }

    static void add(SXSSFWorkbook wb, Styles st, List<Outcome> outcomes, PublishedHistory history, Disclosure disclosure) {
        Forecast f = outcomes.get(0).forecast();
        SXSSFSheet sh = wb.createSheet(NAME);
        SummaryTable totals = SummaryTable.of(f, Dimension.TOTAL, disclosure);
        int lastYear = f.baseYear() + f.horizon();
        text(sh, 0, 0, "EHC plan projection: " + f.area().name() + " (" + f.area().code() + ")", st.title);
        text(sh, 1, 0, "Base year " + f.baseYear() + " (January census, observed); horizon " + f.horizon()
                + " years to " + lastYear + "; scenario: " + f.scenario(), st.text);
        if (disclosure.active()) text(sh, 2, 0, disclosure.note() + " See each sheet's note.", st.text);

        String[] head = {"Year", "Observed/Projected", "Central (median)", "p10", "Mean", "p90", "p2.5", "p97.5"};
        header(sh, HEADER_ROW, 0, head, st);
        int n = totals.isEmpty() ? 0 : totals.years.length;
        int first = HEADER_ROW + 1;
        for (int y = 0; y < n; y++) {
            SummaryRow r = totals.row(0, y);
            SXSSFRow row = sh.createRow(first + y);
            number(row, 0, totals.years[y], st.year);
            text(row, 1, totals.years[y] == f.baseYear() ? "Observed" : "Projected", st.text);
            if (r != null) {
                double[] v = {r.central(), r.p10(), r.mean(), r.p90(), r.p025(), r.p975()};
                for (int k = 0; k < v.length; k++) number(row, 2 + k, v[k], st.int0, totals.hides(0, y, v[k]));
            }
        }
        // one column of labels (B) under the totals' Observed/Projected, wide enough for a headline's words: the
        // sheet prints one page wide at full size, its tables and chart one under another
        int[] widths = {8, LABEL_WIDTH, 11, 11, 11, 11, 11, 11};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        headerRows(sh, HEADER_ROW, HEADER_ROW, 0);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(n, 1), 0, head.length - 1));

        // Headline block under the table: B..E.
        int hc = 1;
        int hr = first + Math.max(n, 1) + 1;
        header(sh, hr++, hc, new String[]{"Headline", "January", "EHC plans", "Change vs base"}, st);
        int baseIdx = indexOf(totals, f.baseYear());
        int fiveIdx = indexOf(totals, f.baseYear() + 5);
        int lastIdx = n - 1;
        if (baseIdx >= 0) {
            headline(sh, st, hr++, hc, "Total EHC plans, base year (observed)", f.baseYear(), first + baseIdx, -1,
                    totals.shown(0, baseIdx, totals.mean(0, baseIdx)), Double.NaN);
            if (fiveIdx >= 0 && fiveIdx != lastIdx) {
                headline(sh, st, hr++, hc, "Projected total, base + 5 years (central: median)", totals.years[fiveIdx],
                        first + fiveIdx, first, totals.shown(0, fiveIdx, totals.central(0, fiveIdx)), totals.shown(0, baseIdx, totals.mean(0, baseIdx)));
            }
            if (lastIdx > baseIdx) {
                headline(sh, st, hr++, hc, "Projected total, last year (central: median)", totals.years[lastIdx],
                        first + lastIdx, first, totals.shown(0, lastIdx, totals.central(0, lastIdx)), totals.shown(0, baseIdx, totals.mean(0, baseIdx)));
            }
        }
        if (n == 0) return;
        // under the headline the chart, as wide as the totals; under it the headline of every scenario (planned
        // figures included); last the chart's own figures where there are published years
        int chartTop = hr + 1;
        int next = HeadlineTable.add(sh, st, chartTop + CHART_ROWS + 1, hc, outcomes);
        SortedMap<Integer, Double> published = history.of(Dimension.TOTAL, totals.groups.get(0));
        int[] src = published.isEmpty() ? new int[]{first, n, 0, 2, 3, 5, -1, HEADER_ROW}
                : chartData(sh, st, next + 1, published, f, totals, first, n);
        totalChart(sh, f, chartTop, head.length, src);
    }

    /**
     * The chart's table at row {@code top}: each published year's figure, then the base year
     * (observed, in both columns, so that the lines meet) and the projection, its cells formulas
     * on the totals table's. Returns where the chart reads it: {first row, rows, year column,
     * central, p10, p90 and published columns, header row}.
     */
    private static int[] chartData(SXSSFSheet sh, Styles st, int top, SortedMap<Integer, Double> published, Forecast f, SummaryTable totals,
                                   int first, int n) {
        text(sh, top, 0, "The chart's figures: published (January census) and projected", st.bold);
        String[] head = {"Year", "Published", "Central (median)", "p10", "p90"};
        header(sh, top + 1, 0, head, st);
        int r = top + 2, from = r;
        for (var e : published.entrySet()) {
            SXSSFRow row = sh.createRow(r++);
            number(row, 0, e.getKey(), st.year);
            number(row, 1, e.getValue(), st.int0);
        }
        for (int y = 0; y < n; y++) {
            SXSSFRow row = sh.createRow(r++);
            number(row, 0, totals.years[y], st.year);
            if (totals.years[y] == f.baseYear()) number(row, 1, totals.mean(0, y), st.int0, totals.hides(0, y, totals.mean(0, y)));
            int[] cols = {2, 3, 5};
            for (int k = 0; k < cols.length; k++) {
                SXSSFCell c = row.createCell(2 + k);
                c.setCellFormula(new CellReference(first + y, cols[k]).formatAsString());
                SXSSFCell src = sh.getRow(first + y).getCell(cols[k]);
                if (src != null && src.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) c.setCellValue(src.getNumericCellValue());
                c.setCellStyle(st.int0);
            }
        }
        return new int[]{from, r - from, 0, 2, 3, 4, 1, top + 1};
    }

    /**
     * The line chart of the published years, the central figure (median), p10 and p90, bound to
     * the rows {@code src} names ({@link #chartData}), its value axis bounded about the lines.
     */
    private static void totalChart(SXSSFSheet sh, Forecast f, int chartTop, int columns, int[] src) {
        XSSFChart chart = chart(sh, 0, chartTop, columns, chartTop + CHART_ROWS,
                "Total EHC plans, " + f.area().name() + " (central forecast and " + f.coverage().note(Dimension.TOTAL) + ")");
        Charts.Axes axes = Charts.axes(chart, "January census year", "EHC plans", Styles.COUNT);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.category(), axes.value());
        int from = src[0], to = src[0] + src[1] - 1;
        XDDFDataSource<Double> years = numbers(sh, new CellRangeAddress(from, to, src[2], src[2]));
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            int col = k == 3 ? src[6] : src[3 + k];
            if (col < 0) continue;
            XDDFNumericalDataSource<Double> values = numbers(sh, new CellRangeAddress(from, to, col, col));
            for (int i = 0; i < values.getPointCount(); i++) {
                Double v = values.getPointAt(i);
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years, values);
            s.setTitle(sh.getRow(src[7]).getCell(col).getStringCellValue(), new CellReference(NAME, src[7], col, true, true));
            if (k == 3) Charts.line(s, Charts.colour(1), 2, Charts.Stroke.SOLID, MarkerStyle.CIRCLE);
            else Charts.band(s, k == 0);
        }
        Charts.bound(axes.value(), lo, hi);
        Charts.plot(data);
    }

    private static void headline(SXSSFSheet sh, Styles st, int r, int c, String label, int year, int valueRow,
                                 int baseRow, double value, double baseValue) {
        SXSSFRow row = row(sh, r);
        text(row, c, label, st.wrap);
        number(row, c + 1, year, st.year);
        SXSSFCell v = row.createCell(c + 2);
        v.setCellFormula("C" + (valueRow + 1));
        if (Double.isNaN(value)) v.setCellValue(Suppression.MARKER); // the total it reads is hidden
        else v.setCellValue(value);
        v.setCellStyle(st.int0);
        if (baseRow >= 0) {
            SXSSFCell p = row.createCell(c + 3);
            String vc = new CellReference(r, c + 2).formatAsString();
            p.setCellFormula("IF(C" + (baseRow + 1) + "=0,\"\"," + vc + "/C" + (baseRow + 1) + "-1)");
            if (baseValue != 0 && Double.isFinite(baseValue) && Double.isFinite(value)) {
                p.setCellValue(value / baseValue - 1);
            } else {
                p.setCellValue("");
            }
            p.setCellStyle(st.pct);
        }
    }

    /** {@code v}, the total of year index {@code y}, or NaN where it is hidden. */

    private static int indexOf(SummaryTable t, int year) {
        if (t.isEmpty()) return -1;
        for (int i = 0; i < t.years.length; i++) {
            if (t.years[i] == year) return i;
        }
        return -1;
    }
}
