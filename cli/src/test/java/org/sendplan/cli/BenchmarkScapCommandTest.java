package org.sendplan.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * benchmark.csv and scap.csv of a real run, against figures recomputed here from the raw files: the
 * bundled release's caseload, new plans and requests rows, the bundled population and pupil numbers,
 * and the run's own projection.csv.
 */
class BenchmarkScapCommandTest {
    private static final String RELEASE = "/org/sendplan/data/dfe-sen2-2025/";
    private static final String PUPILS = "/org/sendplan/data/dfe-pupils-ncyear/pupil_numbers_by_ncyear_2012_2023.csv.gz";
    @TempDir
    static Path dir;
    private static Map<String, Map<String, String>> bench;
    private static List<Map<String, String>> benchRows;

    @BeforeAll
    static void run() throws IOException {
        CliRun r = CliRun.of("forecast", "--out", dir.resolve("out").toString(), "--simulations", "200", "--no-backtest");
        assertEquals(0, r.exit(), r.err());
        benchRows = csv(Files.newBufferedReader(dir.resolve("out/benchmark.csv")));
        bench = new LinkedHashMap<>();
        for (Map<String, String> row : benchRows) bench.put(row.get("la_code"), row);
    }

    /** Every authority row of the caseload file's "All EHC plans" topic: old code → time_period → row. */
    private static Map<String, Map<String, Map<String, String>>> caseload() throws IOException {
        Map<String, Map<String, Map<String, String>>> out = new HashMap<>();
        for (Map<String, String> row : csv(gz(RELEASE + "caseload.csv.gz"))) {
            if (!row.get("geographic_level").equals("Local authority") || !row.get("breakdown_topic").equals("All EHC plans")) continue;
            out.computeIfAbsent(row.get("old_la_code"), k -> new HashMap<>()).put(row.get("time_period"), row);
        }
        return out;
    }

    @Test
    void figuresOfTheAreaANeighbourAndTheRegionRecomputeFromTheRawRows() throws IOException {
        var raw = caseload();
        String neighbour = benchRows.stream().filter(r -> r.get("rank").equals("1")).findFirst().orElseThrow().get("la_code");
        for (String code : List.of("808", neighbour)) {
            Map<String, String> now = raw.get(code).get("202425"), before = raw.get(code).get("202324"), five = raw.get(code).get("201920");
            double plans = num(now.get("ehcplans"));
            Map<String, String> b = bench.get(code);
            assertEquals(plans, num(b.get("plans")), 0, code);
            // special_total is the publisher's own subtotal of the four special columns the tool adds up
            assertEquals(num(now.get("special_total")) / plans, num(b.get("special_share")), 5e-4, code);
            assertEquals((num(now.get("special_independent")) + num(now.get("special_non_maintained"))) / plans, num(b.get("independent_share")), 5e-4, code);
            assertEquals(plans / num(before.get("ehcplans")) - 1, num(b.get("growth_1y")), 5e-4, code);
            assertEquals(plans / num(five.get("ehcplans")) - 1, num(b.get("growth_5y")), 5e-4, code);
        }
        double region = 0;
        for (var la : raw.values()) {
            Map<String, String> row = la.get("202425");
            if (row != null && row.get("region_name").equals("North East")) region += num(row.get("ehcplans"));
        }
        assertEquals(region, num(bench.get("E12000001").get("plans")), 0);
    }

    @Test
    void plansPerThousandUseTheBundledPopulationAgedNoughtToTwentyFive() throws IOException {
        double pop = 0;
        for (Map<String, String> row : csv(gz("/org/sendplan/data/ons-snpp-2022/snpp_persons.csv.gz"))) {
            if (row.get("AGE_GROUP").matches("\\d+") && Integer.parseInt(row.get("AGE_GROUP")) <= 25) pop += num(row.get("2024"));
        }
        Map<String, String> own = bench.get("808");
        assertEquals(pop, num(own.get("population_0_25")), 1e-3);
        assertEquals(1000 * 2442 / pop, num(own.get("plans_per_1000")), 5e-4);
        assertEquals("", bench.get("E92000001").get("plans_per_1000"), "no population is bundled for England");
    }

