package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.scenario.ScenarioDefinition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbook as a reader of the printed pages meets it: every header whole in its column, money
 * in £ millions or thousands, sheet names unique and never cut mid-word, levers in words, and text
 * from the inputs that looks like a formula kept as text. Two scenarios: one whose name begins with
 * '=' and one too long for a sheet name.
 */
class LegibleWorkbookTest {
    static final String FORMULA_LIKE = "=HYPERLINK(\"x\")";
    static final String LONG = "special-school-places-and-resourced";

    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws IOException {
        List<Forecast> fs = RunFixtures.forecasts();
        List<Outcome> outcomes = new ArrayList<>(List.of(new Outcome(fs.get(0), RunFixtures.plan(fs.get(0)))));
        for (String name : List.of(FORMULA_LIKE, LONG, LONG + "-more")) {
            Forecast f = renamed(fs.get(1), name);
            outcomes.add(new Outcome(f, RunFixtures.plan(f), new ScenarioDefinition("+ a description that starts with a plus",
                    List.of("levers.redirect: [{from: SPECIAL_INDEPENDENT, to: SPECIAL_STATE, share: 0.5, start: 2027/28}]"))));
        }
        Path file = dir.resolve("w.xlsx");
        WorkbookWriter.write(outcomes, RunFixtures.backtest(), List.of(PupilCensusSheet.of(RunFixtures.outlook("baseline"))), file);
        wb = PrintReadyWorkbookTest.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    private static Forecast renamed(Forecast f, String name) {
        return new Forecast(name, f.area(), f.baseYear(), f.horizon(), f.projection(), f.summary(), f.assumptions(), f.warnings(), f.method());
    }

    @Test
    void everyHeaderIsWholeInItsColumnAndRow() {
        int checked = 0;
        for (Sheet s : wb) {
            XSSFSheet sh = (XSSFSheet) s;
            for (Row row : sh) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING || !PrintLayout.header((XSSFCellStyle) c.getCellStyle())) continue;
                    String text = c.getStringCellValue();
                    double width = sh.getColumnWidth(c.getColumnIndex()) / 256.0;
                    String where = sh.getSheetName() + "!" + c.getAddress() + " '" + text + "' in " + width;
                    boolean merged = sh.getMergedRegions().stream().anyMatch(m -> m.isInRange(c.getRowIndex(), c.getColumnIndex()));
                    if (merged) continue;
                    assertTrue(c.getCellStyle().getWrapText(), where);
                    // bold characters a tenth wider than a digit, and a character of margin
                    assertTrue(PrintLayout.longestWord(text) * 1.1 + 1 <= width, where + ": its longest word fits");
                    int lines = PrintLayout.lines(text, (int) (width - 1));
                    assertTrue(row.getHeightInPoints() >= Math.min(lines, 2) * 15 || lines == 1, where + ": " + lines + " lines in "
                            + row.getHeightInPoints() + " points");
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void everyMoneyCellIsInMillionsOrThousandsWithNegativesInRedBrackets() {
        int money = 0;
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (Cell c : row) {
                    String format = c.getCellStyle().getDataFormatString();
                    if (format == null || !format.contains("£")) continue;
                    assertTrue(Styles.FINANCE.contains(format), sh.getSheetName() + "!" + c.getAddress() + " " + format);
                    money++;
                }
            }
        }
        assertTrue(money > 300, "money cells " + money);
        assertEquals("(£2.3m)", Styles.finance(-2_328_906, Styles.MONEY_M));
        assertEquals("£45.3k", Styles.finance(45_300, Styles.MONEY_K));
        assertEquals("£0.0m", Styles.finance(-1, Styles.MONEY_M), "no bracketed zero");
    }

    @Test
    void sheetNamesAreUniqueAndCutOnlyBetweenWords() {
        Set<String> names = new HashSet<>();
        List<String> scenarios = List.of(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(FORMULA_LIKE, '_'), LONG, LONG + "-more");
        for (Sheet sh : wb) {
            String name = sh.getSheetName();
            assertTrue(names.add(name), name);
            assertTrue(name.length() <= MoneySheets.MAX_SHEET_NAME, name);
            int dash = name.indexOf(" - ");
            if (dash < 0) continue;
            String part = name.substring(dash + 3).replaceFirst(" \\d+$", "");
            if (part.endsWith("…")) {
                String kept = part.substring(0, part.length() - 1);
                assertTrue(scenarios.stream().anyMatch(s -> s.startsWith(kept) && " -_".indexOf(s.charAt(kept.length())) >= 0),
                        name + ": cut between words");
            } else {
                assertTrue(scenarios.contains(part), name);
            }
        }
        assertTrue(names.contains("Costs - special-school-places…"), names.toString());
        assertTrue(names.contains("Costs - special-school… 2"), names.toString());
        // the title names the scenario in full
        String title = wb.getSheet("Costs - special-school-places…").getRow(0).getCell(0).getStringCellValue();
        assertTrue(title.contains("scenario " + LONG) && !title.contains(LONG + "-more"), title);
    }

