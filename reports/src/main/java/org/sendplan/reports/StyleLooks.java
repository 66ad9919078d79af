package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the print setup ({@link NumberWidths}, {@link PrintLayout}) reads of the cell styles of a
 * finished workbook, read once per style: XSSF builds a new style object and walks the style's XML
 * (number format, font) for every cell it is asked about, which was most of the cost of reading a
 * finished sheet back. Styles do not change once the sheets are written, so one lookup serves all
 * the sheets.
 */
final class StyleLooks {
    /**
     * What a cell style shows.
     *
     * @param formatIndex the number format's index, with {@code format} what POI's formatter takes
     * @param format      the number format as written ({@code General} when none)
     * @param bold        the font is bold
     * @param wrap        text wraps within the cell
     * @param header      a header cell's look ({@link PrintLayout#header})
     */
    record Look(int formatIndex, String format, boolean bold, boolean wrap, boolean header) {
    }

    private final XSSFWorkbook wb;
    private final Look[] looks;

    /** @param wb the workbook whose styles the cells use (a streaming workbook's is the XSSF one beneath it) */
    StyleLooks(XSSFWorkbook wb) {
        this.wb = wb;
        this.looks = new Look[wb.getNumCellStyles()];
    }

    /**
     * The look of {@code cell}'s style. The style's index is the cell's {@code s} attribute (0, the
     * default style, when absent), without building the style.
     */
    Look of(Cell cell) {
        int s = cell.getCellStyle().getIndex();
        Look look = looks[s];
        if (look == null) {
            XSSFCellStyle style = wb.getCellStyleAt(s);
            look = new Look(style.getDataFormat(), style.getDataFormatString(), style.getFont().getBold(), style.getWrapText(),
                    PrintLayout.header(style));
            looks[s] = look;
        }
        return look;
    }
}
