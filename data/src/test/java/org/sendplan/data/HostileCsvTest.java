package org.sendplan.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.money.CapacityReader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV input that is wrong or hostile: each refused with one clear line, in bounded memory. */
class HostileCsvTest {
    @TempDir
    Path dir;

    private DataException readAll(Path file) {
        return assertThrows(DataException.class, () -> CsvSource.of(file).forEach(List.of(), r -> { }));
    }

    @Test
    void numbersHaveOneStrictSyntax() {
        for (String bad : List.of("12d", "12f", "0x1p3", "NaN", "Infinity", "-Infinity", "1e5", "1E-3", "\u0661\u0662", "1,2", " 3", "", "+", ".", "1..2")) {
            assertThrows(NumberFormatException.class, () -> Numbers.decimalWithCommas(bad), bad);
        }
        assertEquals(12, Numbers.decimal("12"));
        assertEquals(-3.5, Numbers.decimal("-3.5"));
        assertEquals(0.5, Numbers.decimal(".5"));
        assertEquals(1234.5, Numbers.decimalWithCommas("1,234.5"));
        assertEquals(1_000_000, Numbers.decimalWithUnderscores("1_000_000"));
        assertThrows(NumberFormatException.class, () -> Numbers.decimal("1" + "0".repeat(400)));
        assertThrows(NumberFormatException.class, () -> Numbers.integer("2025x"));
        assertThrows(NumberFormatException.class, () -> Numbers.integer("\u0662\u0660\u0662\u0665"));
        assertEquals(2025, Numbers.integer("2025"));
    }

    @Test
    void aCountWithASuffixOrInHexIsRefusedWithItsLine() throws IOException {
        for (String bad : List.of("12d", "0x1p3", "NaN")) {
            Path f = dir.resolve("counts.csv");
            Files.writeString(f, "a,n\nx,1\ny," + bad + "\n");
            DataException e = assertThrows(DataException.class, () -> CsvSource.of(f).forEach(List.of("n"), r -> r.count("n")));
            assertEquals(f + ":3: n: expected a count, found '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void aFileWithOnlyItsHeaderSaysSo() throws IOException {
        Path f = dir.resolve("caseload.csv");
        Files.writeString(f, ReleaseFixture.ID + ",ehcplans\n");
        DataException e = readAll(f);
        assertEquals(f + ":2: row: expected rows of data after the header, found none (the file has only its header)", e.getMessage());
    }

    @Test
    void aBadByteDeepInAFileIsReportedOnItsLine() throws IOException {
        Path f = dir.resolve("deep.csv");
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 2; i < 5000; i++) b.append("row").append(i).append(",").append(i).append('\n');
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "bad\u00ff,1\nlast,2\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(f, all);
        DataException e = readAll(f);
        assertEquals(5000, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not UTF-8") && e.getMessage().contains("0xFF"), e.getMessage());
    }

    @Test
    void rowsKnowTheirLinesAcrossBlankLinesQuotedBreaksAndAMissingFinalBreak() throws IOException {
        Path f = dir.resolve("lines.csv");
        Files.writeString(f, "a,b\r\n1,x\r\n\r\n2,\"two\nlines\"\n\n\n3,y\n4,z");
        List<Long> lines = new ArrayList<>();
        CsvSource.of(f).forEach(List.of("a"), r -> lines.add(r.line()));
        assertEquals(List.of(2L, 4L, 8L, 9L), lines);
    }

    @Test
    void anEndlessLineIsRefusedInBoundedMemory() throws IOException {
        Path f = dir.resolve("endless.csv");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("a,b\n1,".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) '7');
            for (int i = 0; i < 64; i++) out.write(chunk); // 4 MiB on one line
        }
        DataException e = readAll(f);
        assertEquals(f + ":2: row: expected a row of at most 65536 characters, found a longer one", e.getMessage());
    }

