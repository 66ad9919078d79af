package org.sendplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard of a real run opened from disk in headless Chromium: it loads with no console
 * error, no refused request and no script run; every section, chart and table is there and laid
 * out; it prints. Writes what the browser showed to {@code target/dashboard-screenshot.png}
 * and the print to {@code target/dashboard-print.pdf}.
 * <p>
 * Without a Chromium (see {@link HeadlessChromium#find}) the test is skipped, unless the
 * environment sets {@code SENDPLAN_BROWSER_TEST=required}, as {@code .ci/run} does: there a
 * missing browser is a failure.
 */
class DashboardBrowserTest {
    private static final int WIDTH = 1280, HEIGHT = 900;

    /** Every check, done in the page: what it is made of and whether each part has a size on screen. */
    private static final String INSPECT = """
            (() => {
              const box = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              return {
                title: document.title,
                sections: [...document.querySelectorAll('main > section > h2')].map(h => h.id),
                charts: [...document.querySelectorAll('figure .chart > svg')].map(s => ({
                  shown: box(s), paths: s.querySelectorAll('path').length,
                  table: !!s.closest('figure').nextElementSibling?.querySelector('table')})),
                tables: [...document.querySelectorAll('table')].map(t => ({
                  shown: box(t), caption: t.caption ? t.caption.textContent.trim().length : 0, rows: t.tBodies[0].rows.length,
                  empty: [...t.querySelectorAll('td, th')].filter(c => !box(c)).length})),
                elements: document.querySelectorAll('script, img, iframe, object, embed, link').length,
                wider: document.documentElement.scrollWidth > window.innerWidth
              };
            })()""";

    @Test
    void theDashboardOpensWholeInARealBrowser(@TempDir Path profile) throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        boolean required = "required".equals(System.getenv("SENDPLAN_BROWSER_TEST"));
        if (chromium.isEmpty() && required) fail("SENDPLAN_BROWSER_TEST=required but no chromium found (install the Debian package chromium)");
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (or $CHROMIUM): the browser test is skipped");

        Path page = DashboardRun.out().resolve("sufficiency-plan.html").toRealPath();
        try (HeadlessChromium browser = new HeadlessChromium(chromium.get(), profile, WIDTH, HEIGHT)) {
            browser.open(page.toUri().toString());
            JsonNode seen = browser.evaluate(INSPECT);
            Files.write(Path.of("target", "dashboard-screenshot.png"), browser.screenshot(WIDTH, 1800));
            byte[] pdf = browser.pdf();
            Files.write(Path.of("target", "dashboard-print.pdf"), pdf);

            assertEquals(List.of(), browser.problems(), "the page loads with no console error, exception or refused request");
            assertTrue(seen.get("title").asText().startsWith("SEND sufficiency plan: Stockton-on-Tees"), "no script ran: " + seen.get("title"));
            List<String> sections = new ArrayList<>();
            seen.get("sections").forEach(s -> sections.add(s.asText()));
            assertEquals(List.of("headline", "plans-over-time", "by-age", "by-need", "by-provision", "sufficiency", "scap", "reform-plan", "change-split", "high-needs-cost",
                    "scenarios", "benchmarking", "accuracy", "data-quality", "assumptions"), sections);
            assertEquals(6, seen.get("charts").size(), "the four drawn charts, the places to commission and the DSG balance");
            for (JsonNode c : seen.get("charts")) {
                assertTrue(c.get("shown").asBoolean() && c.get("paths").asInt() > 10 && c.get("table").asBoolean(), c.toString());
            }
            assertTrue(seen.get("tables").size() >= 12, seen.get("tables").toString());
            for (JsonNode t : seen.get("tables")) {
                assertTrue(t.get("shown").asBoolean() && t.get("caption").asInt() > 0 && t.get("rows").asInt() > 0, t.toString());
                assertEquals(0, t.get("empty").asInt(), "every cell laid out: " + t);
            }
            assertEquals(0, seen.get("elements").asInt(), "nothing that loads or runs anything");
            assertTrue(!seen.get("wider").asBoolean(), "wide tables scroll in their box; the page itself fits the window");
            assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "it prints");
        }
    }
}
