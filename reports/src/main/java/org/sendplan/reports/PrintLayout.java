package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a sheet's columns and rows meet an A4 landscape page. A sheet prints one page wide when
 * that is at least {@link #MIN_SCALE} of full size (fitted to the width, or at {@link #MAX_SCALE} when
 * narrower than the page at that scale); a wider one is split between its columns at
 * no less than that scale, its frozen label columns repeated on every page. Header cells wrap within
 * their column: the column is at least as wide as the header's longest word and the row as tall
 * as its lines. Charts (and a sheet's own blocks) are not cut by a page break.
 * <p>
 * Widths are in characters (a column width unit, the width of a digit of the body font, 11 pt
 * Calibri; bold text is taken as {@link #BOLD} wider), heights in points. The page holds
 * {@link #PAGE_CHARS} characters across and {@link #PAGE_POINTS} points down inside the default
 * margins at full size.
 */
final class PrintLayout {
    /**
     * A4 landscape, 297 mm less 2 × {@link #SIDE_MARGIN}" margins, at 2.5 mm a character as LibreOffice prints the
     * workbook (measured on its PDF; Excel's characters are narrower, so Excel prints larger).
     */
    static final double PAGE_CHARS = 113;
    /** Excel's "Narrow" side margins (inches): a tenth more of a wide table on the page than the default 0.7". */
    static final double SIDE_MARGIN = 0.25;
    /** 210 mm less 2 × 0.75" margins. */
    static final double PAGE_POINTS = 487;
    /** Below this a sheet fitted to one page wide is too small to read: it is split instead. */
    static final double MIN_SCALE = 0.7;
    /**
     * No sheet prints larger than this (11 pt body text at 9.4 pt, as a finance paper's tables are):
     * a sheet narrower than the page gains rows on every page, not width it does not use.
     */
    static final double MAX_SCALE = 0.85;
    static final double BOLD = 1.1;
    /**
     * Letters of body text are narrower than the digits a column's width counts: a line holds more of them
     * (LibreOffice's PDF: a column 36 wide holds about 44 letters).
     */
    static final double TEXT = 0.8;
    static final float LINE_POINTS = 15;

    private PrintLayout() {
    }

    /** Wraps headers, then fits the sheet one page wide or splits it, then keeps charts whole. */
    static void apply(SXSSFSheet sh, StyleLooks looks) {
        wrapped(sh, looks);
        PrintSetup ps = sh.getPrintSetup();
        double scale = fittedScale(sh);
        int split = scale >= MIN_SCALE ? 0 : split(sh);
        if (split == 0 && scale < MAX_SCALE) {
            sh.setFitToPage(true);
            ps.setFitWidth((short) 1);
            // 0: as many pages tall as the sheet needs
            ps.setFitHeight((short) 0);
        } else {
            sh.setFitToPage(false);
            scale = split == 0 ? MAX_SCALE : split / 100.0;
            ps.setScale((short) Math.round(scale * 100));
        }
        if (sh.getRowBreaks().length == 0) keepWhole(sh, units(sh), scale);
    }

    /** What a page break must not cut: each chart, and each block of rows under one merged label. */
    private static List<int[]> units(SXSSFSheet sh) {
        List<int[]> units = new ArrayList<>(charts(sh));
        for (CellRangeAddress m : sh.getMergedRegions()) if (m.getLastRow() > m.getFirstRow()) units.add(new int[]{m.getFirstRow(), m.getLastRow()});
        return units;
    }

    /** The scale at which the sheet's columns fill one page wide (1 at most). */
    static double fittedScale(SXSSFSheet sh) {
        return Math.min(1, PAGE_CHARS / width(sh, 0, lastColumn(sh)));
    }

    /** The characters of columns {@code from}..{@code to}. */
    static double width(Sheet sh, int from, int to) {
        double w = 0;
        for (int c = from; c <= to; c++) w += sh.isColumnHidden(c) ? 0 : sh.getColumnWidth(c) / 256.0;
        return w;
    }

    /**
     * Columns after the frozen ones, split into pages that each hold the frozen columns and as even
     * a share of the rest as fits at {@link #MIN_SCALE}, as few pages as can be; returns the
     * scale (percent) at which the widest page fits, or 0 (nothing set) where one column is wider than a page.
     */
    private static int split(SXSSFSheet sh) {
        int labels = sh.getPaneInformation() == null ? 0 : sh.getPaneInformation().getVerticalSplitLeftColumn();
        int last = lastColumn(sh);
        double labelWidth = width(sh, 0, labels - 1);
        double room = PAGE_CHARS / MIN_SCALE - labelWidth;
        double rest = width(sh, labels, last);
        int pages = (int) Math.ceil(rest / room);
        double target = rest / pages, used = 0, widest = 0;
        List<Integer> breaks = new ArrayList<>();
        for (int c = labels; c <= last; c++) {
            double w = width(sh, c, c);
            if (used > 0 && (used + w > room || used + w / 2 > target)) {
                breaks.add(c - 1);
                used = 0;
            }
            used += w;
            widest = Math.max(widest, used);
        }
        // one column wider than a page: splitting does not help
        if (breaks.isEmpty()) return 0;
        // a chart as wide as the table is narrowed to the first page of columns, so that it prints whole
        XSSFDrawing drawing = StreamingWorkbook.beneath(sh).getDrawingPatriarch();
        for (XSSFChart c : drawing == null ? List.<XSSFChart>of() : drawing.getCharts()) {
            XSSFClientAnchor a = (XSSFClientAnchor) c.getGraphicFrame().getAnchor();
            if (a.getCol2() > breaks.get(0) + 1) {
                a.setCol2(breaks.get(0) + 1);
                a.setDx2(0);
            }
        }
        for (int b : breaks) sh.setColumnBreak(b);
        if (labels > 0) sh.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labels - 1));
        return (int) Math.min(100 * MAX_SCALE, Math.floor(100 * PAGE_CHARS / (labelWidth + widest)));
    }

    /** The last column holding a value or a chart. */
    static int lastColumn(SXSSFSheet sh) {
        int last = 0;
        for (int r = sh.getFirstRowNum(); r >= 0 && r <= sh.getLastRowNum(); r++) {
            SXSSFRow row = sh.getRow(r);
            if (row == null) continue;
            for (int c = row.getLastCellNum() - 1; c > last; c--) {
                SXSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isEmpty())) {
                    last = c;
                    break;
                }
            }
        }
        for (int[] chart : charts(sh)) last = Math.max(last, chart[2]);
        return last;
    }

    /** Each chart's first and last row, last and first column. */
    private static List<int[]> charts(SXSSFSheet sh) {
        List<int[]> out = new ArrayList<>();
        XSSFDrawing d = StreamingWorkbook.beneath(sh).getDrawingPatriarch();
        if (d == null) return out;
        for (XSSFChart c : d.getCharts()) {
            XSSFClientAnchor a = (XSSFClientAnchor) c.getGraphicFrame().getAnchor();
            out.add(new int[]{a.getRow1(), a.getRow2() - (a.getDy2() == 0 ? 1 : 0), a.getCol2() - (a.getDx2() == 0 ? 1 : 0), a.getCol1()});
        }
        return out;
    }

    /**
     * Page breaks so that no unit (rows {@code unit[0]}..{@code unit[1]}) shorter than a page is cut:
     * a unit that would run over the foot of a page starts the next one.
     */
    static void keepWhole(SXSSFSheet sh, List<int[]> units, double scale) {
        if (units.isEmpty()) return;
        double page = PAGE_POINTS / scale * 0.97;
        CellRangeAddress repeat = sh.getRepeatingRows();
        double repeated = repeat == null ? 0 : height(sh, repeat.getFirstRow(), repeat.getLastRow());
        List<int[]> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(u -> u[0]));
        int last = Math.max(sh.getLastRowNum(), sorted.stream().mapToInt(u -> u[1]).max().orElse(0));
        double used = 0;
        int next = 0;
        for (int r = 0; r <= last; r++) {
            while (next < sorted.size() && sorted.get(next)[0] < r) next++;
            if (next < sorted.size() && sorted.get(next)[0] == r && r > 0) {
                double h = height(sh, r, sorted.get(next)[1]);
                if (used + h > page && repeated + h <= page) {
                    sh.setRowBreak(r - 1);
                    used = repeated;
                }
            }
            double h = height(sh, r, r);
            used = used + h > page ? repeated + h : used + h;
        }
    }

    private static double height(SXSSFSheet sh, int from, int to) {
        double h = 0;
        for (int r = from; r <= to; r++) {
            SXSSFRow row = sh.getRow(r);
            h += row == null ? sh.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    /**
     * Header cells (bold on a fill) widen their column to their longest word; every row holding
     * wrapped text (outside merged cells, which set their own) is made as tall as its lines.
     * A cell's style is looked at first: most cells are numbers in a style that does not wrap.
     */
    private static void wrapped(SXSSFSheet sh, StyleLooks looks) {
        // XSSF builds the list afresh on every call
        List<CellRangeAddress> merged = sh.getMergedRegions();
        for (Row row : sh) {
            int lines = 1;
            for (Cell c : row) {
                SXSSFCell cell = (SXSSFCell) c;
                StyleLooks.Look look = looks.of(cell);
                if (!look.wrap() || cell.getCellType() != CellType.STRING || merged(merged, cell)) continue;
                String text = cell.getStringCellValue();
                int col = cell.getColumnIndex();
                if (look.header()) {
                    int needed = headerChars(text);
                    if (needed * 256 > sh.getColumnWidth(col)) sh.setColumnWidth(col, needed * 256);
                }
                lines = Math.max(lines, lines(text, (int) ((sh.getColumnWidth(col) / 256.0 - 1) / (look.bold() ? 1 : TEXT))));
            }
            if (lines > 1 && row.getHeightInPoints() < lines * LINE_POINTS) row.setHeightInPoints(lines * LINE_POINTS);
        }
    }

    /** Characters a header's column needs so that its longest word fits on a line, in bold. */
    static int headerChars(String header) {
        return (int) Math.ceil(longestWord(header) * BOLD + 2);
    }

    /** A header cell's style: bold text on a solid fill. */
    static boolean header(XSSFCellStyle style) {
        return style.getFont().getBold() && style.getFillPattern() == FillPatternType.SOLID_FOREGROUND;
    }

    static int longestWord(String text) {
        int longest = 0;
        for (String w : text.split("\\s+")) longest = Math.max(longest, w.length());
        return longest;
    }

    /** The lines {@code text} wraps to, {@code chars} a line, breaking between words (a longer word is cut). */
    static int lines(String text, int chars) {
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int used = -1;
            lines++;
            for (String w : para.split("\\s+")) {
                if (w.isEmpty()) continue;
                if (used >= 0 && used + 1 + w.length() > chars) {
                    lines++;
                    used = -1;
                }
                used = used < 0 ? w.length() : used + 1 + w.length();
                while (used > chars && chars > 0) {
                    lines++;
                    used -= chars;
                }
            }
        }
        return lines;
    }

    private static boolean merged(List<CellRangeAddress> merged, SXSSFCell cell) {
        for (CellRangeAddress m : merged) if (m.isInRange(cell)) return true;
        return false;
    }
}
