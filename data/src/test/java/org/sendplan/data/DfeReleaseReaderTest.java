package org.sendplan.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.model.Ages;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.PlanningData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DfeReleaseReaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledReleaseHoldsThePublishedStocktonFigures() {
        DfeRelease r = DfeReleaseReader.bundled();
        PlanningData s = r.data().get("808");
        // caseload.csv, Stockton-on-Tees, "All EHC plans" rows 2018/19 … 2024/25
        assertEquals(1452, s.caseloadTotal().get(2019));
        assertEquals(2080, s.caseloadTotal().get(2024));
        assertEquals(2442, s.caseloadTotal().get(2025));
        assertEquals(385, s.newPlansTotal().get(2024));
        assertEquals(121, s.ceasedTotal().get(2024));
        // January 2025 by setting, from the published columns (hand sums):
        // mainstream 149 + 595 + 30; resourced 73 + 92; SEN units 20 + 5; other arrangements 35 + 1 (w_settings); NEET 21 + 3
        double[] bySetting = s.caseloadBySetting().get(2025);
        assertEquals(774, bySetting[DfeSetting.MAINSTREAM_SCHOOL.ordinal()]);
        assertEquals(165, bySetting[DfeSetting.RESOURCED_PROVISION.ordinal()]);
        assertEquals(25, bySetting[DfeSetting.SEN_UNIT.ordinal()]);
        assertEquals(695, bySetting[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]);
        assertEquals(36, bySetting[DfeSetting.OTHER_ARRANGEMENTS.ordinal()]);
        assertEquals(24, bySetting[DfeSetting.NEET.ordinal()]);
        assertEquals(210, bySetting[DfeSetting.PLACEMENT_UNKNOWN.ordinal()]);
        assertEquals(2442, Arrays.stream(bySetting).filter(v -> !Double.isNaN(v)).sum(), 1e-9);
        // single ages add up to the total in January 2025 (data README)
        assertEquals(2442, Arrays.stream(s.caseloadByAge().get(2025)).sum(), 1e-9);
    }

    @Test
    void bundledAuthoritiesAddUpToThePublishedEnglandTotal() {
        DfeRelease r = DfeReleaseReader.bundled();
        double total = r.data().values().stream().mapToDouble(d -> d.caseloadTotal().getOrDefault(2025, 0.0)).sum();
        assertEquals(638_745, total, 1e-9); // caseload.csv National row, 202425
        assertEquals(153, r.data().values().stream().filter(d -> d.caseloadTotal().containsKey(2025)).count());
    }

    @Test
    void readsBomQuotedNamesMarkersBandsAndAbsentRows() throws IOException {
        DfeRelease r = DfeReleaseReader.folder(new ReleaseFixture().write(dir));
        assertEquals(2, r.authorities().size(), "national rows are not authorities");
        assertEquals("Kingston upon Hull, City of", r.authorities().get(1).name());
        PlanningData s = r.data().get("808");
        assertEquals(120, s.caseloadTotal().get(2025));
        double[] settings = s.caseloadBySetting().get(2025);
        assertEquals(70, settings[DfeSetting.MAINSTREAM_SCHOOL.ordinal()]);
        assertEquals(45, settings[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]);
        assertTrue(Double.isNaN(settings[DfeSetting.AP_PRU.ordinal()]), "a column the file lacks is missing, not zero");
        // under 3 is age 2; absent ages are zero
        assertEquals(20, s.caseloadByAge().get(2025)[Ages.index(2)]);
        assertEquals(0, s.caseloadByAge().get(2025)[Ages.index(5)]);
        // x and z are missing values
        PlanningData hull = r.data().get("810");
        assertTrue(Double.isNaN(hull.caseloadBySetting().get(2025)[DfeSetting.MAINSTREAM_SCHOOL.ordinal()]));
        // new plans: "age 2 and under" at 2, "age 20 and over" at 20
        assertEquals(5, s.newPlansByAge().get(2024)[Ages.index(2)]);
        assertEquals(25, s.newPlansByAge().get(2024)[Ages.index(20)]);
        // ceased: 2 of unknown age spread over 16 and 19 in proportion (4 and 4): 5 each
        assertEquals(5, s.ceasedByAge().get(2024)[Ages.index(16)], 1e-12);
        assertEquals(5, s.ceasedByAge().get(2024)[Ages.index(19)], 1e-12);
        // needs: by age and by placement (subtotal label skipped)
        assertEquals(60, s.needsByAge().get(2025)[Ages.index(10)][Need.ASD.ordinal()]);
        assertEquals(40, s.needsBySetting().get(2025)[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()][Need.ASD.ordinal()]);
        assertEquals(6, s.newPlanNeedsByAge().get(2024)[Ages.index(10)][Need.ASD.ordinal()]);
    }

    /** requests.csv, bundled: the "All requests" rows of the authority, as published (Stockton-on-Tees, 2019 and 2024). */
    @Test
    void bundledReleaseHoldsThePublishedRequests() {
        DfeRelease r = DfeReleaseReader.bundled();
        var s = r.requests().get("808");
        assertEquals(411, s.receivedIn(2019));
        assertEquals(559, s.receivedIn(2024));
        assertEquals(534, s.assessedIn(2024));
        assertTrue(Double.isNaN(s.assessedIn(2019)), "decided to assess is x before 2023");
        double england = r.requests().values().stream().filter(q -> q.received().containsKey(2024)).mapToDouble(q -> q.receivedIn(2024)).sum();
        assertEquals(154_489, england, 0); // requests.csv National row, 2024
        assertEquals(153, r.requests().values().stream().filter(q -> q.received().containsKey(2024)).count());
    }

    @Test
    void requestsAreReadFromTheAllRequestsRowsOfAuthoritiesWithXAsMissing() throws IOException {
        DfeRelease r = DfeReleaseReader.folder(new ReleaseFixture().withRequests().write(dir));
        assertEquals(50, r.requests().get("808").receivedIn(2024), "the age row is not added in");
        assertEquals(40, r.requests().get("808").receivedIn(2023));
        assertEquals(45, r.requests().get("808").assessedIn(2024));
        assertTrue(Double.isNaN(r.requests().get("808").assessedIn(2023)));
        assertTrue(Double.isNaN(r.requests().get("810").receivedIn(2024)), "x is missing, not zero");
        assertEquals(2, r.requests().size(), "the national row is not an authority");
    }

    @Test
    void aReleaseFolderWithoutRequestsReadsWithNone() throws IOException {
        assertTrue(DfeReleaseReader.folder(new ReleaseFixture().write(dir)).requests().isEmpty());
    }

    @Test
    void aRequestsCountThatIsNotANumberNamesFileLineAndField() throws IOException {
        ReleaseFixture f = new ReleaseFixture().withRequests();
        f.requests.set(2, f.requests.get(2).replace("assessments,50,0,45,3", "assessments,fifty,0,45,3"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals(dir.resolve("requests.csv") + ":3: requests_received_in_year: expected a count, found 'fifty'", e.getMessage());
    }

    @Test
    void requestsWithoutTheirCountColumnOrTwiceOverAreRefused() throws IOException {
        ReleaseFixture f = new ReleaseFixture().withRequests();
        f.requests.set(0, f.requests.get(0).replace("requests_received_in_year", "requests_received"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertTrue(e.getMessage().startsWith(dir.resolve("requests.csv") + ":1: requests_received_in_year: expected a column"), e.getMessage());
        ReleaseFixture g = new ReleaseFixture().withRequests();
        g.requests.add(g.requests.get(2));
        e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(g.write(dir)));
        assertTrue(e.getMessage().startsWith(dir.resolve("requests.csv") + ":7: row: expected one row per time_period"), e.getMessage());
    }

    @Test
    void moreRequestsAssessedThanReceivedIsWarnedAndLeftOut() throws IOException {
        ReleaseFixture f = new ReleaseFixture().withRequests();
        f.requests.set(2, f.requests.get(2).replace("assessments,50,0,45,3", "assessments,50,0,450,3"));
        DfeRelease r = DfeReleaseReader.folder(f.write(dir));
        assertTrue(Double.isNaN(r.requests().get("808").assessedIn(2024)));
        assertEquals(50, r.requests().get("808").receivedIn(2024));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("requests.csv:3: requests_decided_to_assess (450) is more than")), r.warnings().toString());
    }

    @Test
    void aNegativeCountNamesFileLineAndField() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.caseload.set(2, f.caseload.get(2).replace("All EHC plans,120,", "All EHC plans,-120,"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals(dir.resolve("caseload.csv") + ":3: ehcplans: expected a count of zero or more, found '-120'", e.getMessage());
    }

    @Test
    void aValueThatIsNotACountIsRejected() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.newPlans.set(1, f.newPlans.get(1).replace(",30,20,10", ",thirty,20,10"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals(dir.resolve("newplans.csv") + ":2: new_ehc_plans: expected a count, found 'thirty'", e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.ceased.set(0, f.ceased.get(0).replace("total_ceased", "all_ceased"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals(1, e.line());
        assertEquals("total_ceased", e.field());
    }

    @Test
    void aTruncatedRowIsRejectedWithItsLine() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        String last = f.caseload.get(4);
        f.caseload.set(4, last.substring(0, last.length() - 8));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("expected 18 fields"), e.getMessage());
    }

    @Test
    void anEmptyFileAndANonTextFileAreRejected() throws IOException {
        new ReleaseFixture().write(dir);
        Files.write(dir.resolve("newplans.csv"), new byte[0]);
        DataException empty = assertThrows(DataException.class, () -> DfeReleaseReader.folder(dir));
        assertEquals("expected a CSV header line, found an empty file",
                empty.getMessage().substring(empty.getMessage().indexOf("expected")));
        Files.write(dir.resolve("newplans.csv"), new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
        DataException binary = assertThrows(DataException.class, () -> DfeReleaseReader.folder(dir));
        assertTrue(binary.getMessage().contains("not UTF-8"), binary.getMessage());
    }

    @Test
    void aFolderThatIsNotAReleaseSaysWhichFilesItLookedFor() throws IOException {
        Files.writeString(dir.resolve("caseload.csv"), "a,b\n1,2\n");
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(dir));
        assertTrue(e.getMessage().contains("no newplans.csv, ceased_plans.csv, sen_needs_all_plans.csv, sen_need_newplans.csv"), e.getMessage());
    }

    @Test
    void anUnknownAgeLabelIsAnError() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.caseload.set(4, f.caseload.get(4).replace("age 10", "age ten"));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(f.write(dir)));
        assertEquals("breakdown", e.field());
        assertEquals(5, e.line());
    }
}
