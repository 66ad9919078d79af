package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Phase;
import org.sendplan.model.pupils.PupilOutlook;

import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The workbook's <b>Pupil census</b> sheet: years across (January censuses), a status row
 * (observed / projected), then
 * <ol>
 * <li>EHC plans per 1,000 pupils by phase (the rows the native line chart beside it is bound to);</li>
 * <li>blocks by NC year: pupils, SEN support, EHC plans, EHC plans per 1,000 pupils, SEN support
 *     per 1,000 pupils (the SEN support blocks only where SEN support was given);</li>
 * <li>new plans per 1,000 pupils on SEN support, where SEN support was given.</li>
 * </ol>
 * Rates per pupil stop at Year 11 ({@link #POST16_LEFT_OUT} says why).
 * Every number comes from the {@link PupilOutlook}; the sheet only lays them out.
 */
public final class PupilCensusSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "Pupil census";
    /** Header row (0-based) of the first block; the years are in it from column C. */
    static final int HEADER_ROW = 3;
    static final int FIRST_YEAR_COL = 2;
    private static final int CHART_ROWS = 18;

    /** Rates per pupil stop at Year 11: post-16 pupils are counted in school sixth forms only. */
    static final int LAST_SCHOOL_NCY = 11;
    static final String POST16_LEFT_OUT = "Post-16 (Years 12–14) rates per 1,000 pupils are left out: most post-16 plans are held in colleges, "
            + "while the pupils counted are in school sixth forms only.";

    private final PupilOutlook outlook;

    private PupilCensusSheet(PupilOutlook outlook) {
        this.outlook = outlook;
    }

    public static PupilCensusSheet of(PupilOutlook outlook) {
        return new PupilCensusSheet(outlook);
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        Styles st = new Styles(wb);
        SXSSFSheet sh = wb.createSheet(NAME);
        PupilOutlook o = outlook;
        int[] years = o.years();
        text(sh, 0, 0, "Pupil census: " + o.areaName() + " (" + o.areaCode() + "): pupils, SEN support and EHC plans by NC year", st.title);
        text(sh, 1, 0, "January censuses; EHC plans per 1,000 pupils = 1,000 × plans at age NCY + 4 / pupils in the NC year. "
                + "Projected figures are marked in the Status row; the method is on the Assumptions sheet.", st.text);
        text(sh, 2, 0, POST16_LEFT_OUT, st.text);
        int r = HEADER_ROW;
        yearHeader(sh, r, "Phase", "EHC plans per 1,000 pupils", years, st);
        SXSSFRow status = sh.createRow(r + 1);
        text(status, 0, "Status", st.bold);
        Map<Integer, Boolean> projected = new HashMap<>();
        for (PupilOutlook.Row row : o.rows()) projected.merge(row.year(), row.projected(), Boolean::logicalOr);
        for (int y = 0; y < years.length; y++) {
            text(status, FIRST_YEAR_COL + y, projected.getOrDefault(years[y], false) ? "projected" : "observed", st.right);
        }
        List<PupilOutlook.PhaseRow> phases = o.byPhase();
        List<String> phaseNames = new ArrayList<>();
        for (PupilOutlook.PhaseRow p : phases) if (!phaseNames.contains(p.phase()) && !p.phase().equals(Phase.POST16.code())) phaseNames.add(p.phase());
        int firstPhaseRow = r + 2;
        for (int i = 0; i < phaseNames.size(); i++) {
            SXSSFRow row = sh.createRow(firstPhaseRow + i);
            text(row, 0, phaseNames.get(i), st.text);
            text(row, 1, phaseLabel(phaseNames.get(i)), st.text);
            for (PupilOutlook.PhaseRow p : phases) {
                if (!p.phase().equals(phaseNames.get(i))) continue;
                number(row, FIRST_YEAR_COL + indexOf(years, p.year()), p.ehcpPer1000(), st.dec1);
            }
        }
        int next = firstPhaseRow + phaseNames.size() + 1;
        if (years.length > 0 && !phaseNames.isEmpty()) {
            chart(sh, years.length, firstPhaseRow, phaseNames.size(), next);
            next += CHART_ROWS + 1;
        }
        boolean senSupport = o.rows().stream().anyMatch(x -> Double.isFinite(x.senSupport()));
        int all = Integer.MAX_VALUE;
        next = block(sh, next, "Pupils", years, PupilOutlook.Row::pupils, st.int0, st, all) + 1;
        if (senSupport) next = block(sh, next, "Pupils on SEN support", years, PupilOutlook.Row::senSupport, st.int0, st, all) + 1;
        next = block(sh, next, "EHC plans", years, PupilOutlook.Row::ehcp, st.int0, st, all) + 1;
        next = block(sh, next, "EHC plans per 1,000 pupils", years, PupilOutlook.Row::ehcpPer1000, st.dec1, st, LAST_SCHOOL_NCY) + 1;
        if (senSupport) {
            next = block(sh, next, "SEN support per 1,000 pupils", years, PupilOutlook.Row::senSupportPer1000, st.dec1, st, LAST_SCHOOL_NCY) + 1;
        }
        if (!o.newPlanRates().isEmpty()) {
            text(sh, next, 0, "New plans per 1,000 pupils on SEN support (leading indicator)", st.bold);
            SXSSFRow h = sh.createRow(next + 1);
            String[] head = {"Calendar year", "New plans, ages 4–15", "SEN support, NCY 0–11 (January)", "Per 1,000"};
            for (int i = 0; i < head.length; i++) text(h, i, head[i], st.header);
            int i = next + 2;
            for (PupilOutlook.NewPlanRate n : o.newPlanRates()) {
                SXSSFRow row = sh.createRow(i++);
                number(row, 0, n.year(), st.year);
                number(row, 1, n.newPlans(), st.int0);
                number(row, 2, n.senSupport(), st.int0);
                number(row, 3, n.per1000(), st.dec1);
            }
        }
        sh.setColumnWidth(0, 14 * 256);
        sh.setColumnWidth(1, 30 * 256);
        // as narrow as the numbers (PageSetup widens a column to its widest): two pages of years across at a legible scale
        for (int y = 0; y < years.length; y++) sh.setColumnWidth(FIRST_YEAR_COL + y, 7 * 256);
        // the years and whether each is observed or projected
        Cells.headerRows(sh, HEADER_ROW, HEADER_ROW + 1, FIRST_YEAR_COL);
    }

    /** A block of NC years up to {@code lastNcy}, years across. */
    private int block(SXSSFSheet sh, int top, String title, int[] years, ToDoubleFunction<PupilOutlook.Row> value,
                      XSSFCellStyle style, Styles st, int lastNcy) {
        text(sh, top, 0, title + ", by NC year", st.bold);
        yearHeader(sh, top + 1, "NCY", "NC year", years, st);
        int[] ncys = java.util.Arrays.stream(outlook.ncys()).filter(n -> n <= lastNcy).toArray();
        for (int i = 0; i < ncys.length; i++) {
            SXSSFRow row = sh.createRow(top + 2 + i);
            number(row, 0, ncys[i], st.year);
            text(row, 1, ncyLabel(ncys[i]), st.text);
        }
        for (PupilOutlook.Row r : outlook.rows()) {
            if (r.ncy() > lastNcy) continue;
            SXSSFRow row = sh.getRow(top + 2 + indexOf(ncys, r.ncy()));
            number(row, FIRST_YEAR_COL + indexOf(years, r.year()), value.applyAsDouble(r), style);
        }
        return top + 2 + ncys.length;
    }

    private void chart(SXSSFSheet sh, int nYears, int firstRow, int nRows, int top) {
        XSSFChart chart = Charts.chart(sh, 0, top, Math.max(FIRST_YEAR_COL + nYears, 10), top + CHART_ROWS,
                "EHC plans per 1,000 pupils, " + outlook.areaName());
        Charts.Axes axes = Charts.axes(chart, "January census year", "EHC plans per 1,000 pupils", Styles.COUNT);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.category(), axes.value());
        XDDFDataSource<Double> cats = Cells.numbers(sh, new CellRangeAddress(HEADER_ROW, HEADER_ROW, FIRST_YEAR_COL, FIRST_YEAR_COL + nYears - 1));
        for (int i = 0; i < nRows; i++) {
            int r = firstRow + i;
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats,
                    Cells.numbers(sh, new CellRangeAddress(r, r, FIRST_YEAR_COL, FIRST_YEAR_COL + nYears - 1)));
            s.setTitle(sh.getRow(r).getCell(1).getStringCellValue(), new CellReference(NAME, r, 1, true, true));
            Charts.line(s, Charts.colour(i), 2, Charts.Stroke.SOLID, MarkerStyle.CIRCLE);
        }
        Charts.plot(data);
    }

    static String ncyLabel(int ncy) {
        if (ncy == -2) return "Nursery 1";
        if (ncy == -1) return "Nursery 2";
        if (ncy == 0) return "Reception";
        return "Year " + ncy;
    }

    static String phaseLabel(String code) {
        if (code.equals(Phase.EARLY_YEARS.code())) return "Nursery (NCY −2, −1)";
        if (code.equals(Phase.PRIMARY.code())) return "Primary (Reception–Year 6)";
        if (code.equals(Phase.SECONDARY.code())) return "Secondary (Years 7–11)";
        if (code.equals(Phase.POST16.code())) return "Post-16 (Years 12–14)";
        return "Reception–Year 11";
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        throw new IllegalArgumentException(v + " not in the table");
    }

    private static void yearHeader(SXSSFSheet sh, int r, String first, String second, int[] years, Styles st) {
        SXSSFRow row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        text(row, 0, first, st.header);
        text(row, 1, second, st.header);
        for (int y = 0; y < years.length; y++) number(row, FIRST_YEAR_COL + y, years[y], st.headerYear);
    }
}
