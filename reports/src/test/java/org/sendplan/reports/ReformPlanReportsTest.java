package org.sendplan.reports;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Area;
import org.sendplan.model.RunResult;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.reform.AgeRule;
import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reform plan's CSV files, sheet and dashboard sections of a hand-made plan: what each writes, cell by cell. */
class ReformPlanReportsTest {
    private static final Area AREA = new Area("808", "E06000004", "Stockton-on-Tees", Area.Level.LOCAL_AUTHORITY, "North East");

    /** Two years (2024 observed, 2025 forecast), one table of two rows, one of them not told apart, and a split of 2025. */
    private static ReformPlan plan(String scenario, double shift) {
        ReformTable t = new ReformTable("6", "Plans by provision", "EHC plans", List.of(
                new ReformTable.Row("nmss_la_funded", "NMSS - LA funded", new double[]{60, 70 + shift}, "both rows"),
                new ReformTable.Row("nmss_other", "NMSS - other", new double[]{Double.NaN, Double.NaN}, "not told apart"),
                new ReformTable.Row("special_state", "Special, state", new double[]{40, 45}, "")),
                new ReformTable.Row("total", "Total", new double[]{100, 115 + shift}, ""), List.of("A note on the table."));
        // 100 → 115: −2 from the population, +17 from plans per head (populations 3,000 → 2,900)
        ChangeSplit split = new ChangeSplit("toy", List.of(new ChangeSplit.Step(2025, 100, 115, -2, 17, 3000, 2900, -2.2, 17.2)));
        return new ReformPlan(scenario, AREA, 2025, AgeRule.AUGUST, List.of(2024, 2025), List.of(t), split, List.of("A note on every table."));
    }

    private static RunResult run() {
        List<Outcome> outcomes = RunFixtures.dfe().outcomes();
        RunResult r = RunFixtures.dfe();
        return new RunResult(outcomes, r.backtest(), r.pupils(), null, List.of(), null, List.of(),
                List.of(plan("baseline", 0), plan(outcomes.get(1).forecast().scenario(), -5)));
    }

    @Test
    void theCsvFilesHoldEveryRowAndYearWithTheNotToldApartRowEmpty(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("reform-plan.csv"), split = dir.resolve("change-split.csv");
        ReformPlanCsvWriter.write(List.of(plan("=evil", 0)), csv);
        ReformPlanCsvWriter.writeSplit(List.of(plan("baseline", 0)), split);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ReformPlanCsvWriter.HEADER, lines.get(0));
        // a scenario name that a spreadsheet would run as a formula is neutralised
        assertEquals("\"'=evil\",808,6,nmss_la_funded,2024,2025,observed,60,both rows", lines.get(1));
        assertEquals("\"'=evil\",808,6,nmss_other,2025,2026,forecast,,not told apart", lines.get(4));
        assertEquals("\"'=evil\",808,6,total,2025,2026,forecast,115,", lines.get(8));
        assertEquals(9, lines.size(), "header + (3 rows + total) × 2 years");
        assertEquals(List.of(ReformPlanCsvWriter.SPLIT_HEADER, "baseline,808,2025,2026,100,115,15,-2,17,3000,2900,33.333,39.655"),
                Files.readAllLines(split));
    }

    @Test
    void theSheetPutsTheBaselineAndTheScenarioSideBySide() throws Exception {
        RunResult run = run();
        try (SXSSFWorkbook wb = new StreamingWorkbook()) {
            new ReformPlanSheet(run.reform(), run.outcomes()).addTo(wb);
            SXSSFSheet sh = wb.getSheet(ReformPlanSheet.NAME);
            int title = -1;
            for (int r = 0; r <= sh.getLastRowNum(); r++) {
                if (sh.getRow(r) != null && sh.getRow(r).getCell(0) != null && sh.getRow(r).getCell(0).getStringCellValue().startsWith("6. ")) title = r;
            }
            // title, outcome names, headings, then the rows: the baseline's block at columns 1–2, the scenario's at 4–5
            assertEquals(ReformSentences.UNMITIGATED, sh.getRow(title + 1).getCell(1).getStringCellValue());
            assertEquals("2025 (Jan 2026 census, forecast)", sh.getRow(title + 2).getCell(2).getStringCellValue());
            int total = title + 6;
            assertEquals("Total", sh.getRow(total).getCell(0).getStringCellValue());
            assertEquals(115, sh.getRow(total).getCell(2).getNumericCellValue());
            assertEquals(110, sh.getRow(total).getCell(5).getNumericCellValue());
            assertEquals("not told apart", sh.getRow(title + 4).getCell(7).getStringCellValue());
        }
    }

    @Test
    void theDashboardHasBothSectionsWithEachOutcomeOnItsOwnRows() {
        Document d = Jsoup.parse(Dashboard.render(run()));
        assertTrue(d.getElementById("reform-plan") != null && d.getElementById("change-split") != null);
        String text = d.getElementById("reform-plan").parent().text();
        assertTrue(text.contains("Total — " + ReformSentences.UNMITIGATED + " 100 115"), text);
        assertTrue(text.contains("Table 6, NMSS - other: not told apart"), text);
        assertTrue(d.getElementById("change-split").parent().text().contains("due to plans per head — " + ReformSentences.UNMITIGATED + " 17"));
    }
}
