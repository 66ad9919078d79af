package org.sendplan.data.pupils;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.pupils.NcYears;
import org.sendplan.model.pupils.PupilCensus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolCensusReaderTest {
    static final String HEADER = "census_year,pupil_id,ncy,sen_provision,primary_need,school_urn,school_type";

    @Test
    void aggregatesByYearAndNcYear(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("census.csv");
        Files.writeString(f, String.join("\n", HEADER,
                "2024,SECRET-A1,R,N,,100001,primary",
                "2024,SECRET-A2,0,K,SLCN,100001,primary",
                "2024,SECRET-A3,0,E,ASD,100001,primary",
                "2024,SECRET-A4,7,K,NSA,100002,secondary",
                "2025,SECRET-A1,1,N,,100001,primary",
                "2025,SECRET-A2,1,E,slcn,100001,primary") + "\n");
        PupilCensus c = SchoolCensusReader.read(f);
        assertEquals(3, c.pupils().get(2024)[NcYears.index(0)]);
        assertEquals(1, c.senSupport().get(2024)[NcYears.index(0)]);
        assertEquals(1, c.ehcp().get(2024)[NcYears.index(0)]);
        assertEquals(1, c.pupils().get(2024)[NcYears.index(7)]);
        assertEquals(0, c.pupils().get(2025)[NcYears.index(7)], "an NC year seen in some census is 0 where absent");
        assertEquals(2, c.pupils().get(2025)[NcYears.index(1)]);
        assertEquals(1, c.ehcp().get(2025)[NcYears.index(1)]);
        assertTrue(Double.isNaN(c.pupils().get(2025)[NcYears.index(-2)]), "an NC year never seen is unknown");
        assertFalse(c.toString().contains("SECRET") || String.join(" ", c.notes()).contains("SECRET"));
    }

    @Test
    void badValuesExitThreeNamingFileAndLine(@TempDir Path dir) throws IOException {
        String ok = "2024,P1,3,N,,100001,primary\n";
        assertError(dir, HEADER + "\n" + ok + "2024,P2,15,N,,100001,primary\n", ":3: ncy: expected an NC year from −2 to 14");
        assertError(dir, HEADER + "\n" + ok + "2024,P2,-3,N,,100001,primary\n", ":3: ncy: expected an NC year from −2 to 14");
        assertError(dir, HEADER + "\n" + ok + "2024,P2,3,S,,100001,primary\n",
                ":3: sen_provision: expected E (EHC plan), K (SEN support) or N (no SEN), found 'S'");
        assertError(dir, HEADER + "\n" + ok + "2024,P2,3,K,DYS,100001,primary\n", ":3: primary_need: expected empty or one of");
        DataException dup = assertError(dir, HEADER + "\n" + ok + "2025,P1,4,N,,100001,primary\n" + "2024,P1,3,N,,100001,primary\n",
                ":4: pupil_id: expected each pupil once in a census, found the pupil of line 2 again in census 2024 (id not shown)");
        assertFalse(dup.getMessage().contains("P1"), "the error does not repeat the pupil id: " + dup.getMessage());
        assertError(dir, "census_year,pupil_id\n2024,P1\n", ":1: ncy: expected a column 'ncy'");
    }

    private static DataException assertError(Path dir, String content, String expected) throws IOException {
        Path f = dir.resolve("census.csv");
        Files.writeString(f, content);
        DataException e = assertThrows(DataException.class, () -> SchoolCensusReader.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        return e;
    }
}
