package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Area;
import org.sendplan.model.BandCoverage;
import org.sendplan.model.benchmark.BenchmarkField;
import org.sendplan.model.benchmark.BenchmarkFigures;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.evaluation.AreaFigures;
import org.sendplan.model.evaluation.AreaFiguresTable;
import org.sendplan.model.evaluation.AreaFiguresTable.Ranking;
import tech.tablesaw.api.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * Writes the national workbook of a batch run ({@code all/national.xlsx}): one row per authority
 * forecast, and the authorities ranked three ways. Sheets, in order:
 * <ol>
 * <li><b>Authorities</b>: every authority in published order with all its figures
 *     ({@link AreaFigures}).</li>
 * <li><b>By growth</b>: ranked by projected growth from the base year to the last year, fastest first.</li>
 * <li><b>By special share</b>: ranked by the special school share of plans (SPECIAL_STATE +
 *     SPECIAL_INDEPENDENT) in the base year, highest first, with the projected share beside it.</li>
 * <li><b>By backtest error</b>: ranked by the one-year-ahead MAPE of the total in the backtest,
 *     largest first (where the method has been least accurate); authorities without a backtest last.</li>
 * <li><b>Benchmarking</b>: every authority's benchmark figures at the base census and its nearest
 *     neighbours with their distance ({@link Benchmarking}), in published order.</li>
 * <li><b>Skipped</b>: authorities not forecast and why (failed, or reorganised before the latest census).</li>
 * </ol>
 * The authorities' figures are stacked in one Tablesaw table ({@link AreaFiguresTable}) and each
 * ranking is that table sorted; the sheets are written from those tables' columns.
 * The header is row 1 of every sheet, frozen, with filters on the table; numbers are numbers
 * (shares formatted as percentages); a figure that does not exist is a blank cell. Document
 * dates and zip entry times are fixed, as in the per-authority workbook.
 */
public final class NationalWorkbookWriter {
    /** An authority the batch did not forecast, and why. */
    public record Skipped(Area area, String reason) {
    }

    static final String AUTHORITIES = "Authorities";
    static final String BY_GROWTH = "By growth";
    static final String BY_SPECIAL_SHARE = "By special share";
    static final String BY_BACKTEST_ERROR = "By backtest error";
    static final String BENCHMARKING = "Benchmarking";
    static final String SKIPPED = "Skipped";

    private NationalWorkbookWriter() {
    }

    /** A column: its header, the stacked table's column and its style; {@code zeroBlank}: 0 means none (a blank cell). */
    private record Column(String name, String column, Kind kind, boolean zeroBlank) {
        Column(String name, String column, Kind kind) {
            this(name, column, kind, false);
        }

        double value(Table t, int row) {
            double v = t.numberColumn(column).getDouble(row);
            return zeroBlank && v == 0 ? Double.NaN : v;
        }
    }

    private enum Kind { YEAR, COUNT, PCT, RATE }

    private static final Column BASE_YEAR = new Column("Base year", AreaFiguresTable.BASE_YEAR, Kind.YEAR);
    private static final Column BASE = new Column("Plans (base year)", AreaFiguresTable.BASE_PLANS, Kind.COUNT);
    private static final Column LAST_YEAR = new Column("Last year", AreaFiguresTable.LAST_YEAR, Kind.YEAR);
    private static final Column PROJECTED = new Column("Projected plans (central: median)", AreaFiguresTable.PROJECTED, Kind.COUNT);
    private static final Column P10 = new Column("Projected p10", AreaFiguresTable.P10, Kind.COUNT);
    private static final Column P90 = new Column("Projected p90", AreaFiguresTable.P90, Kind.COUNT);
    private static final Column GROWTH = new Column("Growth", AreaFiguresTable.GROWTH, Kind.PCT);
    private static final Column ANNUAL = new Column("Growth a year", AreaFiguresTable.ANNUAL_GROWTH, Kind.PCT);
    private static final Column SPECIAL_BASE = new Column("Special school share (base year)", AreaFiguresTable.SPECIAL_SHARE_BASE, Kind.PCT);
    private static final Column SPECIAL_LAST = new Column("Special school share (last year)", AreaFiguresTable.SPECIAL_SHARE_LAST, Kind.PCT);
    private static final Column CASES = new Column("Backtest cases (1 year ahead)", AreaFiguresTable.BACKTEST_CASES_1, Kind.COUNT, true);
    private static final Column MAPE1 = new Column("Backtest MAPE (1 year ahead)", AreaFiguresTable.MAPE_1, Kind.PCT);
    private static final Column REL_MAE1 = new Column("Backtest relative MAE vs last value (1 year ahead)", AreaFiguresTable.REL_MAE_1, Kind.RATE);
    private static final Column COVERAGE1 = new Column("p10–p90 coverage (1 year ahead), " + BandCoverage.THIS_AUTHORITY, AreaFiguresTable.COVERAGE_1,
            Kind.PCT);
    private static final Column MAPE5 = new Column("Backtest MAPE (5 years ahead)", AreaFiguresTable.MAPE_5, Kind.PCT);

