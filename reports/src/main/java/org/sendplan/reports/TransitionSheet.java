package org.sendplan.reports;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.transition.HoldoutBacktest;
import org.sendplan.model.transition.TransitionReport;

import java.util.Locale;

/**
 * The workbook's <b>Transition model</b> sheet (person-level route): the estimation used; by NC
 * year the joiner rate per head and the leaver and mover probabilities; the trend multipliers
 * per projected year; leaver and mover probabilities by NC year × setting; and the holdout
 * backtest of every candidate estimation. Rates only, no counts of children.
 */
public final class TransitionSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "Transition model";

    private final TransitionReport report;

    public TransitionSheet(TransitionReport report) {
        this.report = report;
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        SXSSFSheet sh = wb.createSheet(NAME);
        XSSFWorkbook styles = wb.getXSSFWorkbook();
        XSSFFont boldFont = styles.createFont();
        boldFont.setBold(true);
        XSSFCellStyle bold = styles.createCellStyle();
        bold.setFont(boldFont);
        XSSFCellStyle header = styles.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFCellStyle rate = styles.createCellStyle();
        rate.setDataFormat(styles.createDataFormat().getFormat("0.0000"));
        XSSFCellStyle pct = styles.createCellStyle();
        pct.setDataFormat(styles.createDataFormat().getFormat("0.00%"));

        int r = 0;
        text(sh, r++, 0, "Transition model: estimated rates (" + report.estimation().name().toLowerCase(Locale.ROOT) + " estimation: "
                + report.config().describe() + ")", bold);
        r++;
        String[] head = {"NC year", "Joiners per head", "Leaver probability", "Mover probability (of non-leavers)"};
        headerRow(sh, r++, head, header);
        int top = r;
        for (int a = 0; a < report.leave().length; a++) {
            SXSSFRow row = sh.createRow(r++);
            row.createCell(0).setCellValue(a + report.minNcy());
            num(row, 1, report.joinerRate()[a], rate);
            num(row, 2, report.leave()[a], rate);
            num(row, 3, report.move()[a], rate);
        }
        sh.setAutoFilter(new CellRangeAddress(top - 1, r - 1, 0, head.length - 1));
        r++;
        text(sh, r++, 0, "Trend multipliers by projected January (1 = the weighted historical rate)", bold);
        headerRow(sh, r++, new String[]{"Year", "Joiner rate ×", "Leaver probability ×"}, header);
        for (int k = 0; k < report.years().length; k++) {
            SXSSFRow row = sh.createRow(r++);
            row.createCell(0).setCellValue(report.years()[k]);
            num(row, 1, report.joinerFactor()[k], rate);
            num(row, 2, report.leaverFactor()[k], rate);
        }
        r++;
        r = matrix(sh, r, "Leaver probability by NC year × setting (blank: the setting takes no child of that NC year)",
                report.leaveBySetting(), header, bold, rate);
        r++;
        r = matrix(sh, r, "Mover probability (of non-leavers) by NC year × setting", report.moveBySetting(), header, bold, rate);
        r++;
        HoldoutBacktest b = report.backtest();
        if (b == null) {
            text(sh, r, 0, "No holdout backtest: three transition pairs or more are needed.", bold);
        } else {
            text(sh, r++, 0, "Holdout backtest: each pair from the third on forecast with only the pairs before it (signed error of the total)", bold);
            String[] bh = new String[3 + b.cases().size()];
            bh[0] = "Candidate";
            bh[1] = "Chosen";
            bh[2] = "Mean abs. error";
            for (int c = 0; c < b.cases().size(); c++) bh[3 + c] = "from " + b.cases().get(c)[0] + ", " + b.cases().get(c)[1] + " yr";
            headerRow(sh, r++, bh, header);
            for (int k = 0; k < b.rows().size(); k++) {
                HoldoutBacktest.Row row = b.rows().get(k);
                SXSSFRow x = sh.createRow(r++);
                x.createCell(0).setCellValue(row.config().describe());
                x.createCell(1).setCellValue(k == b.chosen() ? "yes" : "");
                num(x, 2, row.mape(), pct);
                for (int c = 0; c < row.errors().length; c++) num(x, 3 + c, row.errors()[c] / 100, pct);
            }
        }
        sh.setColumnWidth(0, 12 * 256);
        for (int c = 1; c < 4; c++) sh.setColumnWidth(c, 18 * 256);
        Cells.headerRows(sh, 2, 2, 0);
    }

    private int matrix(SXSSFSheet sh, int r, String title, double[][] m, XSSFCellStyle header, XSSFCellStyle bold, XSSFCellStyle rate) {
        text(sh, r++, 0, title, bold);
        String[] h = new String[1 + report.settings().size()];
        h[0] = "NC year";
        for (int s = 0; s < report.settings().size(); s++) h[1 + s] = report.settings().get(s);
        headerRow(sh, r++, h, header);
        for (int a = 0; a < m.length; a++) {
            SXSSFRow row = sh.createRow(r++);
            row.createCell(0).setCellValue(a + report.minNcy());
            for (int s = 0; s < m[a].length; s++) num(row, 1 + s, m[a][s], rate);
        }
        return r;
    }

    private static void text(SXSSFSheet sh, int r, int c, String s, XSSFCellStyle style) {
        Cells.text(sh, r, c, s, style);
    }

    private static void headerRow(SXSSFSheet sh, int r, String[] names, XSSFCellStyle style) {
        for (int c = 0; c < names.length; c++) text(sh, r, c, names[c], style);
    }

    private static void num(SXSSFRow row, int c, double v, XSSFCellStyle style) {
        var cell = row.createCell(c);
        if (Double.isFinite(v)) cell.setCellValue(v);
        cell.setCellStyle(style);
    }
}
