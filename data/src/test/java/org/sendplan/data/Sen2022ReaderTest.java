package org.sendplan.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.model.AgeBand;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.History;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled 2022 release against its published figures, and its reconciliation with the 2025 release. */
class Sen2022ReaderTest {
    static Sen2022Reader.Release old;
    static DfeRelease latest;
    static DfeHistory history;

    @BeforeAll
    static void load() {
        old = Sen2022Reader.bundled();
        latest = DfeReleaseReader.bundled();
        history = DfeHistory.merge(latest, old);
    }

    static double sum(Map<String, Sen2022Reader.Series> m, int year, boolean caseload) {
        double s = 0;
        for (Sen2022Reader.Series x : m.values()) {
            Double v = (caseload ? x.caseloadTotal() : x.newPlansTotal()).get(year);
            if (v != null && !Double.isNaN(v)) s += v;
        }
        return s;
    }

    @Test
    void authoritiesAddUpToEnglandsPublishedTotals() {
        // sen2_age_caseload.csv, National, Total_all (statements and EHC plans)
        assertEquals(228221, sum(old.authorities(), 2010, true), 0.5);
        assertEquals(240183, sum(old.authorities(), 2015, true), 0.5);
        assertEquals(319819, sum(old.authorities(), 2018, true), 0.5);
        assertEquals(473255, sum(old.authorities(), 2022, true), 0.5);
        // sen2_age_new_plans.csv, National, Total_new_all
        assertEquals(26494, sum(old.authorities(), 2009, false), 0.5);
        assertEquals(62180, sum(old.authorities(), 2021, false), 0.5);
    }

    @Test
    void bandsAddUpToTheTotalAndEstablishmentsFromTwentyNineteen() {
        Sen2022Reader.Series stockton = old.authorities().get("808");
        for (int y = 2010; y <= 2022; y++) {
            double bands = 0;
            for (double v : stockton.caseloadByBand().get(y)) bands += v;
            assertEquals(stockton.caseloadTotal().get(y), bands, 0.5, "bands " + y);
        }
        for (int y = 2019; y <= 2022; y++) {
            double settings = 0;
            for (double v : stockton.caseloadBySetting().get(y)) settings += v;
            assertEquals(stockton.caseloadTotal().get(y), settings, 0.5, "establishments " + y);
        }
        assertEquals(0, stockton.caseloadByBand().get(2014)[AgeBand.AGE_20_25.ordinal()], "no 20–25 band before 2015");
    }

    @Test
    void everyEstablishmentTypeIsMappedAndAnUnknownOneIsNamed() {
        assertEquals(DfeSetting.SPECIAL_LA_MAINTAINED, Sen2022Columns.establishment("Hospital School").orElseThrow());
        assertEquals(DfeSetting.FE_COLLEGE, Sen2022Columns.establishment("Sixth form college").orElseThrow());
        assertEquals(DfeSetting.FE_OTHER, Sen2022Columns.establishment("Apprenticeship").orElseThrow());
        assertTrue(Sen2022Columns.establishment("Awaiting provision - total").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sen2022Columns.establishment("Special - Hogwarts"));
        assertEquals("Special - Hogwarts", e.getMessage());
    }

    @Test
    void authorityTotalsTwentyNineteenToTwentyTwoEqualTheLatestRelease() {
        int compared = 0;
        for (Area la : latest.authorities()) {
            Sen2022Reader.Series s = old.authorities().get(la.code());
            if (s == null) continue;
            for (int y = 2019; y <= 2022; y++) {
                Double a = s.caseloadTotal().get(y), b = latest.data().get(la.code()).caseloadTotal().get(y);
                if (a == null || b == null || a.isNaN() || b.isNaN()) continue;
                assertEquals(b, a, 0.5, la.name() + " " + y);
                compared++;
            }
        }
        assertTrue(compared > 590, "compared " + compared);
        History stockton = history.authorities().get("808");
        assertEquals(old.authorities().get("808").caseloadTotal().get(2010), stockton.data().caseloadTotal().get(2010));
        assertEquals(latest.data().get("808").caseloadTotal().get(2025), stockton.data().caseloadTotal().get(2025));
        assertEquals(2010, stockton.data().caseloadTotal().firstKey());
        assertEquals(2009, stockton.data().newPlansTotal().firstKey());
        assertNotNull(stockton.caseloadByBand().get(2025), "bands of the single ages");
    }

    @Test
    void splitsThatDisagreeAreNamedAndTheLatestReleaseWins() {
        long withSplitWarning = history.authorities().values().stream()
                .filter(h -> h.reconciliation().stream().anyMatch(w -> w.series().equals("caseload by setting"))).count();
        System.out.println("authorities whose 2019-2022 setting split differs between the releases: " + withSplitWarning);
        DataWarning any = history.authorities().values().stream().flatMap(h -> h.reconciliation().stream())
                .filter(w -> w.series().equals("caseload by setting")).findFirst().orElseThrow();
        assertTrue(any.message().endsWith("the 2025 release's split is used"), any.message());
        assertFalse(history.authorities().values().stream().flatMap(h -> h.reconciliation().stream())
                .anyMatch(w -> w.series().equals("caseload total")), "caseload totals agree");
    }
}
