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



/** The workbook's cell styles, created once per workbook. */
final class Styles {
    final XSSFCellStyle title, text, bold, right, wrap, header, headerYear, year, int0, dec1, dec1Bold, pct, rate, money, moneyBold;

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
        int0.setDataFormat(fmt.getFormat("#,##0"));
        dec1 = wb.createCellStyle();
        dec1.setDataFormat(fmt.getFormat("#,##0.0"));
        dec1Bold = wb.createCellStyle();
        dec1Bold.cloneStyleFrom(dec1);
        dec1Bold.setFont(boldFont);
        dec1Bold.setBorderTop(BorderStyle.THIN);
        pct = wb.createCellStyle();
        pct.setDataFormat(fmt.getFormat("0.0%"));
        rate = wb.createCellStyle();
        rate.setDataFormat(fmt.getFormat("0.000"));
        money = wb.createCellStyle();
        money.setDataFormat(fmt.getFormat("£#,##0;[Red]-£#,##0"));
        moneyBold = wb.createCellStyle();
        moneyBold.cloneStyleFrom(money);
        moneyBold.setFont(boldFont);
        moneyBold.setBorderTop(BorderStyle.THIN);
    }
}
