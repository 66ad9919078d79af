package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.AreaFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

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
 * <li><b>Skipped</b>: authorities not forecast and why (failed, or reorganised before the latest census).</li>
 * </ol>
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
    static final String SKIPPED = "Skipped";

    private NationalWorkbookWriter() {
    }

    /** A column: its header, its value and its style. */
    private record Column(String name, ToDoubleFunction<AreaFigures> value, Kind kind) {
    }

    private enum Kind { YEAR, COUNT, PCT, RATE }

    private static final Column BASE_YEAR = new Column("Base year", AreaFigures::baseYear, Kind.YEAR);
    private static final Column BASE = new Column("Plans (base year)", AreaFigures::basePlans, Kind.COUNT);
    private static final Column LAST_YEAR = new Column("Last year", AreaFigures::lastYear, Kind.YEAR);
    private static final Column PROJECTED = new Column("Projected plans (mean)", AreaFigures::projected, Kind.COUNT);
    private static final Column P10 = new Column("Projected p10", AreaFigures::p10, Kind.COUNT);
    private static final Column P90 = new Column("Projected p90", AreaFigures::p90, Kind.COUNT);
    private static final Column GROWTH = new Column("Growth", AreaFigures::growth, Kind.PCT);
    private static final Column ANNUAL = new Column("Growth a year", AreaFigures::annualGrowth, Kind.PCT);
    private static final Column SPECIAL_BASE = new Column("Special school share (base year)", AreaFigures::specialShareBase, Kind.PCT);
    private static final Column SPECIAL_LAST = new Column("Special school share (last year)", AreaFigures::specialShareLast, Kind.PCT);
    private static final Column CASES = new Column("Backtest cases (1 year ahead)", f -> f.backtestCases1() == 0 ? Double.NaN : f.backtestCases1(),
            Kind.COUNT);
    private static final Column MAPE1 = new Column("Backtest MAPE (1 year ahead)", AreaFigures::mape1, Kind.PCT);
    private static final Column MASE1 = new Column("Backtest MASE (1 year ahead)", AreaFigures::mase1, Kind.RATE);
    private static final Column COVERAGE1 = new Column("p10–p90 coverage (1 year ahead)", AreaFigures::coverage1, Kind.PCT);
    private static final Column MAPE5 = new Column("Backtest MAPE (5 years ahead)", AreaFigures::mape5, Kind.PCT);

    public static void write(List<AreaFigures> figures, List<Skipped> skipped, String source, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            table(wb, st, AUTHORITIES, figures, null, List.of(BASE_YEAR, BASE, LAST_YEAR, PROJECTED, P10, P90, GROWTH, ANNUAL, SPECIAL_BASE,
                    SPECIAL_LAST, CASES, MAPE1, MASE1, COVERAGE1, MAPE5));
            table(wb, st, BY_GROWTH, figures, AreaFigures.BY_GROWTH, List.of(GROWTH, ANNUAL, BASE_YEAR, BASE, LAST_YEAR, PROJECTED, P10, P90));
            table(wb, st, BY_SPECIAL_SHARE, figures, AreaFigures.BY_SPECIAL_SHARE, List.of(SPECIAL_BASE, SPECIAL_LAST, BASE, PROJECTED));
            table(wb, st, BY_BACKTEST_ERROR, figures, AreaFigures.BY_BACKTEST_ERROR, List.of(MAPE1, MASE1, COVERAGE1, CASES, MAPE5));
            skippedSheet(wb, st, skipped);
            DeterministicZip.properties(wb, "SEND: every authority compared",
                    "EHC plan projections and backtests of " + figures.size() + " authorities from " + source);
            wb.write(bytes);
        }
        DeterministicZip.write(bytes.toByteArray(), file);
    }

    /** A table of authorities (ranked when {@code order} is given) with identity columns and {@code columns}. */
    private static void table(XSSFWorkbook wb, Styles st, String name, List<AreaFigures> figures, Comparator<AreaFigures> order,
                              List<Column> columns) {
        XSSFSheet sh = wb.createSheet(name);
        List<AreaFigures> rows = new ArrayList<>(figures);
        if (order != null) rows.sort(order);
        List<String> head = new ArrayList<>();
        if (order != null) head.add("Rank");
        head.addAll(List.of("LA code", "New code", "Authority", "Region"));
        int first = head.size();
        for (Column c : columns) head.add(c.name());
        header(sh, 0, 0, head.toArray(String[]::new), st);
        for (int i = 0; i < rows.size(); i++) {
            AreaFigures f = rows.get(i);
            XSSFRow r = row(sh, i + 1);
            int c = 0;
            if (order != null) number(r, c++, i + 1, st.year);
            text(r, c++, f.area().code(), st.text);
            text(r, c++, f.area().newCode(), st.text);
            text(r, c++, f.area().name(), st.text);
            text(r, c++, f.area().region(), st.text);
            for (Column col : columns) number(r, c++, col.value().applyAsDouble(f), style(st, col.kind()));
        }
        finish(sh, head.size(), rows.size(), first);
    }

    private static void skippedSheet(XSSFWorkbook wb, Styles st, List<Skipped> skipped) {
        XSSFSheet sh = wb.createSheet(SKIPPED);
        header(sh, 0, 0, new String[]{"LA code", "New code", "Authority", "Region", "Reason"}, st);
        for (int i = 0; i < skipped.size(); i++) {
            Skipped s = skipped.get(i);
            XSSFRow r = row(sh, i + 1);
            text(r, 0, s.area().code(), st.text);
            text(r, 1, s.area().newCode(), st.text);
            text(r, 2, s.area().name(), st.text);
            text(r, 3, s.area().region(), st.text);
            text(r, 4, s.reason(), st.text);
        }
        finish(sh, 5, skipped.size(), 4);
        sh.setColumnWidth(4, 100 * 256);
    }

    private static void finish(XSSFSheet sh, int columns, int rows, int firstFigure) {
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            int width = c >= firstFigure ? 16 : c == firstFigure - 2 ? 30 : c == firstFigure - 1 ? 26 : 11;
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
