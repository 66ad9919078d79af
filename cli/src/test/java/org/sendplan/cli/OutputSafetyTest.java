package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        // a run that died (pid 2^31-2 is not alive) while staging, one that died writing its journal, one after its swap
        Path dead = Files.createDirectories(out.resolve(".sendplan-staging-2147483646-1/charts"));
        Files.writeString(dead.resolve("total.png"), "half");
        Files.writeString(out.resolve(".sendplan-journal-2147483646-2"), "sendplan swap 1\nnew summary.csv\n");
        Files.createDirectories(out.resolve(".sendplan-previous-2147483646-3"));
        Files.writeString(out.resolve(".sendplan-previous-2147483646-3/summary.csv"), "an old report already replaced");
        Files.writeString(out.resolve("my-notes.txt"), "the user's own file");

        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "nothing beside the output folder");
        }
        assertEquals("the user's own file", Files.readString(out.resolve("my-notes.txt")));
        assertTrue(r.out().contains("wrote 18 files to " + out), r.out());
    }

    @Test
    void aFolderOfLinksIntoTheStoreOfAnOlderSendplanBecomesPlainFiles(@TempDir Path dir) throws IOException {
        // the layout an older sendplan left: OUT/x -> ../.out.sendplan/current/x, current -> set-1-2
        Path out = Files.createDirectories(dir.resolve("out/charts"));
        Path set = Files.createDirectories(dir.resolve(".out.sendplan/set-1-2/charts"));
        Files.createSymbolicLink(dir.resolve(".out.sendplan/current"), Path.of("set-1-2"));
        Files.writeString(set.resolve("total.png"), "an old chart");
        Files.writeString(set.getParent().resolve("backtest.csv"), "an old backtest");
        Files.createSymbolicLink(out.resolve("total.png"), Path.of("../../.out.sendplan/current/charts/total.png")); // out/charts/total.png
        Files.createSymbolicLink(dir.resolve("out/backtest.csv"), Path.of("../.out.sendplan/current/backtest.csv"));
        Files.createSymbolicLink(dir.resolve("out/places-new.csv"), Path.of("../.out.sendplan/current/places-new.csv")); // dangling
        Files.writeString(dir.resolve("out/notes.txt"), "mine");
        out = dir.resolve("out");

        CliRun b = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, b.exit(), b.err());
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(), s.filter(Files::isSymbolicLink).toList(), "no link left");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "the older store beside the folder removed");
        }
        assertFalse(Files.exists(out.resolve("backtest.csv")), "a report of the old set, not of the new");
        assertFalse(Files.exists(out.resolve("places-new.csv"), LinkOption.NOFOLLOW_LINKS), "dangling link removed");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(out.resolve("charts/total.png"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFolderOfAnOlderSendplanIsTakenOverWithTheUsersFilesKept(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("backtest.csv"), "an old report the new run does not write");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of("forecast", "--no-backtest", "--horizon", "2", "--simulations", "100", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("backtest.csv"), LinkOption.NOFOLLOW_LINKS), "a report of the old set, not of the new");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("scenario,la_code,"));
        // backtest then owns backtest.csv only: the forecast's reports stay
        CliRun b = CliRun.of("backtest", "--horizons", "1", "--out", out.toString());
        assertEquals(0, b.exit(), b.err());
        assertTrue(Files.isRegularFile(out.resolve("backtest.csv")));
        assertTrue(Files.isRegularFile(out.resolve("projection.csv")));
        assertTrue(Files.isRegularFile(out.resolve("charts/total.png")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }
}
