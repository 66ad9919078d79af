package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder: unwritable folders, leftovers of killed runs, an older plain folder taken over (PrintableOutputTest: names and terminal). */
class OutputSafetyTest {

    @Test
    void anUnwritableOutPrintsOnePlainLineAndExits4(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        for (Path out : List.of(file, file.resolve("below"))) {
            CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
            assertEquals(ExitCodes.OUTPUT, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: cannot write to " + out + ": "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("not a folder", Files.readString(file));
        }
    }

    @Test
    void theNextRunRemovesWhatAKilledRunLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString()).exit());
        Path store = dir.resolve(".out.sendplan");
        // a run that died (pid 2^31-2 is not alive) while staging, one that died before its commit point
        Path dead = Files.createDirectories(store.resolve("set-2147483646-1/charts"));
        Files.writeString(dead.resolve("total.png"), "half");
        Files.createSymbolicLink(store.resolve("next-2147483646-2"), Path.of("set-2147483646-1"));
        Files.createSymbolicLink(out.resolve("places-new.csv"), Path.of("../.out.sendplan/current/places-new.csv"));
        Files.writeString(out.resolve("my-notes.txt"), "the user's own file");

        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(store)) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, left.size(), left.toString());
            assertEquals("current", left.get(0));
            assertTrue(left.get(1).startsWith("set-" + ProcessHandle.current().pid() + "-"), left.toString());
        }
        assertFalse(Files.exists(out.resolve("places-new.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "dangling link removed");
        assertEquals("the user's own file", Files.readString(out.resolve("my-notes.txt")));
        assertTrue(r.out().contains("wrote 16 files to " + out), r.out());
    }

    @Test
    void aFolderOfAnOlderSendplanIsTakenOverWithTheUsersFilesKept(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("backtest.csv"), "an old report the new run does not write");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("backtest.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "a report of the old set, not of the new");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("scenario,la_code,"));
        // backtest then owns backtest.csv only: the forecast's reports stay
        CliRun b = CliRun.of("backtest", "--horizons", "1", "--out", out.toString());
        assertEquals(0, b.exit(), b.err());
        assertTrue(Files.isRegularFile(out.resolve("backtest.csv")));
        assertTrue(Files.isRegularFile(out.resolve("projection.csv")));
        assertTrue(Files.isRegularFile(out.resolve("charts/total.png")));
    }
}
