package org.sendplan.reports;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
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
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.SummaryRow;

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


/** The workbook's cell styles, created once per workbook. */
final class Styles {
    final XSSFCellStyle title, text, bold, wrap, header, headerYear, year, int0, dec1, dec1Bold, pct, rate, money, moneyBold;

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
