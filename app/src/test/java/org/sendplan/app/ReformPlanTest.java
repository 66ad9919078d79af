package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformTable;
import org.sendplan.model.reform.TemplateProvision;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reform plan's tables of a real run (the bundled release, Stockton-on-Tees from January 2025,
 * the baseline and scenarios/stockton/mitigated.yaml, 200 simulations): their totals are the
 * headline's central figures, their rows add up, the observed year is the published figures and
 * the population/rate split adds up to the change.
 */
class ReformPlanTest {
    private static RunResult run;

    @BeforeAll
    static void runMitigated() throws Exception {
        CheckedRelease release = new CheckedRelease(DfeReleaseReader.bundled());
        Area area = release.areas().resolve(RunDefaults.LA);
        DfeRoute route = new DfeRoute(release, new DfeRoute.Request(area, null, RunDefaults.HORIZON, PopulationReader.bundled(area.newCode()),
                new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, 200, RunDefaults.SEED, false, true),
                () -> new BacktestRoute(release, DfeHistory.of(release.release())));
        Path mitigated = Path.of(ReformPlanTest.class.getResource("/examples/stockton/mitigated.yaml").toURI());
        run = new Pipeline(route, new PlacesAndMoney(null, null, RunDefaults.OCCUPANCY)).run(List.of(route.scenarioReader().read(mitigated)),
                false, false);
    }

    private static ReformTable table(ReformPlan p, String number) {
        return p.tables().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    private static double row(ReformPlan p, String table, String code, int calendarYear) {
        ReformTable t = table(p, table);
        ReformTable.Row r = code.equals("total") ? t.total() : t.rows().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        return r.value(p.years().indexOf(calendarYear));
    }

    @Test
    void theBaselineAndTheMitigatedScenarioEachHaveTheirTablesFrom2024ToTheHorizon() {
        assertEquals(2, run.reform().size());
        assertEquals("mitigated", run.reform().get(1).scenario());
        ReformPlan p = run.reform().get(0);
        // calendar 2024 = the January 2025 census (observed) … calendar 2034 = January 2035 (base + 10)
        assertEquals(2024, p.years().get(0));
        assertEquals(2034, p.years().get(p.years().size() - 1));
        assertEquals(2025, p.census(0));
        assertEquals("2025 (Jan 2026 census, forecast)", p.heading(1));
        assertEquals(List.of("5.1", "6", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "10", "11", "12"),
                p.tables().stream().map(ReformTable::number).toList());
        // the mitigation lowers the plans of 2029 (January 2030)
        assertTrue(row(run.reform().get(1), "5.1", "total", 2029) < row(p, "5.1", "total", 2029));
    }

    @Test
    void everyPlansTablesTotalIsTheHeadlinesCentralFigureRounded() {
        for (int i = 0; i < run.outcomes().size(); i++) {
            Forecast f = run.outcomes().get(i).forecast();
            ReformPlan p = run.reform().get(i);
            for (SummaryRow r : f.summary(Dimension.TOTAL)) {
                // the headline's figure: summary.csv's total p50 (SummaryRow.central) of the January census = calendar year − 1
                long headline = Math.round(r.central());
                for (String t : List.of("5.1", "6", "7")) assertEquals(headline, row(p, t, "total", r.year() - 1), t + " " + r);
            }
        }
    }

    @Test
    void everyTablesRowsAddUpToItsTotalAndTheNeedTablesOfAGroupToItsProvisionRows() {
        for (ReformPlan p : run.reform()) {
            for (ReformTable t : p.tables()) {
                for (int y = 0; y < p.years().size(); y++) {
                    double sum = 0;
                    for (ReformTable.Row r : t.rows()) if (!Double.isNaN(r.value(y))) sum += r.value(y);
                    assertEquals(t.total().value(y), sum, p.scenario() + " table " + t.number() + " " + p.years().get(y));
                }
            }
            for (TemplateProvision.Group g : TemplateProvision.Group.values()) {
                for (int year : p.years()) {
                    double rows = 0;
                    for (TemplateProvision tp : TemplateProvision.values()) if (tp.group() == g && tp.toldApart()) rows += row(p, "6", tp.code(), year);
                    assertEquals(rows, row(p, g.number(), "total", year), g + " " + year);
                }
            }
        }
    }

    @Test
    void theObservedYearIsThePublishedFiguresForStockton() {
        ReformPlan p = run.reform().get(0);
        // caseload.csv, 202425, Stockton-on-Tees (808), "Child or young persons age": under 3: 7, age 3: 45, age 4: 104 → Under 5 = 156;
        // ages 5–10: 118 + 106 + 121 + 133 + 156 + 181 = 815; ages 20–23: 27 + 14 + 10 + 6 = 57; all plans 2442
        assertEquals(156, row(p, "5.1", "under_5", 2024));
        assertEquals(815, row(p, "5.1", "age_5_10", 2024));
        assertEquals(57, row(p, "5.1", "age_20_25", 2024));
        assertEquals(2442, row(p, "5.1", "total", 2024));
        // sen_needs_all_plans.csv, 202425, 808, All EHC plans: number_asd 596, number_slcn 528; number_oth 2 + number_need_unknown 4 = 6
        assertEquals(596, row(p, "7", "asd", 2024));
        assertEquals(528, row(p, "7", "slcn", 2024));
        assertEquals(6, row(p, "7", "oth", 2024));
        // requests.csv, calendar 2024, 808: requests_received_in_year 559, requests_decided_to_assess 534;
        // newplans.csv, 2024, 808: new_ehc_plans 385, by age when the plan started 2 and under 1, 3: 30, 4: 51 → Under 5 = 82
        assertEquals(559, row(p, "10", "total", 2024));
        assertEquals(534, row(p, "11", "total", 2024));
        assertEquals(385, row(p, "12", "total", 2024));
        assertEquals(82, row(p, "12", "under_5", 2024));
    }

    @Test
    void theFlowsGrowWithTheCentralForecastOfPlans() {
        ReformPlan p = run.reform().get(0);
        // requests in 2029 = 559 × plans(January 2030) / 2442, to within the rounding of both
        double expected = 559 * row(p, "5.1", "total", 2029) / 2442;
        assertEquals(expected, row(p, "10", "total", 2029), 1.0);
    }

    @Test
    void eachYearsPopulationAndRatePartsAddUpToItsChange() {
        for (ReformPlan p : run.reform()) {
            ChangeSplit s = p.split();
            assertNotNull(s, "the bundled ONS projection covers Stockton");
            assertEquals(p.years().size() - 1, s.steps().size());
            for (ChangeSplit.Step st : s.steps()) {
                assertEquals(st.change(), st.populationPart() + st.ratePart(), p.scenario() + " " + st.year());
                assertEquals(row(p, "5.1", "total", st.year()) - row(p, "5.1", "total", st.year() - 1), st.change());
                assertEquals(st.change(), st.exactPopulationPart() + st.exactRatePart(), 1.0);
            }
            // Stockton's 0–25 population falls in the ONS 2022-based projection: the population part of 2025 is negative
            assertTrue(s.steps().get(0).populationPart() < 0);
        }
    }
}
