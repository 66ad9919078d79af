package org.sendplan.data.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.data.money.FinanceReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML input that is wrong or hostile: each refused with one clear line. */
class HostileYamlTest {
    @TempDir
    Path dir;

    @Test
    void deepFlowNestingIsRefusedNotAStackOverflow() throws IOException {
        Path f = dir.resolve("finance.yaml");
        Files.writeString(f, "price_year: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals("document", e.field());
        assertTrue(e.getMessage().contains("nested at most 50 deep"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void deepBlockNestingIsRefusedNotAStackOverflow() throws IOException {
        Path f = dir.resolve("finance.yaml");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) b.append(" ".repeat(i)).append("k").append(i).append(":\n");
        Files.writeString(f, b);
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertTrue(e.getMessage().contains("nested at most 50 deep"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithBothLines() throws IOException {
        Path f = dir.resolve("finance.yaml");
        Files.writeString(f, "price_year: 2025-26\ninflation: 0.02\nunit_costs:\n  SPECIAL_STATE: 25000\ninflation: 0.5\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals(f + ":5:1: inflation: expected each key once, found 'inflation' on line 2 and again on line 5", e.getMessage());
    }

    @Test
    void aHugeDocumentIsRefused() throws IOException {
        Path f = dir.resolve("finance.yaml");
        Files.writeString(f, "price_year: 2025-26\n# " + "x".repeat(2 << 20) + "\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertTrue(e.getMessage().contains("at most 1048576 characters"), e.getMessage());
    }

    @Test
    void aDeviceIsRefused() {
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(Path.of("/dev/zero")));
        assertTrue(e.getMessage().startsWith("/dev/zero: file: expected a regular file"), e.getMessage());
    }

    @Test
    void aliasesCannotMultiplyAFile() throws IOException {
        Path f = dir.resolve("finance.yaml");
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            b.append("]\n");
        }
        Files.writeString(f, b);
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals("syntax", e.field(), e.getMessage());
    }

    @Test
    void numbersWithSuffixesOrInHexAreRefused() throws IOException {
        for (String bad : new String[] {"12d", "0x1p3", ".nan", "1e3", "NaN"}) {
            Path f = dir.resolve("finance.yaml");
            Files.writeString(f, "price_year: 2025-26\ninflation: " + bad + "\nunit_costs:\n  SPECIAL_STATE: 25000\nhnb_allocation:\n  2025-26: 1000\n");
            DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f), bad);
            assertEquals(f + ":2:12: inflation: expected a number, found '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void aBadByteIsReportedOnItsLine() throws IOException {
        Path f = dir.resolve("finance.yaml");
        Files.write(f, "price_year: 2025-26\n# ok\n# bad \u00ff\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals(3, e.line(), e.getMessage());
    }
}
