package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Area;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.money.CostRow;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.SufficiencyPlan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook read back as a printer and a reader meet it: page setup, number formats, column widths, names. */
class PrintReadyWorkbookTest {
    /** Base-year SPECIAL_STATE surplus of the plan: a rounding residue, which is no shortfall. */
    static final double RESIDUE = -5.7e-14;
    /** Its surplus a year later: a real shortfall of 0.6 places, shown as -1. */
    static final double SMALL_SHORTFALL = -0.6;
    /** Costs are scaled by this so that the totals are wider than the columns' set widths. */
    static final double COST_SCALE = 1000;

    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws IOException {
        Path file = RunFixtures.everySheet(plan(Fixtures.forecast()), dir.resolve("sufficiency-plan.xlsx"));
        wb = open(file);
    }

    /** The fixture's plan with the two surpluses above and costs × {@link #COST_SCALE}. */
    static SufficiencyPlan plan(Forecast f) {
        SufficiencyPlan p = RunFixtures.plan(f);
        List<PlacesRow> places = new ArrayList<>();
        for (PlacesRow r : p.places()) {
            int y = r.year().census() - Fixtures.BASE;
            double surplus = r.provision() != Provision.SPECIAL_STATE || y > 1 ? r.surplusP50() : y == 0 ? RESIDUE : SMALL_SHORTFALL;
            places.add(new PlacesRow(r.year(), r.provision(), r.phase(), r.demandMean(), r.demandP50(), r.demandP90(), r.capacity(),
                    r.placesNeededP50(), surplus, r.surplusP90(), r.overflowP50(), r.placedP50(), r.additionalP50(), r.additionalP90()));
        }
        List<CostRow> costs = new ArrayList<>();
        for (CostRow c : p.costs()) {
            costs.add(new CostRow(c.year(), c.provision(), c.placements(), c.unitCost() * COST_SCALE, c.costMean() * COST_SCALE,
                    c.costP10() * COST_SCALE, c.costP90() * COST_SCALE));
        }
        return new SufficiencyPlan(p.capacity(), p.finance(), p.occupancy(), places, costs, p.budget(), p.firstShortfall(),
                p.lowestBalanceYear(), p.assumptions(), p.notes());
    }

