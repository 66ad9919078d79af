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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --suppress N: values above 0 and below N become "c", and enough others that no total gives one away; zeros stay. */
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

    /** Cells with these values, in id order, at threshold 10. */
    private static Suppression cells(double... values) {
        Suppression s = new Suppression(10);
        for (double v : values) s.cell(v);
        return s;
    }

    @Test
    void twoSmallPartsProtectEachOther() {
        // total 20 = 12 + 5 + 3: 5 and 3 are below 10; with two hidden, 20 − 12 = 8 says only their sum
        Suppression s = cells(20, 12, 5, 3);
        s.line(0, 1, 2, 3);
        assertArrayEquals(new boolean[]{false, false, true, true}, s.solve());
    }

    @Test
    void oneSmallPartHidesTheSmallestOtherPart() {
        // total 30 = 14 + 11 + 5: 5 alone would be 30 − 14 − 11; the smallest positive visible part, 11, is hidden with it
        Suppression s = cells(30, 14, 11, 5);
        s.line(0, 1, 2, 3);
        assertArrayEquals(new boolean[]{false, false, true, true}, s.solve());
    }

    @Test
    void zerosAreNeverHiddenAndTiesGoToTheFirstCell() {
        // total 45 = 5 + 0 + 12 + 12 + 16: 5 is hidden; 0 is no protection; of the two 12s the first (id 3) is hidden
        Suppression s = cells(45, 5, 0, 12, 12, 16);
        s.line(0, 1, 2, 3, 4, 5);
        assertArrayEquals(new boolean[]{false, true, false, true, false, false}, s.solve());
    }

    /**
     * A chain of three lines, ids in brackets:
     * <pre>
     * year:      G[0] = 50 = a[1] 5 + b[2] 45      a < 10: hidden; then b, the only other part
     * provision: b[2] = 45 = c[3] 45 + d[4] 0      b hidden, no part: its smallest positive part c
     * other:     X[5] = 45 = c[3] 45 + e[6] 0      c hidden and no positive part left: the total X
     * </pre>
     */
    @Test
    void hiddenCellsSpreadThroughLinesUntilStable() {
        Suppression s = cells(50, 5, 45, 45, 0, 45, 0);
        s.line(0, 1, 2);
        s.line(2, 3, 4);
        s.line(5, 3, 6);
        assertArrayEquals(new boolean[]{false, true, true, true, false, true, false}, s.solve());
    }

    @Test
    void aFractionalMeanBelowTheThresholdIsHiddenAndThresholdZeroHidesNothing() {
        // means are fractional: 0.4 is hidden, and 9.6 with it (10 − 9.6 = 0.4)
        Suppression s = cells(10, 9.6, 0.4);
        s.line(0, 1, 2);
        assertArrayEquals(new boolean[]{false, true, true}, s.solve());
        Suppression off = new Suppression(0);
        off.cell(3);
        assertArrayEquals(new boolean[]{false}, off.solve(), "threshold 0: nothing hidden");
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
    void workbookHidesEverySmallValueTotalsIncluded(@TempDir Path dir) throws IOException {
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
            // below a threshold of a million every positive value is hidden, the totals too (no SUM over hidden cells)
            XSSFCell total = sh.getRow(GroupSheets.HEADER_ROW + 1 + groups).getCell(GroupSheets.FIRST_YEAR_COL);
            assertEquals(WorkbookWriter.SUPPRESSED, total.getStringCellValue());
            XSSFCell summaryTotal = wb.getSheet("Summary").getRow(SummarySheet.HEADER_ROW + 1).getCell(2);
            assertEquals(WorkbookWriter.SUPPRESSED, summaryTotal.getStringCellValue());
        }
    }

    /** Below a million every positive mean of the fixture is hidden: the page says so, its tables show c, its charts leave gaps. */
    @Test
    void dashboardAndChartsShowNoHiddenValue() throws IOException {
        org.sendplan.model.RunResult run = RunFixtures.personPeerCosts();
        Forecast f = run.baseline();
        Disclosure all = Disclosure.of(List.of(f), List.of(), 1_000_000);
        DashboardView view = DashboardView.of(run, all);
        DashboardView.Section headline = view.sections().get(0);
        assertTrue(headline.notices().get(0).text().startsWith("Small counts are suppressed: values above 0 and below 1000000 are shown as c"));
        assertEquals("c", headline.keyFigures().get(0).value(), "the base year's total");
        DashboardView.Section byNeed = view.sections().stream().filter(x -> x.part() == DashboardView.Part.BY_NEED).findFirst().orElseThrow();
        for (DashboardView.Row row : byNeed.figures().get(0).data().rows()) {
            for (DashboardView.Cell c : row.cells()) assertTrue(c.text().equals("c") || c.text().equals("0"), row.toString());
        }
        org.knowm.xchart.XYChart chart = (org.knowm.xchart.XYChart) DrawnChart.NEED.of(f, PublishedHistory.NONE, all);
        for (org.knowm.xchart.XYSeries series : chart.getSeriesMap().values()) {
            for (double y : series.getYData()) assertTrue(Double.isNaN(y) || y == 0, series.getName() + ": a hidden point is a gap");
        }
        // XChart draws a line with gaps
        org.knowm.xchart.BitmapEncoder.saveBitmap(chart, java.io.OutputStream.nullOutputStream(), org.knowm.xchart.BitmapEncoder.BitmapFormat.PNG);
    }
}
