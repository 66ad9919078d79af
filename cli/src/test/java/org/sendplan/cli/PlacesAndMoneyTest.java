package org.sendplan.cli;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The places and money rules recomputed from the output files of the default run. */
class PlacesAndMoneyTest {
    @TempDir
    static Path shared;
    static Path out;

    @BeforeAll
    static void run() {
        out = shared.resolve("out");
        CliRun r = CliRun.of("forecast", "--out", out.toString(), "--simulations", "300");
        assertEquals(0, r.exit(), r.err());
    }

    static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(out.resolve(file)).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void headersAreTheContract() throws IOException {
        assertEquals("scenario,la_code,academic_year,provision,phase,demand_mean,demand_p50,demand_p90,capacity,places_needed_p50,"
                + "surplus_p50,surplus_p90,overflow_p50,placed_p50,additional_places_p50,additional_places_p90",
                Files.readAllLines(out.resolve("places.csv")).get(0));
        assertEquals("scenario,la_code,financial_year,provision,placements,unit_cost,cost_mean,cost_p10,cost_p90,funded_places,place_funding",
                Files.readAllLines(out.resolve("costs.csv")).get(0));
        assertEquals("scenario,la_code,financial_year,hnb_allocation,cost_mean,other_spend,in_year_balance,cumulative_balance,"
                + "cumulative_balance_p10,cumulative_balance_p90", Files.readAllLines(out.resolve("budget.csv")).get(0));
    }

    /** The places to commission are each surplus's shortfall in whole places, from the file's own columns. */
    @Test
    void additionalPlacesAreTheShortfallInWholePlaces() throws IOException {
        int short50 = 0;
        for (String[] r : rows("places.csv")) {
            if (!r[4].equals("all")) continue;
            if (r[8].isEmpty()) {
                assertTrue(r[14].isEmpty() && r[15].isEmpty(), String.join(",", r));
                continue;
            }
            double s50 = Double.parseDouble(r[10]), s90 = Double.parseDouble(r[11]);
            assertEquals(s50 <= -0.5 ? Math.ceil(-s50 - 1e-9) : 0, Double.parseDouble(r[14]), 0, String.join(",", r));
            assertEquals(s90 <= -0.5 ? Math.ceil(-s90 - 1e-9) : 0, Double.parseDouble(r[15]), 0, String.join(",", r));
            assertTrue(Double.parseDouble(r[15]) >= Double.parseDouble(r[14]), "p90 needs at least the places of p50");
            if (Double.parseDouble(r[14]) > 0) short50++;
        }
        assertTrue(short50 > 0, "ILLUSTRATIVE capacity is the base-year placements, so growth needs places");
    }

    @Test
    void illustrativeCapacityIsTheBaseYearPlacements() throws IOException {
        for (String[] r : rows("places.csv")) {
            if (!r[2].equals("2024/25")) continue;
            // academic year 2024/25 is the observed January 2025 census
            if (r[8].isEmpty()) assertTrue(List.of("MAINSTREAM", "EARLY_YEARS", "OTHER").contains(r[3]), r[3]);
            else assertEquals(Double.parseDouble(r[5]), Double.parseDouble(r[8]), 0.5, r[3]);
        }
    }

    @Test
    void costsAreUnitCostTimesApportionedPlacementsInflatedThreePercent() throws IOException {
        Map<String, Double> demand = new HashMap<>();
        for (String[] r : rows("places.csv")) if (r[4].equals("all")) demand.put(r[2] + r[3], Double.parseDouble(r[5]));
        Map<String, Double> unit2025 = Map.of("MAINSTREAM", 8000.0, "SPECIAL_INDEPENDENT", 60800.0, "FE", 8500.0);
        for (String[] r : rows("costs.csv")) {
            double placements = Double.parseDouble(r[4]), unit = Double.parseDouble(r[5]), mean = Double.parseDouble(r[6]);
            assertEquals(unit * placements, mean, 0.01, String.join(",", r));
            int fy = Integer.parseInt(r[2].substring(0, 4));
            if (unit2025.containsKey(r[3])) assertEquals(unit2025.get(r[3]) * Math.pow(1.03, fy - 2025), unit, 0.005); // in pence
            if (r[3].equals("MAINSTREAM")) {
                // no capacity limit: placements are demand, 5/12 of academic year F−1/F and 7/12 of F/F+1
                String earlier = (fy - 1) + "/" + String.format("%02d", fy % 100), later = fy + "/" + String.format("%02d", (fy + 1) % 100);
                assertEquals(5.0 / 12 * demand.get(earlier + "MAINSTREAM") + 7.0 / 12 * demand.get(later + "MAINSTREAM"), placements, 0.01);
            }
            // (the mean may sit outside p10–p90 where capacity caps most simulations)
            assertTrue(Double.parseDouble(r[7]) <= Double.parseDouble(r[8]), String.join(",", r));
        }
    }

