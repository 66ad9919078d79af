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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2026 layout of the release (synthetic values; the columns as the 2026 release names them):
 * {@code special_academy_free} split into {@code special_academy} and {@code special_free_school},
 * the age topic renamed, {@code number_ds} added to the need files.
 */
class Release2026LayoutTest {
    @TempDir
    Path dir;

    /**
     * ReleaseFixture's special_academy_free values (40, 45, 0, 45 for Stockton; z for Hull; 1 for
     * England) split as 30+10, 40+5, 0+0, 25+20, z+z, 1+0: each pair sums to the 2025 value, so every
     * series read must be the same.
     */
    @Test
    void splitColumnsAddUpToWhatTheSingleColumnGave() throws IOException {
        Path old = Files.createDirectory(dir.resolve("2025"));
        PlanningData before = DfeReleaseReader.folder(new ReleaseFixture().write(old)).data().get("808");
        ReleaseFixture f = new ReleaseFixture();
        f.caseload.replaceAll(l -> l.replace("special_academy_free", "special_academy,special_free_school")
                .replace(",60,60,40,40,0", ",60,60,30,10,40,0").replace(",70,70,45,45,5", ",70,70,40,5,45,5")
                .replace(",20,20,20,0,0,0", ",20,20,20,0,0,0,0").replace(",50,50,45,45,5", ",50,50,25,20,45,5")
                .replace(",x,x,z,z,x", ",x,x,z,z,z,x").replace(",999,1,1,1,1,1", ",999,1,1,1,0,1,1")
                .replace("Child or young persons age", "Age at start of academic year"));
        f.newPlans.replaceAll(l -> l.replace("special_academy_free", "special_academy,special_free_school")
                .replace(",30,20,10", ",30,20,4,6").replace(",5,5,0", ",5,5,0,0").replace(",25,15,10", ",25,15,10,0"));
        Path split = Files.createDirectory(dir.resolve("2026"));
        DfeRelease r = DfeReleaseReader.folder(f.write(split));
        PlanningData after = r.data().get("808");
        assertEquals(List.of(), r.warnings(), "every 2026 column is known");
        assertSame(before.caseloadBySetting(), after.caseloadBySetting());
        assertSame(before.caseloadByAge(), after.caseloadByAge());
        assertSame(before.newPlansBySetting(), after.newPlansBySetting());
        assertEquals(before.caseloadTotal(), after.caseloadTotal());
        assertEquals(45, after.caseloadBySetting().get(2025)[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]); // 40 + 5
        assertEquals(45, after.caseloadByAgeSetting().get(2025)[Ages.index(10)][DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]); // 25 + 20
        PlanningData hull = r.data().get("810");
        assertTrue(Double.isNaN(hull.caseloadBySetting().get(2025)[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]), "z in both halves stays missing");
    }

    /** Down syndrome counts as SLD; x (2024/25, when DS was not yet a code) counts as none. */
    @Test
    void downSyndromeIsCountedAsSevereLearningDifficulty() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.needs.set(0, f.needs.get(0).replace("number_need_unknown", "number_need_unknown,number_sld,number_ds,ds_pc"));
        // age 10: SLD 3 and DS 4 → SLD 7; placement row: DS x → SLD 2
        f.needs.set(1, f.needs.get(1).replace(",60,40,0,60", ",60,40,0,3,4,5.0,60"));
        f.needs.set(2, f.needs.get(2).replace(",40,5,0,88.9", ",40,5,0,2,x,x,88.9"));
        f.needs.set(3, f.needs.get(3).replace(",40,5,0,88.9", ",40,5,0,2,x,x,88.9"));
        PlanningData s = DfeReleaseReader.folder(f.write(dir)).data().get("808");
        assertEquals(7, s.needsByAge().get(2025)[Ages.index(10)][Need.SLD.ordinal()]);
        assertEquals(2, s.needsBySetting().get(2025)[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()][Need.SLD.ordinal()]);
        assertEquals(60, s.needsByAge().get(2025)[Ages.index(10)][Need.ASD.ordinal()], "other needs unchanged");
    }

    /** Columns nobody knows, in three files: one warning line naming each once, by file. */
    @Test
    void unknownColumnsAreNamedInOneWarningLine() throws IOException {
        ReleaseFixture f = new ReleaseFixture();
        f.caseload.replaceAll(l -> l + (l.contains("breakdown_topic") ? ",special_hospital" : ",1"));
        f.newPlans.replaceAll(l -> l + (l.contains("breakdown_topic") ? ",special_hospital" : ",0"));
        f.needs.replaceAll(l -> l + (l.contains("breakdown_topic") ? ",number_dld" : ",2"));
        DfeRelease r = DfeReleaseReader.folder(f.write(dir));
        List<String> columns = r.warnings().stream().filter(w -> w.startsWith("columns sendplan does not know")).toList();
        assertEquals(1, columns.size(), r.warnings().toString());
        String w = columns.get(0);
        assertTrue(w.contains("caseload.csv ('special_hospital')"), w);
        assertTrue(w.contains("newplans.csv ('special_hospital')"), w);
        assertTrue(w.contains("sen_needs_all_plans.csv ('number_dld')"), w);
        assertTrue(!w.contains("\n"), "one line");
        // the unknown column is left out: Stockton's January 2025 settings as without it
        assertEquals(45, r.data().get("808").caseloadBySetting().get(2025)[DfeSetting.SPECIAL_ACADEMY_FREE.ordinal()]);
    }

    @Test
    void theBundledReleaseHasNoUnknownColumn() {
        assertTrue(DfeReleaseReader.bundled().warnings().stream().noneMatch(w -> w.startsWith("columns sendplan does not know")));
    }

    private static <V> void assertSame(SortedMap<Integer, V> a, SortedMap<Integer, V> b) {
        assertEquals(a.keySet(), b.keySet());
        for (Map.Entry<Integer, V> e : a.entrySet()) {
            Object x = e.getValue(), y = b.get(e.getKey());
            if (x instanceof double[] d) assertArrayEquals(d, (double[]) y, 0);
            else for (int i = 0; i < ((double[][]) x).length; i++) assertArrayEquals(((double[][]) x)[i], ((double[][]) y)[i], 0);
        }
    }
}
