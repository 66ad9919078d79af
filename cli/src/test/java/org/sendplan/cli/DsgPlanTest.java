package org.sendplan.cli;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DSG management plan, the costs of commissioned places and home-to-school transport,
 * recomputed from the CSVs of a run with a finance file that uses every DSG key and a scenario.
 */
class DsgPlanTest {
    @TempDir
    static Path dir;
    static Path out;

    static final String FINANCE = """
            price_year: 2025-26
            inflation: 0.03
            unit_costs:
              MAINSTREAM: 8000
              RESOURCED: {place_funding: 6000, top_up: 12000}
              SPECIAL_STATE: {place_funding: 10000, top_up: 15000}
              SPECIAL_INDEPENDENT: 60800
              FE: 8500
              SPI: 45000
            hnb_allocation: {2025-26: 44000000}
            hnb_growth: 0.03
            opening_balance: -2000000
            other_high_needs_spend: {2025-26: 500000}
            dsg:
              import_export: {2025-26: -250000}
              block_transfers: {2025-26: 1000000, 2027-28: 0}
              directly_funded_share: {SPECIAL_STATE: 0.6}
              academy_share: {SPECIAL_STATE: 0.6, MAINSTREAM: 0.5}
              lines:
                SEN support services: {2025-26: 1500000}
                "Hospital education, AP and therapies": {2025-26: 300000}
            transport:
              SPECIAL_STATE: {share: 0.8, cost_per_child: 7000}
              SPECIAL_INDEPENDENT: {share: 0.9, cost_per_child: 15000}
            """;