    @Test
    void inputTextThatLooksLikeAFormulaIsQuotePrefixedText() {
        int quoted = 0;
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) assertFalse(c.getCellFormula().contains("HYPERLINK"), c.getAddress().toString());
                    if (c.getCellType() != CellType.STRING) continue;
                    String s = c.getStringCellValue();
                    if (s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
                        assertTrue(c.getCellStyle().getQuotePrefixed(), sh.getSheetName() + "!" + c.getAddress() + " " + s);
                        quoted++;
                    }
                }
            }
        }
        // the name on the Scenarios sheet, its tables' headers, the headline table and the description
        assertTrue(quoted >= 5, "quoted " + quoted);
    }

    @Test
    void leversReadAsSentences() {
        assertEquals(List.of("50% of new plans for Independent and non-maintained special school go to State special school (LA maintained, "
                        + "academy, free) instead, from 2027/28."),
                LeverSentences.of("levers.redirect: [{from: SPECIAL_INDEPENDENT, to: SPECIAL_STATE, share: 0.5, start: 2027/28}]"));
        assertEquals(List.of("New plans (joiners) × 0.9 for ages 5–15, needs ASD and SEMH, from 2026/27.", "Plans ending (leavers) × 1.2."),
                List.of(LeverSentences.of("levers.joiners: [{multiply: 0.9, start: 2026/27, ages: 5-15, needs: [ASD, SEMH]}]").get(0),
                        LeverSentences.of("levers.leavers: [{multiply: 1.2}]").get(0)));
        assertEquals(List.of("State special school (LA maintained, academy, free): 60, then 120 more places (year by year), from 2027/28 "
                        + "(new special free school)."),
                LeverSentences.of("capacity: [{provision: SPECIAL_STATE, start: 2027/28, add: [60, 120], name: new special free school}]"));
        assertEquals(List.of("Finance (common.yaml): inflation 0.03."), LeverSentences.of("finance (common.yaml): {inflation: 0.03}"));
        // cut short or unknown: as written
        assertEquals(List.of("levers.joiners: [{multiply: 0.9, st…"), LeverSentences.of("levers.joiners: [{multiply: 0.9, st…"));
        assertEquals(List.of("levers.other: [{x: 1}]"), LeverSentences.of("levers.other: [{x: 1}]"));
    }

    /** The dashboard's scenario table holds a scenario in one cell: its description, then its levers in words, never as YAML. */
    @Test
    void aScenarioInOneCellReadsAsSentences() {
        assertEquals("Fewer new plans. New plans (joiners) × 0.9 for ages 5–15, from 2026/27. Plans ending (leavers) × 1.2.",
                LeverSentences.oneLine(new org.sendplan.model.scenario.ScenarioDefinition("Fewer  new\nplans.",
                        List.of("levers.joiners: [{multiply: 0.9, start: 2026/27, ages: 5-15}]", "levers.leavers: [{multiply: 1.2}]"))));
        assertEquals("(no description)", LeverSentences.oneLine(new org.sendplan.model.scenario.ScenarioDefinition("", List.of())));
    }

    /**
     * Every sheet as it meets an A4 landscape page: fitted one page wide (as many tall as it takes) at no
     * less than {@link PrintLayout#MIN_SCALE}, or at a set scale between that and {@link PrintLayout#MAX_SCALE}
     * with each page of columns (its repeated label columns included) within the page; no chart to the right
     * of the columns the tables print in; the Summary, Scenarios and Pupil census sheets, whose charts once sat
     * beside their tables, at a legible scale; money in £ millions on the money sheets.
     */
    @Test
    void everySheetPrintsOnA4LandscapeAtALegibleScaleWithNoChartBesideItsTables() {
        int sheets = 0;
        for (Sheet s : wb) {
            XSSFSheet sh = (XSSFSheet) s;
            String name = sh.getSheetName();
            assertTrue(sh.getPrintSetup().getLandscape(), name);
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sh.getPrintSetup().getPaperSize(), name);
            int last = printedColumns(sh);
            double scale;
            if (sh.getFitToPage()) {
                assertEquals(1, sh.getPrintSetup().getFitWidth(), name + ": one page wide");
                assertEquals(0, sh.getPrintSetup().getFitHeight(), name + ": as many pages tall as it takes");
                scale = PrintLayout.PAGE_CHARS / PrintLayout.width(sh, 0, last);
                assertTrue(scale < PrintLayout.MAX_SCALE, name + " fitted at " + scale + ": would print larger than the largest scale");
            } else {
                scale = sh.getPrintSetup().getScale() / 100.0;
                assertTrue(scale <= PrintLayout.MAX_SCALE + 1e-9, name + " at " + scale);
                double labels = sh.getRepeatingColumns() == null ? 0 : PrintLayout.width(sh, 0, sh.getRepeatingColumns().getLastColumn());
                int from = sh.getRepeatingColumns() == null ? 0 : sh.getRepeatingColumns().getLastColumn() + 1;
                List<Integer> ends = new ArrayList<>();
                for (int b : sh.getColumnBreaks()) ends.add(b);
                ends.add(last);
                for (int end : ends) {
                    double page = labels + PrintLayout.width(sh, from, end);
                    assertTrue(page * scale <= PrintLayout.PAGE_CHARS + 1e-9, name + ": columns " + from + ".." + end + " are " + page
                            + " characters at " + scale);
                    from = end + 1;
                }
            }
            assertTrue(scale >= PrintLayout.MIN_SCALE, name + " at " + scale);
            for (var a : chartAnchors(sh)) {
                int chartLast = a.getCol2() - (a.getDx2() == 0 ? 1 : 0);
                // whole on the first page of columns, and not out to the right of the tables
                assertTrue(PrintLayout.width(sh, 0, chartLast) * scale <= PrintLayout.PAGE_CHARS + 1e-9, name + ": a chart to column " + chartLast);
                assertTrue(a.getCol1() <= tableColumns(sh), name + ": a chart from column " + a.getCol1() + " beyond the tables' " + tableColumns(sh));
            }
            sheets++;
        }
        assertTrue(sheets >= 20, "sheets " + sheets);
        // (the Summary is split here: three scenarios named in single words of 16 to 40 letters widen the headline by
        // scenario past the page; with the bundled scenarios it prints one page wide)
        assertEquals(0, wb.getSheet("Scenarios").getColumnBreaks().length, "Scenarios one page wide");
        // years across: split between columns, not shrunk to fit them all
        assertTrue(wb.getSheet("Pupil census").getPrintSetup().getScale() >= 70);
        assertEquals(Styles.MONEY_M, wb.getSheet("Budget").getRow(3).getCell(5).getCellStyle().getDataFormatString(), "cumulative balance");
        assertEquals(Styles.MONEY_M, wb.getSheet("Costs").getRow(3).getCell(MoneySheets.FIRST_YEAR_COL).getCellStyle().getDataFormatString());
    }

    /** The last column that prints: a value, a merged region or a chart. */
    private static int printedColumns(XSSFSheet sh) {
        int last = tableColumns(sh);
        for (var a : chartAnchors(sh)) last = Math.max(last, a.getCol2() - (a.getDx2() == 0 ? 1 : 0));
        return last;
    }

    /** Where each chart of a sheet read back is anchored (a read chart does not know its frame). */
    static List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> chartAnchors(XSSFSheet sh) {
        List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> out = new ArrayList<>();
        if (sh.getDrawingPatriarch() == null) return out;
        for (var shape : sh.getDrawingPatriarch().getShapes()) {
            if (shape instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame f) out.add((org.apache.poi.xssf.usermodel.XSSFClientAnchor) f.getAnchor());
        }
        return out;
    }

    /** The last column holding a value or a merged region (a paragraph). */
    private static int tableColumns(XSSFSheet sh) {
        int last = 0;
        for (Row row : sh) {
            for (Cell c : row) {
                boolean empty = c.getCellType() == CellType.BLANK || c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty();
                if (!empty) last = Math.max(last, c.getColumnIndex());
            }
        }
        for (var m : sh.getMergedRegions()) last = Math.max(last, m.getLastColumn());
        return last;
    }
}
