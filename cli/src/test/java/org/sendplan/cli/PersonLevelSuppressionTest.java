package org.sendplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --suppress 10} on witan.send's demo: no output holds a count from above 0 to below 10,
 * no total gives a hidden one away (every line with a hidden cell has two, or its total hidden),
 * and every output hides the same cells. Setting C holds 6 children in January 2017: that cell
 * is the one the brief found in summary.csv.
 */
class PersonLevelSuppressionTest {
    private static final int N = 10;
    private static final String C = "c";
    /** The columns of the CSVs that name a row rather than count. */
    private static final Set<String> KEYS = Set.of("scenario", "la_code", "year", "age", "ncy", "setting", "need", "dimension", "group",
            "financial_year", "provision");

    @TempDir
    static Path shared;
    static Path demo;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void forecastTheDemo() throws URISyntaxException {
        demo = Path.of(PersonLevelSuppressionTest.class.getResource("/org/sendplan/cli/witan-send-demo").toURI());
        out = shared.resolve("out");
        run = CliRun.of("forecast", "--witan", demo.toString(), "--settings", demo.resolve("settings.csv").toString(),
                "--simulations", "300", "--seed", "50", "--suppress", String.valueOf(N), "--out", out.toString());
    }

    private static boolean small(double v) {
        return v > 0 && v < N;
    }

    @Test
    void everyOutputSaysOnceThatItSuppressed() throws IOException {
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("note: small counts suppressed in every output: values above 0 and below 10"), run.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(10, json.get("suppression").get("threshold").asInt());
        assertEquals(C, json.get("suppression").get("marker").asText());
        try (XSSFWorkbook wb = workbook()) {
            for (String sheet : List.of("Summary", "By setting", "Costs")) {
                boolean said = false;
                for (Row row : wb.getSheet(sheet)) for (Cell c : row) said |= c.getCellType() == CellType.STRING && c.getStringCellValue().contains("Small counts are suppressed");
                assertTrue(said, sheet);
            }
        }
        Document page = dashboard();
        assertTrue(page.select("div.notice").text().contains("Small counts are suppressed: values above 0 and below 10 are shown as c"));
    }

    @Test
    void noCsvCellHoldsASmallCount() throws IOException {
        for (String file : List.of("summary.csv", "projection.csv", "costs.csv", "budget.csv")) {
            List<Map<String, String>> rows = csv(file);
            int hidden = 0;
            for (Map<String, String> r : rows) {
                for (var e : r.entrySet()) {
                    if (KEYS.contains(e.getKey()) || e.getValue().isEmpty()) continue;
                    if (e.getValue().equals(C)) hidden++;
                    else assertFalse(small(Double.parseDouble(e.getValue())), file + ": " + r);
                }
            }
            if (!file.equals("budget.csv")) assertTrue(hidden > 0, file + " hides something");
        }
        // the brief's cell: 6 children in setting C in January 2017, hidden in every statistic
        assertTrue(Files.readAllLines(out.resolve("summary.csv")).contains("baseline,local,2017,setting,C,c,c,c,c,c,c"));
    }

    @Test
    void noJsonNumberIsASmallCount() throws IOException {
        List<String> found = new ArrayList<>();
        walk(new ObjectMapper().readTree(out.resolve("summary.json").toFile()), "", found);
        assertEquals(List.of(), found);
    }

