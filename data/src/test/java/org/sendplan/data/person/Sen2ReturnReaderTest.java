package org.sendplan.data.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.NeedsAssessments;
import org.sendplan.model.Setting;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionHistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-made SEN2 return of four children, read into the person-level records (censuses rebuilt
 * from dates) and the requests and assessments per January, and broken one way at a time.
 */
class Sen2ReturnReaderTest {
    @TempDir
    Path dir;

    /**
     * A: born 2015-03-01, plan from 2019-10-10 (open), primary school 100001 from 2019-09-01 to
     * 2021-08-31, then 100002's resourced provision; ASD (rank 1), SLCN (rank 2).
     * B: born 2006-05-05, plan 2018-07-15 to 2023-07-31, special school 100021 since 2017-09-01 (before
     * the plan); Down syndrome. C: a request in 2023, assessed, no plan. D: a request in 2024, not assessed.
     */
    static Map<String, List<String>> tiny() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("header.csv", rows("sen2tableid,collection,year,referencedate,lea", "S1,SEN2,2025,2025-01-16,999"));
        f.put("person.csv", rows("persontableid,sen2tableid,surname,forename,personbirthdate,upn,uniquelearnernumber,postcode",
                "PA,S1,Doe,Ann,2015-03-01,A123456789012,1234567890,AB1 2CD", "PB,S1,Roe,Bob,2006-05-05,B123456789012,,AB1 2CE",
                "PC,S1,Poe,Cy,2012-12-12,C123456789012,,AB1 2CF", "PD,S1,Loe,Di,2020-01-01,D123456789012,,AB1 2CG"));
        f.put("requests.csv", rows("requeststableid,persontableid,receiveddate,rya", "RA,PA,2019-06-01,0", "RB,PB,2018-03-01,0",
                "RC,PC,2023-02-02,0", "RD,PD,2024-03-03,0"));
        f.put("assessment.csv", rows("assessmenttableid,requeststableid,assessmentoutcome,assessmentoutcomedate", "AA,RA,Y,2019-10-01",
                "AB,RB,Y,2018-07-01", "AC,RC,N,2023-06-01"));
        f.put("named_plan.csv", rows("namedplantableid,assessmenttableid,startdate,ceasedate,ceasereason", "NA,AA,2019-10-10,,",
                "NB,AB,2018-07-15,2023-07-31,2"));
        f.put("plan_detail.csv", rows("plandetailtableid,namedplantableid,urn", "DA,NA,100001", "DB,NB,100021"));
        f.put("active_plans.csv", rows("activeplanstableid,requeststableid", "PA1,RA", "PB1,RB"));
        f.put("placement_detail.csv", rows("placementdetailtableid,activeplanstableid,urn,ukprn,sensetting,placementrank,entrydate,leavingdate,"
                        + "senunitindicator,resourcedprovisionindicator",
                "L1,PA1,100001,,,1,2019-09-01,2021-08-31,0,0", "L2,PA1,100002,,,1,2021-09-01,,0,1", "L3,PB1,100021,,,1,2017-09-01,,0,0",
                "L4,PB1,,,OTH,2,2019-01-01,,0,0"));
        f.put("sen_need.csv", rows("senneedtableid,activeplanstableid,sentype,sentyperank", "N1,PA1,ASD,1", "N2,PA1,SLCN,2", "N3,PB1,DS,1"));
        return f;
    }

    static List<String> rows(String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    private Path write(Map<String, List<String>> files) throws IOException {
        for (var e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void januariesAreRebuiltFromThePlansAndPlacementsDates() throws IOException {
        WitanReader.Parsed p = Sen2ReturnReader.read(write(tiny()), null);
        StateSpace s = p.space();
        // settings as found, sorted; needs canonical (DS counts as SLD); NC years 0 (A in 2019/20) to 12 (B in 2022/23)
        assertEquals(List.of("100001", "100002:RP", "100021"), s.settings().stream().map(Setting::code).toList());
        assertEquals(List.of("ASD", "SLD"), s.needs());
        assertEquals(0, s.minNcy());
        assertEquals(12, s.maxNcy());
        TransitionHistory h = p.builder().build(null);
        // B from January 2019 (the plan began 2018-07-15, not the placement in 2017), A from 2020: censuses 2019–2025
        assertEquals(2019, h.pairYear(0));
        assertEquals(2025, h.baseYear());
        int asd = 0, sld = 1, school = 0, rp = 1, special = 2;
        // 2019→2020: A joins in reception (born 2015-03-01: 4 at 31 August 2019); B goes from NC year 8 to 9
        assertEquals(1, h.joiners(0, s.index(0, asd, school)));
        assertEquals(1, h.stayers(0, s.index(8, sld, special)));
        // 2021→2022: A moves from NC year 1 at the school to NC year 2 in the resourced provision (entered 2021-09-01)
        assertEquals(List.of(s.index(1, asd, school)), Arrays.stream(h.moveFrom(2)).boxed().toList());
        assertEquals(List.of(s.index(2, asd, rp)), Arrays.stream(h.moveTo(2)).boxed().toList());
        // 2023→2024: B's plan ceased 2023-07-31; it left from NC year 12 (11 + 1 in January 2023)
        assertEquals(1, h.leavers(4, s.index(12, sld, special)));
        int[] base = h.baseStock();
        assertEquals(1, Arrays.stream(base).sum(), "January 2025: A only");
        assertEquals(1, base[s.index(5, asd, rp)]);
        assertEquals(List.of(), h.warnings(), "B's plan ceased in 2023, before 2024: the return holds history");
    }

    /**
     * Requests by January: RB (2018, age 11 at 31 August 2017) in 2019; RA (2019, 3 at 31 August 2018)
     * in 2020; RC (2023, 9) in 2024; RD (2024, 3) in 2025. Assessments: AB (2018, 11, plan) in 2019,
     * AA (October 2019, 4 at 31 August 2019, plan) in 2020, AC (2023, 9, no plan) in 2024.
     */
    @Test
    void requestsAndAssessmentsAreCountedPerJanuaryByAge() throws IOException {
        NeedsAssessments a = Sen2ReturnReader.read(write(tiny()), null).assessments();
        assertEquals(List.of(2019, 2020, 2024, 2025), List.copyOf(a.requests().keySet()));
        assertEquals(1, a.requests().get(2019).get(11));
        assertEquals(1, a.requests().get(2020).get(3));
        assertEquals(1, a.requests().get(2024).get(9));
        assertEquals(1, a.requests().get(2025).get(3));
        assertEquals(1, NeedsAssessments.total(a.requests(), 2025));
        assertEquals(1, a.assessments().get(2020).get(4));
        assertEquals(1, a.assessments().get(2024).get(9));
        assertEquals(List.of(2019, 2020), List.copyOf(a.resultingInPlan().keySet()), "AC's outcome N: no plan");
        assertEquals(1, a.resultingInPlan().get(2019).get(11));
        assertEquals(0, NeedsAssessments.total(a.assessments(), 2025));
    }

    @Test
    void settingsComeFromTheSettingsFileAndTheBladeDateFormatIsRead() throws IOException {
        Map<String, List<String>> f = tiny();
        f.put("header.csv", rows("sen2tableid,collection,year,referencedate,lea", "S1,SEN2,2025,2025-Jan-16 00:00:00,999"));
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (String c : List.of("100021", "100001", "100002:RP")) settings.put(c, new Setting(c, c, null));
        WitanReader.Parsed p = Sen2ReturnReader.read(write(f), settings);
        assertEquals(List.of("100021", "100001", "100002:RP"), p.space().settings().stream().map(Setting::code).toList());
        settings.remove("100002:RP");
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(dir, settings));
        assertEquals(dir.resolve("placement_detail.csv").toString(), e.file());
        assertEquals(3, e.line()); // L2, the resourced provision
        assertEquals("'100002:RP'", e.found());
    }

    @Test
    void aMissingModuleFileIsNamed() throws IOException {
        write(tiny());
        Files.delete(dir.resolve("sen_need.csv"));
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(dir, null));
        assertEquals(dir.resolve("sen_need.csv").toString(), e.file());
        assertEquals("the SEN2 return's SEN need module (sen_need.csv)", e.expected());
        assertEquals("no such file", e.found());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("person.csv").replaceAll(l -> l.substring(0, nth(l, 4)) + l.substring(nth(l, 5))); // drops personbirthdate
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals(dir.resolve("person.csv").toString(), e.file());
        assertEquals(1, e.line());
        assertEquals("personbirthdate", e.field());
    }

    @Test
    void aBadDateNamesFileLineAndField() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("placement_detail.csv").set(2, "L2,PA1,100002,,,1,2021-13-01,,0,1");
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals(3, e.line());
        assertEquals("entrydate", e.field());
        assertEquals("'2021-13-01'", e.found());
        assertTrue(e.expected().startsWith("a date yyyy-mm-dd"), e.expected());
    }

    @Test
    void aRowWhoseParentIsMissingIsRefusedWithoutQuotingTheId() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("sen_need.csv").set(3, "N3,PX9,DS,1");
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals(dir.resolve("sen_need.csv").toString(), e.file());
        assertEquals(4, e.line());
        assertEquals("activeplanstableid", e.field());
        assertEquals("the id of a row of active_plans.csv", e.expected());
        assertEquals("an id that is in no row of active_plans.csv", e.found());
        assertFalse(e.getMessage().contains("PX9"));
    }

    @Test
    void aDuplicateIdIsRefused() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("requests.csv").set(4, "RB,PD,2024-03-03,0");
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals(dir.resolve("requests.csv").toString(), e.file());
        assertEquals(5, e.line());
        assertEquals("requeststableid", e.field());
        assertEquals("a duplicate of the id of line 3", e.found());
    }

    @Test
    void anUnknownNeedTypeAndASecondPrimaryNeedAreRefused() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("sen_need.csv").set(2, "N2,PA1,XYZ,2");
        DataException e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals("sentype", e.field());
        assertEquals(3, e.line());
        f.get("sen_need.csv").set(2, "N2,PA1,SLCN,1");
        e = assertThrows(DataException.class, () -> Sen2ReturnReader.read(write(f), null));
        assertEquals("sentyperank", e.field());
        assertEquals("a second, after line 2", e.found());
    }

    /** A return of the statutory year only (no plan ceased before 2024) is read, with a warning that earlier Januaries lack leavers. */
    @Test
    void aReturnWithoutHistoryIsWarnedAbout() throws IOException {
        Map<String, List<String>> f = tiny();
        f.get("named_plan.csv").set(2, "NB,AB,2018-07-15,2024-07-31,2");
        TransitionHistory h = Sen2ReturnReader.read(write(f), null).builder().build(null);
        assertEquals(1, h.warnings().size());
        assertTrue(h.warnings().get(0).message().startsWith("no plan in the return ceased before 2024"), h.warnings().toString());
    }

    private static int nth(String line, int comma) {
        int i = -1;
        for (int k = 0; k < comma; k++) i = line.indexOf(',', i + 1);
        return i;
    }
}
