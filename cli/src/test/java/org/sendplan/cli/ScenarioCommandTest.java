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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios through the CLI: shared random numbers, each lever's direction and timing, goal-seek. */
class ScenarioCommandTest {
    @TempDir
    static Path dir;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void run() throws IOException {
        Files.writeString(dir.resolve("same.yaml"), "name: same\ndescription: no levers\n");
        Files.writeString(dir.resolve("fewer.yaml"), "name: fewer\nlevers:\n  joiners:\n    - {multiply: 0.9, start: 2027/28}\n");
        Files.writeString(dir.resolve("school.yaml"), "name: school\ncapacity:\n  - {provision: SPECIAL_STATE, start: 2027/28, add: [60, 120]}\n"
                + "levers:\n  redirect:\n    - {from: SPECIAL_INDEPENDENT, to: SPECIAL_STATE, share: 0.5, start: 2027/28}\n");
        Files.writeString(dir.resolve("leave.yaml"), "name: leave\nlevers:\n  leavers:\n    - {multiply: 1.5, start: 2026/27, ages: 19-25}\n");
        out = dir.resolve("out");
        CliRun r = run = CliRun.of("forecast", "--out", out.toString(), "--simulations", "300", "--scenario", dir.resolve("same.yaml").toString(),
                "--scenario", dir.resolve("fewer.yaml").toString(), "--scenario", dir.resolve("school.yaml").toString(),
                "--scenario", dir.resolve("leave.yaml").toString());
        assertEquals(0, r.exit(), r.err());
    }

