package org.sendplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.model.Provision;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard of a real run against the CSV and JSON files written beside it: the page shows the run's own figures. */
class DashboardEndToEndTest {
    private static Path out;
    private static Document page;

    @BeforeAll
    static void run() throws IOException {
        out = DashboardRun.out();
        page = Jsoup.parse(Files.readString(out.resolve("sufficiency-plan.html"), StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static Element section(String id) {
        Element h = page.getElementById(id);
        assertTrue(h != null && h.tagName().equals("h2"), "section " + id);
        return h.parent();
    }

    /** A table's body rows as heading → cells. */
    private static Map<String, List<String>> rows(Element table) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Element tr : table.select("tbody tr")) m.put(tr.selectFirst("th").text(), tr.select("td").eachText());
        return m;
    }

    private static Element table(String sectionId, String captionStart) {
        for (Element t : section(sectionId).select("table")) if (t.selectFirst("caption").text().startsWith(captionStart)) return t;
        throw new AssertionError("no table '" + captionStart + "' in " + sectionId);
    }

    private static String whole(String csvNumber) {
        return String.format(Locale.UK, "%,.0f", Double.parseDouble(csvNumber));
    }

    private static String pounds(String csvNumber) {
        double v = Double.parseDouble(csvNumber);
        String s = String.format(Locale.UK, "%,.0f", Math.abs(v));
        return (v < 0 && !s.equals("0") ? "-£" : "£") + s;
    }

    @Test
    void everySectionOfARunWithPlacesMoneyScenariosAndBacktest() {
        assertEquals(List.of("headline", "plans-over-time", "by-age", "by-need", "by-provision", "sufficiency", "scap", "reform-plan", "change-split", "high-needs-cost",
                "scenarios", "benchmarking", "accuracy", "data-quality", "assumptions"), page.select("main > section > h2").eachAttr("id"));
        assertEquals(6, page.select("figure div.chart[role=img] > svg").size(), "the four drawn charts, the places to commission and the DSG balance");
        assertTrue(page.selectFirst("h1").text().contains("Stockton-on-Tees (808)"));
    }

    @Test
    void theTotalAndTheHeadlineAreSummaryCsvs() throws IOException {
        Map<String, String> mean = new LinkedHashMap<>();
        for (CSVRecord r : csv("summary.csv")) {
            if (r.get("scenario").equals("baseline") && r.get("dimension").equals("total")) mean.put(r.get("year"), r.get("mean"));
        }
        Map<String, List<String>> shown = rows(page.selectFirst("#chart-total + .table-wrap table"));
        assertEquals(new ArrayList<>(mean.keySet()), new ArrayList<>(shown.keySet()));
        mean.forEach((year, m) -> assertEquals(whole(m), shown.get(year).get(1), "January " + year));
        String base = mean.keySet().iterator().next();
        Element first = section("headline").selectFirst("dl.figures > div");
        assertEquals("EHC plans, January " + base, first.selectFirst("dt").text());
        assertEquals(whole(mean.get(base)), first.selectFirst("dd.value").text());
    }

    @Test
    void theHistoryIsTheBacktestsOutturns() throws IOException {
        Map<String, List<String>> shown = rows(table("plans-over-time", "Published total EHC plans"));
        List<String> years = table("plans-over-time", "Published total EHC plans").select("thead th").eachText();
        int compared = 0;
        for (CSVRecord r : csv("backtest.csv")) {
            if (!r.get("method").equals("sendplan") || !r.get("dimension").equals("total")) continue;
            int year = Integer.parseInt(r.get("base_year")) + Integer.parseInt(r.get("horizon"));
            int column = years.indexOf(Integer.toString(year));
            if (column < 0) continue; // the base year itself: in the projection's table
            assertEquals(whole(r.get("actual")), shown.get("All EHC plans (ALL)").get(column - 1), "January " + year);
            compared++;
        }
        assertTrue(compared >= 10, "a decade of history: " + compared);
    }

    @Test
    void placesToCommissionAreThoseOfPlacesCsv() throws IOException {
        Map<String, List<String>> shown = rows(table("sufficiency", "Places to commission beyond capacity"));
        int compared = 0;
        for (CSVRecord r : csv("places.csv")) {
            if (!r.get("scenario").equals("baseline") || !r.get("phase").equals("all") || r.get("capacity").isEmpty()) continue;
            List<String> cells = shown.get(Provision.valueOf(r.get("provision")).label());
            assertTrue(cells != null, r.get("provision"));
            List<String> years = table("sufficiency", "Places to commission beyond capacity").select("thead th").eachText();
            assertEquals(whole(r.get("additional_places_p50")), cells.get(years.indexOf(r.get("academic_year")) - 1),
                    r.get("provision") + " " + r.get("academic_year"));
            compared++;
        }
        assertTrue(compared >= 6 * 10, "every commissioned provision, every year: " + compared);
    }

    @Test
    void theDsgBalanceIsBudgetCsvs() throws IOException {
        Map<String, List<String>> shown = rows(table("high-needs-cost", "High Needs Block"));
        List<CSVRecord> budget = csv("budget.csv").stream().filter(r -> r.get("scenario").equals("baseline")).toList();
        assertEquals(budget.size(), shown.size());
        for (CSVRecord r : budget) {
            List<String> cells = shown.get(r.get("financial_year"));
            assertEquals(pounds(r.get("hnb_allocation")), cells.get(0));
            assertEquals(pounds(r.get("cost_mean")), cells.get(1));
            assertEquals(pounds(r.get("cumulative_balance")), cells.get(4));
        }
    }

    /** The scenarios table shows each scenario's central figure (summary.csv's p50) of the last year. */
    @Test
    void scenariosAreSideBySideUnderTheirOwnNamesAsText() throws IOException {
        Map<String, String> last = new LinkedHashMap<>();
        for (CSVRecord r : csv("summary.csv")) if (r.get("dimension").equals("total")) last.put(r.get("scenario"), r.get("p50"));
        Map<String, List<String>> shown = rows(table("scenarios", "Scenarios against the baseline"));
        assertEquals(List.of("baseline", "mitigated", DashboardRun.HOSTILE), new ArrayList<>(shown.keySet()));
        last.forEach((scenario, m) -> assertEquals(whole(m), shown.get(scenario).get(1), scenario));
        Elements markup = page.select("main b, main script, script");
        assertTrue(markup.isEmpty(), "the scenario's name made no element: " + markup);
    }

    @Test
    void accuracyIsSummaryJsonsBacktest() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Map<String, List<String>> byHorizon = rows(table("accuracy", "Total EHC plans: accuracy"));
        assertFalse(json.get("backtest").isEmpty());
        for (JsonNode h : json.get("backtest")) {
            List<String> cells = byHorizon.get(h.get("horizon").asText());
            assertEquals(Integer.toString(h.get("cases").asInt()), cells.get(0));
            // the JSON keeps four decimals of the share, the page one of the percentage: they agree to within both roundings
            double shown = Double.parseDouble(cells.get(1).replace("%", ""));
            assertEquals(100 * h.get("mape").asDouble(), shown, 0.05 + 0.005, "MAPE " + h.get("horizon"));
        }
    }

