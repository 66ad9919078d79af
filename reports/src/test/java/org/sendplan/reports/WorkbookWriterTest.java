package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookWriterTest {
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void write() throws IOException {
        file = dir.resolve("sufficiency-plan.xlsx");
        WorkbookWriter.write(Fixtures.forecast(), file);
    }

    private static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsInOrderWithFrozenHeadersAndFilters() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) names.add(s.getSheetName());
            assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Assumptions",
                    "Data quality"), names);
            int[] frozenRows = {4, 3, 3, 3, 3, 1, 1};
            for (int i = 0; i < names.size(); i++) {
                XSSFSheet sh = wb.getSheetAt(i);
                PaneInformation pane = sh.getPaneInformation();
                assertNotNull(pane, names.get(i));
                assertTrue(pane.isFreezePane(), names.get(i));
                assertEquals(frozenRows[i], pane.getHorizontalSplitTopRow(), names.get(i));
                assertTrue(sh.getCTWorksheet().isSetAutoFilter(), names.get(i));
                Row header = sh.getRow(frozenRows[i] - 1);
                assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), names.get(i));
            }
            assertEquals("sendplan", wb.getProperties().getCoreProperties().getCreator());
            assertEquals(Instant.parse("2000-01-01T00:00:00Z"),
                    wb.getProperties().getCoreProperties().getCreated().toInstant());
            assertEquals(Instant.parse("2000-01-01T00:00:00Z"),
                    wb.getProperties().getCoreProperties().getModified().toInstant());
        }
    }

    @Test
    void summaryHasTotalsHeadlineAndALineChartBoundToTheCells() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sh = wb.getSheet("Summary");
            assertTrue(sh.getRow(0).getCell(0).getStringCellValue().contains("Camden"));
            Row header = sh.getRow(3);
            assertEquals("Year", header.getCell(0).getStringCellValue());
            assertEquals("p97.5", header.getCell(7).getStringCellValue());
            Row base = sh.getRow(4);
            assertEquals(2024, base.getCell(0).getNumericCellValue());
            assertEquals("Observed", base.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, base.getCell(2).getCellType());
            assertEquals(159.875, base.getCell(2).getNumericCellValue());
            assertEquals("#,##0", base.getCell(2).getCellStyle().getDataFormatString()); // whole plans
            Row last = sh.getRow(6);
            assertEquals("Projected", last.getCell(1).getStringCellValue());
            assertEquals(379.875, last.getCell(2).getNumericCellValue());
            assertEquals(379.875 * 0.85, last.getCell(3).getNumericCellValue(), 1e-9); // p10
            assertEquals(379.875 * 1.15, last.getCell(5).getNumericCellValue(), 1e-9); // p90

            // headline: base year and last year (horizon 2 < 5) with % change as a live formula
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            // under the totals (rows 4-6): its header, then the base and last years, labels in column B
            assertEquals("Headline", sh.getRow(8).getCell(1).getStringCellValue());
            assertEquals(159.875, sh.getRow(9).getCell(3).getNumericCellValue());
            Cell change = sh.getRow(10).getCell(4);
            assertEquals(CellType.FORMULA, change.getCellType());
            assertEquals("0.0%", change.getCellStyle().getDataFormatString());
            assertEquals(379.875 / 159.875 - 1, ev.evaluate(change).getNumberValue(), 1e-12);
            assertEquals(379.875 / 159.875 - 1, change.getNumericCellValue(), 1e-12);

            List<XSSFChart> charts = ((XSSFDrawing) sh.getDrawingPatriarch()).getCharts();
            assertEquals(1, charts.size());
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertTrue(data.get(0) instanceof XDDFLineChartData);
            XDDFChartData.Series mean = data.get(0).getSeries(0);
            assertEquals(3, data.get(0).getSeriesCount());
            assertEquals("Summary!$A$5:$A$7", mean.getCategoryData().getDataRangeReference());
            assertEquals("Summary!$C$5:$C$7", mean.getValuesData().getDataRangeReference());
            assertEquals("Summary!$D$5:$D$7", data.get(0).getSeries(1).getValuesData().getDataRangeReference());
            assertEquals("Summary!$F$5:$F$7", data.get(0).getSeries(2).getValuesData().getDataRangeReference());
            assertEquals(379.875, mean.getValuesData().getPointAt(2).doubleValue());
        }
    }

    @Test
    void groupSheetsHaveMeansTotalFormulaQuantilesAndAStackedChart() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            XSSFSheet sh = wb.getSheet("By provision");
            Row header = sh.getRow(2);
            assertEquals("Code", header.getCell(0).getStringCellValue());
            assertEquals(2024, header.getCell(2).getNumericCellValue());
            assertEquals(2026, header.getCell(4).getNumericCellValue());
            assertEquals("MAINSTREAM", sh.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Mainstream school", sh.getRow(3).getCell(1).getStringCellValue());
            assertEquals(80.25, sh.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("SPECIAL_STATE", sh.getRow(4).getCell(0).getStringCellValue());
            assertEquals(79.625, sh.getRow(4).getCell(2).getNumericCellValue());
            Row total = sh.getRow(5);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            for (int y = 0; y < 3; y++) {
                Cell c = total.getCell(2 + y);
                assertEquals(CellType.FORMULA, c.getCellType());
                String col = String.valueOf((char) ('C' + y));
                assertEquals("SUM(" + col + "4:" + col + "5)", c.getCellFormula());
                double expected = new double[]{159.875, 269.875, 379.875}[y];
                assertEquals(expected, c.getNumericCellValue(), 1e-9, "cached value");
                assertEquals(expected, ev.evaluate(c).getNumberValue(), 1e-9, "evaluated");
            }

            List<XSSFChart> charts = ((XSSFDrawing) sh.getDrawingPatriarch()).getCharts();
            assertEquals(1, charts.size());
            XDDFBarChartData bar = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertEquals(BarGrouping.STACKED, bar.getBarGrouping());
            assertEquals(100, bar.getOverlap().intValue());
            assertEquals(2, bar.getSeriesCount());
            assertEquals("'By provision'!$C$3:$E$3", bar.getSeries(0).getCategoryData().getDataRangeReference());
            assertEquals("'By provision'!$C$4:$E$4", bar.getSeries(0).getValuesData().getDataRangeReference());
            assertEquals("'By provision'!$C$5:$E$5", bar.getSeries(1).getValuesData().getDataRangeReference());

            // p10 and p90 blocks below the chart, labelled
            int p10 = findRow(sh, "p10");
            int p90 = findRow(sh, "p90");
            assertTrue(p10 > 5 && p90 > p10);
            assertEquals("MAINSTREAM", sh.getRow(p10 + 2).getCell(0).getStringCellValue());
            assertEquals(80.25, sh.getRow(p10 + 2).getCell(2).getNumericCellValue()); // base year: p10 = mean
            // MAINSTREAM 2026: 6 cells of 30.125 + 3a + 0.5n -> 180.75 + 18 + 1.5 = 200.25; p90 = 1.15 x
            assertEquals(200.25 * 1.15, sh.getRow(p90 + 2).getCell(4).getNumericCellValue(), 1e-9);

            XSSFSheet phase = wb.getSheet("By phase");
            assertEquals("primary", phase.getRow(3).getCell(0).getStringCellValue());
            assertEquals("secondary", phase.getRow(4).getCell(0).getStringCellValue());
            assertEquals(287, phase.getRow(4).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(379.875, ev.evaluate(phase.getRow(5).getCell(4)).getNumberValue(), 1e-9);
            assertEquals("SEMH", wb.getSheet("By need").getRow(4).getCell(0).getStringCellValue());
            assertEquals("SPECIAL_LA_MAINTAINED", wb.getSheet("By setting").getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void assumptionsAndDataQuality() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet a = wb.getSheet("Assumptions");
            assertEquals("Group", a.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Source", a.getRow(0).getCell(3).getStringCellValue());
            assertEquals("continuation", a.getRow(1).getCell(0).getStringCellValue());
            assertEquals(0.9125, a.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("0.000", a.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(61234.5, a.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("Method", a.getRow(5).getCell(0).getStringCellValue());
            assertEquals("Small cells pooled across needs.", a.getRow(7).getCell(0).getStringCellValue());

            XSSFSheet q = wb.getSheet("Data quality");
            assertEquals("Base year?", q.getRow(0).getCell(2).getStringCellValue());
            assertEquals("caseload total", q.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2024, q.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("yes", q.getRow(1).getCell(2).getStringCellValue());
            assertEquals("no", q.getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void noWarningsSaysSo() throws IOException {
        Forecast f = Fixtures.forecast();
        Forecast clean = new Forecast(f.scenario(), f.area(), f.baseYear(), f.horizon(), f.projection(), f.summary(),
                f.assumptions(), List.of(), f.method());
        Path p = dir.resolve("clean.xlsx");
        WorkbookWriter.write(clean, p);
        try (XSSFWorkbook wb = open(p)) {
            assertEquals("No data-quality warnings", wb.getSheet("Data quality").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void headlineHasBasePlusFiveAndLastYearWhenTheHorizonAllows() throws IOException {
        Path p = dir.resolve("long.xlsx");
        WorkbookWriter.write(Fixtures.forecast("baseline", 1, 8), p); // 2024..2031
        try (XSSFWorkbook wb = open(p)) {
            XSSFSheet sh = wb.getSheet("Summary");
            // totals: 159.875 + 110 per year
            // the totals in rows 4-11, the headline's header in 13, base year in 14
            assertEquals(2029, sh.getRow(15).getCell(2).getNumericCellValue());
            assertEquals(159.875 + 5 * 110, sh.getRow(15).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(2031, sh.getRow(16).getCell(2).getNumericCellValue());
            assertEquals((159.875 + 7 * 110) / 159.875 - 1, sh.getRow(16).getCell(4).getNumericCellValue(), 1e-12);
            assertEquals("Summary!$C$5:$C$12", ((XSSFDrawing) sh.getDrawingPatriarch()).getCharts().get(0)
                    .getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference());
        }
    }

    @Test
    void anEmptySummaryStillGivesAWorkbookWithoutCharts() throws IOException {
        Forecast f = Fixtures.forecast();
        Forecast empty = new Forecast(f.scenario(), f.area(), f.baseYear(), f.horizon(), f.projection(), List.of(),
                List.of(), List.of(), List.of());
        Path p = dir.resolve("empty.xlsx");
        WorkbookWriter.write(empty, p);
        try (XSSFWorkbook wb = open(p)) {
            assertEquals(7, wb.getNumberOfSheets());
            assertEquals("Total", wb.getSheet("By need").getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sameForecastGivesIdenticalCellsAndBytes() throws IOException {
        Path other = dir.resolve("again.xlsx");
        WorkbookWriter.write(Fixtures.forecast(), other);
        try (XSSFWorkbook a = open(file); XSSFWorkbook b = open(other)) {
            assertEquals(dump(a), dump(b));
        }
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(other));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                assertEquals(2000, e.getTimeLocal().getYear(), e.getName());
            }
        }
    }

    private static String dump(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        for (Sheet s : wb) {
            sb.append("# ").append(s.getSheetName()).append('\n');
            for (Row r : s) {
                for (Cell c : r) {
                    sb.append(c.getAddress()).append('=').append(c.getCellType() == CellType.FORMULA
                            ? c.getCellFormula() + "|" + c.getCachedFormulaResultType() : "").append(c).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static int findRow(Sheet sh, String prefix) {
        for (Row r : sh) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r.getRowNum();
            }
        }
        return -1;
    }

}
