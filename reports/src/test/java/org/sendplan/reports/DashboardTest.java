package org.sendplan.reports;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Outcome;
import org.sendplan.reports.DashboardView.Part;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's structure, self-containment, figures and escaping, on the fixtures' runs. */
class DashboardTest {
    private static Document page(RunResult run) {
        return Jsoup.parse(Dashboard.render(run));
    }

    private static List<String> sectionIds(Document d) {
        return d.select("main > section > h2").eachAttr("id");
    }

    @Test
    void aRunWithPlansScenariosAndBacktestHasEverySectionButThoseWithoutData() {
        Document d = page(RunFixtures.dfe());
        List<String> expected = new ArrayList<>();
        // the fixture's run has no benchmarks, SCAP forecast or reform plan tables
        for (Part p : Part.values()) if (!List.of(Part.BENCHMARKING, Part.SCAP, Part.REFORM_PLAN, Part.CHANGE_SPLIT).contains(p)) expected.add(p.id);
        assertEquals(expected, sectionIds(d));
        for (Element h : d.select("main > section > h2")) {
            assertEquals(h.id(), h.parent().attr("aria-labelledby"), "a section is named by its heading");
            assertFalse(h.text().isBlank());
        }
        assertEquals(expected.stream().map(id -> "#" + id).toList(), d.select("nav a").eachAttr("href"), "the contents list the sections");
        assertEquals("en-GB", d.selectFirst("html").attr("lang"));
        assertEquals(1, d.select("h1").size());
        assertEquals("SEND sufficiency plan: Camden (202)", d.selectFirst("h1").text());
    }

    @Test
    void aRunWithoutPlansBacktestOrScenariosLeavesTheirSectionsOut() {
        RunResult run = new RunResult(List.of(new Outcome(Fixtures.forecast(), null)), null, List.of(), null, List.of(), null, List.of());
        assertEquals(List.of("headline", "plans-over-time", "by-age", "by-need", "by-provision", "data-quality", "assumptions"),
                sectionIds(page(run)));
    }

    @Test
    void everyChartIsInlineSvgLabelledAndFollowedByItsDataTable() {
        Document d = page(RunFixtures.dfe());
        Elements figures = d.select("figure");
        // the four drawn charts, and with places and money the DSG balance's (the fixture's places to commission are unknown: no chart)
        List<String> expected = new java.util.ArrayList<>(Arrays.stream(DrawnChart.values()).map(c -> "chart-" + c.fileName()).toList());
        expected.add("chart-" + BalanceChart.NAME);
        assertEquals(expected.stream().sorted().toList(), figures.eachAttr("id").stream().sorted().toList());
        for (Element fig : figures) {
            Element drawing = fig.selectFirst("div.chart[role=img]");
            assertTrue(drawing != null && !drawing.attr("aria-label").isBlank(), fig.id());
            Element svg = drawing.selectFirst("> svg");
            assertTrue(svg != null && svg.select("path").size() > 10, fig.id() + ": drawn inline");
            assertFalse(fig.selectFirst("figcaption").text().isBlank());
            Element table = fig.nextElementSibling().selectFirst("table");
            assertTrue(table != null, fig.id() + ": its figures in a table right after it");
            assertFalse(table.selectFirst("caption").text().isBlank());
            assertFalse(table.select("thead th[scope=col]").isEmpty());
            assertEquals(table.select("tbody tr").size(), table.select("tbody th[scope=row]").size());
        }
        // ids of the several inline SVGs never collide
        List<String> ids = d.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        for (Element table : d.select("table")) assertFalse(table.select("caption").text().isBlank(), "every table has a caption");
    }

    @Test
    void nothingIsFetched() {
        Document d = page(RunFixtures.dfe());
        assertTrue(d.select("script, link, iframe, object, embed, img, [src], [srcset]").isEmpty(), "no element that loads anything");
        for (Element e : d.getAllElements()) {
            for (var a : e.attributes()) {
                if (a.getKey().endsWith("href")) assertTrue(a.getValue().startsWith("#"), a.toString());
            }
        }
        for (Element style : d.select("style")) {
            assertFalse(style.data().contains("@import") || style.data().contains("url("), "no stylesheet or font from elsewhere");
        }
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
    }