    @Test
    void illustrativeInputsAreMarkedWhereTheyAreUsed() {
        for (String id : List.of("headline", "sufficiency", "high-needs-cost", "assumptions")) {
            assertTrue(section(id).select(".notice strong").eachText().contains("ILLUSTRATIVE"), id);
        }
        assertFalse(section("by-need").text().contains("ILLUSTRATIVE"), "the projection itself is not illustrative");
    }

    @Test
    void theDsgPlanLinesAreDsgPlanCsvs() throws IOException {
        Map<String, List<String>> shown = rows(table("high-needs-cost", "DSG management plan"));
        List<CSVRecord> lines = csv("dsg-plan.csv").stream().filter(r -> r.get("scenario").equals("baseline")).toList();
        int compared = 0;
        for (CSVRecord r : lines) {
            List<String> cells = shown.get(r.get("line"));
            int year = Integer.parseInt(r.get("financial_year").substring(0, 4)) - Integer.parseInt(lines.get(0).get("financial_year").substring(0, 4));
            assertEquals(pounds(r.get("amount")), cells.get(year), r.toString());
            compared++;
        }
        assertEquals(shown.size() * 10, compared, "every line, ten financial years");
    }

    @Test
    void theScapTableIsScapCsvsStageTotalsWithTheirBand() throws IOException {
        Map<String, List<String>> shown = rows(table("scap", "SCAP specialist-place forecast"));
        Map<String, String> seen = new LinkedHashMap<>();
        for (CSVRecord r : csv("scap.csv")) {
            if (!r.get("scenario").equals("baseline")) continue;
            String cell = whole(r.get("stage_plans")) + (r.get("status").equals("observed") ? " (observed)"
                    : " (" + whole(r.get("stage_p10")) + "–" + whole(r.get("stage_p90")) + ")");
            seen.put(r.get("scap_type") + "|" + r.get("stage") + "|" + r.get("academic_year"), cell);
        }
        // the state special primary row: its first and fifth years
        List<String> special = shown.entrySet().stream().filter(e -> e.getKey().startsWith("State-funded special school, primary"))
                .findFirst().orElseThrow().getValue();
        assertEquals(seen.get("SPECIAL|primary|2024/25"), special.get(0));
        assertEquals(seen.get("SPECIAL|primary|2029/30"), special.get(5));
        assertEquals(6, shown.size(), "three types × two stages");
    }

    @Test
    void benchmarkingIsBenchmarkCsvs() throws IOException {
        Map<String, List<String>> shown = rows(table("benchmarking", "Benchmarking"));
        List<CSVRecord> rows = csv("benchmark.csv");
        CSVRecord area = rows.get(0), first = rows.stream().filter(r -> r.get("rank").equals("1")).findFirst().orElseThrow();
        List<String> own = shown.get("Stockton-on-Tees");
        assertEquals(whole(area.get("plans")), own.get(0));
        assertEquals(String.format(Locale.UK, "%,.1f", Double.parseDouble(area.get("plans_per_1000_pupils"))), own.get(1));
        List<String> nearest = shown.get("1. " + first.get("name"));
        assertEquals(String.format(Locale.UK, "%.3f", Double.parseDouble(first.get("distance"))), nearest.get(8));
        assertEquals(rows.size(), shown.size(), "the area, its region, England and each neighbour");
    }
}
