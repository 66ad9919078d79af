package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NumberWidths} reads each style once and formats only a column's extremes in the workbook's
 * own formats: it must give what formatting every number read through POI's getters gives, on the
 * streaming workbook as written and on the file read back.
 */
class NumberWidthsTest {
    @TempDir
    Path dir;

    private static NumberWidths widths(XSSFWorkbook wb) {
        return new NumberWidths(new StyleLooks(wb), new DataFormatter(Locale.UK));
    }

    @Test
    void aHandWorkedSheet() throws IOException {
        try (SXSSFWorkbook wb = new StreamingWorkbook()) {
            Styles st = new Styles(wb);
            SXSSFSheet sh = wb.createSheet("s");
            SXSSFRow r0 = sh.createRow(0), r1 = sh.createRow(1), r2 = sh.createRow(2);
            // "1,235" and "-56": 5 + 3 padding
            Cells.number(r0, 0, 1234.6, st.int0);
            Cells.number(r1, 0, -56.4, st.int0);
            // bold "12,345": (6 + 3) × 1.1 = 9.9, so 10
            Cells.number(r0, 1, 12345, st.int0Bold);
            // "£213.0m", "(£123.5m)" and "£0.0m" (a negative that rounds to nothing has no brackets): 9 + 3
            Cells.number(r0, 2, 213_000_000, st.money);
            Cells.number(r1, 2, -123_456_789, st.money);
            Cells.number(r2, 2, -40_000, st.money);
            // General: "1.25" between "1" and "3" is the widest (4 + 3), so every value counts, not the extremes
            XSSFCellStyle general = wb.getXSSFWorkbook().createCellStyle();
            Cells.number(r0, 3, 1, general);
            Cells.number(r1, 3, 1.25, general);
            Cells.number(r2, 3, 3, general);
            // "-50.0%" beside "12.3%": 6 + 3
            Cells.number(r0, 4, 0.1234, st.pct);
            Cells.number(r1, 4, -0.5, st.pct);
            // a formula's computed value, "99,999": 6 + 3
            SXSSFCell sum = r0.createCell(5);
            sum.setCellFormula("SUM(A1:A2)");
            sum.setCellValue(99_999);
            sum.setCellStyle(st.int0);
            // a formula not yet computed reads as 0: "0", 1 + 3
            SXSSFCell uncomputed = r1.createCell(6);
            uncomputed.setCellFormula("A1");
            uncomputed.setCellStyle(st.int0);
            // no number: a blank styled cell (a missing value), text, the suppression marker
            Cells.number(r0, 7, Double.NaN, st.int0);
            Cells.text(r1, 7, "a long piece of text", st.text);
            Cells.number(r2, 7, 3, st.int0, true);

            assertArrayEquals(new int[]{8, 10, 12, 7, 9, 9, 4}, widths(wb.getXSSFWorkbook()).of(sh));
            assertArrayEquals(new int[]{8, 10, 12, 7, 9, 9, 4}, everyCellThroughPoi(sh));
        }
    }

    @Test
    void theWorkbookAsReadingEveryCellBackGives() throws IOException {
        Path file = RunFixtures.everySheet(PrintReadyWorkbookTest.plan(Fixtures.forecast()), dir.resolve("sufficiency-plan.xlsx"));
        try (XSSFWorkbook wb = PrintReadyWorkbookTest.open(file)) {
            NumberWidths widths = widths(wb);
            int numbers = 0;
            for (Sheet s : wb) {
                XSSFSheet sh = (XSSFSheet) s;
                assertArrayEquals(everyCellThroughPoi(sh), widths.of(sh), sh.getSheetName());
                numbers += Arrays.stream(widths.of(sh)).filter(w -> w > 0).count();
            }
            assertTrue(numbers > 50, "columns of numbers: " + numbers);
        }
    }

    /** The premise of formatting only extremes: in these formats no value is wider than one further from zero. */
    @Test
    void theWorkbooksFormatsNeverNarrowAwayFromZero() throws IOException {
        TreeSet<Double> magnitudes = new TreeSet<>();
        // either side of where a digit, a separator or a rounding step is gained
        for (int e = -6; e <= 12; e++) {
            for (double m : new double[]{1, 1.5, 4.9999, 5, 5.0001, 9.4999, 9.5, 9.9499, 9.95, 9.9951, 9.99951}) magnitudes.add(m * Math.pow(10, e));
        }
        Random random = new Random(1);
        for (int i = 0; i < 3000; i++) magnitudes.add(Math.pow(10, -6 + 18 * random.nextDouble()));
        magnitudes.add(0.0);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            NumberWidths widths = widths(wb);
            for (String format : NumberWidths.WIDER_AWAY_FROM_ZERO) {
                for (boolean bold : new boolean[]{false, true}) {
                    StyleLooks.Look look = new StyleLooks.Look(wb.createDataFormat().getFormat(format), format, bold, false, false);
                    int positive = 0, negative = 0;
                    for (double m : magnitudes) {
                        int p = widths.chars(look, m), n = widths.chars(look, -m);
                        assertTrue(p >= positive, format + " narrows at " + m);
                        assertTrue(n >= negative, format + " narrows at " + -m);
                        positive = p;
                        negative = n;
                    }
                }
            }
        }
    }

    /** What the print setup did before {@link NumberWidths}: every number read and formatted through POI's getters. */
    private static int[] everyCellThroughPoi(Sheet sh) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        int[] chars = new int[0];
        for (int r = sh.getFirstRowNum(); r >= 0 && r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row == null) continue;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) continue;
                CellType t = cell.getCellType();
                if (t != CellType.NUMERIC && !(t == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) continue;
                CellStyle style = cell.getCellStyle();
                String shown = Styles.finance(cell.getNumericCellValue(), style.getDataFormatString());
                if (shown == null) shown = formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
                boolean bold = sh.getWorkbook().getFontAt(style.getFontIndex()).getBold();
                int width = (int) Math.ceil((shown.length() + NumberWidths.PADDING) * (bold ? NumberWidths.BOLD : 1));
                if (c >= chars.length) chars = Arrays.copyOf(chars, c + 1);
                chars[c] = Math.max(chars[c], width);
            }
        }
        return chars;
    }
}
