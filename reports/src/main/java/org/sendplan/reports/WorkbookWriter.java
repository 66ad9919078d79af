package org.sendplan.reports;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;

import static org.sendplan.reports.Cells.chart;
import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.numbers;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes the sufficiency-plan workbook ({@code sufficiency-plan.xlsx}) of one forecast with
 * Apache POI (XSSF, native Excel charts bound to the cells). Sheets, in order:
 * <ol>
 * <li><b>Summary</b>: title; total EHC plans by January census year (Year, Observed/Projected,
 *     Mean, p10, p50, p90, p2.5, p97.5); a headline block (base year, base + 5, last year, with
 *     the % change against the base year as live formulas); a line chart of mean, p10 and p90.</li>
 * <li><b>By provision</b>, <b>By setting</b>, <b>By need</b>, <b>By phase</b>: one row per group,
 *     years across, means; a Total row of {@code SUM} formulas (with cached values); a stacked
 *     column chart of the means on By provision; then p10 and p90 blocks per group (quantiles of
 *     each group separately: they do not add up, so they have no total).</li>
 * <li><b>Assumptions</b>: Group, Name, Value, Source, then the method notes.</li>
 * <li><b>Data quality</b>: Series, Year, Base year?, Message, or "No data-quality warnings".</li>
 * </ol>
 * Every number comes from the forecast ({@code summary}, {@code assumptions}); the workbook
 * only lays them out. Document dates are fixed ({@link #FIXED_DATE}) and the zip entries carry
 * a fixed time, so that the same forecast gives the same file.
 */
public final class WorkbookWriter {
    /** The created and modified date written to the document properties. */
    public static final String FIXED_DATE = "2000-01-01T00:00:00Z";

    static final String SUMMARY = "Summary";
    static final String ASSUMPTIONS = "Assumptions";
    static final String DATA_QUALITY = "Data quality";

    /** A group × year sheet: its name, the summary dimension it shows, and what a group is called. */
    private record GroupSheet(String name, Dimension dimension, String noun) {
    }

    /** The group × year sheets, in workbook order. */
    private static final List<GroupSheet> GROUP_SHEETS = List.of(
            new GroupSheet("By provision", Dimension.PROVISION, "provision"),
            new GroupSheet("By setting", Dimension.SETTING, "setting"),
            new GroupSheet("By need", Dimension.NEED, "primary need"),
            new GroupSheet("By phase", Dimension.PHASE, "phase"));

    /** Header row (0-based) of the Summary totals table; the years start on the row below. */
    static final int SUMMARY_HEADER_ROW = 3;
    /** Header row (0-based) of the means table on the group sheets. */
    static final int GROUP_HEADER_ROW = 2;
    /** First column (0-based) of the years on the group sheets (A = code, B = description). */
    static final int GROUP_FIRST_YEAR_COL = 2;

    private static final int CHART_ROWS = 20;

    private static final WarmUp WARM_UP = new WarmUp("workbook", WorkbookWriter::warmUpTask);

    private WorkbookWriter() {
    }

    /**
     * Optional: starts loading POI's classes on a background thread (returns at once). Call it
     * early, e.g. before reading the data, when a workbook will be written: a cold write spends
     * most of its time loading classes, and this lets that overlap with other work. {@link #write}
     * waits for a started warm-up to finish before it begins. Calling it more than once is harmless.
     */
    public static void warmUp() {
        WARM_UP.start();
    }

    private static void warmUpTask() {
        try {
            fixZipTimes(build(List.of(new Outcome(WarmUpForecast.get(), null)), Options.DEFAULT), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void write(Forecast forecast, Path file) throws IOException {
        write(forecast, null, file);
    }

    /** With the Sufficiency, Costs and Budget sheets when {@code plan} is not null. */
    public static void write(Forecast forecast, SufficiencyPlan plan, Path file) throws IOException {
        write(List.of(new Outcome(forecast, plan)), null, List.of(), file);
    }

    /** With a Backtest sheet (before Assumptions) when {@code backtest} is not null. */
    public static void write(Forecast forecast, SufficiencyPlan plan, org.sendplan.model.evaluation.Backtest.Result backtest, Path file) throws IOException {
        write(List.of(new Outcome(forecast, plan)), backtest, List.of(), file);
    }

    /** A sheet another feature adds to the workbook, after the group sheets and before Assumptions. */
    public interface ExtraSheet {
        void addTo(XSSFWorkbook wb);
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
    public static void write(List<Outcome> outcomes, org.sendplan.model.evaluation.Backtest.Result backtest, List<? extends ExtraSheet> extra,
                             Path file) throws IOException {
        write(outcomes, file, new Options(0, backtest, extra));
    }

    /**
     * What a workbook holds beyond the outcomes.
     *
     * @param suppress replace every group value below this (and above zero) with {@link #SUPPRESSED}
     *                 on the group sheets, as official statistics do; totals stay exact (0 = off)
     * @param backtest a Backtest sheet's contents, or null
     * @param extra    sheets added after By phase, in order
     */
    public record Options(int suppress, org.sendplan.model.evaluation.Backtest.Result backtest, List<? extends ExtraSheet> extra) {
        public static final Options DEFAULT = new Options(0, null, List.of());

        public Options {
            extra = List.copyOf(extra);
        }
    }

    /** The marker written instead of a suppressed value (as in DfE statistics: confidential). */
    public static final String SUPPRESSED = "c";

    public static void write(List<Outcome> outcomes, Path file, Options options) throws IOException {
        WARM_UP.await();
        byte[] zip = build(outcomes, options);
        try (OutputStream out = Files.newOutputStream(file)) {
            fixZipTimes(zip, out);
        }
    }

    /** The workbook as POI writes it (zip entries stamped with the current time). */
    private static byte[] build(List<Outcome> outcomes, Options options) throws IOException {
        org.sendplan.model.evaluation.Backtest.Result backtest = options.backtest();
        List<? extends ExtraSheet> extra = options.extra();
        Forecast forecast = outcomes.get(0).forecast();
        SufficiencyPlan plan = outcomes.get(0).plan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            summarySheet(wb, st, forecast);
            for (GroupSheet gs : GROUP_SHEETS) {
                groupSheet(wb, st, forecast, gs.name(), gs.dimension(), gs.noun(), options.suppress());
            }
            for (ExtraSheet e : extra) {
                e.addTo(wb);
            }
            if (outcomes.size() > 1) ScenarioSheet.add(wb, st, outcomes);
            Forecast audited = forecast;
            if (plan != null) {
                MoneySheets.add(wb, st, forecast, plan);
                // the Assumptions sheet lists the places and money inputs too
                audited = new Forecast(forecast.scenario(), forecast.area(), forecast.baseYear(), forecast.horizon(),
                        forecast.projection(), forecast.summary(), concat(forecast.assumptions(), plan.assumptions()),
                        forecast.warnings(), concat(forecast.method(), plan.notes()), forecast.draws());
            }
            if (backtest != null) BacktestSheet.add(wb, st, backtest);
            assumptionsSheet(wb, st, audited);
            dataQualitySheet(wb, st, backtest == null || backtest.reconciliation().isEmpty() ? forecast
                    : new Forecast(forecast.scenario(), forecast.area(), forecast.baseYear(), forecast.horizon(), forecast.projection(),
                    forecast.summary(), forecast.assumptions(), concat(forecast.warnings(), backtest.reconciliation().stream()
                    .map(w -> new DataWarning("history: " + w.series(), w.year(), w.message(), false)).toList()), forecast.method(), forecast.draws()));
            properties(wb, forecast);
            wb.write(bytes);
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- Summary

    /** A numeric cell, or the suppression marker when 0 &lt; v &lt; suppress. */
    private static void value(XSSFRow row, int c, double v, XSSFCellStyle style, int suppress) {
        if (Suppression.hides(v, suppress)) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(SUPPRESSED);
            cell.setCellStyle(style);
            return;
        }
        number(row, c, v, style);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void summarySheet(XSSFWorkbook wb, Styles st, Forecast f) {
        XSSFSheet sh = wb.createSheet(SUMMARY);
        SummaryTable totals = SummaryTable.of(f, Dimension.TOTAL);
        int lastYear = f.baseYear() + f.horizon();
        text(sh, 0, 0, "EHC plan projection: " + f.area().name() + " (" + f.area().code() + ")", st.title);
        text(sh, 1, 0, "Base year " + f.baseYear() + " (January census, observed); horizon " + f.horizon()
                + " years to " + lastYear + "; scenario: " + f.scenario(), st.text);

        String[] head = {"Year", "Observed/Projected", "Mean", "p10", "p50", "p90", "p2.5", "p97.5"};
        header(sh, SUMMARY_HEADER_ROW, 0, head, st);
        int n = totals.isEmpty() ? 0 : totals.years.length;
        int first = SUMMARY_HEADER_ROW + 1;
        for (int y = 0; y < n; y++) {
            SummaryRow r = totals.row(0, y);
            XSSFRow row = sh.createRow(first + y);
            number(row, 0, totals.years[y], st.year);
            text(row, 1, totals.years[y] == f.baseYear() ? "Observed" : "Projected", st.text);
            if (r != null) {
                number(row, 2, r.mean(), st.dec1);
                number(row, 3, r.p10(), st.dec1);
                number(row, 4, r.p50(), st.dec1);
                number(row, 5, r.p90(), st.dec1);
                number(row, 6, r.p025(), st.dec1);
                number(row, 7, r.p975(), st.dec1);
            }
        }
        int[] widths = {8, 20, 11, 11, 11, 11, 11, 11, 3, 34, 10, 12, 15};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        sh.createFreezePane(0, SUMMARY_HEADER_ROW + 1);
        sh.setAutoFilter(new CellRangeAddress(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + Math.max(n, 1), 0, head.length - 1));

        // Headline block to the right of the table: J..M.
        int hc = 9;
        header(sh, SUMMARY_HEADER_ROW, hc, new String[]{"Headline", "January", "EHC plans", "Change vs base"}, st);
        int baseIdx = indexOf(totals, f.baseYear());
        int fiveIdx = indexOf(totals, f.baseYear() + 5);
        int lastIdx = n - 1;
        int hr = first;
        if (baseIdx >= 0) {
            headline(sh, st, hr++, hc, "Total EHC plans, base year (observed)", f.baseYear(), first + baseIdx, -1,
                    totals.mean(0, baseIdx), Double.NaN);
            if (fiveIdx >= 0 && fiveIdx != lastIdx) {
                headline(sh, st, hr++, hc, "Projected total, base + 5 years (mean)", totals.years[fiveIdx],
                        first + fiveIdx, first, totals.mean(0, fiveIdx), totals.mean(0, baseIdx));
            }
            if (lastIdx > baseIdx) {
                headline(sh, st, hr++, hc, "Projected total, last year (mean)", totals.years[lastIdx],
                        first + lastIdx, first, totals.mean(0, lastIdx), totals.mean(0, baseIdx));
            }
        }

        if (n > 0) {
            int chartTop = Math.max(hr + 1, SUMMARY_HEADER_ROW + 5);
            XSSFChart chart = chart(sh, hc, chartTop, hc + 10, chartTop + CHART_ROWS,
                    "Total EHC plans, " + f.area().name() + " (mean and 80% band)");
            XDDFCategoryAxis xAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
            xAxis.setTitle("January census year");
            XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
            yAxis.setTitle("EHC plans");
            yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, xAxis, yAxis);
            XDDFDataSource<Double> years = numbers(sh, new CellRangeAddress(first, first + n - 1, 0, 0));
            int[] cols = {2, 3, 5};
            PresetColor[] colors = {PresetColor.DARK_BLUE, PresetColor.CORNFLOWER_BLUE, PresetColor.CORNFLOWER_BLUE};
            for (int k = 0; k < cols.length; k++) {
                XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years,
                        numbers(sh, new CellRangeAddress(first, first + n - 1, cols[k], cols[k])));
                s.setTitle(head[cols[k]], new CellReference(SUMMARY, SUMMARY_HEADER_ROW, cols[k], true, true));
                s.setSmooth(false);
                s.setMarkerStyle(MarkerStyle.NONE);
                XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colors[k])));
                line.setWidth(k == 0 ? 2.5 : 1.5);
                if (k > 0) {
                    line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                }
                s.setLineProperties(line);
            }
            chart.plot(data);
        }
    }

    private static void headline(XSSFSheet sh, Styles st, int r, int c, String label, int year, int valueRow,
                                 int baseRow, double value, double baseValue) {
        XSSFRow row = row(sh, r);
        text(row, c, label, st.text);
        number(row, c + 1, year, st.year);
        XSSFCell v = row.createCell(c + 2);
        v.setCellFormula("C" + (valueRow + 1));
        v.setCellValue(value);
        v.setCellStyle(st.dec1);
        if (baseRow >= 0) {
            XSSFCell p = row.createCell(c + 3);
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

    private static int indexOf(SummaryTable t, int year) {
        if (t.isEmpty()) return -1;
        for (int i = 0; i < t.years.length; i++) {
            if (t.years[i] == year) return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- By provision / setting / need / phase

    private static void groupSheet(XSSFWorkbook wb, Styles st, Forecast f, String name, Dimension dim, String noun, int suppress) {
        XSSFSheet sh = wb.createSheet(name);
        SummaryTable t = SummaryTable.of(f, dim);
        int g = t.groups.size();
        int ny = t.years.length;
        text(sh, 0, 0, "EHC plans by " + noun + ", " + f.area().name() + ": mean by January census year", st.title);
        text(sh, 1, 0, f.baseYear() + " observed, later years projected (mean). Total = sum of the means. "
                + "The p10 and p90 blocks below are per " + noun + " and do not add up.", st.text);

        int hr = GROUP_HEADER_ROW;
        yearHeader(sh, hr, t, st, "Code");
        for (int gi = 0; gi < g; gi++) {
            XSSFRow row = sh.createRow(hr + 1 + gi);
            groupLabel(row, f, dim, t.groups.get(gi), st);
            for (int y = 0; y < ny; y++) {
                value(row, GROUP_FIRST_YEAR_COL + y, t.mean(gi, y), st.dec1, suppress);
            }
        }
        if (suppress > 0) {
            text(sh, 1, 0, f.baseYear() + " observed, later years projected (mean). Values below " + suppress + " are suppressed ("
                    + SUPPRESSED + "); the Total row is exact. The p10 and p90 blocks below are per " + noun + " and do not add up.", st.text);
        }
        int totalRow = hr + 1 + g;
        XSSFRow tr = sh.createRow(totalRow);
        text(tr, 0, "Total", st.bold);
        text(tr, 1, "", st.bold);
        for (int y = 0; y < ny; y++) {
            int col = GROUP_FIRST_YEAR_COL + y;
            XSSFCell c = tr.createCell(col);
            double sum = 0;
            for (int gi = 0; gi < g; gi++) {
                double v = t.mean(gi, y);
                if (Double.isFinite(v)) sum += v;
            }
            // a formula would add the visible (suppressed) cells only: the exact total is written instead
            if (g > 0 && suppress <= 0) {
                String colName = CellReference.convertNumToColString(col);
                c.setCellFormula("SUM(" + colName + (hr + 2) + ":" + colName + (hr + 1 + g) + ")");
            }
            c.setCellValue(sum);
            c.setCellStyle(st.dec1Bold);
        }

        int next = totalRow + 2;
        if (dim == Dimension.PROVISION && g > 0 && ny > 0) {
            XSSFChart chart = chart(sh, 0, next, Math.max(GROUP_FIRST_YEAR_COL + ny, 10), next + CHART_ROWS,
                    "EHC plans by provision, " + f.area().name() + " (mean)");
            XDDFCategoryAxis xAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
            xAxis.setTitle("January census year");
            XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
            yAxis.setTitle("EHC plans");
            yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            yAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
            XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, xAxis, yAxis);
            bar.setBarDirection(BarDirection.COL);
            bar.setBarGrouping(BarGrouping.STACKED);
            bar.setOverlap((byte) 100);
            bar.setGapWidth(50);
            bar.setVaryColors(false);
            XDDFDataSource<Double> years = numbers(sh,
                    new CellRangeAddress(hr, hr, GROUP_FIRST_YEAR_COL, GROUP_FIRST_YEAR_COL + ny - 1));
            for (int gi = 0; gi < g; gi++) {
                int r = hr + 1 + gi;
                XDDFChartData.Series s = bar.addSeries(years,
                        numbers(sh, new CellRangeAddress(r, r, GROUP_FIRST_YEAR_COL, GROUP_FIRST_YEAR_COL + ny - 1)));
                s.setTitle(t.groups.get(gi), new CellReference(name, r, 0, true, true));
            }
            chart.plot(bar);
            next += CHART_ROWS + 1;
        }

        next = quantileBlock(sh, st, f, t, next, "p10: lower end of the 80% band, per " + noun, true, suppress) + 1;
        quantileBlock(sh, st, f, t, next, "p90: upper end of the 80% band, per " + noun, false, suppress);

        sh.setColumnWidth(0, 24 * 256);
        sh.setColumnWidth(1, 48 * 256);
        for (int y = 0; y < Math.max(ny, 1); y++) {
            sh.setColumnWidth(GROUP_FIRST_YEAR_COL + y, 10 * 256);
        }
        sh.createFreezePane(GROUP_FIRST_YEAR_COL, hr + 1);
        sh.setAutoFilter(new CellRangeAddress(hr, hr + Math.max(g, 1), 0, GROUP_FIRST_YEAR_COL + Math.max(ny, 1) - 1));
    }

    /** Writes a labelled quantile block starting at {@code top}; returns the row after it. */
    private static int quantileBlock(XSSFSheet sh, Styles st, Forecast f, SummaryTable t, int top, String label,
                                     boolean low, int suppress) {
        text(sh, top, 0, label, st.bold);
        yearHeader(sh, top + 1, t, st, "Code");
        for (int gi = 0; gi < t.groups.size(); gi++) {
            XSSFRow row = sh.createRow(top + 2 + gi);
            groupLabel(row, f, t.dimension, t.groups.get(gi), st);
            for (int y = 0; y < t.years.length; y++) {
                value(row, GROUP_FIRST_YEAR_COL + y, low ? t.p10(gi, y) : t.p90(gi, y), st.dec1, suppress);
            }
        }
        return top + 2 + t.groups.size();
    }

    private static void yearHeader(XSSFSheet sh, int r, SummaryTable t, Styles st, String first) {
        XSSFRow row = row(sh, r);
        text(row, 0, first, st.header);
        text(row, 1, "Description", st.header);
        for (int y = 0; y < t.years.length; y++) {
            number(row, GROUP_FIRST_YEAR_COL + y, t.years[y], st.headerYear);
        }
    }

    private static void groupLabel(XSSFRow row, Forecast f, Dimension dim, String group, Styles st) {
        text(row, 0, group, st.text);
        text(row, 1, SummaryTable.label(f, dim, group), st.text);
    }

    // ---------------------------------------------------------------- Assumptions, Data quality

    private static void assumptionsSheet(XSSFWorkbook wb, Styles st, Forecast f) {
        XSSFSheet sh = wb.createSheet(ASSUMPTIONS);
        header(sh, 0, 0, new String[]{"Group", "Name", "Value", "Source"}, st);
        List<Assumption> list = f.assumptions();
        for (int i = 0; i < list.size(); i++) {
            Assumption a = list.get(i);
            XSSFRow row = sh.createRow(1 + i);
            text(row, 0, a.group(), st.text);
            text(row, 1, a.name(), st.text);
            number(row, 2, a.value(), Math.abs(a.value()) >= 1000 ? st.int0 : st.rate);
            text(row, 3, a.source(), st.text);
        }
        int[] widths = {18, 44, 12, 70};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(list.size(), 1), 0, 3));

        int r = list.size() + 2;
        if (!f.method().isEmpty()) {
            text(sh, r++, 0, "Method", st.bold);
            int chars = 0;
            for (int w : widths) chars += w;
            for (String note : f.method()) {
                XSSFRow row = sh.createRow(r);
                text(row, 0, note, st.wrap);
                sh.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 3));
                int lines = Math.max(1, (int) Math.ceil(note.length() / (chars * 1.1)) + countBreaks(note));
                row.setHeightInPoints(Math.min(409f, lines * 15f));
                r++;
            }
        }
    }

    private static int countBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    private static void dataQualitySheet(XSSFWorkbook wb, Styles st, Forecast f) {
        XSSFSheet sh = wb.createSheet(DATA_QUALITY);
        header(sh, 0, 0, new String[]{"Series", "Year", "Base year?", "Message"}, st);
        List<DataWarning> list = f.warnings();
        if (list.isEmpty()) {
            text(sh, 1, 0, "No data-quality warnings", st.text);
        }
        for (int i = 0; i < list.size(); i++) {
            DataWarning w = list.get(i);
            XSSFRow row = sh.createRow(1 + i);
            text(row, 0, w.series(), st.text);
            if (w.year() > 0) {
                number(row, 1, w.year(), st.year);
            }
            text(row, 2, w.base() ? "yes" : "no", w.base() ? st.bold : st.text);
            text(row, 3, w.message(), st.text);
        }
        int[] widths = {30, 8, 11, 110};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(list.size(), 1), 0, 3));
    }

    private static void properties(XSSFWorkbook wb, Forecast f) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date fixed = Date.from(java.time.Instant.parse(FIXED_DATE));
        core.setTitle("SEND sufficiency plan: " + f.area().name() + " (" + f.area().code() + ")");
        core.setSubjectProperty("EHC plan projection from January " + f.baseYear() + ", scenario " + f.scenario());
        core.setCreator("sendplan");
        core.setLastModifiedByUser("sendplan");
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
    }

    // ---------------------------------------------------------------- zip

    /**
     * Copies the zip in {@code zip} to {@code out} with every entry's time set to 2000-01-01 00:00
     * (DOS time, local to no zone), without recompressing: POI stamps the current time otherwise.
     */
    static void fixZipTimes(byte[] zip, OutputStream out) throws IOException {
        long time = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = in.getRawInputStream(e)) {
                    zout.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }
}
