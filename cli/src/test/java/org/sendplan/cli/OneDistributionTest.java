package org.sendplan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every output of one real run (the bundled data, Stockton-on-Tees, with two of the example
 * scenarios) reads the same predictive distribution: each catches one inconsistency the reports
 * once had (a "mean" below its median and above its own p90, groups whose p90 passed the total's,
 * money on a demand the headline never stated, bands that reached millions).
 */
class OneDistributionTest {
    @TempDir
    static Path dir;
    static CliRun run;
    static List<String[]> summary;

    @BeforeAll
    static void run() throws IOException {
        Path scenarios = Path.of("..", "scenarios", "stockton");
        run = CliRun.of("forecast", "--out", dir.toString(), "--no-backtest", "--scenario", scenarios.resolve("mitigated.yaml").toString(),
                "--scenario", scenarios.resolve("special-school-places.yaml").toString());
        assertEquals(0, run.exit(), run.err());
        summary = rows("summary.csv");
    }

    static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        List<String[]> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) out.add(l.split(",", -1));
        return out;
    }

    static double d(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void everyRowsQuantilesAreOrderedAndItsMeanLiesInsideItsBand() {
        for (String[] r : summary) {
            double mean = d(r[5]), p025 = d(r[6]), p10 = d(r[7]), p50 = d(r[8]), p90 = d(r[9]), p975 = d(r[10]);
            String row = String.join(",", r);
            // the CSV rounds to 3 decimals: 0.001 of slack
            assertTrue(p025 <= p10 + 1e-3 && p10 <= p50 + 1e-3 && p50 <= p90 + 1e-3 && p90 <= p975 + 1e-3, row);
            assertTrue(p10 - 1e-3 <= mean && mean <= p90 + 1e-3, "mean outside its own p10–p90: " + row);
        }
    }

    @Test
    void groupsAddUpToTheTotalAndNoGroupPassesTheTotalsP90() {
        Map<String, Double> totalMean = new HashMap<>(), totalP90 = new HashMap<>();
        Map<String, Double> groupMean = new HashMap<>();
        for (String[] r : summary) {
            String key = r[0] + "|" + r[2];
            if (r[3].equals("total")) {
                totalMean.put(key, d(r[5]));
                totalP90.put(key, d(r[9]));
            }
        }
        for (String[] r : summary) {
            if (r[3].equals("total")) continue;
            String key = r[0] + "|" + r[2];
            groupMean.merge(key + "|" + r[3], d(r[5]), Double::sum);
            assertTrue(d(r[9]) <= totalP90.get(key) + 1e-3, "group p90 above the total's: " + String.join(",", r));
        }
        assertEquals(4 * totalMean.size(), groupMean.size(), "provision, setting, need and phase for every scenario and year");
        groupMean.forEach((k, v) -> {
            double t = totalMean.get(k.substring(0, k.lastIndexOf('|')));
            assertTrue(Math.abs(v - t) <= 0.005 * t, k + ": groups add to " + v + ", the total is " + t);
        });
    }

    @Test
    void theHeadlinesCentralFiguresAreSummaryMedians() {
        Map<Integer, Double> p50 = new HashMap<>();
        for (String[] r : summary) if (r[0].equals("baseline") && r[3].equals("total")) p50.put(Integer.parseInt(r[2]), d(r[8]));
        Matcher m = Pattern.compile("(?:projected|;) ([0-9,]+) in January (\\d{4})").matcher(run.out().lines().findFirst().orElseThrow());
        int found = 0;
        while (m.find()) {
            assertEquals(Math.round(p50.get(Integer.parseInt(m.group(2)))), Long.parseLong(m.group(1).replace(",", "")), m.group());
            found++;
        }
        assertEquals(2, found, run.out());
    }

    @Test
    void costedPlacementsAreTheMeanDemandOfTheFinancialYearsTwoCensuses() throws IOException {
        // financial year F = 5/12 of the January F census (academic year F−1/F) + 7/12 of January F+1
        Map<String, Double> mean = new HashMap<>();
        for (String[] r : summary) if (r[3].equals("total")) mean.put(r[0] + "|" + r[2], d(r[5]));
        Map<String, Double> placements = new HashMap<>();
        List<String> head = List.of(Files.readAllLines(dir.resolve("costs.csv")).get(0).split(","));
        int fy = head.indexOf("financial_year"), col = head.indexOf("placements");
        for (String[] r : rows("costs.csv")) placements.merge(r[0] + "|" + r[fy], d(r[col]), Double::sum);
        assertTrue(placements.size() >= 10, placements.toString());
        placements.forEach((k, v) -> {
            String scenario = k.substring(0, k.indexOf('|'));
            int first = Integer.parseInt(k.substring(k.indexOf('|') + 1, k.indexOf('|') + 5));
            double want = 5.0 / 12 * mean.get(scenario + "|" + first) + 7.0 / 12 * mean.get(scenario + "|" + (first + 1));
            // nine provisions each rounded to 0.001
            assertEquals(want, v, 0.01, k);
        });
    }

    /** places.csv's demand for academic year Y−1/Y is the provision's January Y census in summary.csv: the same draws. */
    @Test
    void placesReadTheSameDrawsAsTheSummary() throws IOException {
        Map<String, String[]> byKey = new HashMap<>();
        for (String[] r : summary) if (r[3].equals("provision")) byKey.put(r[0] + "|" + r[2] + "|" + r[4], r);
        List<String> head = List.of(Files.readAllLines(dir.resolve("places.csv")).get(0).split(","));
        int checked = 0;
        for (String[] r : rows("places.csv")) {
            if (!r[head.indexOf("phase")].equals("all")) continue;
            int january = Integer.parseInt(r[head.indexOf("academic_year")].substring(0, 4)) + 1;
            String[] s = byKey.get(r[0] + "|" + january + "|" + r[head.indexOf("provision")]);
            assertEquals(d(s[5]), d(r[head.indexOf("demand_mean")]), 1e-3, String.join(",", r));
            assertEquals(d(s[8]), d(r[head.indexOf("demand_p50")]), 1e-3, String.join(",", r));
            assertEquals(d(s[9]), d(r[head.indexOf("demand_p90")]), 1e-3, String.join(",", r));
            checked++;
        }
        assertEquals(3 * 11 * 9, checked, "three scenarios, eleven academic years, nine provisions");
    }

    @Test
    void bandsStayPlausibleTenYearsAhead() {
        for (String[] r : summary) {
            if (!r[3].equals("total") || !r[0].equals("baseline")) continue;
            int h = Integer.parseInt(r[2]) - 2025;
            double ratio = d(r[9]) / d(r[7]);
            if (h == 5) assertTrue(ratio <= 3, "p90/p10 five years ahead: " + ratio);
            if (h == 10) assertTrue(ratio <= 4, "p90/p10 ten years ahead: " + ratio);
        }
    }

    /**
     * reform-plan.csv's plans tables (5.1, 6, 7) total, in every scenario and calendar year N, the
     * headline's figure of the January N+1 census rounded (summary.csv's total p50); and
     * change-split.csv's parts add up to its change.
     */
    @Test
    void theReformPlansTotalsAreTheHeadlinesCentralFigures() throws IOException {
        Map<String, Long> headline = new HashMap<>();
        for (String[] r : summary) if (r[3].equals("total")) headline.put(r[0] + "|" + r[2], Math.round(d(r[8])));
        List<String> lines = Files.readAllLines(dir.resolve("reform-plan.csv"));
        assertEquals("scenario,la_code,table,row,calendar_year,census_year,status,value,note", lines.get(0));
        int checked = 0;
        for (String l : lines.subList(1, lines.size())) {
            // the total rows: table,total,year,census,status,value,
            Matcher m = TOTAL.matcher(l);
            if (!m.find()) continue;
            assertEquals(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)) + 1, l);
            assertEquals(headline.get(m.group(1) + "|" + m.group(3)), Long.parseLong(m.group(4)), l);
            checked++;
        }
        assertEquals(3 * 3 * 11, checked, "three scenarios, tables 5.1, 6 and 7, eleven years");
        for (String[] r : rows("change-split.csv")) {
            assertEquals(Long.parseLong(r[6]), Long.parseLong(r[5]) - Long.parseLong(r[4]), String.join(",", r));
            assertEquals(Long.parseLong(r[6]), Long.parseLong(r[7]) + Long.parseLong(r[8]), String.join(",", r));
        }
    }

    private static final Pattern TOTAL = Pattern.compile("^([^,]+),808,(?:5\\.1|6|7),total,(\\d{4}),(\\d{4}),\\w+,(\\d+),$");
}
