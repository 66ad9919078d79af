package org.sendplan.reports;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlan;
import org.sendplan.model.transition.StateCosts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportSetTest {
    /** The files a single run writes and a batch does not: the chart images and the dashboard. */
    private static final List<String> NOT_IN_BATCH = List.of("charts/need.png", "charts/phase.png", "charts/provision.png", "charts/total.png",
            "sufficiency-plan.html");
    private static final ReportSet.Options SINGLE = new ReportSet.Options(0, false, true);

    private static Path write(RunResult run, ReportSet.Options options, Path dir) throws IOException {
        ReportSet.write(run, options, dir::resolve);
        return dir;
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> set(List<String> names, List<String> more) {
        Set<String> s = new TreeSet<>(names);
        s.addAll(more);
        return s;
    }

    private static List<String> lines(Path dir, String name) throws IOException {
        return Files.readAllLines(dir.resolve(name));
    }

    private static List<String> sheets(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) names.add(s.getSheetName());
            return names;
        }
    }

    @Test
    void dfeRouteWritesTheForecastCommandsFiles(@TempDir Path dir) throws IOException {
        write(RunFixtures.dfe(), SINGLE, dir);
        assertEquals(set(List.of("sufficiency-plan.xlsx", "projection.csv", "summary.csv", "summary.json", "backtest.csv", "places.csv",
                "costs.csv", "budget.csv", "savings.csv", "dsg-plan.csv", "pupils.csv"), NOT_IN_BATCH), files(dir));

        List<String> projection = lines(dir, "projection.csv");
        assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", projection.get(0));
        // mean(0, 0, 0, 0) = 10 + 0.125; 2 outcomes × 3 years × 3 ages × 2 settings × 2 needs
        assertEquals("baseline,202,2024,10,6,MAINSTREAM_SCHOOL,ASD,10.125,10.125,10.125,10.125", projection.get(1));
        assertEquals(1 + 2 * 3 * 3 * 2 * 2, projection.size());
        List<String> summary = lines(dir, "summary.csv");
        assertEquals("scenario,la_code,year,dimension,group,mean,p025,p10,p50,p90,p975", summary.get(0));
        assertEquals("baseline,202,2024,total,ALL,159.875,159.875,159.875,159.875,159.875,159.875", summary.get(1));
        assertEquals("la_code,method,base_year,horizon,dimension,group,forecast,p10,p90,actual,error,ape", lines(dir, "backtest.csv").get(0));
        // the 2019 base year's one-year-ahead actual is 105; sendplan forecast 2% over it
        assertEquals("202,sendplan,2019,1,total,ALL,107.1,94.5,115.5,105,2.1,0.02", lines(dir, "backtest.csv").get(1));
        List<String> places = lines(dir, "places.csv");
        assertEquals(MoneyCsvWriters.PLACES_HEADER, places.get(0));
        // MAINSTREAM in January 2024: 80.25 plans, p90 1.25 × that, places needed 80.25 / 0.95
        assertEquals("baseline,202,2023/24,MAINSTREAM,all,80.25,80.25,100.313,,84.474,,,,80.25,,", places.get(1));
        assertEquals(MoneyCsvWriters.COSTS_HEADER, lines(dir, "costs.csv").get(0));
        assertEquals(MoneyCsvWriters.BUDGET_HEADER, lines(dir, "budget.csv").get(0));
        List<String> pupils = lines(dir, "pupils.csv");
        assertEquals("scenario,la_code,year,ncy,pupils,projected,sen_support,ehcp,ehcp_per_1000,sen_support_per_1000", pupils.get(0));
        assertEquals("baseline,202,2024,0,2000,false,200,40,20,100", pupils.get(1));
        assertTrue(pupils.contains(RunFixtures.SCENARIO + ",202,2025,0,1800,true,180,45,25,100"), "every outcome's outlook");
        String json = Files.readString(dir.resolve("summary.json"));
        assertTrue(json.contains("\"backtest\" : ["), json);
        assertTrue(json.contains("\"mape\" : 0.02"), json);

        assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Pupil census", "Scenarios", "Sufficiency",
                "Costs", "Budget", "Sufficiency - more-special", "Costs - more-special", "Budget - more-special", "DSG plan", "Backtest",
                "Assumptions", "Data quality"), sheets(dir.resolve("sufficiency-plan.xlsx")));
        try (InputStream in = Files.newInputStream(dir.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet quality = wb.getSheet("Data quality");
            assertEquals("history: caseload 2019", quality.getRow(3).getCell(0).getStringCellValue(), "the backtest's reconciliation");
            XSSFSheet assumptions = wb.getSheet("Assumptions");
            assertEquals("unit cost SPECIAL_STATE", assumptions.getRow(4).getCell(1).getStringCellValue(), "the plan's assumptions after the forecast's");
        }
    }

    @Test
    void personLevelRouteWithFinanceWritesPlacesCostsAndBudgetWithoutPupilsOrBacktest(@TempDir Path dir) throws IOException {
        write(RunFixtures.personPlanned(), SINGLE, dir);
        assertEquals(set(List.of("sufficiency-plan.xlsx", "projection.csv", "summary.csv", "summary.json", "places.csv", "costs.csv",
                "budget.csv", "savings.csv", "dsg-plan.csv"), NOT_IN_BATCH), files(dir));
        assertEquals("baseline,202,2023/24,MAINSTREAM,all,80.25,80.25,100.313,,84.474,,,,80.25,,", lines(dir, "places.csv").get(1));
        // cost of MAINSTREAM in 2024-25: 80.25 plans × 20,000
        assertTrue(lines(dir, "costs.csv").contains("baseline,202,2024-25,MAINSTREAM,80.25,20000,1605000,1284000,2006250,80.25,0"));
        assertFalse(Files.readString(dir.resolve("summary.json")).contains("\"backtest\""));
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"places\" : {"));
        assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Transition model", "Scenarios", "Sufficiency",
                "Costs", "Budget", "Sufficiency - more-special", "Costs - more-special", "Budget - more-special", "DSG plan", "Assumptions",
                "Data quality"), sheets(dir.resolve("sufficiency-plan.xlsx")));
    }

    @Test
    void personLevelRouteWithThePeersCostsWritesThemAndSuppresses(@TempDir Path dir) throws IOException {
        write(RunFixtures.personPeerCosts(), new ReportSet.Options(50, false, true), dir);
        assertEquals(set(List.of("sufficiency-plan.xlsx", "projection.csv", "summary.csv", "summary.json", "costs.csv", "budget.csv"), NOT_IN_BATCH),
                files(dir));
        List<String> costs = lines(dir, "costs.csv");
        assertEquals(MoneyCsvWriters.COSTS_HEADER, costs.get(0));
        // January 2024 total 159.875, half in each setting, 20,000 each
        assertEquals("baseline,202,2024-25,MMSIB,79.938,20000,1598750,1438875,1758625,,", costs.get(1));
        assertEquals("baseline,202,2024-25,total,159.875,20000,3197500,2877750,3517250,,", costs.get(3));
        List<String> budget = lines(dir, "budget.csv");
        assertEquals("scenario,la_code,financial_year,hnb_allocation,cost_mean,other_spend,in_year_balance,cumulative_balance,"
                + "cumulative_balance_p10,cumulative_balance_p90", budget.get(0));
        assertEquals("baseline,202,2024-25,,3197500,,,,,", budget.get(1));
        List<String> projection = lines(dir, "projection.csv");
        assertEquals("baseline,202,2024,10,6,MAINSTREAM_SCHOOL,ASD,c,c,c,c", projection.get(1), "below 50: suppressed");
        assertTrue(projection.contains("baseline,202,2024,10,6,SPECIAL_LA_MAINTAINED,SEMH,0,0,0,0"), "zeros are shown");
        assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Transition model", "Costs", "Scenarios",
                "Assumptions", "Data quality"), sheets(dir.resolve("sufficiency-plan.xlsx")));
        try (InputStream in = Files.newInputStream(dir.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // primary (age 10) in 2024: 10.125 + 10.625 + 12.125 + 0 plans, below 50
            XSSFSheet phase = wb.getSheet("By phase");
            assertEquals("primary", phase.getRow(GroupSheets.HEADER_ROW + 1).getCell(0).getStringCellValue());
            assertEquals("c", phase.getRow(GroupSheets.HEADER_ROW + 1).getCell(GroupSheets.FIRST_YEAR_COL).getStringCellValue());
            assertEquals(3197500, wb.getSheet(StateCostSheet.NAME).getRow(7).getCell(4).getNumericCellValue(), 1e-6, "the baseline's costs");
        }
    }

    @Test
    void personLevelRouteWithoutCostsWritesNoCostFiles(@TempDir Path dir) throws IOException {
        write(RunFixtures.personUncosted(), SINGLE, dir);
        assertEquals(set(List.of("sufficiency-plan.xlsx", "projection.csv", "summary.csv", "summary.json"), NOT_IN_BATCH), files(dir));
        assertEquals(List.of("Summary", "By provision", "By setting", "By need", "By phase", "Transition model", "Scenarios",
                "Assumptions", "Data quality"), sheets(dir.resolve("sufficiency-plan.xlsx")));
    }

    @Test
    void batchWritesTheSameFilesWithoutChartImages(@TempDir Path dir) throws IOException {
        Path single = write(RunFixtures.dfe(), SINGLE, Files.createDirectory(dir.resolve("single")));
        Path batch = write(RunFixtures.dfe(), new ReportSet.Options(0, true, true), Files.createDirectory(dir.resolve("batch")));
        Set<String> expected = files(single);
        expected.removeAll(NOT_IN_BATCH);
        assertEquals(expected, files(batch));
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(batch.resolve(name)), name);
        }
        Path noCells = write(RunFixtures.dfe(), new ReportSet.Options(0, true, false), Files.createDirectory(dir.resolve("no-cells")));
        expected.remove("projection.csv");
        assertEquals(expected, files(noCells), "without the projection: every file but projection.csv");
    }

    /**
     * Byte for byte what the writers write when called one by one, without suppression: with it,
     * only ReportSet holds the run-wide {@link Disclosure} that every file must agree on
     * (PersonLevelSuppressionTest in the cli checks those files).
     */
    @Test
    void sameBytesAsTheWritersCalledOneByOneAsTheCliDoes(@TempDir Path dir) throws IOException {
        record Shape(String name, RunResult run, int suppress) {
        }
        for (Shape s : List.of(new Shape("dfe", RunFixtures.dfe(), 0), new Shape("planned", RunFixtures.personPlanned(), 0),
                new Shape("peer", RunFixtures.personPeerCosts(), 0),
                new Shape("uncosted", RunFixtures.personUncosted(), 0))) {
            Path viaReportSet = write(s.run(), new ReportSet.Options(s.suppress(), false, true), Files.createDirectory(dir.resolve(s.name())));
            Path oneByOne = Files.createDirectory(dir.resolve(s.name() + "-cli"));
            if (s.run().transitions() == null) dfeAsTheCli(s.run(), oneByOne);
            else personLevelAsTheCli(s.run(), s.suppress(), oneByOne);
            assertEquals(files(oneByOne), files(viaReportSet), s.name());
            for (String name : files(oneByOne)) {
                assertArrayEquals(Files.readAllBytes(oneByOne.resolve(name)), Files.readAllBytes(viaReportSet.resolve(name)), s.name() + ": " + name);
            }
        }
    }

    /** ForecastCommand.write's calls. */
    private static void dfeAsTheCli(RunResult run, Path dir) throws IOException {
        List<Outcome> outcomes = run.outcomes();
        List<Forecast> all = outcomes.stream().map(Outcome::forecast).toList();
        WorkbookWriter.write(outcomes, run.backtest(), List.of(PupilCensusSheet.of(run.pupils().get(0))), dir.resolve("sufficiency-plan.xlsx"));
        ChartImages.write(run.baseline(), run.backtest(), dir.resolve("charts"));
        Dashboard.write(run, dir.resolve("sufficiency-plan.html"));
        ProjectionCsvWriter.write(all, dir.resolve("projection.csv"));
        SummaryCsvWriter.write(all, dir.resolve("summary.csv"));
        SummaryJsonWriter.writeOutcomes(outcomes, run.backtest(), null, dir.resolve("summary.json"));
        if (run.backtest() != null) BacktestCsvWriter.write(List.of(run.backtest()), dir.resolve("backtest.csv"));
        MoneyCsvWriters.places(outcomes, dir.resolve("places.csv"));
        MoneyCsvWriters.costs(outcomes, dir.resolve("costs.csv"));
        MoneyCsvWriters.budget(outcomes, dir.resolve("budget.csv"));
        MoneyCsvWriters.savings(outcomes, dir.resolve("savings.csv"));
        MoneyCsvWriters.dsgPlan(outcomes, dir.resolve("dsg-plan.csv"));
        PupilsCsvWriter.write(run.pupils(), dir.resolve("pupils.csv"));
    }

    /** PersonLevelOptions.write's calls. */
    private static void personLevelAsTheCli(RunResult run, int suppress, Path dir) throws IOException {
        List<Outcome> outcomes = run.outcomes();
        List<Forecast> all = outcomes.stream().map(Outcome::forecast).toList();
        List<StateCosts> costs = run.stateCosts();
        boolean planned = run.planned();
        boolean peerCosts = !planned && !costs.isEmpty();
        List<WorkbookWriter.ExtraSheet> extra = new ArrayList<>(List.of(new TransitionSheet(run.transitions())));
        if (peerCosts) extra.add(new StateCostSheet(costs.get(0)));
        WorkbookWriter.write(outcomes, dir.resolve("sufficiency-plan.xlsx"), new WorkbookWriter.Options(suppress, null, extra));
        ChartImages.write(run.baseline(), run.backtest(), dir.resolve("charts"));
        Dashboard.write(run, dir.resolve("sufficiency-plan.html"));
        ProjectionCsvWriter.write(all, dir.resolve("projection.csv"), suppress);
        SummaryCsvWriter.write(all, dir.resolve("summary.csv"));
        SummaryJsonWriter.writeOutcomes(outcomes, dir.resolve("summary.json"));
        if (planned) {
            MoneyCsvWriters.places(outcomes, dir.resolve("places.csv"));
            MoneyCsvWriters.costs(outcomes, dir.resolve("costs.csv"));
            MoneyCsvWriters.budget(outcomes, dir.resolve("budget.csv"));
            MoneyCsvWriters.savings(outcomes, dir.resolve("savings.csv"));
            MoneyCsvWriters.dsgPlan(outcomes, dir.resolve("dsg-plan.csv"));
        } else if (peerCosts) {
            MoneyCsvWriters.stateCosts(all, costs, dir.resolve("costs.csv"));
            MoneyCsvWriters.stateBudget(all, costs, dir.resolve("budget.csv"));
        }
    }

    @Test
    void anIoErrorOnTheWorkbooksThreadIsThrownAsItWas(@TempDir Path dir) {
        ReportSet.Stage missingFolder = name -> name.equals(ReportSet.WORKBOOK) ? dir.resolve("no-such-folder").resolve(name) : dir.resolve(name);
        assertThrows(NoSuchFileException.class, () -> ReportSet.write(RunFixtures.personUncosted(), SINGLE, missingFolder));
        assertThrows(NoSuchFileException.class, () -> ReportSet.write(RunFixtures.personUncosted(), new ReportSet.Options(0, true, true), missingFolder));
    }

    @Test
    void aRuntimeErrorOnTheWorkbooksThreadIsThrownAsItWas(@TempDir Path dir) {
        // a plan without places rows: the CSVs can be written, the Sufficiency sheet cannot
        Forecast f = Fixtures.forecast();
        SufficiencyPlan full = RunFixtures.plan(f);
        SufficiencyPlan broken = new SufficiencyPlan(full.capacity(), full.finance(), full.occupancy(), List.of(full.places().get(0)),
                full.costs(), full.budget(), full.firstShortfall(), full.lowestBalanceYear(), full.assumptions(), full.notes());
        RunResult run = new RunResult(List.of(new Outcome(f, broken)), null, List.of(), null, List.of(), null, List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReportSet.write(run, SINGLE, dir::resolve));
        assertTrue(e.getMessage().startsWith("no places row"), e.getMessage());
    }

    @Test
    void peerCostsMustComeOnePerOutcome(@TempDir Path dir) {
        RunResult full = RunFixtures.personPeerCosts();
        RunResult short1 = new RunResult(full.outcomes(), null, List.of(), full.transitions(), full.stateCosts().subList(0, 1), null, List.of());
        assertThrows(IllegalArgumentException.class, () -> ReportSet.write(short1, SINGLE, dir::resolve));
    }
}