    private static void walk(JsonNode n, String field, List<String> found) {
        if (n.isObject()) n.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), found));
        else if (n.isArray()) n.forEach(x -> walk(x, field, found));
        else if (n.isNumber() && !Set.of("year", "baseYear", "horizon", "threshold").contains(field) && small(n.asDouble())) found.add(field + "=" + n);
    }

    /** The sheets of counts and money; the Transition model sheet holds estimated rates, Assumptions and Data quality parameters. */
    @Test
    void noWorkbookCountIsSmall() throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            for (String name : List.of("Summary", "By provision", "By setting", "By need", "By phase", "Costs")) {
                for (Row row : wb.getSheet(name)) {
                    for (Cell c : row) {
                        boolean share = c.getCellStyle().getDataFormatString().contains("%");
                        if (c.getCellType() == CellType.NUMERIC && !share) assertFalse(small(c.getNumericCellValue()), name + "!" + c.getAddress());
                        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC && !share) {
                            assertFalse(small(c.getNumericCellValue()), name + "!" + c.getAddress());
                        }
                    }
                }
            }
        }
    }

    /**
     * The sections of counts: the headline, the total and the three breakdowns (the others hold
     * rates and parameters). The demo's phases, needs and provisions have no small mean, so the
     * page hides nothing here (SuppressionTest sees it hide).
     */
    @Test
    void noDashboardCountIsSmall() throws IOException {
        Document page = dashboard();
        for (String id : List.of("headline", "plans-over-time", "by-age", "by-need", "by-provision")) {
            Element section = page.selectFirst("section[aria-labelledby=" + id + "]");
            for (Element e : section.select("td.num, dd.value")) {
                String t = e.text().replace(",", "");
                if (t.matches("-?[0-9.]+")) assertFalse(small(Double.parseDouble(t)), id + ": " + e);
            }
        }
    }

    /**
     * The summary's lines (groups of a roll-up against the year's total) and the projection's
     * (the cells of a setting, or of a need, against that summary row), and the costs' (the
     * settings of a financial year against its total): none with exactly one hidden cell.
     */
    @Test
    void noTotalGivesAHiddenCellAway() throws IOException {
        Map<String, String> summary = new HashMap<>();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, String> totals = new HashMap<>();
        for (Map<String, String> r : csv("summary.csv")) {
            summary.put(r.get("year") + "/" + r.get("dimension") + "/" + r.get("group"), r.get("mean"));
            if (r.get("dimension").equals("total")) totals.put(r.get("year") + "/" + r.get("dimension"), r.get("mean"));
        }
        for (Map<String, String> r : csv("summary.csv")) {
            if (r.get("dimension").equals("total")) continue;
            String key = r.get("year") + "/" + r.get("dimension");
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r.get("mean"));
            totals.put(key, summary.get(r.get("year") + "/total/ALL"));
        }
        for (Map<String, String> r : csv("projection.csv")) {
            for (String d : List.of("setting", "need")) {
                String key = r.get("year") + "/" + d + "/" + r.get(d);
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r.get("mean"));
                totals.put(key, summary.get(key));
            }
        }
        for (Map<String, String> r : csv("costs.csv")) {
            String key = "cost " + r.get("financial_year");
            if (r.get("provision").equals("total")) totals.put(key, r.get("placements"));
            else lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r.get("placements"));
        }
        int protectedLines = 0;
        for (var e : lines.entrySet()) {
            long hidden = e.getValue().stream().filter(C::equals).count() + (C.equals(totals.get(e.getKey())) ? 1 : 0);
            assertTrue(hidden != 1, e.getKey() + ": one hidden cell, given away by its total: " + e.getValue() + " of " + totals.get(e.getKey()));
            if (hidden > 1) protectedLines++;
        }
        assertTrue(protectedLines > 100, "lines with hidden cells: " + protectedLines);
    }

    /** The By setting sheet, the summary and the dashboard's breakdowns hide the same means. */
    @Test
    void everyOutputHidesTheSameCells() throws IOException {
        Set<String> inCsv = new TreeSet<>();
        for (Map<String, String> r : csv("summary.csv")) {
            if (r.get("mean").equals(C) && r.get("scenario").equals("baseline") && r.get("dimension").equals("setting")) {
                inCsv.add(r.get("group") + " " + r.get("year"));
            }
        }
        Set<String> inSheet = new TreeSet<>();
        try (XSSFWorkbook wb = workbook()) {
            Sheet sh = wb.getSheet("By setting");
            Row header = sh.getRow(2);
            // the means table: rows from 3 until the Total row, years from column C
            for (int r = 3; !sh.getRow(r).getCell(0).getStringCellValue().equals("Total"); r++) {
                Row row = sh.getRow(r);
                for (int c = 2; c < header.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(C)) {
                        inSheet.add(row.getCell(0).getStringCellValue() + " " + (int) header.getCell(c).getNumericCellValue());
                    }
                }
            }
        }
        assertTrue(inCsv.contains("C 2017"), inCsv.toString());
        assertEquals(inCsv, inSheet);
        // the dashboard's breakdown tables (means, groups × years) against summary.csv's baseline rows
        Document page = dashboard();
        for (String[] d : new String[][]{{"by-age", "phase"}, {"by-need", "need"}, {"by-provision", "provision"}}) {
            long onPage = page.select("section[aria-labelledby=" + d[0] + "] table").get(0).select("td").stream().filter(e -> e.text().equals(C)).count();
            long inSummary = csv("summary.csv").stream().filter(r -> r.get("scenario").equals("baseline") && r.get("dimension").equals(d[1])
                    && r.get("mean").equals(C)).count();
            assertEquals(inSummary, onPage, d[0]);
        }
    }

    /** Without a settings file the settings have no provision: suppression still covers every count (it once failed with a bug). */
    @Test
    void withoutSettingsMappedToProvisions(@TempDir Path dir) throws IOException {
        Path o = dir.resolve("o");
        CliRun r = CliRun.of("forecast", "--witan", demo.toString(), "--simulations", "300", "--seed", "50", "--suppress", String.valueOf(N),
                "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(o.resolve("summary.csv"));
        String[] head = lines.get(0).split(",", -1);
        int hidden = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            for (int i = 0; i < head.length; i++) {
                if (KEYS.contains(head[i]) || v[i].isEmpty()) continue;
                if (v[i].equals(C)) hidden++;
                else assertFalse(small(Double.parseDouble(v[i])), head[i] + " = " + v[i] + " in " + line);
            }
        }
        assertTrue(hidden > 0, "setting C's six children in January 2017 are hidden");
    }

    /** The planner's places and money by provision are not suppressed yet: the run is refused before anything is written. */
    @Test
    void refusedWithFinance(@TempDir Path dir) throws IOException {
        Path fin = Files.writeString(dir.resolve("finance.yaml"), "price_year: 2017-18\ninflation: 0.02\nunit_costs:\n  MAINSTREAM: 8000\n"
                + "hnb_allocation:\n  2017-18: 20000000\nhnb_growth: 0.03\nopening_balance: 0\n");
        CliRun r = CliRun.of("forecast", "--witan", demo.toString(), "--settings", demo.resolve("settings.csv").toString(), "--finance", fin.toString(),
                "--suppress", "10", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: --suppress: not yet with --finance"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    private static List<Map<String, String>> csv(String file) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(file));
        String[] head = lines.get(0).split(",", -1);
        Function<String, Map<String, String>> row = line -> {
            String[] v = line.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) m.put(head[i], v[i]);
            return m;
        };
        return lines.stream().skip(1).map(row).toList();
    }

    private static XSSFWorkbook workbook() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Document dashboard() throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("sufficiency-plan.html")));
    }
}
