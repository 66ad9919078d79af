package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The swap of an output folder stopped before each of its renames, as a kill would stop it, then
 * finished by the next run; a failed rename undone by the run itself; a swap whose new set is not
 * whole undone by the next run. (KilledRunIT kills the real CLI; a kill seldom lands in the few
 * milliseconds of the renames.)
 */
class OutputFolderTest {
    /** This kind of run owns every .csv; notes.txt is the user's. */
    private static final Predicate<String> OWNED = n -> n.endsWith(".csv");
    private static final Map<String, String> OLD = Map.of("a.csv", "old a", "b.csv", "old b", "charts/c.csv", "old c", "notes.txt", "mine");
    /** b.csv is not written again (it goes), d.csv is new. */
    private static final Map<String, String> NEW = Map.of("a.csv", "new a", "charts/c.csv", "new c", "d.csv", "new d", "notes.txt", "mine");
    /** Three old reports out of the way, three new ones in. */
    private static final int RENAMES = 6;

    /** What a killed process does next: nothing. */
    private static final class Killed extends Error {
    }

    private static Path oldSet(Path dir) throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder f = new OutputFolder(out, OWNED)) {
            for (String name : List.of("a.csv", "b.csv", "charts/c.csv")) Files.writeString(f.stage(name), OLD.get(name));
            f.commit();
        }
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(OLD, read(out));
        return out;
    }

    private static OutputFolder staged(Path out) throws IOException {
        OutputFolder f = new OutputFolder(out, OWNED);
        for (String name : List.of("a.csv", "charts/c.csv", "d.csv")) Files.writeString(f.stage(name), NEW.get(name));
        return f;
    }

    /** A mover that stops before its {@code n}th rename (from 0), with {@code stop}. */
    private static Swap.Mover stoppingAt(int n, Runnable stop) {
        int[] left = {n};
        return (from, to) -> {
            if (left[0]-- == 0) stop.run();
            Swap.RENAME.move(from, to);
        };
    }

    /** The files of {@code out} as a user reads them (no link among them), the hidden entries of runs left out. */
    private static Map<String, String> read(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".sendplan-")) continue;
                assertFalse(Files.isSymbolicLink(p), rel);
                if (Files.isRegularFile(p)) files.put(rel, Files.readString(p));
            }
        }
        return files;
    }

    private static List<String> hidden(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static void nothingBeside(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(List.of(out), s.toList(), "nothing beside the output folder");
        }
    }

    @Test
    void aSwapStoppedBeforeAnyRenameIsFinishedByTheNextRun(@TempDir Path dir) throws IOException {
        for (int n = 0; n < RENAMES; n++) {
            Path out = oldSet(dir.resolve("stop-" + n));
            OutputFolder f = staged(out);
            Swap.Mover killed = stoppingAt(n, () -> {
                throw new Killed();
            });
            assertThrows(Killed.class, () -> f.commit(killed));
            f.close(); // the run is over: its journal stays for the next
            assertTrue(hidden(out).stream().anyMatch(h -> h.startsWith(".sendplan-swap-")), "stopped before rename " + n + ": " + hidden(out));
            new OutputFolder(out, OWNED).close();
            assertEquals(NEW, read(out), "stopped before rename " + n + ", finished by the next run");
            assertEquals(List.of(), hidden(out));
            nothingBeside(out);
        }
    }

    @Test
    void aFailedRenameIsUndoneByTheRunItself(@TempDir Path dir) throws IOException {
        for (int n = 0; n < RENAMES; n++) {
            Path out = oldSet(dir.resolve("fail-" + n));
            Swap.Mover failing = stoppingAt(n, () -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            });
            try (OutputFolder f = staged(out)) {
                OutputFolder.OutputException e = assertThrows(OutputFolder.OutputException.class, () -> f.commit(failing));
                assertEquals("cannot write to " + out + ": the disk is full", e.getMessage());
            }
            assertEquals(OLD, read(out), "failed at rename " + n + ": the previous set whole");
            assertEquals(List.of(), hidden(out));
            nothingBeside(out);
        }
    }

    @Test
    void aSwapWhoseNewSetIsNotWholeIsUndoneByTheNextRun(@TempDir Path dir) throws IOException {
        Path out = oldSet(dir);
        OutputFolder f = staged(out);
        // stopped after the old files went and a.csv came in; then a staged file is lost
        assertThrows(Killed.class, () -> f.commit(stoppingAt(4, () -> {
            throw new Killed();
        })));
        f.close();
        Path staging;
        try (Stream<Path> s = Files.list(out)) {
            staging = s.filter(p -> p.getFileName().toString().startsWith(".sendplan-staging-")).findFirst().orElseThrow();
        }
        Files.delete(staging.resolve("d.csv"));
        new OutputFolder(out, OWNED).close();
        assertEquals(OLD, read(out));
        assertEquals(List.of(), hidden(out));
    }

    @Test
    void filesTheRunDoesNotOwnStayAndAFolderLeftEmptyGoes(@TempDir Path dir) throws IOException {
        Path out = oldSet(dir);
        try (OutputFolder f = new OutputFolder(out, "a.csv"::equals)) {
            Files.writeString(f.stage("a.csv"), "only a");
            f.commit();
        }
        assertEquals(Map.of("a.csv", "only a", "b.csv", "old b", "charts/c.csv", "old c", "notes.txt", "mine"), read(out));
        try (OutputFolder f = new OutputFolder(out, OWNED)) {
            Files.writeString(f.stage("a.csv"), "a");
            f.commit();
        }
        assertEquals(Map.of("a.csv", "a", "notes.txt", "mine"), read(out));
        assertFalse(Files.exists(out.resolve("charts")), "a folder only old reports were in");
    }
}
