package org.sendplan.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.transition.Estimation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad person-level input names its file and line. */
class PersonLevelBadInputTest {
    @TempDir
    Path dir;

    static final String CENSUS_HEADER = "census_year,person_id,ncy,need,setting\n";

    private DataException census(String body, Path settings, Path population) throws IOException {
        Path f = dir.resolve("census.csv");
        Files.writeString(f, CENSUS_HEADER + body);
        return assertThrows(DataException.class, () -> Demo.forecast(new PersonLevelRoute.Request(null, f, settings, population,
                Estimation.TREND, 2, 0, 1, 1)));
    }

    private Path settings() throws IOException {
        Path s = dir.resolve("settings.csv");
        Files.writeString(s, "code,provision,description\nMS,MAINSTREAM,Mainstream\nSS,SPECIAL_STATE,Special\n");
        return s;
    }

    @Test
    void needOutsideTheCanonicalList() throws IOException {
        DataException e = census("2020,a,3,ASD,MS\n2021,a,4,AUTISM,MS\n", null, null);
        assertEquals(3, e.line());
        assertEquals("need", e.field());
        assertTrue(e.getMessage().startsWith(dir.resolve("census.csv") + ":3: need: expected one of ASD, SEMH"), e.getMessage());
    }

    @Test
    void settingOutsideTheSettingsFile() throws IOException {
        DataException e = census("2020,a,3,ASD,MS\n2021,a,4,ASD,XX\n", settings(), null);
        assertEquals(3, e.line());
        assertEquals("setting", e.field());
        assertTrue(e.found().contains("XX"), e.getMessage());
    }

    @Test
    void ncyOutOfRange() throws IOException {
        DataException e = census("2020,a,3,ASD,MS\n2021,a,22,ASD,MS\n", null, null);
        assertEquals(3, e.line());
        assertEquals("ncy", e.field());
        DataException dob = assertThrows(DataException.class, () -> {
            Path f = dir.resolve("dob.csv");
            Files.writeString(f, "census_year,person_id,date_of_birth,need,setting\n2020,a,2015-01-01,ASD,MS\n2021,a,1990-01-01,ASD,MS\n");
            Demo.forecast(new PersonLevelRoute.Request(null, f, null, null, Estimation.TREND, 2, 0, 1, 1));
        });
        assertEquals(3, dob.line());
        assertEquals("date_of_birth", dob.field());
    }

    @Test
    void duplicatePersonYear() throws IOException {
        DataException e = census("2020,a,3,ASD,MS\n2020,b,3,ASD,MS\n2020,a,3,ASD,MS\n", null, null);
        assertEquals(4, e.line());
        assertEquals("person_id", e.field());
        assertTrue(e.found().contains("line 2"), e.getMessage());
        assertTrue(!e.getMessage().contains(",a,") && !e.getMessage().contains("'a'"), "no person id in the message: " + e.getMessage());
    }

    @Test
    void personInTwoSettingsInOneCensus() throws IOException {
        DataException e = census("2020,a,3,ASD,MS\n2020,a,3,ASD,SS\n", null, null);
        assertEquals(3, e.line());
        assertEquals("setting", e.field());
        assertTrue(e.found().contains("second setting"), e.getMessage());
    }

    @Test
    void populationYearMissingForAProjectedYear() throws IOException {
        Path pop = dir.resolve("pop.csv");
        StringBuilder sb = new StringBuilder("calendar-year,academic-year,population\n");
        for (int y = 2020; y <= 2021; y++) for (int a = -4; a <= 21; a++) sb.append(y).append(',').append(a).append(",1000\n");
        Files.writeString(pop, sb.toString());
        // base year 2021: two projected years need 2021 and 2022
        DataException e = census("2020,a,3,ASD,MS\n2021,a,4,ASD,MS\n2021,b,5,ASD,MS\n", null, pop);
        assertEquals(pop.toString(), e.file());
        assertEquals(1 + 2 * 26, e.line());
        assertEquals("calendar-year", e.field());
        assertTrue(e.expected().contains("population for 2022"), e.getMessage());
    }

    @Test
    void witanSettingNeedAndNcyOutsideValidStates() throws IOException {
        Demo.copy(dir);
        Path t = dir.resolve("transitions.csv");
        List<String> lines = Files.readAllLines(t);
        for (String[] bad : List.of(new String[]{"2013,Z,X,5,B,X,6", "setting-1"}, new String[]{"2013,B,Q,5,B,Q,6", "need-1"},
                new String[]{"2013,P,U,4,P,U,5", "academic-year-1"})) {
            List<String> copy = new java.util.ArrayList<>(lines);
            copy.set(10, bad[0]);
            Files.write(t, copy);
            DataException e = assertThrows(DataException.class, () -> Demo.forecast(new PersonLevelRoute.Request(dir, null, null, null,
                    Estimation.POOLED, 5, 0, 1, 1)));
            assertEquals(t.toString(), e.file());
            assertEquals(11, e.line(), e.getMessage());
            assertEquals(bad[1], e.field(), e.getMessage());
        }
    }

    @Test
    void witanPopulationMissingForAProjectedYear() throws IOException {
        Demo.copy(dir);
        DataException e = assertThrows(DataException.class, () -> Demo.forecast(new PersonLevelRoute.Request(dir, null, null, null,
                Estimation.POOLED, 7, 0, 1, 1)));
        assertEquals(dir.resolve("population.csv").toString(), e.file());
        assertEquals(311, e.line()); // the last row: the year would follow it
        assertTrue(e.expected().contains("population for 2023"), e.getMessage());
    }

    @Test
    void settingsFileWithAnUnknownProvision() throws IOException {
        Path s = dir.resolve("settings.csv");
        Files.writeString(s, "code,provision,description\nMS,MAINSTREAM,x\nZZ,SPECIAL,y\n");
        DataException e = census("2020,a,3,ASD,MS\n2021,a,4,ASD,MS\n", s, null);
        assertEquals(s.toString(), e.file());
        assertEquals(3, e.line());
        assertEquals("provision", e.field());
    }
}
