package org.sendplan.reports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.sendplan.model.money.PlacesRow;




/** Cell, header and chart-data helpers shared by the workbook's sheets. */
final class Cells {
    private Cells() {
    }

    /**
     * A numeric data source bound to {@code range} of {@code sh}: the chart XML holds the range
     * reference and a cache of the cell values. The cache is read from the cells directly (no
     * formula evaluator: none of the charted cells is a formula), which saves loading POI's
     * formula engine; the XML is the same as that of {@code fromNumericCellRange}.
     */
    static XDDFNumericalDataSource<Double> numbers(SXSSFSheet sh, CellRangeAddress range) {
        SXSSFCell[] cells = cells(sh, range);
        Double[] values = new Double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            SXSSFCell cell = cells[i];
            // a suppressed (text) cell is a gap in the chart
            double v = cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? Double.NaN : cell.getNumericCellValue();
            values[i] = Double.isFinite(v) ? v : null;
        }
        return XDDFDataSourcesFactory.fromArray(values, range.formatAsString(sh.getSheetName(), true));
    }

    /** A text data source bound to {@code range} of {@code sh} (chart categories), its cache read from the cells. */
    static XDDFDataSource<String> strings(SXSSFSheet sh, CellRangeAddress range) {
        SXSSFCell[] cells = cells(sh, range);
        String[] values = new String[cells.length];
        for (int i = 0; i < cells.length; i++) values[i] = cells[i] == null ? null : cells[i].getStringCellValue();
        return XDDFDataSourcesFactory.fromArray(values, range.formatAsString(sh.getSheetName(), true));
    }

    /** The cells of {@code range}, row by row (null where there is none). */
    private static SXSSFCell[] cells(SXSSFSheet sh, CellRangeAddress range) {
        SXSSFCell[] cells = new SXSSFCell[range.getNumberOfCells()];
        int i = 0;
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            SXSSFRow row = sh.getRow(r);
            for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) cells[i++] = row == null ? null : row.getCell(c);
        }
        return cells;
    }

    static SXSSFRow row(SXSSFSheet sh, int r) {
        SXSSFRow row = sh.getRow(r);
        return row == null ? sh.createRow(r) : row;
    }

    static void text(SXSSFSheet sh, int r, int c, String s, XSSFCellStyle style) {
        text(row(sh, r), c, s, style);
    }

    /**
     * Text wrapped across the merged columns {@code c1}..{@code c2} of row {@code r}, the row made as
     * tall as its lines at the columns' present widths: LibreOffice does not grow a merged row to
     * its text, and the widths only grow later ({@link PageSetup}), so the text is never cut.
     */
    static void paragraph(SXSSFSheet sh, int r, int c1, int c2, String s, XSSFCellStyle style) {
        text(sh, r, c1, s, style);
        if (c2 > c1) sh.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        int chars = (int) ((PrintLayout.width(sh, c1, c2) - 1) / PrintLayout.TEXT);
        int lines = PrintLayout.lines(s, chars);
        SXSSFRow row = row(sh, r);
        if (lines > 1) row.setHeightInPoints(Math.min(409, Math.max(row.getHeightInPoints(), lines * PrintLayout.LINE_POINTS)));
    }

    /**
     * A text cell: the one way text reaches a cell, input text (scenario, capacity, finance and area
     * names, descriptions) included. Text that begins as a formula would ({@code = + - @}) is
     * stored quote-prefixed, so that editing the cell keeps it text rather than making it a formula.
     */
    static void text(SXSSFRow row, int c, String s, XSSFCellStyle style) {
        SXSSFCell cell = row.createCell(c);
        String t = s == null ? "" : s;
        cell.setCellValue(t);
        cell.setCellStyle(formulaLike(t) ? quoted(row.getSheet().getWorkbook(), style) : style);
    }

    /** Whether Excel would read {@code s}, typed into a cell, as a formula. */
    static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    /** The style's quote-prefixed twin in {@code wb}: the one already made, or a new one. */
    private static XSSFCellStyle quoted(SXSSFWorkbook wb, XSSFCellStyle style) {
        CTXf want = (CTXf) style.getCoreXf().copy();
        want.setQuotePrefix(true);
        String xf = want.xmlText();
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            XSSFCellStyle s = wb.getXSSFWorkbook().getCellStyleAt(i);
            if (s.getQuotePrefixed() && s.getCoreXf().xmlText().equals(xf)) return s;
        }
        XSSFCellStyle q = wb.getXSSFWorkbook().createCellStyle();
        q.cloneStyleFrom(style);
        q.setQuotePrefixed(true);
        return q;
    }

    /** A numeric cell; a non-finite value leaves the cell blank (styled) rather than writing #NUM!. */
    static void number(SXSSFRow row, int c, double v, XSSFCellStyle style) {
        SXSSFCell cell = row.createCell(c);
        if (Double.isFinite(v)) {
            cell.setCellValue(v);
        }
        cell.setCellStyle(style);
    }

    /** A numeric cell, or when {@code hidden} the suppression marker (text: a gap in a chart bound to the cell). */
    static void number(SXSSFRow row, int c, double v, XSSFCellStyle style, boolean hidden) {
        if (!hidden) {
            number(row, c, v, style);
            return;
        }
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(Suppression.MARKER);
        cell.setCellStyle(style);
    }

    /**
     * A shortfall or surplus of places as the sheet shows it: below half a place either way it is
     * 0, so that a rounding residue (a surplus of −5.7e-14) neither prints as "-0" nor is
     * highlighted as a shortfall.
     */
    static double surplus(double v) {
        return Math.abs(v) < PlacesRow.WHOLE_PLACE ? 0 : v;
    }

    /**
     * Rows {@code firstRow}..{@code lastRow} are the sheet's table header: frozen above the rows
     * that scroll, with {@code columns} columns frozen at the left, and printed again at the top
     * of every page.
     */
    static void headerRows(SXSSFSheet sh, int firstRow, int lastRow, int columns) {
        sh.createFreezePane(columns, lastRow + 1);
        sh.setRepeatingRows(CellRangeAddress.valueOf((firstRow + 1) + ":" + (lastRow + 1)));
    }

    /** The index of the column headed {@code name} (a chart picks its series by name, not by position). */
    static int column(String[] head, String name) {
        for (int c = 0; c < head.length; c++) if (head[c].equals(name)) return c;
        throw new IllegalArgumentException("no column " + name);
    }

    static void header(SXSSFSheet sh, int r, int c0, String[] names, Styles st) {
        SXSSFRow row = row(sh, r);
        for (int i = 0; i < names.length; i++) {
            text(row, c0 + i, names[i], st.header);
        }
    }
}
