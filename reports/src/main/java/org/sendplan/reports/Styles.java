package org.sendplan.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;


/**
 * The workbook's cell styles, created once per workbook. Counts of children, plans and places
 * are whole numbers ({@link #COUNT}: a mean of 2,812.4 plans is 2,812 plans to a reader), money is
 * shown as finance reads it, in £ millions ({@link #MONEY_M}) or, for unit costs, £ thousands
 * ({@link #MONEY_K}), negatives in red brackets, the cell's value still in pounds; shares are
 * percentages to one decimal; rates and ratios keep their decimals. Header cells wrap their text.
 */
final class Styles {
    static final String COUNT = "#,##0";
    /** Whole pounds as Java's decimal pattern (the chart images and the dashboard), not a cell format. */
    static final String MONEY = "£#,##0";
    /** A cell in £ millions to one decimal, negatives red in brackets: £213.0m, (£2.3m). */
    static final String MONEY_M = "£#,##0.0,,\"m\";[Red](£#,##0.0,,\"m\")";
    /** A cell in £ thousands to one decimal (unit costs): £45.3k. */
    static final String MONEY_K = "£#,##0.0,\"k\";[Red](£#,##0.0,\"k\")";
    /** Every format a money cell may carry. */
    static final java.util.Set<String> FINANCE = java.util.Set.of(MONEY_M, MONEY_K);
    /**
     * A money cell as a reader sees it ({@code £213.0m}, {@code (£2.3m)}, {@code £45.3k}), or null
     * when {@code format} is no {@link #FINANCE} format (POI's formatter does not scale by thousands).
     */
    static String finance(double v, String format) {
        if (!FINANCE.contains(format)) return null;
        boolean millions = format.equals(MONEY_M);
        String s = String.format(java.util.Locale.UK, "£%,.1f%s", Math.abs(v) / (millions ? 1e6 : 1e3), millions ? "m" : "k");
        return v < 0 && !s.matches("£0\\.0.") ? "(" + s + ")" : s;
    }

    /** A chart's money axis: whole £ millions. */
    static final String MONEY_AXIS = "£#,##0,,\"m\";-£#,##0,,\"m\"";
    static final String PERCENT = "0.0%";
    /** Rates per 1,000 (plans per 1,000 pupils): one decimal. */
    static final String DECIMAL1 = "#,##0.0";
    static final String RATE = "0.000";

    final XSSFCellStyle title, text, bold, boldWrap, right, wrap, wrapRight, header, headerYear, year, int0, int0Bold, dec1, pct, rate, money, moneyBold, moneyK;

    Styles(SXSSFWorkbook wb) {
        XSSFWorkbook beneath = wb.getXSSFWorkbook(); // styles, fonts and formats live in the XSSF workbook
        XSSFDataFormat fmt = beneath.createDataFormat();
        XSSFFont boldFont = beneath.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = beneath.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        title = beneath.createCellStyle();
        title.setFont(titleFont);
        text = beneath.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        bold = beneath.createCellStyle();
        bold.setFont(boldFont);
        boldWrap = beneath.createCellStyle();
        boldWrap.setFont(boldFont);
        boldWrap.setWrapText(true);
        boldWrap.setVerticalAlignment(VerticalAlignment.TOP);
        right = beneath.createCellStyle();
        right.setAlignment(HorizontalAlignment.RIGHT);
        wrap = beneath.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        // a figure given in words, in a column of numbers
        wrapRight = beneath.createCellStyle();
        wrapRight.cloneStyleFrom(wrap);
        wrapRight.setAlignment(HorizontalAlignment.RIGHT);
        header = beneath.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        // a long header wraps within its column (PrintLayout sets the row's height)
        header.setWrapText(true);
        headerYear = beneath.createCellStyle();
        headerYear.cloneStyleFrom(header);
        headerYear.setAlignment(HorizontalAlignment.RIGHT);
        headerYear.setDataFormat(fmt.getFormat("0"));
        year = beneath.createCellStyle();
        year.setDataFormat(fmt.getFormat("0"));
        year.setAlignment(HorizontalAlignment.LEFT);
        int0 = beneath.createCellStyle();
        int0.setDataFormat(fmt.getFormat(COUNT));
        int0Bold = beneath.createCellStyle();
        int0Bold.cloneStyleFrom(int0);
        int0Bold.setFont(boldFont);
        int0Bold.setBorderTop(BorderStyle.THIN);
        dec1 = beneath.createCellStyle();
        dec1.setDataFormat(fmt.getFormat(DECIMAL1));
        pct = beneath.createCellStyle();
        pct.setDataFormat(fmt.getFormat(PERCENT));
        rate = beneath.createCellStyle();
        rate.setDataFormat(fmt.getFormat(RATE));
        money = beneath.createCellStyle();
        money.setDataFormat(fmt.getFormat(MONEY_M));
        moneyBold = beneath.createCellStyle();
        moneyBold.cloneStyleFrom(money);
        moneyBold.setFont(boldFont);
        moneyBold.setBorderTop(BorderStyle.THIN);
        moneyK = beneath.createCellStyle();
        moneyK.setDataFormat(fmt.getFormat(MONEY_K));
        // a figure on the first line of its row, level with its label (labels are top-aligned and may wrap)
        for (XSSFCellStyle figure : new XSSFCellStyle[]{right, year, int0, int0Bold, dec1, pct, rate, money, moneyBold, moneyK}) {
            figure.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
