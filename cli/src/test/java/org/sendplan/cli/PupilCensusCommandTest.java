package org.sendplan.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: pupils.csv and the Pupil census sheet on the default authority with the bundled pupil numbers. */
class PupilCensusCommandTest {
    static final String HEADER = "scenario,la_code,year,ncy,pupils,projected,sen_support,ehcp,ehcp_per_1000,sen_support_per_1000";
    @TempDir
    static Path shared;
    static Path out;
    static CliRun run;
    static List<String[]> rows;

    @BeforeAll
    static void forecastTheDefaultAuthority() throws IOException {
        out = shared.resolve("out");
        run = CliRun.of("forecast", "--out", out.toString(), "--simulations", "200");
        List<String> lines = Files.readAllLines(out.resolve("pupils.csv"));
        assertEquals(HEADER, lines.get(0));
        rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void observedPupilsEqualTheBundledHeadcountPerNcYearAndYear() throws IOException {
        assertEquals(0, run.exit(), run.err());
        Map<String, String> headcount = new HashMap<>();
        try (InputStream raw = getClass().getResourceAsStream("/org/sendplan/data/dfe-pupils-ncyear/pupil_numbers_by_ncyear_2012_2023.csv.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                String[] f = l.split(",");
                if (!f[1].equals("808")) continue; // every authority is bundled; Stockton's rows are its census
                int year = Integer.parseInt(f[0].substring(0, 4)) + 1;
                String ncy = f[4].equals("reception") ? "0" : f[4].substring("year_group_".length());
                headcount.put(year + "|" + ncy, f[7]);
            }
        }
        int observed = 0;
        for (String[] r : rows) {
            assertEquals("baseline", r[0]);
            assertEquals("808", r[1]);
            if (Integer.parseInt(r[2]) <= 2023) {
                assertEquals("false", r[5], String.join(",", r));
                assertEquals(headcount.get(r[2] + "|" + r[3]), r[4], String.join(",", r));
                observed++;
            }
        }
        assertEquals(headcount.size(), observed, "every observed NC year and year is in pupils.csv");
    }

    @Test
    void ratesAreTheStatedRatiosAndPlansAreSen2AtAgeNcyPlusFour() throws IOException {
        // plans by age from projection.csv (base year observed, later years the mean)
        Map<String, Double> plans = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("projection.csv")).subList(1, 1 + 11 * 24 * 17 * 13)) {
            String[] f = l.split(",");
            plans.merge(f[2] + "|" + f[4], Double.parseDouble(f[7]), Double::sum);
        }
        int checked = 0;
        for (String[] r : rows) {
            if (!r[8].isEmpty()) {
                double rate = 1000 * Double.parseDouble(r[7]) / Double.parseDouble(r[4]);
                // the CSV rounds each figure to 3 decimals: allow for that in the ratio of two rounded figures
                assertEquals(rate, Double.parseDouble(r[8]), 0.0005 + rate * (0.0005 / Double.parseDouble(r[7]) + 0.0005 / Double.parseDouble(r[4])),
                        String.join(",", r));
                checked++;
            }
            if (Integer.parseInt(r[2]) >= 2025) {
                assertEquals(plans.get(r[2] + "|" + r[3]), Double.parseDouble(r[7]), 0.01 * 17 * 13, String.join(",", r));
            }
            assertTrue(r[6].isEmpty() && r[9].isEmpty(), "no SEN support without a SEN census");
        }
        assertEquals(12 * 14, checked, "a rate for Reception to Year 13 in each year 2024–2035 (Year 14 has no pupils)");
        // January 2025 is the published base year: Reception (age 4) holds 104 plans in SEN2
        assertTrue(rows.stream().anyMatch(r -> r[2].equals("2025") && r[3].equals("0") && r[7].equals("104")));
    }

    @Test
    void projectedYearsRunFromTheLastCensusThroughTheHorizonAndSaySo() throws IOException {
        TreeSet<Integer> projected = new TreeSet<>();
        for (String[] r : rows) if (r[5].equals("true")) projected.add(Integer.parseInt(r[2]));
        assertEquals(2024, projected.first());
        assertEquals(2035, projected.last());
        assertEquals(12, projected.size());
        for (int y = 2024; y <= 2035; y++) {
            final int year = y;
            assertEquals(15, rows.stream().filter(r -> r[2].equals(Integer.toString(year))).count(), "Reception to Year 14 in " + y);
        }
        try (InputStream in = Files.newInputStream(out.resolve("sufficiency-plan.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("Pupil census"));
            String assumptions = "";
            var sh = wb.getSheet("Assumptions");
            for (int r = 0; r <= sh.getLastRowNum(); r++) {
                if (sh.getRow(r) != null && sh.getRow(r).getCell(0) != null) assumptions += sh.getRow(r).getCell(0) + " " + sh.getRow(r).getCell(1) + "\n";
            }
            assertTrue(assumptions.contains("grade progression NCY 0 → 1"), assumptions);
            assertTrue(assumptions.contains("last pupil census is January 2023, before the EHCP base year 2025"), assumptions);
        }
    }

    @Test
    void aSchoolCensusIsAggregatedAndNoPupilIdReachesAnyOutput(@TempDir Path dir) throws IOException {
        Path census = dir.resolve("census.csv");
        StringBuilder sb = new StringBuilder("census_year,pupil_id,ncy,sen_provision,primary_need,school_urn,school_type\n");
        String[] prov = {"N", "N", "N", "K", "E"};
        for (int year = 2023; year <= 2025; year++) {
            for (int ncy = 0; ncy <= 11; ncy++) {
                for (int i = 0; i < 10; i++) {
                    String p = prov[i % prov.length];
                    sb.append(year).append(",ZZSECRET").append(ncy * 100 + i + (year - 2023) * 1000).append(',').append(ncy).append(',')
                            .append(p).append(',').append(p.equals("N") ? "" : "ASD").append(",100001,primary\n");
                }
            }
        }
        Files.writeString(census, sb.toString());
        Path o = dir.resolve("out");
        CliRun r = CliRun.of("forecast", "--school-census", census.toString(), "--out", o.toString(), "--simulations", "100");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(o.resolve("pupils.csv"));
        assertTrue(lines.contains("baseline,808,2025,3,10,false,2,2,200,200"), String.join("\n", lines.subList(0, 20)));
        try (Stream<Path> files = Files.walk(o)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(f, "ZZSECRET"), "pupil id in " + f);
            }
        }
        assertFalse(r.out().contains("ZZSECRET") || r.err().contains("ZZSECRET"));
    }

    @Test
    void badPupilFilesExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path census = dir.resolve("census.csv");
        Files.writeString(census, "census_year,pupil_id,ncy,sen_provision,primary_need,school_urn,school_type\n"
                + "2024,A,3,N,,1,primary\n2024,B,15,N,,1,primary\n");
        CliRun r = CliRun.of("forecast", "--school-census", census.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("error: " + census + ":3: ncy: expected an NC year from −2 to 14 (N1, N2 and R accepted), found '15'", r.err().strip());
        Path pupils = dir.resolve("pupils.csv");
        Files.writeString(pupils, "time_period,old_la_code,new_la_code,la_name,nc_year,full_time,part_time,headcount,fte\n"
                + "202223,808,E06000004,Stockton-on-Tees,reception,1,0,-1,1\n");
        CliRun p = CliRun.of("forecast", "--pupils", pupils.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, p.exit(), p.err());
        assertTrue(p.err().startsWith("error: " + pupils + ":2: headcount: expected a count of zero or more"), p.err());
        assertFalse(Files.exists(dir.resolve("o").resolve("pupils.csv")));
    }

    @Test
    void pupilsAsTheDenominatorNeedPupilNumbers(@TempDir Path dir) {
        CliRun r = CliRun.of("forecast", "--la", "E06000010", "--new-plans-per", "pupils", "--out", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--new-plans-per pupils needs pupil numbers for Kingston upon Hull, City of"), r.err());
        CliRun ok = CliRun.of("forecast", "--new-plans-per", "pupils", "--out", dir.resolve("o").toString(), "--simulations", "100");
        assertEquals(0, ok.exit(), ok.err());
    }

    private static boolean contains(Path f, String needle) throws IOException {
        if (f.toString().endsWith(".xlsx")) {
            try (ZipFile z = new ZipFile(f.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    try (InputStream in = z.getInputStream(e)) {
                        if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(needle)) return true;
                    }
                }
            }
            return false;
        }
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(needle);
    }
}