    @Test
    void tablesHoldTheRunsFigures() {
        RunResult run = RunFixtures.dfe();
        Document d = page(run);
        Forecast f = run.baseline();
        // the total: year, status, central, p10, p90, as summary.csv has them, in whole numbers
        Elements rows = d.select("#chart-total + .table-wrap tbody tr");
        List<SummaryRow> totals = f.summary(Dimension.TOTAL);
        assertEquals(totals.size(), rows.size());
        for (int i = 0; i < totals.size(); i++) {
            List<String> cells = rows.get(i).select("th, td").eachText();
            assertEquals(Integer.toString(totals.get(i).year()), cells.get(0));
            assertEquals(whole(totals.get(i).mean()), cells.get(2));
            assertEquals(whole(totals.get(i).p10()), cells.get(3));
            assertEquals(whole(totals.get(i).p90()), cells.get(4));
        }
        // by provision: the last year's mean of MAINSTREAM
        Element mainstream = d.select("#chart-provision + .table-wrap tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().endsWith("(MAINSTREAM)")).findFirst().orElseThrow();
        assertEquals(whole(RunFixtures.mean(f, Dimension.PROVISION, "MAINSTREAM", Fixtures.BASE + Fixtures.YEARS - 1)),
                mainstream.select("td").last().text());
        // the DSG balance, in whole pounds
        List<BudgetRow> budget = run.outcomes().get(0).plan().budget();
        Elements money = d.select("section[aria-labelledby=high-needs-cost] table").first().select("tbody tr");
        assertEquals(budget.size(), money.size());
        for (int i = 0; i < budget.size(); i++) {
            assertEquals(budget.get(i).year().toString(), money.get(i).selectFirst("th").text());
            assertEquals(pounds(budget.get(i).cumulativeBalance()), money.get(i).select("td").get(4).text());
        }
        // the scenario beside the baseline, its last total
        Element scenario = d.select("section[aria-labelledby=scenarios] table").first().select("tbody tr").get(1);
        assertEquals(RunFixtures.SCENARIO, scenario.selectFirst("th").text());
        List<SummaryRow> st = run.outcomes().get(1).forecast().summary(Dimension.TOTAL);
        assertEquals(whole(st.get(st.size() - 1).mean()), scenario.select("td").get(1).text());
        // the backtest: one year ahead, MAPE as a percentage to one decimal (the fixture's sendplan forecasts are 2% over)
        assertEquals("2.0%", d.select("section[aria-labelledby=accuracy] table").first().select("tbody tr").get(0).select("td").get(1).text());
    }

    @Test
    void namesAndMessagesFromTheInputsAreText() {
        String hostile = "<script>alert(1)</script> & \"Co\"";
        String scenario = "<img src=x onerror=alert(2)>";
        Forecast base = Fixtures.forecast(), s = Fixtures.forecast(scenario, 1.1);
        Area area = new Area("202", "E09000007", hostile, Area.Level.LOCAL_AUTHORITY, "<b>London</b>");
        List<DataWarning> warnings = List.of(new DataWarning("<i>series</i>", 2024, "</td></tr></table><script>x()</script>", true));
        List<Outcome> outcomes = new ArrayList<>();
        for (Forecast f : List.of(base, s)) {
            Forecast g = new Forecast(f.scenario(), area, f.baseYear(), f.horizon(), f.projection(), f.summary(), f.assumptions(), warnings,
                    f.method(), f.draws(), f.coverage());
            outcomes.add(new Outcome(g, RunFixtures.plan(g)));
        }
        String html = Dashboard.render(new RunResult(outcomes, null, List.of(), null, List.of(), null, List.of()));
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script, img, b, i").isEmpty(), "no element made from the inputs");
        assertEquals("SEND sufficiency plan: " + hostile + " (202)", d.selectFirst("h1").text());
        assertEquals(scenario, d.select("section[aria-labelledby=scenarios] tbody th").get(1).text());
        assertTrue(d.select("section[aria-labelledby=data-quality] td").eachText().contains("</td></tr></table><script>x()</script>"));
        assertFalse(html.contains("<script"), "escaped in the markup, not only in the parse");
    }

    @Test
    void theSameRunGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Dashboard.write(RunFixtures.dfe(), dir.resolve("a.html"));
        Dashboard.write(RunFixtures.dfe(), dir.resolve("b.html"));
        assertEquals(Files.readString(dir.resolve("a.html")), Files.readString(dir.resolve("b.html")));
    }

    @Test
    void svgDecimalsAreCutToTwoOutsideNumbersNothingChanges() {
        assertEquals("M1.23,-4.56 L7,8.9 Z", SvgChart.shortDecimals("M1.2345678,-4.5600001 L7,8.9 Z"));
        assertEquals("version=\"1.1\" id=\"x.y\" a.123", SvgChart.shortDecimals("version=\"1.1\" id=\"x.y\" a.123"));
    }

    @Test
    void numbersAreShownInTheWorkbooksFormats() {
        assertEquals("12,346", Shown.count(12345.5));
        assertEquals("0", Shown.count(-0.4));
        assertEquals("-£1,234,568", Shown.money(-1234567.5));
        assertEquals("12.3%", Shown.percent(0.12345));
        assertEquals("+10.0%", Shown.change(110, 100));
        assertEquals("-5.0%", Shown.change(95, 100));
        assertEquals(Shown.MISSING, Shown.count(Double.NaN));
    }

    private static String whole(double v) {
        return String.format(Locale.UK, "%,.0f", v);
    }

    private static String pounds(double v) {
        String s = whole(Math.abs(v));
        return (v < 0 && !s.equals("0") ? "-£" : "£") + s;
    }
}
