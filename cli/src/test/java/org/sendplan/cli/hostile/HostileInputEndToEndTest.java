package org.sendplan.cli.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.cli.CommandFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile inputs through the whole CLI: each ends in exit 3 and one error line, never a stack
 * trace; those that would once have grown memory without bound run in a child JVM of 256 MB.
 */
class HostileInputEndToEndTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run inProcess(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = CommandFactory.create(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The CLI in a child JVM with a 256 MB heap, given 10 seconds. */
    private Run child(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.sendplan.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("child.out"), err = dir.resolve("child.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly().waitFor();
        assertTrue(done, "the run did not end within 10 s");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void oneErrorLine(Run r, String contains) {
        assertEquals(3, r.exit(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("error: ") && lines[0].contains(contains), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void capacityFromDevZeroIsRefusedInBoundedMemory() throws Exception {
        Run r = child("forecast", "--no-backtest", "--capacity", "/dev/zero", "--out", dir.resolve("out").toString());
        oneErrorLine(r, "/dev/zero: file: expected a regular file");
    }

    @Test
    void aCaseloadThatInflatesToOneEndlessLineIsRefusedInBoundedMemory() throws Exception {
        Path data = Files.createDirectories(dir.resolve("release"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("caseload.csv.gz")), 1 << 16)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) '7');
            for (int i = 0; i < 512; i++) out.write(chunk); // 512 MiB inflated, one line, about half a megabyte compressed
        }
        for (String f : List.of("newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv")) {
            Files.writeString(data.resolve(f), "time_period\n2024\n");
        }
        Run r = child("forecast", "--no-backtest", "--data", data.toString(), "--out", dir.resolve("out").toString());
        oneErrorLine(r, "caseload.csv.gz:1: row: expected a row of at most 65536 characters");
    }

    @Test
    void gzipMagicFollowedByGarbageIsAnInputError() throws IOException {
        Path data = Files.createDirectories(dir.resolve("release"));
        Files.write(data.resolve("caseload.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 'n', 'o', 'p', 'e'});
        for (String f : List.of("newplans.csv", "ceased_plans.csv", "sen_needs_all_plans.csv", "sen_need_newplans.csv")) {
            Files.writeString(data.resolve(f), "time_period\n2024\n");
        }
        Run r = inProcess("forecast", "--no-backtest", "--data", data.toString(), "--out", dir.resolve("out").toString());
        oneErrorLine(r, "not a valid gzip file");
    }

    @Test
    void aDeeplyNestedScenarioIsAnInputError() throws IOException {
        Path s = dir.resolve("deep.yaml");
        Files.writeString(s, "name: deep\nlevers: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        Run r = inProcess("forecast", "--no-backtest", "--scenario", s.toString(), "--out", dir.resolve("out").toString());
        oneErrorLine(r, "nested at most 50 deep");
    }

    @Test
    void aDeeplyNestedFinanceFileIsAnInputError() throws IOException {
        Path f = dir.resolve("finance.yaml");
        Files.writeString(f, "unit_costs: " + "{a: ".repeat(3000) + "1" + "}".repeat(3000) + "\n", StandardCharsets.UTF_8);
        Run r = inProcess("forecast", "--no-backtest", "--finance", f.toString(), "--out", dir.resolve("out").toString());
        oneErrorLine(r, "nested at most 50 deep");
    }
}