    /** summary.csv: scenario → year → total mean. */
    static Map<String, Map<Integer, Double>> totals() throws IOException {
        Map<String, Map<Integer, Double>> t = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("summary.csv")).subList(1, Files.readAllLines(out.resolve("summary.csv")).size())) {
            String[] f = l.split(",");
            if (f[3].equals("total")) t.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[2]), Double.parseDouble(f[5]));
        }
        return t;
    }

    @Test
    void aScenarioWithoutLeversReproducesTheBaselineExactly() throws IOException {
        Map<String, String> base = new HashMap<>(), same = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("projection.csv"))) {
            if (l.startsWith("baseline,")) base.put(l.substring(l.indexOf(',') + 1), "");
            if (l.startsWith("same,")) same.put(l.substring(l.indexOf(',') + 1), "");
        }
        assertEquals(11 * 24 * 17 * 13, same.size());
        assertEquals(base.keySet(), same.keySet(), "every cell, mean and band identical");
        assertEquals(Files.readAllLines(out.resolve("budget.csv")).stream().filter(l -> l.startsWith("baseline,")).map(l -> l.substring(9)).toList(),
                Files.readAllLines(out.resolve("budget.csv")).stream().filter(l -> l.startsWith("same,")).map(l -> l.substring(5)).toList());
    }

    @Test
    void fewerNewPlansFrom2027To28LeaveEarlierCensusesAloneAndLowerLaterOnes() throws IOException {
        Map<Integer, Double> base = totals().get("baseline"), fewer = totals().get("fewer");
        for (int y = 2025; y <= 2027; y++) assertEquals(base.get(y), fewer.get(y), 0.0, "January " + y + " is before the lever");
        for (int y = 2028; y <= 2035; y++) assertTrue(fewer.get(y) < base.get(y), "January " + y);
        // the gap grows as lower intakes accumulate
        assertTrue(base.get(2035) - fewer.get(2035) > base.get(2028) - fewer.get(2028));
    }

    @Test
    void moreLeaversAt19To25LowerTheTotalFromJanuary2027() throws IOException {
        Map<Integer, Double> base = totals().get("baseline"), leave = totals().get("leave");
        assertEquals(base.get(2026), leave.get(2026), 0.0);
        assertTrue(leave.get(2027) < base.get(2027));
    }

    @Test
    void aNewSpecialSchoolAddsCapacityAndRedirectsNewPlansFromIndependentSchools() throws IOException {
        Map<String, String[]> places = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("places.csv"))) {
            String[] f = l.split(",", -1);
            if (f[4].equals("all")) places.put(f[0] + f[2] + f[3], f);
        }
        double baseCap = Double.parseDouble(places.get("baseline2027/28SPECIAL_STATE")[8]);
        assertEquals(baseCap + 60, Double.parseDouble(places.get("school2027/28SPECIAL_STATE")[8]), 1e-9);
        assertEquals(baseCap + 120, Double.parseDouble(places.get("school2030/31SPECIAL_STATE")[8]), 1e-9);
        assertEquals(Double.parseDouble(places.get("baseline2026/27SPECIAL_INDEPENDENT")[5]),
                Double.parseDouble(places.get("school2026/27SPECIAL_INDEPENDENT")[5]), 0.0, "before the lever");
        assertTrue(Double.parseDouble(places.get("school2030/31SPECIAL_INDEPENDENT")[5])
                < Double.parseDouble(places.get("baseline2030/31SPECIAL_INDEPENDENT")[5]));
        // the whole projection is unchanged: a redirect moves children, it does not remove them
        assertEquals(totals().get("baseline").get(2030), totals().get("school").get(2030), 1e-6);
    }

    /** savings.csv recomputed from budget.csv and costs.csv: baseline − scenario, year by year and summed. */
    @Test
    void savingsAreTheBaselineLessTheScenario() throws IOException {
        Map<String, Double> cost = new HashMap<>(), independent = new HashMap<>(), plans = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("budget.csv")).subList(1, Files.readAllLines(out.resolve("budget.csv")).size())) {
            String[] f = l.split(",", -1);
            cost.put(f[0] + f[2], Double.parseDouble(f[4]));
        }
        for (String l : Files.readAllLines(out.resolve("costs.csv")).subList(1, Files.readAllLines(out.resolve("costs.csv")).size())) {
            String[] f = l.split(",", -1);
            if (f[3].equals("SPECIAL_INDEPENDENT")) independent.put(f[0] + f[2], Double.parseDouble(f[4]));
        }
        // plans: the central forecast (p50, the median of the draws) of total EHC plans at each January census (summary.csv's total rows)
        for (String l : Files.readAllLines(out.resolve("summary.csv"))) {
            String[] f = l.split(",", -1);
            if (f[3].equals("total")) plans.put(f[0] + f[2], Double.parseDouble(f[8]));
        }
        List<String> lines = Files.readAllLines(out.resolve("savings.csv"));
        assertEquals("scenario,la_code,financial_year,independent_placements_saved,plans_saved,cost_saved,cumulative_cost_saved,"
                + "balance_gained,cumulative_balance_gained", lines.get(0));
        Map<String, Double> running = new HashMap<>();
        int rows = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            String s = f[0], y = f[2];
            // each figure is written to 3 decimals, so a difference of two is within 1e-3
            assertEquals(cost.get("baseline" + y) - cost.get(s + y), Double.parseDouble(f[5]), 2e-3, l);
            assertEquals(independent.get("baseline" + y) - independent.get(s + y), Double.parseDouble(f[3]), 2e-3, l);
            // plans saved: in the January census of the financial year (2025-26: January 2026)
            String january = Integer.toString(Integer.parseInt(y.substring(0, 4)) + 1);
            assertEquals(plans.get("baseline" + january) - plans.get(s + january), Double.parseDouble(f[4]), 2e-3, l);
            running.merge(s, Double.parseDouble(f[5]), Double::sum);
            assertEquals(running.get(s), Double.parseDouble(f[6]), 0.01 * running.size() + 1e-3, l);
            if (s.equals("same")) assertEquals(0, Double.parseDouble(f[6]), 0, "no levers, no saving");
            // these scenarios change no finance: the balance gains what the cost saves
            assertEquals(Double.parseDouble(f[5]), Double.parseDouble(f[7]), 2e-3, l);
            rows++;
        }
        assertEquals(4 * 10, rows, "four scenarios, ten financial years each");
        // a capacity scenario's effect is in its headline, not only in plan counts
        String school = run.out().lines().filter(l -> l.startsWith("  scenario school:")).findFirst().orElseThrow();
        assertTrue(school.contains("fewer independent placements") && school.contains("saved from 2025-26"), school);
    }

    @Test
    void theWorkbookComparesScenarios() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sh = wb.getSheet("Scenarios");
            assertEquals(4, ((XSSFDrawing) sh.getDrawingPatriarch()).getCharts().size(), "totals, places gap, cost, DSG balance");
        }
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"scenarios\""));
    }

    @Test
    void goalSeekFindsAValueWhoseRerunMeetsTheTarget(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("seek.yaml"), "name: seek\nlevers:\n  joiners:\n    - {multiply: 1.0, start: 2025/26}\n");
        CliRun r = CliRun.of("goal-seek", "--scenario", s.toString(), "--lever", "joiners.multiply", "--target", "total <= 4000 by 2030",
                "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("meets total <= 4,000 by January 2030"), r.out());
        double value = Double.parseDouble(r.out().lines().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7));
        assertTrue(value > 0 && value < 1, r.out());
        // re-run the solved file on the expected path through goal-seek's own figure: within 0.5 of the target (value rounded to 1e-4)
        Path solved = o.resolve("seek-solved.yaml");
        assertTrue(Files.readString(solved).contains("multiply: " + r.out().lines().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7)));
        CliRun again = CliRun.of("goal-seek", "--scenario", solved.toString(), "--lever", "joiners.multiply", "--target", "total <= 4000 by 2030",
                "--out", o.resolve("again").toString());
        assertTrue(again.out().contains("it was " + r.out().lines().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7)), again.out());
        String figure = again.out().replaceAll("(?s).*figure ([0-9,.]+) on the expected path.*", "$1").replace(",", "");
        assertTrue(Double.parseDouble(figure) <= 4000 && Double.parseDouble(figure) > 3999.5, again.out());
    }

    /**
     * How many places? The capacity entry's ramp [60, 120] is solved as a whole in whole places
     * for a target on independent placements; the solved figure meets it. A redirect that
     * cannot meet it says which provisions are full.
     */
    @Test
    void goalSeekSolvesThePlacesOfACapacityEntryAndSaysWhyARedirectCannot(@TempDir Path o) throws IOException {
        CliRun r = CliRun.of("goal-seek", "--scenario", dir.resolve("school.yaml").toString(), "--lever", "capacity[0].add",
                "--target", "placements:SPECIAL_INDEPENDENT <= 300 by 2030/31", "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("meets placements:SPECIAL_INDEPENDENT <= 300 by 2030/31"), r.out());
        int last = Integer.parseInt(r.out().lines().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7));
        String ramp = "[" + Math.round(60.0 * last / 120) + ", " + last + "]";
        assertTrue(r.out().contains("capacity[0].add = " + ramp + " meets") && r.out().contains("it was [60, 120]"), r.out());
        assertTrue(Files.readString(o.resolve("school-solved.yaml")).contains("add: " + ramp), ramp);
        String figure = r.out().replaceAll("(?s).*figure ([0-9,.]+) on the expected path.*", "$1").replace(",", "");
        assertTrue(Double.parseDouble(figure) <= 300, r.out());

        CliRun redirect = CliRun.of("goal-seek", "--scenario", dir.resolve("school.yaml").toString(), "--lever", "redirect[0].share",
                "--target", "placements:SPECIAL_INDEPENDENT <= 300 by 2030/31", "--out", o.resolve("r").toString());
        assertEquals(0, redirect.exit(), redirect.err());
        assertTrue(redirect.out().contains("no value of redirect[0].share from 0 to 1 meets"), redirect.out());
        assertTrue(redirect.out().contains("is full in 2030/31") && redirect.out().contains("overflow to Independent"), redirect.out());
    }

    @Test
    void goalSeekWorksOnThePersonLevelRoute(@TempDir Path o) throws Exception {
        Path demo = Path.of(ScenarioCommandTest.class.getResource("/org/sendplan/cli/witan-send-demo").toURI());
        Path s = Files.writeString(o.resolve("pl.yaml"), "name: pl\nlevers:\n  joiners:\n    - {multiply: 1.0, start: 2017/18}\n");
        CliRun r = CliRun.of("goal-seek", "--witan", demo.toString(), "--scenario", s.toString(), "--lever", "joiners.multiply",
                "--target", "total <= 2400 by 2022", "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("witan-send-demo (person-level, trend estimation), expected path: joiners.multiply = "), r.out());
        String value = r.out().lines().filter(l -> l.startsWith("value: ")).findFirst().orElseThrow().substring(7);
        assertTrue(Double.parseDouble(value) > 0.5 && Double.parseDouble(value) < 1, value);
        // the solved file, sought again, starts where it ended and meets the target
        CliRun again = CliRun.of("goal-seek", "--witan", demo.toString(), "--scenario", o.resolve("pl-solved.yaml").toString(), "--lever",
                "joiners.multiply", "--target", "total <= 2400 by 2022", "--out", o.resolve("again").toString());
        assertTrue(again.out().contains("it was " + value + ")"), again.out());
        String figure = again.out().replaceAll("(?s).*figure ([0-9,.]+) on the expected path.*", "$1").replace(",", "");
        assertTrue(Double.parseDouble(figure) <= 2400 && Double.parseDouble(figure) > 2399.5, again.out());
    }

    @Test
    void goalSeekSaysWhenNoValueMeetsTheTarget(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("seek.yaml"), "name: seek\nlevers:\n  joiners:\n    - {multiply: 1.0}\n");
        CliRun r = CliRun.of("goal-seek", "--scenario", s.toString(), "--lever", "joiners.multiply", "--target", "total <= 100 by 2027",
                "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("no value of joiners.multiply from 0 to 2 meets total <= 100 by January 2027"), r.out());
    }

    @Test
    void aBadScenarioExitsThreeWithFileLineAndColumn(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("bad.yaml"), "name: bad\nlevers:\n  joiners:\n    - {multiply: 0.9, strat: 2026/27}\n");
        CliRun r = CliRun.of("forecast", "--scenario", s.toString(), "--out", o.resolve("x").toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("error: " + s + ":4:23: levers.joiners[0].strat: expected one of"), r.err());
        assertTrue(r.err().contains("(did you mean 'start'?)"), r.err());
        assertTrue(List.of(r.err().split("\n")).size() == 1, r.err());
    }
}
