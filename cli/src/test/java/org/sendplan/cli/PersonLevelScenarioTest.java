package org.sendplan.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end through CommandFactory: scenarios and costs on the person-level route (--witan). */
class PersonLevelScenarioTest {
    static Path demo;

    @BeforeAll
    static void demo() throws URISyntaxException {
        demo = Path.of(PersonLevelScenarioTest.class.getResource("/org/sendplan/cli/witan-send-demo").toURI());
    }

    private static CliRun forecast(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("forecast", "--witan", demo.toString(), "--settings",
                demo.resolve("settings.csv").toString(), "--horizon", "5", "--seed", "50", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** summary.csv rows of one scenario and dimension: "year/group" → mean. */
    private static Map<String, Double> means(Path out, String scenario, String dimension) throws IOException {
        Map<String, Double> m = new TreeMap<>();
        for (String l : Files.readAllLines(out.resolve("summary.csv"))) {
            String[] f = l.split(",");
            if (f[0].equals(scenario) && f[3].equals(dimension)) m.put(f[2] + "/" + f[4], Double.parseDouble(f[5]));
        }
        return m;
    }

    /** A file's rows of one scenario, without the scenario column. */
    private static List<String> rows(Path file, String scenario) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(scenario + ",")).map(l -> l.substring(scenario.length())).toList();
    }

