package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;
import org.sendplan.model.money.ScenarioHeadline;
import org.sendplan.model.money.SufficiencyPlan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbook's Summary sheet, the dashboard and the console read each headline figure from the
 * one definition in the model: on one run they say the same number. The plan's additional places
 * peak before the last year (7 then 3 at median, 12 then 9 at p90), so a report that took the
 * last year's figure instead of the peak would say 3, not 7.
 */
class HeadlineAgreesTest {
    private static final double[] P50 = {0, 7, 3}, P90 = {0, 12, 9};

    /** The fixture's run with state special places short by {@link #P50} (and {@link #P90}) in its three academic years. */
    static RunResult run() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Forecast f : RunFixtures.forecasts()) {
            SufficiencyPlan p = RunFixtures.plan(f);
            List<PlacesRow> places = new ArrayList<>();
            int i = 0;
            for (PlacesRow r : p.places()) {
                if (r.provision() != org.sendplan.model.Provision.SPECIAL_STATE) {
                    places.add(r);
                    continue;
                }
                places.add(new PlacesRow(r.year(), r.provision(), r.phase(), r.demandMean(), r.demandP50(), r.demandP90(), r.capacity(),
                        r.placesNeededP50(), r.surplusP50(), r.surplusP90(), r.overflowP50(), r.placedP50(), P50[i], P90[i]));
                i++;
            }
            outcomes.add(new Outcome(f, new SufficiencyPlan(p.capacity(), p.finance(), p.occupancy(), places, p.costs(), p.budget(),
                    p.firstShortfall(), p.lowestBalanceYear(), p.assumptions(), p.notes())));
        }
        return new RunResult(outcomes, RunFixtures.backtest(), List.of(), null, List.of(), null, List.of());
    }

    @Test
    void theSummarySheetAndTheDashboardGiveTheSamePlacesToCommission(@TempDir Path dir) throws IOException {
        RunResult run = run();
        SufficiencyPlan.Commission model = run.outcomes().get(0).plan().placesToCommission();
        assertEquals(7, model.p50(), 0, "the peak, not the last year's 3");
        assertEquals(12, model.p90(), 0);

        Path file = dir.resolve("plan.xlsx");
        WorkbookWriter.write(run.outcomes(), run.backtest(), List.of(), file);
        double sheetP50 = Double.NaN, sheetP90 = Double.NaN;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet(SummarySheet.NAME);
            for (Row row : sh) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING || !c.getStringCellValue().startsWith("Places to commission by")) continue;
                    double v = row.getCell(c.getColumnIndex() + 1).getNumericCellValue();
                    if (c.getStringCellValue().contains("(p50")) sheetP50 = v;
                    else sheetP90 = v;
                }
            }
        }
        assertEquals(model.p50(), sheetP50, 0);
        assertEquals(model.p90(), sheetP90, 0);

        Document d = Jsoup.parse(Dashboard.render(run));
        Element figure = d.select("dl.figures > div").stream().filter(e -> e.selectFirst("dt").text().startsWith("Places to commission by"))
                .findFirst().orElse(null);
        assertNotNull(figure);
        assertEquals(Shown.count(model.p50()), figure.selectFirst("dd.value").text());
        assertTrue(figure.selectFirst("dd.detail").text().startsWith(Shown.count(model.p90()) + " at p90"));
    }

    @Test
    void theDashboardSaysEachScenarioAgainstTheBaselineInTheModelsWords() {
        RunResult run = run();
        ScenarioHeadline h = ScenarioHeadline.of(run.outcomes().get(1), run.outcomes().get(0));
        Document d = Jsoup.parse(Dashboard.render(run));
        Element row = d.select("table tr").stream().filter(r -> r.selectFirst("th") != null
                && r.selectFirst("th").text().equals(RunFixtures.SCENARIO) && r.select("td").size() > 2).findFirst().orElseThrow();
        assertEquals(h.againstBaseline(), row.select("td").get(2).text());
        assertTrue(h.againstBaseline().toLowerCase(Locale.UK).contains("more ehc plans"), h.againstBaseline());
    }
}
