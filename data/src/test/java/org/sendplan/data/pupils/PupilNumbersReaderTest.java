package org.sendplan.data.pupils;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.pupils.NcYears;
import org.sendplan.model.pupils.PupilCensus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PupilNumbersReaderTest {
    @Test
    void bundledStocktonPupilsEqualTheHeadcountOfEveryRow() throws IOException {
        PupilCensus c = PupilNumbersReader.bundled(Set.of("808", "E06000004"));
        assertEquals(12, c.pupils().size());
        assertEquals(2012, c.pupils().firstKey());
        assertEquals(2023, c.pupils().lastKey());
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream(PupilNumbersReader.BUNDLED)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                if (!f[1].equals("808")) continue; // the bundled file holds every authority; old code before any quoted name
                int year = Integer.parseInt(f[0].substring(0, 4)) + 1;
                int ncy = f[4].equals("reception") ? 0 : Integer.parseInt(f[4].substring("year_group_".length()));
                assertEquals(Double.parseDouble(f[7]), c.pupils().get(year)[NcYears.index(ncy)], line);
                rows++;
            }
        }
        assertEquals(12 * 15, rows);
        // spot checks against the published file: January 2012 Reception 2,349; January 2023 Reception 2,180 (2,020 + 160 part-time)
        assertEquals(2349, c.pupils().get(2012)[NcYears.index(0)]);
        assertEquals(2180, c.pupils().get(2023)[NcYears.index(0)]);
        assertEquals(287, c.pupils().get(2023)[NcYears.index(13)]);
        assertTrue(Double.isNaN(c.pupils().get(2023)[NcYears.index(-1)]), "no nursery years in this layout");
        assertNull(PupilNumbersReader.bundled(Set.of("810", "E06000010")), "the bundled pupil census serves Stockton's forecast only");
    }

    /** The benchmarks' denominator: every authority's headcount, every NC year added, recomputed from the raw rows. */
    @Test
    void bundledCountsAddEveryNcYearOfEveryAuthority() throws IOException {
        var counts = PupilNumbersReader.bundledCounts();
        java.util.Map<String, Double> raw = new java.util.HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream(PupilNumbersReader.BUNDLED)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                // headcount is the second-last field whatever commas a quoted name holds
                raw.merge(f[1] + "|" + (Integer.parseInt(f[0].substring(0, 4)) + 1), Double.parseDouble(f[f.length - 2]), Double::sum);
            }
        }
        int cells = 0;
        for (var e : counts.byAuthority().entrySet()) {
            for (var y : e.getValue().entrySet()) {
                assertEquals(raw.get(e.getKey() + "|" + y.getKey()), y.getValue(), 0, e.getKey() + " " + y.getKey());
                cells++;
            }
        }
        assertEquals(raw.size(), cells);
        assertEquals(2023, counts.latestYear(2025));
        assertEquals(29_358, counts.of("808", 2023));
        assertEquals(152, counts.byAuthority().values().stream().filter(m -> m.containsKey(2023)).count(), "authorities in January 2023");
        assertTrue(Double.isNaN(counts.of("942", 2023)), "Cumberland was formed in April 2023");
    }

    @Test
    void readsTheTableToolLayoutPrimaryOnly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pupilNumbersByYearGroupLA.csv");
        StringBuilder sb = new StringBuilder("\uFEFFlocation,location_code,geographic_level,time_period,phase_type_grouping,gender,ncyear,headcount\n");
        String p = "\"Kingston upon Hull, City of\",E06000010,localAuthority,202122,State-funded primary,Total,";
        sb.append(p).append("Total,130\n").append(p).append("Early 1,0\n").append(p).append("Early 2,3\n")
                .append(p).append("Nursery 1,10\n").append(p).append("Nursery 2,20\n").append(p).append("Reception,40\n")
                .append(p).append("Year 1,50\n").append(p).append("Year 7,5\n").append(p).append("Not followed,2\n");
        sb.append("Other,E06000011,localAuthority,202122,State-funded primary,Total,Reception,999\n");
        Files.writeString(f, sb.toString());
        PupilCensus c = PupilNumbersReader.read(f, Set.of("810", "E06000010"));
        double[] v = c.pupils().get(2022);
        assertEquals(10, v[NcYears.index(-2)]);
        assertEquals(20, v[NcYears.index(-1)]);
        assertEquals(40, v[NcYears.index(0)]);
        assertEquals(50, v[NcYears.index(1)]);
        assertTrue(Double.isNaN(v[NcYears.index(7)]), "primary schools only: Year 7 left out");
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("5 pupils in 'Early 1', 'Early 2'")), c.notes().toString());
        assertTrue(c.notes().stream().noneMatch(n -> n.contains("differs")), "130 = 0 + 3 + 10 + 20 + 40 + 50 + 5 + 2");
    }

    @Test
    void badValuesExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        String h = "time_period,old_la_code,new_la_code,la_name,nc_year,full_time,part_time,headcount,fte\n";
        String ok = "202223,808,E06000004,Stockton-on-Tees,reception,1,0,1,1\n";
        assertError(dir, h + ok + "202223,808,E06000004,Stockton-on-Tees,year_group_15,1,0,1,1\n",
                ":3: nc_year: expected an NC year from −2 to 14");
        assertError(dir, h + ok + "202223,808,E06000004,Stockton-on-Tees,year_group_1,1,0,-4,1\n",
                ":3: headcount: expected a count of zero or more, found '-4'");
        assertError(dir, h + ok + ok, ":3: nc_year: expected one row per authority, year and NC year");
        assertError(dir, h + "2022-23,808,E06000004,Stockton-on-Tees,reception,1,0,1,1\n", ":2: time_period: expected an academic year");
        assertError(dir, h + "202223,810,E06000010,Hull,reception,1,0,1,1\n", "area: expected rows for 808 or E06000004");
        assertError(dir, "a,b\n1,2\n", ":1: header: expected pupil numbers by NC year");
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path f = dir.resolve("pupils.csv");
        Files.writeString(f, content);
        DataException e = assertThrows(DataException.class, () -> PupilNumbersReader.read(f, Set.of("808", "E06000004")));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