    /** @param benchmarks each authority's comparison, in the order of {@code figures} */
    public static void write(List<AreaFigures> figures, List<Benchmarking> benchmarks, List<Skipped> skipped, String source, Path file)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (SXSSFWorkbook wb = new StreamingWorkbook()) {
            Styles st = new Styles(wb);
            Table stacked = AreaFiguresTable.of(figures);
            table(wb, st, AUTHORITIES, stacked, false, List.of(BASE_YEAR, BASE, LAST_YEAR, PROJECTED, P10, P90, GROWTH, ANNUAL, SPECIAL_BASE,
                    SPECIAL_LAST, CASES, MAPE1, REL_MAE1, COVERAGE1, MAPE5));
            table(wb, st, BY_GROWTH, AreaFiguresTable.ranked(stacked, Ranking.GROWTH), true,
                    List.of(GROWTH, ANNUAL, BASE_YEAR, BASE, LAST_YEAR, PROJECTED, P10, P90));
            table(wb, st, BY_SPECIAL_SHARE, AreaFiguresTable.ranked(stacked, Ranking.SPECIAL_SHARE), true,
                    List.of(SPECIAL_BASE, SPECIAL_LAST, BASE, PROJECTED));
            table(wb, st, BY_BACKTEST_ERROR, AreaFiguresTable.ranked(stacked, Ranking.BACKTEST_ERROR), true,
                    List.of(MAPE1, REL_MAE1, COVERAGE1, CASES, MAPE5));
            benchmarkSheet(wb, st, benchmarks);
            skippedSheet(wb, st, skipped);
            // printed as the sufficiency-plan workbook is: landscape, one page wide, the header row on every page
            PageSetup.apply(wb, "Every authority compared: EHC plan projections and backtests from " + source);
            DeterministicZip.properties(wb, "SEND: every authority compared",
                    "EHC plan projections and backtests of " + figures.size() + " authorities from " + source);
            wb.write(bytes);
        }
        DeterministicZip.write(bytes.toByteArray(), file);
    }

    /** A sheet of authorities, one a row of {@code rows} (with its rank when {@code ranked}): identity columns and {@code columns}. */
    private static void table(SXSSFWorkbook wb, Styles st, String name, Table rows, boolean ranked, List<Column> columns) {
        SXSSFSheet sh = wb.createSheet(name);
        List<String> head = new ArrayList<>();
        if (ranked) head.add("Rank");
        head.addAll(List.of("LA code", "New code", "Authority", "Region"));
        int first = head.size();
        for (Column c : columns) head.add(c.name());
        header(sh, 0, 0, head.toArray(String[]::new), st);
        for (int i = 0; i < rows.rowCount(); i++) {
            SXSSFRow r = row(sh, i + 1);
            int c = 0;
            if (ranked) number(r, c++, i + 1, st.year);
            for (String id : List.of(AreaFiguresTable.CODE, AreaFiguresTable.NEW_CODE, AreaFiguresTable.NAME, AreaFiguresTable.REGION)) {
                text(r, c++, rows.stringColumn(id).get(i), st.text);
            }
            for (Column col : columns) number(r, c++, col.value(rows, i), style(st, col.kind()));
        }
        finish(sh, head.size(), rows.rowCount(), first);
    }

    /** One row per authority: its own figures (the columns of the per-authority sheet) and its neighbours as text. */
    private static void benchmarkSheet(SXSSFWorkbook wb, Styles st, List<Benchmarking> benchmarks) {
        SXSSFSheet sh = wb.createSheet(BENCHMARKING);
        List<String> head = new ArrayList<>(List.of("LA code", "New code", "Authority", "Region"));
        for (BenchmarkField f : BenchmarkField.SHEET) head.add(f.label());
        head.add("Nearest neighbours (distance)");
        header(sh, 0, 0, head.toArray(String[]::new), st);
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmarking b = benchmarks.get(i);
            BenchmarkFigures own = b.rows().get(0).figures();
            SXSSFRow r = row(sh, i + 1);
            text(r, 0, b.area().code(), st.text);
            text(r, 1, b.area().newCode(), st.text);
            text(r, 2, b.area().name(), st.text);
            text(r, 3, b.area().region(), st.text);
            int c = 4;
            for (BenchmarkField f : BenchmarkField.SHEET) number(r, c++, f.of(own), BenchmarkSheet.style(st, f));
            text(r, c, String.join("; ", b.neighbours().stream().map(n -> n.figures().area().name() + " ("
                    + String.format(java.util.Locale.ROOT, "%.2f", n.distance()) + ")").toList()), st.wrap);
        }
        finish(sh, head.size(), benchmarks.size(), 4);
        sh.setColumnWidth(head.size() - 1, 80 * 256);
    }

    private static void skippedSheet(SXSSFWorkbook wb, Styles st, List<Skipped> skipped) {
        SXSSFSheet sh = wb.createSheet(SKIPPED);
        header(sh, 0, 0, new String[]{"LA code", "New code", "Authority", "Region", "Reason"}, st);
        for (int i = 0; i < skipped.size(); i++) {
            Skipped s = skipped.get(i);
            SXSSFRow r = row(sh, i + 1);
            text(r, 0, s.area().code(), st.text);
            text(r, 1, s.area().newCode(), st.text);
            text(r, 2, s.area().name(), st.text);
            text(r, 3, s.area().region(), st.text);
            text(r, 4, s.reason(), st.text);
        }
        finish(sh, 5, skipped.size(), 4);
        sh.setColumnWidth(4, 100 * 256);
    }

    private static void finish(SXSSFSheet sh, int columns, int rows, int firstFigure) {
        // the authority stays at the left on screen and on every printed page
        Cells.headerRows(sh, 0, 0, firstFigure);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            int width = c >= firstFigure ? BenchmarkSheet.FIGURE_WIDTH : c == firstFigure - 2 ? 24 : c == firstFigure - 1 ? 22 : 10;
            sh.setColumnWidth(c, width * 256);
        }
    }

    private static XSSFCellStyle style(Styles st, Kind k) {
        return switch (k) {
            case YEAR -> st.year;
            case COUNT -> st.int0;
            case PCT -> st.pct;
            case RATE -> st.rate;
        };
    }
}
