package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.benchmark.BenchmarkField;
import org.sendplan.model.benchmark.Benchmarking;

import java.util.List;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Benchmarking</b> sheet: the area, its region, England and its nearest
 * neighbours one row each ({@link Benchmarking}), the notes on what is left out, and native bar
 * charts bound to the table: special school and independent shares, one- and five-year growth,
 * plans, new plans and requests per 1,000 pupils, the growth of requests, and plans per 1,000 aged
 * 0–25, each where two or more areas have its figures.
 */
public final class BenchmarkSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "Benchmarking";
    static final int HEADER_ROW = 2;
    private static final int CHART_ROWS = 16;

    /** A figure's cell style (shared with the national workbook's Benchmarking sheet). */
    static XSSFCellStyle style(Styles st, BenchmarkField f) {
        return switch (f.unit()) {
            case COUNT -> st.int0;
            case RATE -> st.dec1;
            case SHARE -> st.pct;
            case YEAR -> st.year;
        };
    }

    /** Columns before the figures: role, rank, code, name, distance. */
    private static final int FIRST_FIGURE = 5;
    /** Characters of a figure's column (shared with the national workbook): its header wraps to fit. */
    static final int FIGURE_WIDTH = 11;

    private final Benchmarking benchmarking;

    public BenchmarkSheet(Benchmarking benchmarking) {
        this.benchmarking = benchmarking;
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        Styles st = new Styles(wb);
        SXSSFSheet sh = wb.createSheet(NAME);
        Benchmarking b = benchmarking;
        text(sh, 0, 0, "Benchmarking: " + b.area().name() + " (" + b.area().code() + "), January " + b.year()
                + " census, against its region, England and its nearest neighbours", st.title);
        List<BenchmarkField> fields = BenchmarkField.SHEET;
        String[] head = new String[FIRST_FIGURE + fields.size()];
        String[] ids = {"Compared as", "Rank", "LA code", "Area", "Distance"};
        System.arraycopy(ids, 0, head, 0, ids.length);
        for (int c = 0; c < fields.size(); c++) head[FIRST_FIGURE + c] = fields.get(c).label();
        header(sh, HEADER_ROW, 0, head, st);
        int r = HEADER_ROW + 1;
        for (Benchmarking.Row row : b.rows()) {
            SXSSFRow x = row(sh, r++);
            text(x, 0, row.role().code(), st.text);
            number(x, 1, row.rank() > 0 ? row.rank() : Double.NaN, st.int0);
            text(x, 2, row.figures().area().code(), st.text);
            text(x, 3, row.figures().area().name(), st.text);
            number(x, 4, row.distance(), st.rate);
            for (int c = 0; c < fields.size(); c++) number(x, FIRST_FIGURE + c, fields.get(c).of(row.figures()), style(st, fields.get(c)));
        }
        int last = r - 1;
        r++;
        for (String note : b.notes()) text(sh, r++, 0, note, st.text);
        int top = r + 1;
        chart(sh, top, "Special school and independent special shares of EHC plans", Charts.PERCENT_AXIS, last, BenchmarkField.SPECIAL_SHARE,
                BenchmarkField.INDEPENDENT_SHARE);
        chart(sh, top + CHART_ROWS + 1, "Growth of EHC plans over 1 and 5 years", Charts.PERCENT_AXIS, last, BenchmarkField.GROWTH_1, BenchmarkField.GROWTH_5);
        int next = top + 2 * (CHART_ROWS + 1);
        // one bar is no comparison: a per-head chart is drawn only where its denominator is known for two areas or more
        if (b.rows().stream().filter(x -> Double.isFinite(x.figures().plansPer1000Pupils())).count() >= 2) {
            chart(sh, next, "EHC plans, new plans and requests per 1,000 pupils", "#,##0", last, BenchmarkField.PLANS_PER_1000_PUPILS,
                    BenchmarkField.NEW_PLANS_PER_1000_PUPILS, BenchmarkField.REQUESTS_PER_1000_PUPILS);
            next += CHART_ROWS + 1;
        }
        if (b.rows().stream().filter(x -> Double.isFinite(x.figures().requestsGrowth1())).count() >= 2) {
            chart(sh, next, "Growth of requests for an EHC needs assessment over 1 and 5 years", Charts.PERCENT_AXIS, last,
                    BenchmarkField.REQUESTS_GROWTH_1, BenchmarkField.REQUESTS_GROWTH_5);
            next += CHART_ROWS + 1;
        }
        if (b.rows().stream().filter(x -> Double.isFinite(x.figures().plansPer1000())).count() >= 2) {
            chart(sh, next, "EHC plans per 1,000 aged 0–25", "#,##0", last, BenchmarkField.PLANS_PER_1000);
        }
        int[] widths = {12, 6, 9, 22, 10};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        // headers wrap (PrintLayout): a figure's column is as narrow as its numbers allow
        for (int c = 0; c < fields.size(); c++) sh.setColumnWidth(FIRST_FIGURE + c, FIGURE_WIDTH * 256);
        // the areas stay at the left on screen and on every printed page
        headerRows(sh, HEADER_ROW, HEADER_ROW, FIRST_FIGURE - 1);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(last, HEADER_ROW + 1), 0, head.length - 1));
    }

    /** A clustered column chart below the table: one category per row (the area's name), one series per field given, found by name. */
    private static void chart(SXSSFSheet sh, int top, String title, String format, int last, BenchmarkField... columns) {
        // within the first printed page of columns (PrintLayout splits the table's)
        XSSFChart c = Charts.chart(sh, 0, top, 10, top + CHART_ROWS, title);
        Charts.Axes axes = Charts.axes(c, "Area", null, format);
        axes.value().setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bar = (XDDFBarChartData) c.createData(ChartTypes.BAR, axes.category(), axes.value());
        bar.setBarDirection(BarDirection.COL);
        bar.setBarGrouping(BarGrouping.CLUSTERED);
        bar.setGapWidth(60);
        bar.setVaryColors(false);
        XDDFDataSource<String> names = Cells.strings(sh, new CellRangeAddress(HEADER_ROW + 1, last, 3, 3));
        for (int i = 0; i < columns.length; i++) {
            int col = FIRST_FIGURE + BenchmarkField.SHEET.indexOf(columns[i]);
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) bar.addSeries(names, numbers(sh, new CellRangeAddress(HEADER_ROW + 1, last, col, col)));
            s.setTitle(columns[i].label(), new CellReference(NAME, HEADER_ROW, col, true, true));
            Charts.bar(s, Charts.colour(i));
        }
        Charts.plot(bar);
    }
}