    @Test
    void aScenarioWithoutLeversReproducesTheBaselineExactly(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("same.yaml"), "name: same\ndescription: no levers\n");
        Path out = o.resolve("out");
        CliRun r = forecast(out, "--simulations", "300", "--scenario", s.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("scenario same:"), r.out());
        for (String f : List.of("projection.csv", "summary.csv", "costs.csv", "budget.csv")) {
            List<String> base = rows(out.resolve(f), "baseline");
            assertTrue(base.size() >= 5, f);
            assertEquals(base, rows(out.resolve(f), "same"), f);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("sufficiency-plan.xlsx")))) {
            assertNotNull(wb.getSheet("Scenarios"));
            assertNotNull(wb.getSheet("Costs"));
        }
    }

    @Test
    void joinersTimesPointNineFrom2019LeavesEarlierCensusesAndLowersLaterOnes(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("fewer.yaml"), "name: fewer\nlevers:\n  joiners:\n    - {multiply: 0.9, start: 2019/20}\n");
        Path out = o.resolve("out");
        CliRun r = forecast(out, "--simulations", "300", "--scenario", s.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Double> base = means(out, "baseline", "total"), fewer = means(out, "fewer", "total");
        for (int y = 2017; y <= 2019; y++) assertEquals(base.get(y + "/ALL"), fewer.get(y + "/ALL"), 0.0, "January " + y);
        for (int y = 2020; y <= 2022; y++) assertTrue(fewer.get(y + "/ALL") < base.get(y + "/ALL"), "January " + y);
        // cells of the unaffected years identical too
        List<String> b = rows(out.resolve("projection.csv"), "baseline"), f = rows(out.resolve("projection.csv"), "fewer");
        assertEquals(b.stream().filter(l -> l.startsWith(",local,2019,")).toList(), f.stream().filter(l -> l.startsWith(",local,2019,")).toList());
    }

    @Test
    void joinersOnTheExpectedPathFallByTheMultiplierInTheFirstYear(@TempDir Path o) throws IOException {
        // expected path: January 2020 − January 2019 stock flows are identical but for the joiners, which fall by 10%
        Path s = Files.writeString(o.resolve("fewer.yaml"), "name: fewer\nlevers:\n  joiners:\n    - {multiply: 0.9, start: 2019/20}\n");
        Path none = Files.writeString(o.resolve("none.yaml"), "name: none\nlevers:\n  joiners:\n    - {multiply: 0, start: 2019/20}\n");
        Path out = o.resolve("out");
        CliRun r = forecast(out, "--simulations", "0", "--scenario", s.toString(), "--scenario", none.toString());
        assertEquals(0, r.exit(), r.err());
        double base = means(out, "baseline", "total").get("2020/ALL"), fewer = means(out, "fewer", "total").get("2020/ALL"),
                noJoiners = means(out, "none", "total").get("2020/ALL");
        double joiners = base - noJoiners;
        assertTrue(joiners > 100, "joiners into January 2020: " + joiners);
        assertEquals(base - 0.1 * joiners, fewer, 0.01);
    }

    @Test
    void aRedirectMovesChildrenBetweenSettingsWithoutChangingTheTotal(@TempDir Path o) throws IOException {
        Path s = Files.writeString(o.resolve("local.yaml"), "name: local\nlevers:\n  redirect:\n"
                + "    - {from: SPECIAL_INDEPENDENT, to: F, share: 0.5, start: 2018/19}\n  placement_mix:\n"
                + "    - {from: B, to: A, share: 0.2, ages: 5-10, start: 2019/20}\n");
        Path out = o.resolve("out");
        CliRun r = forecast(out, "--simulations", "0", "--scenario", s.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Double> base = means(out, "baseline", "total"), local = means(out, "local", "total");
        assertEquals(base.keySet(), local.keySet());
        // the census a lever first changes keeps its total: children are placed elsewhere, none created or lost
        assertEquals(base.get("2019/ALL"), local.get("2019/ALL"), 1e-6);
        // later a child placed elsewhere leaves at that setting's rates, so totals drift a little
        for (String k : base.keySet()) assertEquals(base.get(k), local.get(k), 0.005 * base.get(k), k);
        Map<String, Double> bs = means(out, "baseline", "setting"), ls = means(out, "local", "setting");
        assertEquals(bs.get("2018/I"), ls.get("2018/I"), 0.0, "January 2018 unchanged");
        assertTrue(ls.get("2019/I") < bs.get("2019/I") && ls.get("2019/K") < bs.get("2019/K"), "fewer in independent special");
        assertTrue(ls.get("2019/F") > bs.get("2019/F"), "more in F");
        assertTrue(ls.get("2020/A") > bs.get("2020/A") && ls.get("2020/B") < bs.get("2020/B"), "placement mix B → A");
        assertTrue(ls.get("2022/A") > bs.get("2022/A"), "and kept");
    }

    @Test
    void badCodesForTheRouteExitThreeWithFileLineAndSuggestion(@TempDir Path o) throws IOException {
        // a DfE setting code is not a setting of the peer's data
        Path s = Files.writeString(o.resolve("bad.yaml"), "name: bad\nlevers:\n  redirect:\n    - {from: I, to: SPECIAL_STAT, share: 0.5}\n");
        CliRun r = forecast(o.resolve("x"), "--simulations", "0", "--scenario", s.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: " + s + ":4:"), r.err());
        assertTrue(r.err().contains("(did you mean 'SPECIAL_STATE'?)"), r.err());
        Path n = Files.writeString(o.resolve("need.yaml"), "name: need\nlevers:\n  joiners:\n    - {multiply: 0.9, needs: [ASD]}\n");
        r = forecast(o.resolve("x"), "--simulations", "0", "--scenario", n.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: " + n + ":4:"), r.err());
        assertTrue(r.err().contains("levers.joiners[0].needs"), r.err());
        Path d = Files.writeString(o.resolve("dfe.yaml"), "name: dfe\nlevers:\n  leavers:\n    - {multiply: 1.1, settings: [MAINSTREAM_SCHOOL]}\n");
        r = forecast(o.resolve("x"), "--simulations", "0", "--scenario", d.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains(d + ":4:"), r.err());
    }

    @Test
    void costsThePeersWayWithoutFinanceAndByProvisionWithIt(@TempDir Path o) throws IOException {
        Path out = o.resolve("peer");
        CliRun r = forecast(out, "--simulations", "0");
        assertEquals(0, r.exit(), r.err());
        List<String> costs = Files.readAllLines(out.resolve("costs.csv"));
        assertEquals(org.sendplan.reports.MoneyCsvWriters.COSTS_HEADER, costs.get(0));
        assertTrue(costs.stream().anyMatch(l -> l.startsWith("baseline,local,2017-18,A,")), costs.get(1));
        String total = costs.stream().filter(l -> l.startsWith("baseline,local,2017-18,total,")).findFirst().orElseThrow();
        String[] t = total.split(",");
        assertEquals(t[6], t[7], "expected path: p10 = mean");
        assertEquals(t[6], t[8], "expected path: p90 = mean");
        List<String> budget = Files.readAllLines(out.resolve("budget.csv"));
        assertEquals("baseline,local,2017-18,," + t[6] + ",,,,,", budget.get(1));
        assertTrue(!Files.exists(out.resolve("places.csv")));

        Path fin = Files.writeString(o.resolve("finance.yaml"), "price_year: 2017-18\ninflation: 0.02\nunit_costs:\n  MAINSTREAM: 8000\n"
                + "  SPECIAL_STATE: 25000\n  SPECIAL_INDEPENDENT: 60000\nhnb_allocation:\n  2017-18: 20000000\nhnb_growth: 0.03\nopening_balance: 0\n");
        Path money = o.resolve("money");
        r = forecast(money, "--simulations", "300", "--finance", fin.toString(), "--occupancy", "0.95");
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("places.csv", "costs.csv", "budget.csv")) assertTrue(Files.isRegularFile(money.resolve(f)), f);
        assertTrue(Files.readAllLines(money.resolve("costs.csv")).stream().anyMatch(l -> l.startsWith("baseline,local,2018-19,SPECIAL_STATE,")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(money.resolve("sufficiency-plan.xlsx")))) {
            assertNotNull(wb.getSheet("Sufficiency"));
            assertNotNull(wb.getSheet("Budget"));
        }
        r = CliRun.of("forecast", "--witan", demo.toString(), "--finance", fin.toString(), "--out", o.resolve("y").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--finance needs --settings"), r.err());
    }
}
