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


/**
 * The workbook's cell styles, created once per workbook. Counts of children, plans and places
 * are whole numbers ({@link #COUNT}: a mean of 2,812.4 plans is 2,812 plans to a reader), money is
 * whole pounds, shares are percentages to one decimal; rates and ratios keep their decimals.
 */
final class Styles {
    static final String COUNT = "#,##0";
    static final String MONEY = "£#,##0";
    static final String PERCENT = "0.0%";
    /** Rates per 1,000 (plans per 1,000 pupils): one decimal. */
    static final String DECIMAL1 = "#,##0.0";
    static final String RATE = "0.000";

    final XSSFCellStyle title, text, bold, right, wrap, header, headerYear, year, int0, int0Bold, dec1, pct, rate, money, moneyBold;

    Styles(XSSFWorkbook wb) {
        XSSFDataFormat fmt = wb.createDataFormat();
        XSSFFont boldFont = wb.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        right = wb.createCellStyle();
        right.setAlignment(HorizontalAlignment.RIGHT);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerYear = wb.createCellStyle();
        headerYear.cloneStyleFrom(header);
        headerYear.setAlignment(HorizontalAlignment.RIGHT);
        headerYear.setDataFormat(fmt.getFormat("0"));
        year = wb.createCellStyle();
        year.setDataFormat(fmt.getFormat("0"));
        year.setAlignment(HorizontalAlignment.LEFT);
        int0 = wb.createCellStyle();
        int0.setDataFormat(fmt.getFormat(COUNT));
        int0Bold = wb.createCellStyle();
        int0Bold.cloneStyleFrom(int0);
        int0Bold.setFont(boldFont);
        int0Bold.setBorderTop(BorderStyle.THIN);
        dec1 = wb.createCellStyle();
        dec1.setDataFormat(fmt.getFormat(DECIMAL1));
        pct = wb.createCellStyle();
        pct.setDataFormat(fmt.getFormat(PERCENT));
        rate = wb.createCellStyle();
        rate.setDataFormat(fmt.getFormat(RATE));
        money = wb.createCellStyle();
        money.setDataFormat(fmt.getFormat(MONEY));
        moneyBold = wb.createCellStyle();
        moneyBold.cloneStyleFrom(money);
        moneyBold.setFont(boldFont);
        moneyBold.setBorderTop(BorderStyle.THIN);
    }
}
