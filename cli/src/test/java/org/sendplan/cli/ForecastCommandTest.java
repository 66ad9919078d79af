package org.sendplan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the default forecast, its CSV contract, determinism and failures. */
class ForecastCommandTest {
    @TempDir
    static Path shared;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void forecastTheDefaultAuthority() {
        out = shared.resolve("out");
        run = CliRun.of("forecast", "--out", out.toString(), "--simulations", "300");
    }

    @Test
    void writesEveryReport() {
        assertEquals(0, run.exit(), run.err());
        for (String f : List.of("projection.csv", "summary.csv", "summary.json", "sufficiency-plan.xlsx",
                "charts/total.png", "charts/provision.png", "charts/phase.png", "charts/need.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(run.out().startsWith("Stockton-on-Tees (808): 2,442 EHC plans in January 2025"), run.out());
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".sendplan-staging")), "staging folder removed");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void projectionCsvHasTheContractColumnsAndTheObservedBaseYear() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("projection.csv"));
        assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", lines.get(0));
        // 11 years × 24 ages (2–25) × 17 settings × 13 needs
        assertEquals(1 + 11 * 24 * 17 * 13, lines.size());
        double base = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertEquals("baseline", f[0]);
            assertEquals("808", f[1]);
            assertEquals(Integer.parseInt(f[3]) - 4, Integer.parseInt(f[4]), "ncy = age − 4");
            double mean = Double.parseDouble(f[7]), p10 = Double.parseDouble(f[8]), p50 = Double.parseDouble(f[9]), p90 = Double.parseDouble(f[10]);
            assertTrue(p10 <= p50 + 1e-9 && p50 <= p90 + 1e-9, l);
            if (f[2].equals("2025")) {
                assertTrue(mean == p10 && mean == p50 && mean == p90, "observed base year: " + l);
                base += mean;
            }
        }
        assertEquals(2442, base, 0.01); // the published January 2025 total
    }

    @Test
    void summaryBaseYearRollUpsEqualThePublishedProvisionTotals() throws IOException {
        Map<String, Double> provision = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("scenario,la_code,year,dimension,group,mean,p025,p10,p50,p90,p975", lines.get(0));
        for (String l : lines) {
            String[] f = l.split(",");
            if (f[2].equals("2025") && f[3].equals("provision")) provision.put(f[4], Double.parseDouble(f[5]));
        }
        // caseload.csv, Stockton-on-Tees 202425, columns grouped by the documented mapping
        assertEquals(789, provision.get("MAINSTREAM"), 0.01);          // 149 + 595 + 30 + independent 15
        assertEquals(190, provision.get("RESOURCED"), 0.01);           // 73 + 92 + 20 + 5
        assertEquals(723, provision.get("SPECIAL_STATE"), 0.01);       // 28 + 695
        assertEquals(170, provision.get("SPECIAL_INDEPENDENT"), 0.01); // 165 + 5
        assertEquals(16, provision.get("AP"), 0.01);
        assertEquals(188, provision.get("FE"), 0.01);
        assertEquals(14, provision.get("SPI"), 0.01);
        assertEquals(51, provision.get("EARLY_YEARS"), 0.01);
        assertEquals(301, provision.get("OTHER"), 0.01);               // 31 + 35 + 1 + 21 + 3 + 210
    }

    @Test
    void summaryRollUpsAgreeWithTheCellsAndTotalsGrowWithinTheirBands() throws IOException {
        Map<String, Double> cellTotals = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("projection.csv")).subList(1, 11 * 24 * 17 * 13 + 1)) {
            String[] f = l.split(",");
            cellTotals.merge(f[2], Double.parseDouble(f[7]), Double::sum);
        }
        for (String l : Files.readAllLines(out.resolve("summary.csv"))) {
            String[] f = l.split(",");
            if (!f[3].equals("total")) continue;
            double mean = Double.parseDouble(f[5]);
            // the mean of sums is the sum of means (cells rounded to 3 decimals: 5,304 cells × 0.0005)
            assertEquals(mean, cellTotals.get(f[2]), 3.0, f[2]);
            double[] q = Arrays.stream(f, 6, 11).mapToDouble(Double::parseDouble).toArray();
            for (int i = 1; i < q.length; i++) assertTrue(q[i - 1] <= q[i], l);
        }
    }

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path again) throws IOException {
        CliRun second = CliRun.of("forecast", "--out", again.toString(), "--simulations", "300");
        assertEquals(0, second.exit());
        for (String f : List.of("projection.csv", "summary.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    /**
     * Newham's January 2025 census was published at 1,199 after 2,705: the forecast starts from
     * 2,705 grown by England's +10.80% (2,997), says so on stderr and beside the headline, and
     * --published-base starts from the published figure.
     */
    @Test
    void aBaseCensusThatHalvedIsRepairedLoudlyUnlessThePublishedBaseIsAskedFor(@TempDir Path o) throws IOException {
        CliRun repaired = CliRun.of("forecast", "--la", "newham", "--horizon", "5", "--simulations", "200", "--out", o.resolve("r").toString());
        assertEquals(0, repaired.exit(), repaired.err());
        assertTrue(repaired.out().startsWith("Newham (316): 2,997 EHC plans in January 2025 (repaired base; published 1,199); projected "), repaired.out());
        assertTrue(repaired.err().contains("WARNING (base year): caseload total 2025: published 1,199 (-56% on January 2024) looks like an error"),
                repaired.err());
        assertTrue(Files.readAllLines(o.resolve("r").resolve("summary.csv")).contains("baseline,316,2025,total,ALL,2997.195,2997.195,2997.195,2997.195,2997.195,2997.195"));

        CliRun published = CliRun.of("forecast", "--la", "newham", "--published-base", "--horizon", "5", "--simulations", "200",
                "--out", o.resolve("p").toString());
        assertEquals(0, published.exit(), published.err());
        assertTrue(published.out().startsWith("Newham (316): 1,199 EHC plans in January 2025; projected "), published.out());
        assertTrue(published.err().contains("The projection still starts from this published base-year figure"), published.err());
    }

    @Test
    void unknownAndAmbiguousAreasExitTwoAndListCandidates(@TempDir Path o) {
        CliRun dorset = CliRun.of("forecast", "--la", "dorset", "--out", o.toString());
        assertEquals(2, dorset.exit());
        assertTrue(dorset.err().contains("'dorset' is ambiguous"), dorset.err());
        assertTrue(dorset.err().contains("835") && dorset.err().contains("838"), dorset.err());
        CliRun unknown = CliRun.of("forecast", "--la", "atlantis", "--out", o.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("error: no local authority, region or England matches 'atlantis'"), unknown.err());
    }

    @Test
    void aBaseYearWithoutASingleAgeCensusIsAUsageError(@TempDir Path o) {
        CliRun r = CliRun.of("forecast", "--base-year", "2022", "--out", o.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("needs a single-age census"), r.err());
    }

    @Test
    void badDataExitsThreeWithOneLineAndLeavesEarlierReportsUntouched(@TempDir Path o) throws IOException {
        Path data = Files.createDirectories(o.resolve("release"));
        for (String f : List.of("caseload.csv", "newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv")) {
            Files.writeString(data.resolve(f), "time_period,geographic_level\n202425,Local authority\n");
        }
        Path reports = Files.createDirectories(o.resolve("reports"));
        Files.writeString(reports.resolve("summary.csv"), "earlier run\n");
        CliRun r = CliRun.of("forecast", "--data", data.toString(), "--out", reports.toString());
        assertEquals(3, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + data.resolve("caseload.csv") + ":1: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("earlier run\n", Files.readString(reports.resolve("summary.csv")));
    }

    @Test
    void aPopulationFileForAnotherAreaIsRejected(@TempDir Path o) throws IOException {
        Path pop = o.resolve("pop.csv");
        Files.writeString(pop, "AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2024,2025\nE08000007,Stockport,Population,persons,0,1,1\n");
        CliRun r = CliRun.of("forecast", "--population", pop.toString(), "--out", o.resolve("x").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("AGE_GROUP: expected persons rows for every age 0–25 of E06000004"), r.err());
    }

    @Test
    void listLasPrintsEveryArea() {
        CliRun r = CliRun.of("list-las");
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 158 + 9 + 1, lines.size());
        assertTrue(lines.contains("808\tE06000004\tlocal_authority\tStockton-on-Tees\tNorth East\t2025"), r.out());
        assertTrue(lines.contains("E92000001\tE92000001\tengland\tEngland\t\t"));
    }
}
