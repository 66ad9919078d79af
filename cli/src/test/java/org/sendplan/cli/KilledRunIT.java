package org.sendplan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.reports.ReportSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The launcher {@code bin/sendplan} as a child process, on the jar that {@code package} built (run
 * by failsafe after it), killed (SIGKILL) at random instants over a run: the folder a
 * user reads holds plain files only and, after every kill, either the complete previous set of
 * reports or the complete new one, byte for byte, never a mix or a half-written file; nothing is
 * made beside it, nor in the temporary folder. A kill that lands in the renames of the swap (a few
 * milliseconds) leaves the swap's journal: the next run into the folder finishes it first, as
 * opening the folder here does. Kills are aimed from a little before the reports start to be
 * written (when the reference runs showed their staging folder) to past the end: a kill before
 * then finds the folder as the last run left it, as the first kills show, and each kill costs a run
 * up to its instant.
 */
class KilledRunIT {
    private static final int KILLS = 12;

    private static final Path LAUNCHER = Path.of("..", "bin", "sendplan").toAbsolutePath().normalize();

    private static Process start(Path out, String seed, Path dir) throws IOException {
        ProcessBuilder b = new ProcessBuilder(LAUNCHER.toString(), "forecast", "--no-backtest", "--simulations", "200", "--out", out.toString(),
                "--seed", seed);
        // the launcher execs the JVM, so the process killed is the run itself; java.io.tmpdir of the
        // child's own, so that what the CLI leaves there is seen
        b.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + dir.resolve("tmp"));
        return b.redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** The launcher's first run after a build prepares its start-up archive: done before any run is timed or killed. */
    @BeforeAll
    static void startUpArchiveMade(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(LAUNCHER.toString(), "--version").redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
    }

    /** Every file a user reads under {@code dir} and its bytes; a symbolic link fails the test. The hidden folders of runs are left out. */
    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString();
                if (rel.startsWith(".sendplan-")) continue;
                assertFalse(Files.isSymbolicLink(p), "a symbolic link in the output folder: " + rel);
                if (Files.isRegularFile(p)) files.put(rel, Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (String k : a.keySet()) if (!Arrays.equals(a.get(k), b.get(k))) return false;
        return true;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void afterAKillAtAnyInstantTheFolderHoldsOneWholeSet(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        Files.createDirectory(dir.resolve("tmp"));
        // the two sets: seed 42 and seed 7, each from an uninterrupted run into a folder of its own
        String[] seeds = {"42", "7"};
        List<Map<String, byte[]>> sets = new ArrayList<>();
        long slowest = 0, firstWrite = Long.MAX_VALUE;
        for (String seed : seeds) {
            Path ref = dir.resolve("ref-" + seed);
            long t0 = System.nanoTime(), staged = 0, limit = t0 + TimeUnit.SECONDS.toNanos(60);
            Process p = start(ref, seed, dir);
            while (!p.waitFor(2, TimeUnit.MILLISECONDS)) {
                if (staged == 0 && Files.isDirectory(ref) && names(ref).stream().anyMatch(n -> n.startsWith(".sendplan-staging-"))) {
                    staged = System.nanoTime() - t0;
                }
                assertTrue(System.nanoTime() < limit, "a reference run finished");
            }
            assertEquals(0, p.exitValue(), Files.readString(log));
            slowest = Math.max(slowest, System.nanoTime() - t0);
            if (staged > 0) firstWrite = Math.min(firstWrite, staged);
            sets.add(read(ref));
        }
        // from a little before the earliest the reports were seen being written (from the start if never seen)
        long from = firstWrite == Long.MAX_VALUE ? 0 : (long) (0.8 * firstWrite);
        assertTrue(sets.get(0).size() >= 12 && !same(sets.get(0), sets.get(1)), "two different complete sets");
        List<String> beside = List.of("log.txt", "out", "ref-42", "ref-7", "tmp");

        Path out = dir.resolve("out");
        Process first = start(out, seeds[0], dir);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue());
        int holding = 0; // which set the folder holds
        Random random = new Random(20250101L);
        // a run takes about 2 s on an idle machine; on a loaded one, time for as many of the slowest
        long deadline = System.nanoTime() + Math.max(TimeUnit.SECONDS.toNanos(150), 2 * KILLS * slowest);
        int kills = 0, switched = 0, inSwap = 0, midWrite = 0;
        Set<String> stagings = new HashSet<>();
        double span = 1.05; // of the slowest reference run; widened while no kill lands after the commit (a loaded machine runs slower)
        for (int i = 0; i < KILLS && System.nanoTime() < deadline; i++) {
            int writing = 1 - holding;
            // spread over the whole run, a little past its end so that some kills land after the commit
            long delay = from + (long) (random.nextDouble() * (slowest * span - from));
            Process p = start(out, seeds[writing], dir);
            TimeUnit.NANOSECONDS.sleep(delay);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            assertEquals(beside, names(dir), "nothing made beside the output folder");
            // a staging folder not seen before: this run was killed while writing (an earlier one's waits for the next run to clear it)
            if (stagings.addAll(names(out).stream().filter(n -> n.startsWith(".sendplan-staging-")).toList())) midWrite++;
            if (names(out).stream().anyMatch(n -> n.startsWith(".sendplan-swap-"))) {
                inSwap++;
                new OutputFolder(out, ReportSet::isReport).close(); // what the next run does first
            }
            Map<String, byte[]> now = read(out);
            if (same(now, sets.get(writing))) {
                holding = writing;
                switched++;
                span = 1.05;
                continue;
            } else if (!same(now, sets.get(holding))) {
                fail("after a kill at " + delay / 1_000_000 + " ms the folder holds neither set: " + now.keySet());
            }
            span = Math.min(3, span * 1.15);
        }
        assertTrue(kills >= 9, "kills: " + kills);
        assertTrue(midWrite >= 1, "kills while the reports were being written: " + midWrite + " of " + kills);
        assertTrue(switched >= 1 && switched < kills, "kills before and after the commit point: " + switched + " of " + kills + " after");
        // the next run completes and leaves the reports only, nothing of the killed runs
        Process last = start(out, seeds[1 - holding], dir);
        assertTrue(last.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(log));
        assertTrue(same(read(out), sets.get(1 - holding)));
        assertEquals(List.of(), names(out).stream().filter(n -> n.startsWith(".")).toList(), "no hidden folder of a run left");
        assertEquals(beside, names(dir), "nothing made beside the output folder");
        assertEquals(List.of(), names(dir.resolve("tmp")), "nothing left in the temporary folder");
        System.out.println("killed " + kills + " runs, " + midWrite + " while writing, " + switched + " after their commit point, " + inSwap
                + " in the swap's renames");
    }
}