    @Test
    void overflowCreatesAndLosesNobody() throws IOException {
        // total placements after overflow in a financial year = the apportioned total demand
        Map<String, Double> demandByYear = new HashMap<>(), placementsByFy = new HashMap<>();
        for (String[] r : rows("places.csv")) if (r[4].equals("all")) demandByYear.merge(r[2].substring(0, 4), Double.parseDouble(r[5]), Double::sum);
        for (String[] r : rows("costs.csv")) placementsByFy.merge(r[2].substring(0, 4), Double.parseDouble(r[4]), Double::sum);
        placementsByFy.forEach((fy, total) -> {
            int f = Integer.parseInt(fy);
            double expected = 5.0 / 12 * demandByYear.get(Integer.toString(f - 1)) + 7.0 / 12 * demandByYear.get(fy);
            assertEquals(expected, total, 0.05, fy);
        });
    }

    @Test
    void theBudgetAddsUp() throws IOException {
        Map<String, Double> cost = new HashMap<>();
        for (String[] r : rows("costs.csv")) cost.merge(r[2], Double.parseDouble(r[6]), Double::sum);
        List<String[]> budget = rows("budget.csv");
        double cumulative = 0; // illustrative opening balance
        // illustrative allocation: 95% of the first year's cost, to the nearest £1,000, growing 3%
        double first = Double.parseDouble(budget.get(0)[3]);
        assertEquals(Math.round(0.95 * cost.get(budget.get(0)[2]) / 1000) * 1000.0, first, 0.001);
        for (int i = 0; i < budget.size(); i++) {
            String[] b = budget.get(i);
            double hnb = Double.parseDouble(b[3]), c = Double.parseDouble(b[4]), other = Double.parseDouble(b[5]);
            assertEquals(first * Math.pow(1.03, i), hnb, 0.01);
            assertEquals(cost.get(b[2]), c, 0.05);
            assertEquals(hnb - c - other, Double.parseDouble(b[6]), 0.01);
            cumulative += hnb - c - other;
            assertEquals(cumulative, Double.parseDouble(b[7]), 0.05);
            assertTrue(Double.parseDouble(b[8]) <= Double.parseDouble(b[9]));
        }
    }

