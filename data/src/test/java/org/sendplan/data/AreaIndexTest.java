package org.sendplan.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaIndexTest {
    static AreaIndex index;

    @BeforeAll
    static void load() {
        index = new AreaIndex(DfeReleaseReader.bundled());
    }

    @Test
    void resolvesOldCodeNewCodeAndNameInAnyCase() {
        for (String v : List.of("808", "E06000004", "e06000004", "stockton-on-tees", "STOCKTON-ON-TEES", " Stockton-on-Tees ")) {
            Area a = index.resolve(v);
            assertEquals("808", a.code(), v);
            assertEquals("Stockton-on-Tees", a.name());
        }
        assertEquals("810", index.resolve("kingston upon hull, city of").code());
    }

    @Test
    void resolvesRegionsAndEngland() {
        Area ne = index.resolve("north east");
        assertEquals(Area.Level.REGION, ne.level());
        assertEquals("E12000001", ne.code());
        Area eng = index.resolve("england");
        assertEquals(Area.Level.ENGLAND, eng.level());
        assertEquals("E92000001", eng.code());
    }

    @Test
    void dorsetIsAmbiguousAndListsBothCodes() {
        AreaIndex.UnknownAreaException e = assertThrows(AreaIndex.UnknownAreaException.class, () -> index.resolve("dorset"));
        assertEquals(List.of("835", "838"), e.candidates().stream().map(Area::code).sorted().toList());
        assertEquals("838", index.resolve("838").code());
    }

    @Test
    void anUnknownValueListsNearNames() {
        AreaIndex.UnknownAreaException e = assertThrows(AreaIndex.UnknownAreaException.class, () -> index.resolve("stockton"));
        assertEquals("808", e.candidates().get(0).code());
        assertThrows(AreaIndex.UnknownAreaException.class, () -> index.resolve("999"));
    }

    @Test
    void listsEveryAuthorityNineRegionsAndEngland() {
        List<Area> all = index.all();
        assertEquals(9, all.stream().filter(a -> a.level() == Area.Level.REGION).count());
        assertEquals(1, all.stream().filter(a -> a.level() == Area.Level.ENGLAND).count());
        // 153 authorities report in January 2025, plus five reorganised earlier (Cumbria, Northamptonshire,
        // the old Dorset, Poole, Bournemouth); Buckinghamshire kept its old code under two new codes
        assertEquals(158, all.stream().filter(a -> a.level() == Area.Level.LOCAL_AUTHORITY).count());
        assertTrue(all.stream().filter(a -> a.level() == Area.Level.LOCAL_AUTHORITY).filter(a -> index.latestCensus(a) == 2025).count() == 153);
    }
}