    /** Every authority's pupils at the January 2023 census, all NC years added, from the raw bundled file: old code → pupils. */
    private static Map<String, Double> pupils2023() throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (Map<String, String> row : csv(gz(PUPILS))) {
            if (row.get("time_period").equals("202223")) out.merge(row.get("old_la_code"), num(row.get("headcount")), Double::sum);
        }
        return out;
    }

    /** The "All requests" rows of authorities in the raw bundled requests.csv: old code → calendar year → row. */
    private static Map<String, Map<String, Map<String, String>>> requests() throws IOException {
        Map<String, Map<String, Map<String, String>>> out = new HashMap<>();
        for (Map<String, String> row : csv(gz(RELEASE + "requests.csv.gz"))) {
            if (!row.get("geographic_level").equals("Local authority") || !row.get("breakdown_topic").startsWith("All requests")) continue;
            out.computeIfAbsent(row.get("old_la_code"), k -> new HashMap<>()).put(row.get("time_period"), row);
        }
        return out;
    }

    /** Per 1,000 pupils and requests of the area and its nearest neighbour, and of the region, recomputed from the raw files. */
    @Test
    void pupilAndRequestFiguresRecomputeFromTheRawFiles() throws IOException {
        var plans = caseload();
        var pupils = pupils2023();
        var requests = requests();
        Map<String, Double> newPlans = new HashMap<>();
        for (Map<String, String> row : csv(gz(RELEASE + "newplans.csv.gz"))) {
            if (row.get("geographic_level").equals("Local authority") && row.get("breakdown_topic").equals("New EHC plans")
                    && row.get("time_period").equals("2024")) newPlans.put(row.get("old_la_code"), num(row.get("new_ehc_plans")));
        }
        String neighbour = benchRows.stream().filter(r -> r.get("rank").equals("1")).findFirst().orElseThrow().get("la_code");
        for (String code : List.of("808", neighbour)) {
            Map<String, String> b = bench.get(code);
            double p = pupils.get(code), ehcp = num(plans.get(code).get("202425").get("ehcplans"));
            Map<String, Map<String, String>> req = requests.get(code);
            double r = num(req.get("2024").get("requests_received_in_year"));
            assertEquals(p, num(b.get("pupils")), 0, code);
            assertEquals("2023", b.get("pupils_year"), code);
            assertEquals(1000 * ehcp / p, num(b.get("plans_per_1000_pupils")), 5e-4, code);
            assertEquals(1000 * newPlans.get(code) / p, num(b.get("new_plans_per_1000_pupils")), 5e-4, code);
            assertEquals(r, num(b.get("requests")), 0, code);
            assertEquals(1000 * r / p, num(b.get("requests_per_1000_pupils")), 5e-4, code);
            assertEquals(r / num(req.get("2023").get("requests_received_in_year")) - 1, num(b.get("requests_growth_1y")), 5e-4, code);
            assertEquals(r / num(req.get("2019").get("requests_received_in_year")) - 1, num(b.get("requests_growth_5y")), 5e-4, code);
            // the publisher's own percentage of requests decided to assess, to its one decimal
            assertEquals(num(req.get("2024").get("request_assess_pc")) / 100, num(b.get("assessed_share")), 5e-4 + 5e-4, code);
        }
        // Stockton's requests per 1,000 aged 0-25 use the bundled population, as plans per 1,000 do
        Map<String, String> own = bench.get("808");
        assertEquals(num(own.get("requests")) * 1000 / num(own.get("population_0_25")), num(own.get("requests_per_1000")), 5e-4);
        assertEquals("", bench.get(neighbour).get("requests_per_1000"), "no population is bundled for the neighbour");
        // the region: its authorities' pupils and requests added up
        double regionPupils = 0, regionRequests = 0;
        for (var la : plans.entrySet()) {
            boolean northEast = la.getValue().values().stream().anyMatch(row -> row.get("region_name").equals("North East"));
            if (!northEast) continue;
            regionPupils += pupils.getOrDefault(la.getKey(), 0.0);
            if (requests.containsKey(la.getKey())) regionRequests += num(requests.get(la.getKey()).get("2024").get("requests_received_in_year"));
        }
        Map<String, String> region = bench.get("E12000001");
        assertEquals(regionPupils, num(region.get("pupils")), 0);
        assertEquals(regionRequests, num(region.get("requests")), 0);
        assertEquals(1000 * num(region.get("plans")) / regionPupils, num(region.get("plans_per_1000_pupils")), 5e-4);
        // England: three authorities' 2023 requests are x, so England's 2023 total, and its 1-year growth, are not known
        assertEquals("", bench.get("E92000001").get("requests_growth_1y"));
        assertEquals(154_489, num(bench.get("E92000001").get("requests")), 0);
        assertEquals(8_017_229, num(bench.get("E92000001").get("pupils")), 0);
    }

    /** The neighbour rule recomputed from the raw rows of every authority: same neighbours, same order, same distances. */
    @Test
    void neighboursAreTheNearestOnTheRawMeasures() throws IOException {
        Map<String, Double> pupils = pupils2023();
        Map<String, double[]> m = new HashMap<>();
        caseload().forEach((code, years) -> {
            Map<String, String> now = years.get("202425"), five = years.get("201920");
            if (now == null || five == null || !pupils.containsKey(code)) return;
            double plans = num(now.get("ehcplans")), special = num(now.get("special_total")) / plans, growth = plans / num(five.get("ehcplans")) - 1;
            if (Double.isFinite(special) && Double.isFinite(growth) && plans > 0) {
                m.put(code, new double[]{special, growth, Math.log(plans), 1000 * plans / pupils.get(code)});
            }
        });
        int k = 4;
        double[] mean = new double[k], sd = new double[k];
        for (double[] v : m.values()) for (int j = 0; j < k; j++) mean[j] += v[j] / m.size();
        for (double[] v : m.values()) for (int j = 0; j < k; j++) sd[j] += Math.pow(v[j] - mean[j], 2) / (m.size() - 1);
        double[] self = m.get("808");
        List<Map.Entry<String, Double>> d = new ArrayList<>();
        m.forEach((code, v) -> {
            if (code.equals("808")) return;
            double s = 0;
            for (int j = 0; j < k; j++) s += Math.pow((v[j] - self[j]) / Math.sqrt(sd[j]), 2);
            d.add(Map.entry(code, Math.sqrt(s)));
        });
        d.sort(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<Map<String, String>> near = benchRows.stream().filter(r -> r.get("role").equals("neighbour")).toList();
        assertEquals(10, near.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(d.get(i).getKey(), near.get(i).get("la_code"), "neighbour " + (i + 1));
            assertEquals(d.get(i).getValue(), num(near.get(i).get("distance")), 5e-4);
        }
    }

    /** A requests.csv with a count that is not a number, in a --data folder: exit 3 and one line naming file, line and field. */
    @Test
    void aRequestsFileWithABadCountIsOneErrorLine(@TempDir Path data) throws IOException {
        for (String f : List.of("caseload.csv", "newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv")) {
            try (InputStream in = BenchmarkScapCommandTest.class.getResourceAsStream(RELEASE + f + ".gz")) {
                Files.copy(in, data.resolve(f + ".gz"));
            }
        }
        String text;
        try (InputStream in = new GZIPInputStream(BenchmarkScapCommandTest.class.getResourceAsStream(RELEASE + "requests.csv.gz"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n", -1);
        int bad = -1;
        for (int i = 1; i < lines.length && bad < 0; i++) if (lines[i].startsWith("2024,") && lines[i].contains(",808,")) bad = i;
        lines[bad] = lines[bad].replace("Stockton-on-Tees,All requests for EHC needs assessments,All requests for EHC needs assessments,559,",
                "Stockton-on-Tees,All requests for EHC needs assessments,All requests for EHC needs assessments,5 5 9,");
        Files.writeString(data.resolve("requests.csv"), String.join("\n", lines));
        CliRun r = CliRun.of("forecast", "--data", data.toString(), "--out", data.resolve("out").toString(), "--simulations", "100", "--no-backtest");
        assertEquals(3, r.exit(), r.err());
        List<String> err = r.err().strip().lines().toList();
        assertEquals(List.of("error: " + data.resolve("requests.csv") + ":" + (bad + 1)
                + ": requests_received_in_year: expected a count, found '5 5 9'"), err);
        assertFalse(Files.exists(data.resolve("out")), "no reports from input that cannot be used");
    }

    /** scap.csv's year groups add up to projection.csv's plans in the same provision, January census and NC years. */
    @Test
    void scapTotalsEqualTheProjectionsSpecialResourcedAndApDemand() throws IOException {
        Map<String, String> provisionOf = Map.ofEntries(Map.entry("SPECIAL_LA_MAINTAINED", "SPECIAL_STATE"), Map.entry("SPECIAL_ACADEMY_FREE", "SPECIAL_STATE"),
                Map.entry("RESOURCED_PROVISION", "RESOURCED"), Map.entry("SEN_UNIT", "RESOURCED"), Map.entry("AP_PRU", "AP"));
        Map<String, Double> projected = new HashMap<>();
        for (Map<String, String> r : csv(Files.newBufferedReader(dir.resolve("out/projection.csv")))) {
            String p = provisionOf.get(r.get("setting"));
            int ncy = Integer.parseInt(r.get("ncy"));
            if (p == null || ncy < 0 || ncy > 14) continue;
            projected.merge(p + "|" + r.get("year") + "|" + (ncy <= 6 ? "primary" : "secondary"), num(r.get("mean")), Double::sum);
        }
        Map<String, Double> scap = new HashMap<>();
        Map<String, Set<String>> years = new HashMap<>();
        for (Map<String, String> r : csv(Files.newBufferedReader(dir.resolve("out/scap.csv")))) {
            int census = Integer.parseInt(r.get("academic_year").substring(0, 4)) + 1;
            scap.merge(r.get("provision") + "|" + census + "|" + r.get("stage"), num(r.get("plans")), Double::sum);
            years.computeIfAbsent(r.get("stage"), k -> new java.util.TreeSet<>()).add(r.get("academic_year"));
            assertTrue(num(r.get("stage_p10")) <= num(r.get("stage_p90")), r.toString());
        }
        assertEquals(Set.of("2024/25", "2025/26", "2026/27", "2027/28", "2028/29", "2029/30"), years.get("primary"), "observed and 5 years");
        assertEquals(8, years.get("secondary").size(), "observed and 7 years");
        assertEquals(3 * (6 + 8), scap.size());
        scap.forEach((k, v) -> assertEquals(projected.getOrDefault(k, 0.0), v, 0.05, k));
    }

    /** A release whose caseload lacks the census five years back: no 5-year growth, no neighbours, one warning line, reports still written. */
    @Test
    void aReleaseWithoutTheFiveYearCensusWarnsAndStillWrites(@TempDir Path data) throws IOException {
        for (String f : List.of("newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv", "caseload.csv")) {
            try (InputStream in = BenchmarkScapCommandTest.class.getResourceAsStream(RELEASE + f + ".gz")) {
                if (!f.equals("caseload.csv")) {
                    Files.copy(in, data.resolve(f + ".gz"));
                    continue;
                }
                String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
                StringBuilder kept = new StringBuilder();
                for (String line : text.split("\n", -1)) if (!line.startsWith("201920,")) kept.append(line).append('\n');
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve(f + ".gz")))) {
                    out.write(kept.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        Path out = data.resolve("out");
        CliRun r = CliRun.of("forecast", "--data", data.toString(), "--out", out.toString(), "--simulations", "100", "--no-backtest", "--horizon", "5");
        assertEquals(0, r.exit(), r.err());
        List<String> warned = r.err().lines().filter(l -> l.startsWith("warning: benchmarking: no neighbours: Stockton-on-Tees")).toList();
        assertEquals(1, warned.size(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        List<Map<String, String>> rows = csv(Files.newBufferedReader(out.resolve("benchmark.csv")));
        assertEquals(List.of("area", "region", "england"), rows.stream().map(x -> x.get("role")).toList());
        assertEquals("", rows.get(0).get("growth_5y"));
        // the horizon of 5 gives the secondary forecast 5 of its 7 years, and the sheet says so
        assertTrue(Files.readString(out.resolve("scap.csv")).contains("2029/30,forecast,14,Y14"));
        assertFalse(Files.readString(out.resolve("scap.csv")).contains("2030/31"));
    }

    private static Reader gz(String resource) throws IOException {
        return new InputStreamReader(new GZIPInputStream(BenchmarkScapCommandTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> csv(Reader in) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (in) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            List<String> names = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (CSVRecord rec : parser) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < names.size(); i++) row.put(names.get(i), rec.get(i));
                rows.add(row);
            }
        }
        return rows;
    }

    private static double num(String s) {
        return s == null || s.isEmpty() || s.equals("x") || s.equals("z") ? Double.NaN : Double.parseDouble(s);
    }
}