    static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowsAndTheForecastNamed() {
        // sheet -> its table header rows (0-based, first and last)
        Map<String, int[]> headerRows = new LinkedHashMap<>();
        headerRows.put("Summary", new int[]{3, 3});
        for (String s : List.of("By provision", "By setting", "By need", "By phase")) headerRows.put(s, new int[]{2, 2});
        headerRows.put("Pupil census", new int[]{3, 4});
        headerRows.put("Transition model", new int[]{2, 2});
        headerRows.put("Scenarios", new int[]{0, 0});
        for (String s : List.of("Sufficiency", "Costs", "Budget", "Sufficiency - more-special", "Costs - more-special", "Budget - more-special",
                "DSG plan", "Backtest")) {
            headerRows.put(s, new int[]{2, 2});
        }
        headerRows.put("Assumptions", new int[]{0, 0});
        headerRows.put("Data quality", new int[]{0, 0});
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        assertEquals(new ArrayList<>(headerRows.keySet()), names);

        String caption = "Camden (202): base year 2024, scenarios baseline, more-special, data as at the January 2024 census";
        for (String name : names) {
            XSSFSheet sh = wb.getSheet(name);
            XSSFPrintSetup ps = sh.getPrintSetup();
            assertTrue(ps.getLandscape(), name);
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), name);
            if (sh.getFitToPage()) {
                assertEquals(1, ps.getFitWidth(), name);
                assertEquals(0, ps.getFitHeight(), name + ": as many pages tall as it takes");
            } else if (sh.getColumnBreaks().length == 0) {
                // narrower than the page: at the largest print scale, more rows a page
                assertEquals(85, ps.getScale(), name);
            } else {
                // too wide to read at one page wide: split between columns, legible, its labels on every page
                assertFalse(sh.getFitToPage(), name);
                assertTrue(ps.getScale() >= 70, name + " at " + ps.getScale() + "%");
            }
            CellRangeAddress repeat = sh.getRepeatingRows();
            assertEquals(headerRows.get(name)[0], repeat.getFirstRow(), name);
            assertEquals(headerRows.get(name)[1], repeat.getLastRow(), name);
            assertEquals(headerRows.get(name)[1] + 1, sh.getPaneInformation().getHorizontalSplitTopRow(), name + ": frozen as printed");
            // a scenario's own sheets name it alone
            assertEquals(name.endsWith(" - more-special") ? caption.replace("scenarios baseline, more-special", "scenario more-special") : caption,
                    sh.getHeader().getCenter(), name);
            assertEquals("&A", sh.getFooter().getLeft(), name);
            assertEquals("Page &P of &N", sh.getFooter().getRight(), name);
        }
    }

    @Test
    void theScenariosChartsSitBesideTheirTablesWithinThePageAndNoBreakCutsOne() {
        XSSFSheet sh = wb.getSheet("Scenarios");
        var charts = LegibleWorkbookTest.chartAnchors(sh);
        assertEquals(4, charts.size(), "totals, places gap, cost, balance");
        for (var a : charts) {
            // two outcomes (columns B and C): the chart from column E to the page's edge, at full size
            assertEquals(4, a.getCol1());
            assertTrue(PrintLayout.width(sh, 0, a.getCol2() - 1) <= PrintLayout.PAGE_CHARS, "chart ends at column " + a.getCol2());
            assertTrue(PrintLayout.width(sh, a.getCol1(), a.getCol2() - 1) >= 45, "room for the chart");
            for (int b : sh.getRowBreaks()) assertFalse(b >= a.getRow1() && b < a.getRow2() - 1, "break after row " + b + " cuts a chart");
        }
        assertTrue(sh.getColumnBreaks().length == 0, "one page wide");
    }

    @Test
    void anAmpersandInTheAuthorityIsPrintedNotTakenForAFieldCode() throws IOException {
        Forecast f = Fixtures.forecast();
        Area area = new Area("846", "E06000043", "Brighton & Hove", Area.Level.LOCAL_AUTHORITY, "South East");
        Forecast bh = new Forecast(f.scenario(), area, f.baseYear(), f.horizon(), f.projection(), f.summary(), f.assumptions(),
                f.warnings(), f.method());
        Path p = dir.resolve("bh.xlsx");
        WorkbookWriter.write(bh, p);
        try (XSSFWorkbook b = open(p)) {
            assertEquals("Brighton && Hove (846): base year 2024, scenario baseline, data as at the January 2024 census",
                    b.getSheet("Summary").getHeader().getCenter());
        }
    }

    @Test
    void countsAreWholeNumbersMoneyInMillionsSharesPercentages() {
        XSSFSheet summary = wb.getSheet("Summary");
        assertEquals("#,##0", format(summary, 4, 2), "central forecast");
        assertEquals("#,##0", format(summary, 6, 5), "p90");
        assertEquals("#,##0", format(summary, 9, 3), "headline plans");
        assertEquals("0.0%", format(summary, 10, 4), "change vs base");
        XSSFSheet provision = wb.getSheet("By provision");
        assertEquals("#,##0", format(provision, 3, 2));
        assertEquals("#,##0", format(provision, 5, 4), "Total row");
        assertEquals("#,##0", format(wb.getSheet("Sufficiency"), 3, 3), "demand");
        XSSFSheet costs = wb.getSheet("Costs");
        assertEquals(Styles.MONEY_M, format(costs, 3, 3), "cost");
        assertEquals(Styles.MONEY_M, format(costs, 12, 3), "total cost");
        assertEquals("Placements (financial-year mean, after overflow)", costs.getRow(14).getCell(0).getStringCellValue());
        assertEquals("#,##0", format(costs, 15, 3), "placements");
        assertEquals(Styles.MONEY_M, format(wb.getSheet("Budget"), 3, 5), "cumulative balance");
        assertEquals("0.0%", format(wb.getSheet("Backtest"), 3, 4), "MAPE");
        assertEquals("#,##0", format(wb.getSheet("Scenarios"), 10, 1), "total plans by scenario");
        XSSFSheet assumptions = wb.getSheet("Assumptions");
        assertEquals("0.000", format(assumptions, 1, 2), "a rate keeps its decimals");
    }

    @Test
    void everyNumberFitsItsColumnSoNoneShowsHashes() {
        // the widest: a total cost of £3,197,500,000 (bold) from the scaled plan
        assertEquals("£3,197.5m", shown(wb.getSheet("Costs").getRow(12).getCell(3)));
        int checked = 0;
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (Cell c : row) {
                    boolean number = c.getCellType() == CellType.NUMERIC
                            || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
                    if (!number) continue;
                    String shown = shown(c);
                    boolean bold = wb.getFontAt(c.getCellStyle().getFontIndex()).getBold();
                    double needed = (shown.length() + 1) * (bold ? 1.1 : 1) * 256;
                    assertTrue(sh.getColumnWidth(c.getColumnIndex()) >= needed,
                            sh.getSheetName() + "!" + c.getAddress() + " " + shown + " in " + sh.getColumnWidth(c.getColumnIndex()) / 256.0);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void provisionsAndNeedsAreNamedWithTheCodeInItsOwnColumn() {
        for (String name : List.of("Sufficiency", "Costs")) {
            Row head = wb.getSheet(name).getRow(2);
            assertEquals("Code", head.getCell(0).getStringCellValue(), name);
            assertEquals("Provision", head.getCell(1).getStringCellValue(), name);
        }
        XSSFSheet sufficiency = wb.getSheet("Sufficiency");
        assertEquals("MAINSTREAM", sufficiency.getRow(3).getCell(0).getStringCellValue());
        assertEquals("Mainstream school", sufficiency.getRow(3).getCell(1).getStringCellValue());
        assertEquals("Demand (p50)", sufficiency.getRow(3).getCell(2).getStringCellValue());
        // nine measures per provision: SPECIAL_STATE is the third provision
        assertEquals("SPECIAL_STATE", sufficiency.getRow(21).getCell(0).getStringCellValue());
        assertEquals("State special school (LA maintained, academy, free)", sufficiency.getRow(21).getCell(1).getStringCellValue());
        assertEquals("Children placed after overflow (p50; as costed)", sufficiency.getRow(21 + 6).getCell(2).getStringCellValue());
        assertEquals("Additional places to commission (p50)", sufficiency.getRow(21 + 7).getCell(2).getStringCellValue());
        assertEquals("Additional places to commission (p90)", sufficiency.getRow(21 + 8).getCell(2).getStringCellValue());
        XSSFSheet costs = wb.getSheet("Costs");
        assertEquals("SPI", costs.getRow(9).getCell(0).getStringCellValue());
        assertEquals("Specialist post-16 institution", costs.getRow(9).getCell(1).getStringCellValue());
        assertEquals("Total", costs.getRow(12).getCell(0).getStringCellValue());
        XSSFSheet need = wb.getSheet("By need");
        assertEquals("ASD", need.getRow(3).getCell(0).getStringCellValue());
        assertEquals("Autistic spectrum disorder", need.getRow(3).getCell(1).getStringCellValue());
        assertEquals("SEMH", need.getRow(4).getCell(0).getStringCellValue());
        assertEquals("Social, emotional and mental health", need.getRow(4).getCell(1).getStringCellValue());
    }

    @Test
    void aRoundingResidueIsASurplusOfZeroNotAShortfall() {
        XSSFSheet sh = wb.getSheet("Sufficiency");
        int surplusRow = 21 + 3; // SPECIAL_STATE's "Surplus (p50; ...)"
        assertEquals("Surplus (p50; negative = shortfall)", sh.getRow(surplusRow).getCell(2).getStringCellValue());
        Cell residue = sh.getRow(surplusRow).getCell(MoneySheets.FIRST_YEAR_COL);
        Cell shortfall = sh.getRow(surplusRow).getCell(MoneySheets.FIRST_YEAR_COL + 1);
        assertEquals(0, Double.compare(0.0, residue.getNumericCellValue()), "exactly +0, which prints as 0, not -0");
        assertEquals("0", shown(residue));
        assertEquals(SMALL_SHORTFALL, shortfall.getNumericCellValue());
        assertEquals("-1", shown(shortfall));
        assertFalse(highlighted(sh, residue));
        assertTrue(highlighted(sh, shortfall));
    }

    /** Whether the sheet's shortfall rule (value below 0) fills {@code cell}. */
    private static boolean highlighted(XSSFSheet sh, Cell cell) {
        assertEquals(1, sh.getSheetConditionalFormatting().getNumConditionalFormattings());
        XSSFConditionalFormatting cf = sh.getSheetConditionalFormatting().getConditionalFormattingAt(0);
        ConditionalFormattingRule rule = cf.getRule(0);
        assertEquals(ComparisonOperator.LT, rule.getComparisonOperation());
        assertEquals("0", rule.getFormula1());
        boolean inRange = false;
        for (CellRangeAddress r : cf.getFormattingRanges()) inRange |= r.isInRange(cell.getRowIndex(), cell.getColumnIndex());
        return inRange && cell.getNumericCellValue() < 0;
    }

    /** A numeric cell as it is shown (a formula's cached value). */
    static String shown(Cell c) {
        String money = Styles.finance(c.getNumericCellValue(), c.getCellStyle().getDataFormatString());
        if (money != null) return money;
        return new DataFormatter(Locale.UK).formatRawCellContents(c.getNumericCellValue(), c.getCellStyle().getDataFormat(),
                c.getCellStyle().getDataFormatString());
    }

    private static String format(XSSFSheet sh, int row, int col) {
        return sh.getRow(row).getCell(col).getCellStyle().getDataFormatString();
    }

    @Test
    void aCaptionLongerThanExcelKeepsIsCutToItsLimitMarked() {
        String longName = "&".repeat(100) + "x".repeat(200);
        String fitted = PageSetup.fitted(longName);
        assertTrue(fitted.endsWith("…"), fitted);
        // '&' is doubled in a page header: what Excel keeps is the escaped text
        assertTrue(fitted.replace("&", "&&").length() <= PageSetup.MAX_HEADER, fitted.length() + " characters");
        assertEquals("short & sweet", PageSetup.fitted("short & sweet"));
    }
}
