package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.scenario.ScenarioDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each scenario's own Sufficiency, Costs and Budget sheets, and the Scenarios sheet's list of what each scenario says. */
class ScenarioSheetsTest {
    static final String LEVER = "levers.joiners: [{multiply: 0.9, start: 2026/27, ages: 5-15}]";

    private static XSSFWorkbook written(Path dir) throws IOException {
        List<Forecast> fs = RunFixtures.forecasts();
        SufficiencyPlan base = RunFixtures.plan(fs.get(0)), scenario = RunFixtures.plan(fs.get(1));
        List<Outcome> outcomes = List.of(new Outcome(fs.get(0), base),
                new Outcome(fs.get(1), scenario, new ScenarioDefinition("Fewer new plans & more places", List.of(LEVER))));
        Path file = dir.resolve("w.xlsx");
        WorkbookWriter.write(outcomes, file, WorkbookWriter.Options.DEFAULT);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aScenariosBudgetSheetHoldsItsOwnBalanceAndNamesIt(@TempDir Path dir) throws IOException {
        List<Forecast> fs = RunFixtures.forecasts();
        List<BudgetRow> base = RunFixtures.plan(fs.get(0)).budget(), own = RunFixtures.plan(fs.get(1)).budget();
        try (XSSFWorkbook wb = written(dir)) {
            XSSFSheet sh = wb.getSheet("Budget - " + RunFixtures.SCENARIO);
            assertTrue(sh.getRow(0).getCell(0).getStringCellValue().contains("scenario " + RunFixtures.SCENARIO), "its title names it");
            assertTrue(sh.getHeader().getCenter().contains("scenario " + RunFixtures.SCENARIO + ","), sh.getHeader().getCenter());
            for (int i = 0; i < own.size(); i++) {
                // column F: cumulative balance, rows from 3 (0-based), one per financial year
                assertEquals(own.get(i).cumulativeBalance(), sh.getRow(3 + i).getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(base.get(i).cumulativeBalance(), wb.getSheet("Budget").getRow(3 + i).getCell(5).getNumericCellValue(), 1e-9);
            }
            assertNotEquals(base.get(base.size() - 1).cumulativeBalance(), own.get(own.size() - 1).cumulativeBalance(),
                    "the fixture's scenario differs from the baseline, so the test can tell the sheets apart");
        }
    }

    @Test
    void theScenariosSheetListsEachDescriptionAndLeverInWords(@TempDir Path dir) throws IOException {
        try (XSSFWorkbook wb = written(dir)) {
            List<String> rows = new ArrayList<>();
            for (Row r : wb.getSheet(ScenarioSheet.NAME)) {
                Cell a = r.getCell(0), b = r.getCell(1);
                if (r.getRowNum() < 3 || b == null || b.getCellType() != CellType.STRING) continue;
                rows.add((a == null ? "" : a.getStringCellValue()) + " | " + b.getStringCellValue());
                if (rows.size() == 3) break;
            }
            assertEquals(List.of("baseline | " + ScenarioDefinition.BASELINE.description(),
                    RunFixtures.SCENARIO + " | Fewer new plans & more places", " | New plans (joiners) × 0.9 for ages 5–15, from 2026/27."), rows);
        }
    }
}
