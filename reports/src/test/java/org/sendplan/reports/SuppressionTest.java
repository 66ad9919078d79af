package org.sendplan.reports;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --suppress N: values above 0 and below N become "c"; zeros and totals stay. */
class SuppressionTest {
    @Test
    void hidesOnlyValuesAboveZeroAndBelowTheThreshold() {
        assertTrue(Suppression.hides(4.9, 5));
        assertTrue(Suppression.hides(0.2, 5));
        assertFalse(Suppression.hides(0, 5));
        assertFalse(Suppression.hides(5, 5));
        assertFalse(Suppression.hides(1, 0));
        assertFalse(Suppression.hides(Double.NaN, 5));
    }

    @Test
    void projectionCsvReplacesSmallValuesAndKeepsTheOthers(@TempDir Path dir) throws IOException {
        Forecast f = Fixtures.forecast();
        Path plain = dir.resolve("p.csv"), hidden = dir.resolve("s.csv");
        ProjectionCsvWriter.write(List.of(f), plain);
        ProjectionCsvWriter.write(List.of(f), hidden, 1_000_000);
        List<String> a = Files.readAllLines(plain), b = Files.readAllLines(hidden);
        assertEquals(a.size(), b.size());
        for (int i = 1; i < a.size(); i++) {
            String[] x = a.get(i).split(","), y = b.get(i).split(",");
            for (int c = 7; c < 11; c++) {
                double v = Double.parseDouble(x[c]);
                assertEquals(v > 0 ? "c" : x[c], y[c], a.get(i));
            }
        }
        ProjectionCsvWriter.write(List.of(f), hidden, 0);
        assertEquals(a, Files.readAllLines(hidden), "0 = no suppression");
    }

    @Test
    void workbookGroupSheetsHideSmallValuesButTotalsStayExact(@TempDir Path dir) throws IOException {
        Forecast f = Fixtures.forecast();
        Path file = dir.resolve("w.xlsx");
        List<WorkbookWriter.ExtraSheet> extra = List.of(wb -> wb.createSheet("Extra"));
        WorkbookWriter.write(List.of(new org.sendplan.model.money.Outcome(f, null)), file, new WorkbookWriter.Options(1_000_000, null, extra));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertTrue(wb.getSheet("Extra") != null, "extra sheet added");
            XSSFSheet sh = wb.getSheet("By need");
            XSSFRow first = sh.getRow(GroupSheets.HEADER_ROW + 1);
            XSSFCell cell = first.getCell(GroupSheets.FIRST_YEAR_COL);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(WorkbookWriter.SUPPRESSED, cell.getStringCellValue());
            int groups = f.projection().needs().size();
            XSSFCell total = sh.getRow(GroupSheets.HEADER_ROW + 1 + groups).getCell(GroupSheets.FIRST_YEAR_COL);
            assertEquals(CellType.NUMERIC, total.getCellType(), "total is a value, not a SUM over suppressed cells");
            assertTrue(total.getNumericCellValue() > 0);
            XSSFCell summaryTotal = wb.getSheet("Summary").getRow(SummarySheet.HEADER_ROW + 1).getCell(2);
            assertEquals(CellType.NUMERIC, summaryTotal.getCellType());
        }
    }
}
