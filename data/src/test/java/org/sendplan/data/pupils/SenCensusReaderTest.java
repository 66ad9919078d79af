package org.sendplan.data.pupils;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.pupils.NcYears;
import org.sendplan.model.pupils.PupilCensus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small files in the sen_ncyear_.csv layout of the 2021/22 data guidance (no such file is published here). */
class SenCensusReaderTest {
    static final String HEADER;
    static {
        StringBuilder h = new StringBuilder("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                + "old_la_code,new_la_code,la_name,phase_type_grouping,primary_need,pupil_sen_status,number_of_pupils,nc_early_years,nc_reception");
        for (int n = 1; n <= 14; n++) h.append(",nc_year_").append(n);
        h.append(",nc_not_followed,nc_reception_percent");
        HEADER = h.toString();
    }

    static final String LA = "202122,Academic year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,";

    /** A row: early years, Reception, Years 1–14 as given (a value for each), not followed, a percent. */
    static String row(String phase, String need, String status, String... ncy) {
        StringBuilder sb = new StringBuilder(LA).append(phase).append(',').append(need).append(',').append(status).append(",999,7");
        for (String v : ncy) sb.append(',').append(v);
        return sb.append(",3,1.5").toString();
    }

    static String[] years(String first, String rest) {
        String[] v = new String[15];
        v[0] = first;
        for (int i = 1; i < 15; i++) v[i] = rest;
        return v;
    }

    @Test
    void readsEhcPlansAndSenSupportWithTheReversedMarkers(@TempDir Path dir) throws IOException {
        String[] ehcp = years("4", "10");
        ehcp[13] = "x"; // Year 13: not applicable in this publication → 0
        ehcp[14] = "z"; // Year 14: not available → unknown
        String content = String.join("\n", HEADER,
                row("Total", "Total", "EHC plan", ehcp),
                row("Total", "Total", "SEN support", years("30", "50")),
                row("Total", "Total", "Total", years("34", "60")),
                // detail rows under the totals: not added again
                row("State-funded primary", "Total", "EHC plan", years("4", "6")),
                row("Total", "Autistic Spectrum Disorder", "EHC plan", years("1", "2")),
                "202122,Academic year,National,E92000001,England,,,,,,Total,Total,EHC plan,1,1" + ",1".repeat(15) + ",1,1",
                row("Total", "Total", "EHC plan", years("4", "10")).replace("808,E06000004", "810,E06000010")) + "\n";
        Path f = dir.resolve("sen_ncyear_.csv");
        Files.writeString(f, content);
        PupilCensus c = SenCensusReader.read(f, Set.of("808", "E06000004"));
        double[] e = c.ehcp().get(2022), s = c.senSupport().get(2022);
        assertEquals(4, e[NcYears.index(0)]);
        assertEquals(10, e[NcYears.index(12)]);
        assertEquals(0, e[NcYears.index(13)], "x = not applicable = 0");
        assertTrue(Double.isNaN(e[NcYears.index(14)]), "z = not available = unknown");
        assertTrue(Double.isNaN(e[NcYears.index(-1)]), "early years are not split by NC year");
        assertEquals(30, s[NcYears.index(0)]);
        assertEquals(50, s[NcYears.index(11)]);
        assertTrue(c.pupils().isEmpty());
    }

    @Test
    void withoutTotalRowsThePhasesAndNeedsAreAdded(@TempDir Path dir) throws IOException {
        String content = String.join("\n", HEADER.replace("pupil_sen_status", "sen_status").replace("primary_need", "sen_primary_need"),
                row("State-funded primary", "ASD", "EHC plan", years("1", "2")),
                row("State-funded primary", "SEMH", "EHC plan", years("1", "3")),
                row("State-funded secondary", "ASD", "\"Education, health and care plan\"", years("0", "4")),
                row("State-funded primary", "ASD", "SEN support", years("5", "5"))) + "\n";
        Path f = dir.resolve("sen_ncyear_.csv");
        Files.writeString(f, content);
        PupilCensus c = SenCensusReader.read(f, Set.of("E06000004"));
        assertEquals(2, c.ehcp().get(2022)[NcYears.index(0)]);
        assertEquals(9, c.ehcp().get(2022)[NcYears.index(5)]);
        assertEquals(5, c.senSupport().get(2022)[NcYears.index(5)]);
    }

    @Test
    void badValuesExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        assertError(dir, String.join("\n", HEADER, row("Total", "Total", "Maybe", years("1", "1"))),
                ":2: pupil_sen_status: expected 'EHC plan', 'SEN support' or 'Total', found 'Maybe'");
        assertError(dir, String.join("\n", HEADER, row("Total", "Total", "EHC plan", years("1", "-1"))),
                ":2: nc_year_1: expected a count of zero or more, found '-1'");
        assertError(dir, String.join("\n", HEADER, row("Total", "Total", "EHC plan", years("1", "1")), row("Total", "Total", "EHC plan", years("1", "1"))),
                ":3: pupil_sen_status: expected one row per authority");
        assertError(dir, "time_period,geographic_level\n202122,National\n", ":1: pupil_sen_status: expected a column 'pupil_sen_status'");
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path f = dir.resolve("sen.csv");
        Files.writeString(f, content + "\n");
        DataException e = assertThrows(DataException.class, () -> SenCensusReader.read(f, Set.of("808", "E06000004")));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