    @Test
    void aQuoteNeverClosedIsRefusedInBoundedMemory() throws IOException {
        Path f = dir.resolve("quote.csv");
        StringBuilder b = new StringBuilder("a,b\n1,\"open\n");
        for (int i = 0; i < 20_000; i++) b.append("more,lines\n");
        Files.writeString(f, b);
        DataException e = readAll(f);
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void gzipMagicFollowedByGarbageIsNotAValidGzipFile() throws IOException {
        Path f = dir.resolve("caseload.csv.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 'g', 'a', 'r', 'b', 'a', 'g', 'e', 1, 2, 3});
        DataException e = readAll(f);
        assertTrue(e.getMessage().startsWith(f + ": file: expected a valid gzip file"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid gzip file"), e.getMessage());
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 'x', 'y'});
        e = readAll(f);
        assertTrue(e.getMessage().contains("not a valid gzip file"), e.getMessage());
    }

    @Test
    void aGzipBombIsRefusedByItsRatio() throws IOException {
        Path f = dir.resolve("bomb.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            byte[] rows = "1,2\n".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 512; i++) out.write(rows); // 32 MiB of short rows, a few tens of KB compressed
        }
        DataException e = readAll(f);
        assertTrue(e.getMessage().contains("at most 100 times its size"), e.getMessage());
    }

    @Test
    void devicesAndFoldersAreNotInputFiles() {
        DataException e = readAll(Path.of("/dev/zero"));
        assertEquals("/dev/zero: file: expected a regular file, found a device, FIFO or socket (not a file that can be read to its end)",
                e.getMessage());
        e = readAll(dir);
        assertTrue(e.getMessage().contains("expected a regular file, found a folder"), e.getMessage());
    }

    @Test
    void controlCharactersAreEscapedAndExcerptsBounded() throws IOException {
        Path f = dir.resolve("capacity.csv");
        Files.writeString(f, "provision,academic_year,places\nSPECIAL_STATE\u001b[2J" + "A".repeat(500) + ",2025/26,10\n");
        DataException e = assertThrows(DataException.class, () -> CapacityReader.read(f));
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
        assertTrue(e.getMessage().contains("\\u001B[2J"), e.getMessage());
        assertFalse(e.getMessage().contains("A".repeat(61)), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertEquals("'ab\\u0007c'", DataException.quote("ab\u0007c"));
        assertEquals("'" + "x".repeat(60) + "…'", DataException.quote("x".repeat(100)));
    }

    @Test
    void aCapacityFileWithAWrongHeaderIsNotAskedIfItIsADfeFile() throws IOException {
        Path f = dir.resolve("capacity.csv");
        Files.writeString(f, "provision,year,places\nSPECIAL_STATE,2025/26,10\n");
        DataException e = assertThrows(DataException.class, () -> CapacityReader.read(f));
        assertEquals("academic_year", e.field());
        assertFalse(e.getMessage().contains("DfE"), e.getMessage());
    }

    @Test
    void aRepeatedColumnIsRefused() throws IOException {
        Path f = dir.resolve("twice.csv");
        Files.writeString(f, "a,b,a\n1,2,3\n");
        DataException e = readAll(f);
        assertEquals(f + ":1: header: expected each column once, found column 'a' as columns 1 and 3", e.getMessage());
    }

    @Test
    void aDuplicatedDfeRowIsRefusedWithBothLines() throws IOException {
        ReleaseFixture fx = new ReleaseFixture();
        fx.caseload.add(fx.caseload.get(4));
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(fx.write(dir)));
        assertEquals(dir.resolve("caseload.csv").toString(), e.file());
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("(lines 5 and 8)"), e.getMessage());
    }

    @Test
    void aDfeFileWithOnlyItsHeaderIsNamed() throws IOException {
        ReleaseFixture fx = new ReleaseFixture();
        fx.caseload.subList(1, fx.caseload.size()).clear();
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(fx.write(dir)));
        assertEquals(dir.resolve("caseload.csv") + ":2: row: expected rows of data after the header, found none (the file has only its header)",
                e.getMessage());
    }

    @Test
    void aDfeFileThatIsAFifoIsRefused() throws Exception {
        ReleaseFixture fx = new ReleaseFixture();
        fx.write(dir);
        Files.delete(dir.resolve("caseload.csv"));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("caseload.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo");
        DataException e = assertThrows(DataException.class, () -> DfeReleaseReader.folder(dir));
        assertTrue(e.getMessage().contains("expected a regular file"), e.getMessage());
    }
}
