package org.sendplan.cli;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code forecast --la all}: every authority of a region, the combined files, the national workbook, a failing authority. */
class BatchForecastTest {
    /** The North East's authorities, in published order. */
    static final List<String> NORTH_EAST = List.of("390-gateshead", "391-newcastle-upon-tyne", "392-north-tyneside", "393-south-tyneside",
            "394-sunderland", "805-hartlepool", "806-middlesbrough", "807-redcar-and-cleveland", "808-stockton-on-tees", "840-county-durham",
            "841-darlington", "929-northumberland");

    @TempDir
    static Path tmp;
    static Path out;
    static CliRun run;

    @BeforeAll
    static void runNorthEast() {
        out = tmp.resolve("ne");
        run = CliRun.of("forecast", "--la", "all", "--region", "north east", "--horizon", "5", "--simulations", "200", "--out", out.toString());
    }

    @Test
    void everyAuthorityGetsItsFolderAndWorkbook() throws IOException {
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<String> folders;
        try (Stream<Path> s = Files.list(out)) {
            folders = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        List<String> want = new ArrayList<>(NORTH_EAST);
        want.add("all");
        assertEquals(want.stream().sorted().toList(), folders);
        for (String f : NORTH_EAST) {
            for (String file : List.of("sufficiency-plan.xlsx", "summary.csv", "backtest.csv", "summary.json", "places.csv",
                    "costs.csv", "budget.csv", "pupils.csv")) {
                assertTrue(Files.isRegularFile(out.resolve(f).resolve(file)), f + "/" + file);
            }
            assertFalse(Files.exists(out.resolve(f).resolve("charts")), "no chart images in a batch");
            try (Stream<Path> s = Files.list(out.resolve(f))) {
                assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("projection")).toList(),
                        "no per-cell projection unless --projection-csv");
            }
        }
        assertEquals(NORTH_EAST.size() + 1, run.out().lines().count(), run.out()); // one headline each, then the closing line
        assertTrue(run.out().contains("Hartlepool (805): "), run.out());
        assertFalse(run.err().contains("\r"), "no progress bar on a non-terminal stderr");
        assertFalse(run.err().contains("\u001b"), "no escape sequences on a non-terminal stderr");
    }

    @Test
    void combinedFilesStackEveryAuthoritysOwnRows() throws IOException {
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        for (String name : List.of("summary.csv", "backtest.csv")) {
            List<String> all = Files.readAllLines(out.resolve("all").resolve(name));
            List<String> stacked = new ArrayList<>();
            for (String f : NORTH_EAST) {
                List<String> own = Files.readAllLines(out.resolve(f).resolve(name));
                assertEquals(all.get(0), own.get(0), "same header");
                assertTrue(own.size() > 1, f + "/" + name);
                stacked.addAll(own.subList(1, own.size()));
            }
            assertEquals(all.size() - 1, stacked.size(), name + " row count");
            assertEquals(stacked, all.subList(1, all.size()), name + ": each authority's rows as in its own file, in published order");
        }
    }

    @Test
    void nationalWorkbookRanksAuthorities() throws IOException {
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        try (InputStream in = Files.newInputStream(out.resolve("all").resolve("national.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet authorities = wb.getSheet("Authorities");
            assertEquals(NORTH_EAST.size(), authorities.getLastRowNum());
            assertEquals("808", authorities.getRow(9).getCell(0).getStringCellValue());
            rankedDescending(wb.getSheet("By growth"), "Growth");
            rankedDescending(wb.getSheet("By special share"), "Special school share (base year)");
            rankedDescending(wb.getSheet("By backtest error"), "Backtest MAPE (1 year ahead)");
            for (String s : List.of("Authorities", "By growth", "By special share", "By backtest error", "Skipped")) {
                XSSFSheet sh = wb.getSheet(s);
                assertNotNull(sh.getPaneInformation(), s + ": frozen header");
                assertTrue(sh.getPaneInformation().isFreezePane(), s);
                assertTrue(sh.getCTWorksheet().isSetAutoFilter(), s + ": filters");
                assertTrue(sh.getPrintSetup().getLandscape(), s + ": landscape");
                assertEquals(1, sh.getPrintSetup().getFitWidth(), s + ": one page wide");
                assertEquals(0, sh.getRepeatingRows().getFirstRow(), s + ": its header row on every page");
                assertTrue(sh.getHeader().getCenter().startsWith("Every authority compared"), s + ": " + sh.getHeader().getCenter());
            }
            // Stockton's growth as in its own summary: last year's central figure (p50) over the base year's (observed) mean
            List<String> own = Files.readAllLines(out.resolve("808-stockton-on-tees").resolve("summary.csv"));
            List<String[]> totals = own.stream().map(l -> l.split(",")).filter(f -> f[3].equals("total")).toList();
            double growth = Double.parseDouble(totals.get(totals.size() - 1)[8]) / Double.parseDouble(totals.get(0)[5]) - 1;
            XSSFSheet g = wb.getSheet("By growth");
            boolean found = false;
            for (int r = 1; r <= g.getLastRowNum(); r++) {
                if (g.getRow(r).getCell(1).getStringCellValue().equals("808")) {
                    assertEquals(growth, g.getRow(r).getCell(5).getNumericCellValue(), 1e-6);
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    /** Rank 1, 2, … in column A and the named figure (a number) never increasing down the sheet. */
    private static void rankedDescending(XSSFSheet sh, String column) {
        XSSFRow head = sh.getRow(0);
        int c = -1;
        for (int i = 0; i < head.getLastCellNum(); i++) if (head.getCell(i).getStringCellValue().equals(column)) c = i;
        assertTrue(c > 0, sh.getSheetName() + " has " + column);
        assertEquals(NORTH_EAST.size(), sh.getLastRowNum(), sh.getSheetName());
        double prev = Double.POSITIVE_INFINITY;
        for (int r = 1; r <= sh.getLastRowNum(); r++) {
            assertEquals(r, sh.getRow(r).getCell(0).getNumericCellValue(), sh.getSheetName() + " rank");
            assertEquals(CellType.NUMERIC, sh.getRow(r).getCell(c).getCellType(), sh.getSheetName() + " row " + r);
            double v = sh.getRow(r).getCell(c).getNumericCellValue();
            assertTrue(v <= prev, sh.getSheetName() + ": row " + r + " " + v + " after " + prev);
            prev = v;
        }
    }

    @Test
    void anAuthorityWithBrokenDataIsReportedAndSkipped(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("sen2");
        Files.createDirectories(data);
        for (String f : List.of("caseload.csv", "newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv")) {
            byte[] gz;
            try (InputStream in = BatchForecastTest.class.getResourceAsStream("/org/sendplan/data/dfe-sen2-2025/" + f + ".gz")) {
                assertNotNull(in, f);
                gz = in.readAllBytes();
            }
            if (f.equals("newplans.csv")) gz = withoutNewPlansOf("805", gz);
            Files.write(data.resolve(f + ".gz"), gz);
        }
        Path o = dir.resolve("out");
        CliRun r = CliRun.of("forecast", "--la", "all", "--region", "North East", "--data", data.toString(), "--no-backtest", "--horizon", "3",
                "--simulations", "100", "--projection-csv", "--out", o.toString());
        assertEquals(ExitCodes.PARTIAL, r.exit(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.contains("Hartlepool")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("error: Hartlepool (805) skipped: ") && lines.get(0).contains("new plans"), lines.get(0));
        assertFalse(Files.exists(o.resolve("805-hartlepool")));
        for (String f : NORTH_EAST) {
            if (f.startsWith("805")) continue;
            assertTrue(Files.isRegularFile(o.resolve(f).resolve("sufficiency-plan.xlsx")), f);
            // --projection-csv: every cell, as one area's forecast writes it
            assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", Files.readAllLines(o.resolve(f).resolve("projection.csv")).get(0), f);
        }
        List<String> summary = Files.readAllLines(o.resolve("all").resolve("summary.csv"));
        assertEquals(11, summary.stream().skip(1).map(l -> l.split(",")[1]).distinct().count());
        assertFalse(summary.stream().anyMatch(l -> l.startsWith("baseline,805,")));
        assertFalse(Files.exists(o.resolve("all").resolve("backtest.csv")), "no backtest asked for");
        try (InputStream in = Files.newInputStream(o.resolve("all").resolve("national.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet skipped = wb.getSheet("Skipped");
            assertEquals(1, skipped.getLastRowNum());
            assertEquals("805", skipped.getRow(1).getCell(0).getStringCellValue());
            assertTrue(skipped.getRow(1).getCell(4).getStringCellValue().startsWith("failed: "));
            assertEquals(11, wb.getSheet("By growth").getLastRowNum());
        }
    }

    @Test
    void regionOnlyWithAll() {
        CliRun r = CliRun.of("forecast", "--la", "808", "--region", "north east", "--out", tmp.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--region: only with --la all"), r.err());
        CliRun u = CliRun.of("forecast", "--la", "all", "--region", "atlantis", "--out", tmp.resolve("y").toString());
        assertEquals(ExitCodes.USAGE, u.exit());
        assertTrue(u.err().contains("no region matches 'atlantis'") && u.err().contains("North East"), u.err());
        CliRun c = CliRun.of("forecast", "--la", "all", "--capacity", "capacity.csv", "--out", tmp.resolve("z").toString());
        assertEquals(ExitCodes.USAGE, c.exit());
        assertTrue(c.err().contains("--capacity: one authority's own figures; not with --la all"), c.err());
    }

    /** The release's new plans file with every count of one authority replaced by 'x' (not available): it parses, but the model has no new plans for it. */
    private static byte[] withoutNewPlansOf(String oldCode, byte[] gz) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        int code = header.indexOf("old_la_code"), total = header.indexOf("new_ehc_plans");
        StringBuilder sb = new StringBuilder();
        int changed = 0;
        for (String line : lines) {
            String[] f = line.split(",", -1);
            if (!line.contains("\"") && f.length == header.size() && f[code].equals(oldCode)) {
                f[total] = "x";
                line = String.join(",", f);
                changed++;
            }
            sb.append(line).append('\n');
        }
        assertTrue(changed > 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
