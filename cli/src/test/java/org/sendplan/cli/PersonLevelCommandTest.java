package org.sendplan.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end through CommandFactory: the person-level route (--witan, --census). */
class PersonLevelCommandTest {
    @TempDir
    static Path shared;
    static Path demo;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void forecastTheDemo() throws URISyntaxException {
        demo = Path.of(PersonLevelCommandTest.class.getResource("/org/sendplan/cli/witan-send-demo").toURI());
        out = shared.resolve("out");
        run = CliRun.of("forecast", "--witan", demo.toString(), "--settings", demo.resolve("settings.csv").toString(),
                "--estimation", "pooled", "--horizon", "5", "--simulations", "300", "--seed", "50", "--suppress", "5", "--out", out.toString());
    }

    @Test
    void writesEveryReportWithTheDataCodes() throws IOException {
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("witan-send-demo (person-level, pooled estimation): 2,153 EHC plans in January 2017; projected 2,5"), run.out());
        for (String f : List.of("projection.csv", "summary.csv", "summary.json", "sufficiency-plan.xlsx", "charts/total.png", "charts/provision.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> lines = Files.readAllLines(out.resolve("projection.csv"));
        assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", lines.get(0));
        // 6 years × NC years −3..19 × 19 settings × 6 needs
        assertEquals(1 + 6 * 23 * 19 * 6, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals("-3", first[4]);
        assertEquals("1", first[3]); // age = NCY + 4
        assertTrue(lines.stream().anyMatch(l -> l.contains(",c,")), "small cells suppressed");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(summary.contains("baseline,local,2017,total,ALL,2153,2153,2153,2153,2153,2153"), "totals exact, not suppressed");
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("baseline,local,2022,provision,MAINSTREAM,")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("sufficiency-plan.xlsx")))) {
            Sheet t = wb.getSheet("Transition model");
            assertNotNull(t);
            Sheet bySetting = wb.getSheet("By setting");
            boolean marker = false;
            for (Row row : bySetting) for (Cell c : row) marker |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals("c");
            assertTrue(marker, "suppressed cells in the workbook");
        }
    }

    @Test
    void sameSeedSameBytes(@TempDir Path again) throws IOException {
        CliRun second = CliRun.of("forecast", "--witan", demo.toString(), "--settings", demo.resolve("settings.csv").toString(),
                "--estimation", "pooled", "--horizon", "5", "--simulations", "300", "--seed", "50", "--suppress", "5", "--out", again.toString());
        assertEquals(0, second.exit(), second.err());
        for (String f : List.of("projection.csv", "summary.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void censusRouteKeepsNoPersonIdInAnyOutput(@TempDir Path dir) throws IOException {
        Path census = dir.resolve("census.csv");
        StringBuilder sb = new StringBuilder("census_year,person_id,ncy,need,setting\n");
        String[] needs = {"ASD", "SEMH", "SLCN"};
        for (int y = 2019; y <= 2023; y++) {
            for (int p = 0; p < 60 + 10 * (y - 2019); p++) {
                int start = p % 12;
                int ncy = start + (y - 2019);
                if (ncy > 14 || (p % 17 == 0 && y > 2020)) continue;
                sb.append(y).append(",SECRETID").append(1000 + p).append(',').append(ncy).append(',').append(needs[p % 3])
                        .append(',').append(p % 5 == 0 ? "SPEC" : "MAIN").append('\n');
            }
        }
        Files.writeString(census, sb.toString());
        Path o = dir.resolve("out");
        CliRun r = CliRun.of("forecast", "--census", census.toString(), "--horizon", "3", "--simulations", "200", "--out", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("no settings file"), r.err());
        assertFalse(r.out().contains("SECRETID") || r.err().contains("SECRETID"));
        try (Stream<Path> files = Files.walk(o)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("SECRETID"), f.toString());
                if (f.toString().endsWith(".xlsx")) {
                    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                        for (Sheet s : wb) for (Row row : s) for (Cell c : row) {
                            assertFalse(c.getCellType() == CellType.STRING && c.getStringCellValue().contains("SECRETID"), s.getSheetName());
                        }
                    }
                }
            }
        }
    }

    @Test
    void badCensusExitsThreeWithFileAndLine(@TempDir Path dir) throws IOException {
        Path census = dir.resolve("census.csv");
        Files.writeString(census, "census_year,person_id,ncy,need,setting\n2020,a,3,ASD,MS\n2020,a,3,ASD,SS\n");
        CliRun r = CliRun.of("forecast", "--census", census.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + census + ":3: setting: expected one setting per person"), r.err());
    }

    @Test
    void dfeOptionsWithThePersonLevelRouteAreAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.of("forecast", "--witan", demo.toString(), "--la", "808", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: the DfE route's options (--la, --data, --base-year) and the person-level route's"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }
}