    @BeforeAll
    static void run() throws IOException {
        Path fin = Files.writeString(dir.resolve("finance.yaml"), FINANCE);
        Path cap = Files.writeString(dir.resolve("capacity.csv"), "provision,academic_year,places\nSPECIAL_STATE,2024/25,800\nRESOURCED,2024/25,150\n");
        Path scenario = Files.writeString(dir.resolve("special-school-places.yaml"), """
                name: special-school-places
                capacity:
                  - {provision: SPECIAL_STATE, start: 2027/28, add: [60, 120]}
                levers:
                  redirect:
                    - {from: SPECIAL_INDEPENDENT, to: SPECIAL_STATE, share: 0.5, start: 2027/28}
                finance:
                  dsg:
                    block_transfers: {2025-26: 3000000}
                """);
        out = dir.resolve("out");
        CliRun r = CliRun.of("forecast", "--finance", fin.toString(), "--capacity", cap.toString(), "--simulations", "200",
                "--scenario", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve(name))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    static double d(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    @Test
    void theDsgLinesAddUpToTheirTotalsAndToTheBudgetsBalance() throws IOException {
        Map<String, double[]> sums = new HashMap<>(); // scenario|year -> income lines, total income, spend lines, total spend, in-year, cumulative
        for (CSVRecord r : csv("dsg-plan.csv")) {
            double[] s = sums.computeIfAbsent(r.get("scenario") + "|" + r.get("financial_year"), k -> new double[6]);
            String line = r.get("line");
            double v = d(r, "amount");
            switch (r.get("section")) {
                case "income" -> s[line.startsWith("Total") ? 1 : 0] += v;
                case "expenditure" -> s[line.startsWith("Total") ? 3 : 2] += v;
                case "balance" -> s[line.startsWith("In-year") ? 4 : 5] += v;
                default -> { }
            }
        }
        List<CSVRecord> budget = csv("budget.csv");
        assertEquals(budget.size(), sums.size(), "a DSG plan for every scenario and year of the budget");
        for (CSVRecord b : budget) {
            double[] s = sums.get(b.get("scenario") + "|" + b.get("financial_year"));
            String where = b.get("scenario") + " " + b.get("financial_year");
            assertEquals(s[1], s[0], 0.01, where + ": income lines");
            assertEquals(s[3], s[2], 0.01, where + ": expenditure lines");
            assertEquals(d(b, "in_year_balance"), s[1] - s[3], 0.05, where + ": income − expenditure is the budget's balance");
            assertEquals(d(b, "cumulative_balance"), s[5], 0.05, where);
        }
        // 2025-26 income before deductions: 44,000,000 − 250,000 + 1,000,000; the block transfer ends in 2027-28
        CSVRecord first = budget.get(0), third = budget.get(2);
        assertEquals(44_750_000, d(first, "hnb_allocation"), 1e-6);
        assertEquals(44_000_000 * 1.03 * 1.03 - 250_000, d(third, "hnb_allocation"), 0.01);
        // other spend: the fixed 500,000 and the two named lines
        assertEquals(2_300_000, d(first, "other_spend"), 1e-6);
    }

    @Test
    void commissionedPlacesAreFundedEmptyOrNotAndTheCostIsItsParts() throws IOException {
        for (CSVRecord c : csv("costs.csv")) {
            double placements = d(c, "placements"), funded = d(c, "funded_places"), pf = d(c, "place_funding"), unit = d(c, "unit_cost");
            String where = c.get("scenario") + " " + c.get("financial_year") + " " + c.get("provision");
            assertEquals(pf * funded + (unit - pf) * placements, d(c, "cost_mean"), 0.01, where);
            assertTrue(funded >= placements - 1e-9, where + ": never fewer funded places than placements");
            if (c.get("provision").equals("SPECIAL_STATE")) {
                assertTrue(funded >= 800 - 1e-9, where + ": all 800 commissioned places are funded");
                assertEquals(10_000 * Math.pow(1.03, Integer.parseInt(c.get("financial_year").substring(0, 4)) - 2025), pf, 0.005, where);
            } else if (!c.get("provision").equals("RESOURCED")) {
                assertEquals(placements, funded, 1e-9, where + ": no capacity, no place funding apart");
            }
        }
    }

    @Test
    void transportIsChildrenTransportedTimesCostAndStaysOutOfTheDsg() throws IOException {
        Map<String, Double> placements = new HashMap<>();
        for (CSVRecord c : csv("costs.csv")) placements.put(c.get("scenario") + c.get("financial_year") + c.get("provision"), d(c, "placements"));
        List<CSVRecord> transport = csv("transport.csv");
        assertEquals(2 * 2 * 10, transport.size(), "two provisions × two scenarios × ten financial years");
        for (CSVRecord t : transport) {
            String key = t.get("scenario") + t.get("financial_year") + t.get("provision");
            assertEquals(placements.get(key), d(t, "placements"), 1e-9);
            double share = t.get("provision").equals("SPECIAL_STATE") ? 0.8 : 0.9;
            assertEquals(placements.get(key) * share, d(t, "children_transported"), 5e-4);
            assertEquals(d(t, "children_transported") * d(t, "cost_per_child"), d(t, "cost"), 0.01);
        }
        for (CSVRecord l : csv("dsg-plan.csv")) assertTrue(!l.get("line").toLowerCase().contains("transport"), l.toString());
    }

    @Test
    void theWorkbooksDsgPlanSheetShowsTheBaselinesLinesAndEachMitigation() throws IOException {
        List<CSVRecord> budget = csv("budget.csv");
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet("DSG plan");
            Map<String, XSSFRow> rows = new HashMap<>();
            for (int r = 3; r <= sh.getLastRowNum(); r++) {
                XSSFRow row = sh.getRow(r);
                if (row != null && row.getCell(1) != null) rows.put(row.getCell(1).getStringCellValue(), row);
            }
            XSSFRow cumulative = rows.get("Cumulative DSG balance carried forward");
            XSSFRow mitigated = rows.get("Cumulative DSG balance with special-school-places");
            XSSFRow saving = rows.get("In-year balance gained: special-school-places");
            for (int i = 0; i < 10; i++) {
                assertEquals(d(budget.get(i), "cumulative_balance"), cumulative.getCell(2 + i).getNumericCellValue(), 0.01);
                assertEquals(d(budget.get(10 + i), "cumulative_balance"), mitigated.getCell(2 + i).getNumericCellValue(), 0.01);
                // the scenario's finance adds a block transfer: what it gains is more than the cost it saves
                assertEquals(d(budget.get(10 + i), "in_year_balance") - d(budget.get(i), "in_year_balance"), saving.getCell(2 + i).getNumericCellValue(),
                        0.01);
            }
            assertTrue(rows.containsKey("Total home-to-school transport"), rows.keySet().toString());
            // £ millions to one decimal, negatives red in brackets; the value stays in pounds
            assertEquals("£#,##0.0,,\"m\";[Red](£#,##0.0,,\"m\")", cumulative.getCell(2).getCellStyle().getDataFormatString());
        }
    }
    /** The Summary sheet's headline by scenario, each figure recomputed from the CSVs. */
    @Test
    void theSummaryHeadlineOfEachScenarioIsTheCsvsFigures() throws IOException {
        List<String> scenarios = List.of("baseline", "special-school-places");
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet("Summary");
            // the table's label column: wherever the layout puts the table (beside or under the chart)
            int label = -1, top = -1;
            for (int r = 0; r <= sh.getLastRowNum() && label < 0; r++) {
                XSSFRow row = sh.getRow(r);
                if (row == null) continue;
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("Headline by scenario")) {
                        label = c.getColumnIndex();
                        top = r;
                    }
                }
            }
            assertTrue(label >= 0, "a Headline by scenario table on the Summary sheet");
            Map<String, XSSFRow> rows = new HashMap<>();
            for (int r = top; r <= sh.getLastRowNum(); r++) {
                XSSFRow row = sh.getRow(r);
                if (row != null && row.getCell(label) != null && row.getCell(label + 1) != null
                        && row.getCell(label).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    rows.putIfAbsent(row.getCell(label).getStringCellValue(), row);
                }
            }
            XSSFRow head = rows.get("Headline by scenario");
            assertEquals(scenarios, List.of(head.getCell(label + 1).getStringCellValue(), head.getCell(label + 2).getStringCellValue()));
            for (int k = 0; k < scenarios.size(); k++) {
                String s = scenarios.get(k);
                int col = label + 1 + k;
                Map<String, Double> most = new HashMap<>();
                for (CSVRecord p : csv("places.csv")) {
                    if (p.get("scenario").equals(s) && p.get("phase").equals("all") && !p.get("additional_places_p50").isEmpty()) {
                        most.merge(p.get("provision"), d(p, "additional_places_p50"), Math::max);
                    }
                }
                double additional = most.values().stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(additional, rows.get("Places to commission by 2034/35 (p50 demand; each provision's most in any year, summed)").getCell(col).getNumericCellValue(), 1e-9, s);
                List<CSVRecord> budget = csv("budget.csv").stream().filter(b -> b.get("scenario").equals(s)).toList();
                CSVRecord last = budget.get(budget.size() - 1);
                double independent = csv("costs.csv").stream().filter(c -> c.get("scenario").equals(s) && c.get("provision").equals("SPECIAL_INDEPENDENT")
                        && c.get("financial_year").equals(last.get("financial_year"))).mapToDouble(c -> d(c, "placements")).sum();
                assertEquals(independent, rows.get("Independent special placements, " + last.get("financial_year") + " (mean)").getCell(col).getNumericCellValue(), 1e-9);
                assertEquals(d(last, "cost_mean"), rows.get("High-needs cost, " + last.get("financial_year") + " (mean, £m)").getCell(col).getNumericCellValue(), 0.01);
                double lowest = budget.stream().mapToDouble(b -> d(b, "cumulative_balance")).min().orElseThrow();
                assertEquals(lowest, rows.get("Lowest cumulative DSG balance (mean, £m)").getCell(col).getNumericCellValue(), 0.01);
            }
            List<CSVRecord> savings = csv("savings.csv");
            assertEquals(d(savings.get(savings.size() - 1), "cumulative_cost_saved"),
                    rows.get("Cost saved against the baseline, 2025-26 to 2034-35 (£m)").getCell(label + 2).getNumericCellValue(), 0.01);
        }
    }

    /** The scenario's dsg block gives only block transfers: it keeps the base's other DSG keys, and its gain is cost saved + income added. */
    @Test
    void aScenariosDsgKeysChangeOnlyWhatTheyGive() throws IOException {
        Map<String, Double> lines = new HashMap<>();
        for (CSVRecord r : csv("dsg-plan.csv")) {
            if (r.get("financial_year").equals("2026-27")) lines.put(r.get("scenario") + "|" + r.get("line"), d(r, "amount"));
        }
        assertEquals(1_500_000, lines.get("special-school-places|SEN support services"), 1e-6, "the base's named line is kept");
        assertEquals(-250_000, lines.get("special-school-places|Import/export adjustment"), 1e-6);
        assertEquals(3_000_000, lines.get("special-school-places|Block transfers into the High Needs Block"), 1e-6);
        assertEquals(1_000_000, lines.get("baseline|Block transfers into the High Needs Block"), 1e-6);
        assertTrue(lines.get("special-school-places|Deductions for places the DfE funds directly") < 0, "the base's direct funding share is kept");
        List<CSVRecord> budget = csv("budget.csv");
        List<CSVRecord> savings = csv("savings.csv");
        for (int i = 0; i < savings.size(); i++) {
            CSVRecord s = savings.get(i);
            double gained = d(budget.get(10 + i), "in_year_balance") - d(budget.get(i), "in_year_balance");
            assertEquals(gained, d(s, "balance_gained"), 0.01);
            double transfers = i < 2 ? 2_000_000 : 3_000_000; // the base's transfer ends in 2027-28, the scenario's carries on
            assertEquals(d(s, "cost_saved") + transfers, d(s, "balance_gained"), 0.01, s.get("financial_year"));
        }
    }
}
