package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;

import java.util.List;

import static org.sendplan.reports.Charts.chart;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's group × year sheets, <b>By provision</b>, <b>By setting</b>, <b>By need</b> and
 * <b>By phase</b>: one row per group, years across, means; a Total row of {@code SUM} formulas
 * (with cached values); a stacked column chart of the means on By provision; then p10 and p90
 * blocks per group (quantiles of each group separately: they do not add up, so they have no
 * total). With suppression, the values a {@link Disclosure} hides are written as
 * {@link Suppression#MARKER} (a gap in the chart) and the Total row holds the sums as values, the
 * marker where the total itself is hidden.
 */
final class GroupSheets {
    /** Header row (0-based) of the means table. */
    static final int HEADER_ROW = 2;
    /** First column (0-based) of the years (A = code, B = description). */
    static final int FIRST_YEAR_COL = 2;

    private static final int CHART_ROWS = 20;

    /** A group × year sheet: its name, the summary dimension it shows, and what a group is called. */
    private record View(String name, Dimension dimension, String noun) {
    }

    /** The group × year sheets, in workbook order. */
    private static final List<View> VIEWS = List.of(
            new View("By provision", Dimension.PROVISION, "provision"),
            new View("By setting", Dimension.SETTING, "setting"),
            new View("By need", Dimension.NEED, "primary need"),
            new View("By phase", Dimension.PHASE, "phase"));

    private GroupSheets() {
    }

    /** Adds the four sheets in order, hiding what {@code disclosure} hides. */
    static void add(SXSSFWorkbook wb, Styles st, Forecast f, Disclosure disclosure) {
        for (View v : VIEWS) {
            sheet(wb, st, f, v.name(), v.dimension(), v.noun(), disclosure);
        }
    }

    private static void sheet(SXSSFWorkbook wb, Styles st, Forecast f, String name, Dimension dim, String noun, Disclosure disclosure) {
        SXSSFSheet sh = wb.createSheet(name);
        SummaryTable t = SummaryTable.of(f, dim, disclosure);
        SummaryTable totals = SummaryTable.of(f, Dimension.TOTAL, disclosure);
        int g = t.groups.size();
        int ny = t.years.length;
        text(sh, 0, 0, "EHC plans by " + noun + ", " + f.area().name() + ": mean by January census year", st.title);
        text(sh, 1, 0, f.baseYear() + " observed, later years projected (mean). Total = sum of the means. "
                + "The p10 and p90 blocks below are per " + noun + " and do not add up.", st.text);

        int hr = HEADER_ROW;
        yearHeader(sh, hr, t, st, "Code");
        for (int gi = 0; gi < g; gi++) {
            SXSSFRow row = sh.createRow(hr + 1 + gi);
            groupLabel(row, f, dim, t.groups.get(gi), st);
            for (int y = 0; y < ny; y++) {
                number(row, FIRST_YEAR_COL + y, t.mean(gi, y), st.int0, t.hides(gi, y, t.mean(gi, y)));
            }
        }
        if (disclosure.active()) {
            text(sh, 1, 0, f.baseYear() + " observed, later years projected (mean). " + disclosure.note() + " The p10 and p90 blocks below are per "
                    + noun + " and do not add up.", st.text);
        }
        int totalRow = hr + 1 + g;
        SXSSFRow tr = sh.createRow(totalRow);
        text(tr, 0, "Total", st.bold);
        text(tr, 1, "", st.bold);
        for (int y = 0; y < ny; y++) {
            int col = FIRST_YEAR_COL + y;
            SXSSFCell c = tr.createCell(col);
            double sum = 0;
            for (int gi = 0; gi < g; gi++) {
                double v = t.mean(gi, y);
                if (Double.isFinite(v)) sum += v;
            }
            // a formula would add the visible (suppressed) cells only: the total is written as a value instead
            if (g > 0 && !disclosure.active()) {
                String colName = CellReference.convertNumToColString(col);
                c.setCellFormula("SUM(" + colName + (hr + 2) + ":" + colName + (hr + 1 + g) + ")");
            }
            int ty = totals.isEmpty() ? -1 : java.util.Arrays.binarySearch(totals.years, t.years[y]);
            if (ty >= 0 && totals.hides(0, ty, sum)) c.setCellValue(Suppression.MARKER);
            else c.setCellValue(sum);
            c.setCellStyle(st.int0Bold);
        }

        int next = totalRow + 2;
        if (dim == Dimension.PROVISION && g > 0 && ny > 0) {
            provisionChart(sh, f, t, name, next);
            next += CHART_ROWS + 1;
        }

        next = quantileBlock(sh, st, f, t, next, "p10: lower end of the band, per " + noun + " (" + f.coverage().note(dim) + ")", true) + 1;
        quantileBlock(sh, st, f, t, next, "p90: upper end of the band, per " + noun, false);

        sh.setColumnWidth(0, 24 * 256);
        sh.setColumnWidth(1, 48 * 256);
        for (int y = 0; y < Math.max(ny, 1); y++) {
            sh.setColumnWidth(FIRST_YEAR_COL + y, 10 * 256);
        }
        headerRows(sh, hr, hr, FIRST_YEAR_COL);
        sh.setAutoFilter(new CellRangeAddress(hr, hr + Math.max(g, 1), 0, FIRST_YEAR_COL + Math.max(ny, 1) - 1));
    }

    /** The stacked column chart of the means, bound to the means table, from row {@code top}. */
    private static void provisionChart(SXSSFSheet sh, Forecast f, SummaryTable t, String name, int top) {
        int hr = HEADER_ROW;
        int g = t.groups.size();
        int ny = t.years.length;
        XSSFChart chart = chart(sh, 0, top, Math.max(FIRST_YEAR_COL + ny, 10), top + CHART_ROWS,
                "EHC plans by provision, " + f.area().name() + " (mean)");
        Charts.Axes axes = Charts.axes(chart, "January census year", "EHC plans", Styles.COUNT);
        axes.value().setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.category(), axes.value());
        bar.setBarDirection(BarDirection.COL);
        bar.setBarGrouping(BarGrouping.STACKED);
        bar.setOverlap((byte) 100);
        bar.setGapWidth(50);
        bar.setVaryColors(false);
        XDDFDataSource<Double> years = numbers(sh,
                new CellRangeAddress(hr, hr, FIRST_YEAR_COL, FIRST_YEAR_COL + ny - 1));
        for (int gi = 0; gi < g; gi++) {
            int r = hr + 1 + gi;
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) bar.addSeries(years,
                    numbers(sh, new CellRangeAddress(r, r, FIRST_YEAR_COL, FIRST_YEAR_COL + ny - 1)));
            // the legend names the provision (column B), or gives the code where it has no name
            String label = SummaryTable.label(f, t.dimension, t.groups.get(gi));
            int col = label.isEmpty() ? 0 : 1;
            s.setTitle(label.isEmpty() ? t.groups.get(gi) : label, new CellReference(name, r, col, true, true));
            Charts.bar(s, Charts.colour(gi));
        }
        Charts.plot(bar);
    }

    /** Writes a labelled quantile block starting at {@code top}; returns the row after it. */
    private static int quantileBlock(SXSSFSheet sh, Styles st, Forecast f, SummaryTable t, int top, String label, boolean low) {
        text(sh, top, 0, label, st.bold);
        yearHeader(sh, top + 1, t, st, "Code");
        for (int gi = 0; gi < t.groups.size(); gi++) {
            SXSSFRow row = sh.createRow(top + 2 + gi);
            groupLabel(row, f, t.dimension, t.groups.get(gi), st);
            for (int y = 0; y < t.years.length; y++) {
                double v = low ? t.p10(gi, y) : t.p90(gi, y);
                number(row, FIRST_YEAR_COL + y, v, st.int0, t.hides(gi, y, v));
            }
        }
        return top + 2 + t.groups.size();
    }

    private static void yearHeader(SXSSFSheet sh, int r, SummaryTable t, Styles st, String first) {
        SXSSFRow row = row(sh, r);
        text(row, 0, first, st.header);
        text(row, 1, "Description", st.header);
        for (int y = 0; y < t.years.length; y++) {
            number(row, FIRST_YEAR_COL + y, t.years[y], st.headerYear);
        }
    }

    private static void groupLabel(SXSSFRow row, Forecast f, Dimension dim, String group, Styles st) {
        text(row, 0, group, st.text);
        text(row, 1, SummaryTable.label(f, dim, group), st.text);
    }
}