    @Test
    void theWorkbookHasTheMoneySheetsAndSummaryJsonTheHeadlines() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertTrue(names.containsAll(List.of("Sufficiency", "Costs", "Budget")), names.toString());
            assertFalse(((XSSFDrawing) wb.getSheet("Budget").getDrawingPatriarch()).getCharts().isEmpty());
            assertTrue(wb.getSheet("Sufficiency").getRow(0).getCell(0).getStringCellValue().contains("ILLUSTRATIVE"));
            assertEquals(1, wb.getSheet("Sufficiency").getSheetConditionalFormatting().getNumConditionalFormattings());
        }
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"firstShortfall\""), json);
        assertTrue(json.contains("\"SPECIAL_STATE\" : \"2025/26\""), "growth from base-year capacity shows as shortfall at once");
        assertTrue(json.contains("\"lowestBalanceYear\" : \"2034-35\""), json);
    }

    @Test
    void aBadFinanceFileExitsThreeNamingTheKey(@TempDir Path dir) throws IOException {
        Path fin = Files.writeString(dir.resolve("finance.yaml"), "price_year: 2025-26\nunit_cost: {FE: 1}\n");
        CliRun r = CliRun.of("forecast", "--finance", fin.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("error: " + fin + ":2:1: unit_cost: expected one of"), r.err());
        assertTrue(r.err().contains("did you mean 'unit_costs'?"), r.err());
    }

    @Test
    void initWritesTemplatesThatReproduceTheDefaultRun(@TempDir Path dir) throws IOException {
        CliRun init = CliRun.of("init", dir.toString());
        assertEquals(0, init.exit(), init.err());
        // init fills the templates from a default run (1000 simulations): the same run with them gives the same budget
        CliRun plain = CliRun.of("forecast", "--out", dir.resolve("plain").toString());
        CliRun again = CliRun.of("forecast", "--capacity", dir.resolve("capacity.csv").toString(), "--finance",
                dir.resolve("finance.yaml").toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(0, again.exit(), again.err());
        assertEquals(Files.readString(dir.resolve("plain/budget.csv")), Files.readString(dir.resolve("o/budget.csv")));
        assertEquals(2, CliRun.of("init", dir.toString()).exit(), "does not overwrite without --force");
        // ... and they stay ILLUSTRATIVE, as the default run is, until the user's own figures replace them
        for (CliRun r : List.of(plain, again)) {
            assertTrue(r.err().contains("warning: ILLUSTRATIVE capacity (") && r.err().contains(") and finance ("), r.err());
        }
        assertTrue(again.err().contains("capacity file capacity.csv, 6 of 6 rows as init wrote them"), again.err());
        assertTrue(again.err().contains("finance file finance.yaml, marked illustrative: true"), again.err());
        assertTrue(Files.readString(dir.resolve("o/summary.json")).contains("\"illustrativeCapacity\" : true"));
        // the optional reform key, uncommented as written, is read: £4,000 a child in the price year
        Path reform = Files.writeString(dir.resolve("reform.yaml"), Files.readString(dir.resolve("finance.yaml"))
                .replace("# support_layer_cost: 4000", "support_layer_cost: 4000"));
        org.sendplan.model.money.Finance f = org.sendplan.data.money.FinanceReader.read(reform);
        assertEquals(4000, f.supportLayerCost(f.priceYear()), 1e-9);
    }

    /**
     * Templates made for one authority (Kent, 886) and used on another (the default, Stockton-on-Tees,
     * 808) are refused with one line naming both, unless --any-authority; a file naming no authority
     * (written by hand) is taken as it is.
     */
    @Test
    void templatesForAnotherAuthorityAreRefused(@TempDir Path dir) throws IOException {
        assertEquals(0, CliRun.of("init", dir.toString(), "--la", "886").exit());
        Path cap = dir.resolve("capacity.csv"), fin = dir.resolve("finance.yaml");
        CliRun mixed = CliRun.of("forecast", "--capacity", cap.toString(), "--finance", fin.toString(), "--out", dir.resolve("a").toString());
        assertEquals(3, mixed.exit());
        assertEquals("error: " + cap + ":2: la_code: expected 808 (Stockton-on-Tees), the authority forecast, found 886 (Kent): the file was made "
                + "for another authority; give --any-authority to use it anyway", mixed.err().strip());
        assertFalse(Files.exists(dir.resolve("a")), "nothing written");
        CliRun finance = CliRun.of("forecast", "--finance", fin.toString(), "--out", dir.resolve("b").toString());
        assertEquals(3, finance.exit());
        assertTrue(finance.err().startsWith("error: " + fin + ":3: la_code: expected 808 (Stockton-on-Tees)"), finance.err());
        CliRun anyway = CliRun.of("forecast", "--any-authority", "--finance", fin.toString(), "--simulations", "200", "--no-backtest",
                "--out", dir.resolve("c").toString());
        assertEquals(0, anyway.exit(), anyway.err());
        Files.writeString(fin, Files.readString(fin).replaceFirst("(?m)^la_code: .*\n", ""));
        assertEquals(0, CliRun.of("forecast", "--finance", fin.toString(), "--simulations", "200", "--no-backtest", "--out",
                dir.resolve("d").toString()).exit());
    }

    /** Editing one figure leaves the others placeholders; editing all and deleting the finance marker makes the figures the user's own. */
    @Test
    void templatesStayIllustrativeUntilEveryFigureIsTheUsersOwn(@TempDir Path dir) throws IOException {
        assertEquals(0, CliRun.of("init", dir.toString()).exit());
        Path cap = dir.resolve("capacity.csv"), fin = dir.resolve("finance.yaml");
        List<String> rows = Files.readAllLines(cap);
        assertEquals("provision,academic_year,places,phase,name,illustrative_places,la_code", rows.get(0));
        String[] first = rows.get(1).split(",", -1);
        rows.set(1, String.join(",", first[0], first[1], String.valueOf(Long.parseLong(first[2]) + 10), first[3], first[4], first[5], first[6]));
        Files.write(cap, rows);
        CliRun one = CliRun.of("forecast", "--capacity", cap.toString(), "--finance", fin.toString(), "--simulations", "200", "--out", dir.resolve("a").toString());
        assertTrue(one.err().contains("capacity file capacity.csv, " + (rows.size() - 2) + " of " + (rows.size() - 1) + " rows as init wrote them"), one.err());

        List<String> own = new java.util.ArrayList<>(List.of(rows.get(0)));
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            own.add(String.join(",", c[0], c[1], String.valueOf(Long.parseLong(c[2]) + 1), c[3], c[4], c[5], c[6]));
        }
        Files.write(cap, own);
        Files.writeString(fin, Files.readString(fin).replaceFirst("(?m)^illustrative: true.*\n", ""));
        CliRun mine = CliRun.of("forecast", "--capacity", cap.toString(), "--finance", fin.toString(), "--simulations", "200", "--out", dir.resolve("b").toString());
        assertEquals(0, mine.exit(), mine.err());
        assertFalse(mine.err().contains("ILLUSTRATIVE"), mine.err());
        assertTrue(Files.readString(dir.resolve("b/summary.json")).contains("\"illustrativeFinance\" : false"));

        Files.writeString(fin, "illustrative: perhaps\n" + Files.readString(fin));
        CliRun bad = CliRun.of("forecast", "--finance", fin.toString(), "--out", dir.resolve("c").toString());
        assertEquals(3, bad.exit());
        assertTrue(bad.err().startsWith("error: " + fin + ":1:") && bad.err().contains("expected true or false"), bad.err());
    }
}
