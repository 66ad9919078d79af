package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real CLI as a child process, killed (SIGKILL) at random instants over a run: the folder a
 * user reads holds, after every kill, either the complete previous set of reports or the complete
 * new one, byte for byte, never a mix or a half-written file.
 */
class KilledRunTest {
    private static final int KILLS = 20;

    private static List<String> command(Path out, String seed) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "forecast", "--no-backtest", "--simulations", "200", "--out", out.toString(), "--seed", seed));
        return c;
    }

    private static Process start(Path out, String seed, Path log) throws IOException {
        return new ProcessBuilder(command(out, seed)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Every file a user reads under {@code dir} (links followed) and its bytes. */
    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (String k : a.keySet()) if (!Arrays.equals(a.get(k), b.get(k))) return false;
        return true;
    }

    @Test
    void afterAKillAtAnyInstantTheFolderHoldsOneWholeSet(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        // the two sets: seed 42 and seed 7, each from an uninterrupted run into a folder of its own
        String[] seeds = {"42", "7"};
        List<Map<String, byte[]>> sets = new ArrayList<>();
        long slowest = 0;
        for (String seed : seeds) {
            Path ref = dir.resolve("ref-" + seed);
            long t0 = System.nanoTime();
            Process p = start(ref, seed, log);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a reference run finished");
            assertEquals(0, p.exitValue(), Files.readString(log));
            slowest = Math.max(slowest, System.nanoTime() - t0);
            sets.add(read(ref));
        }
        assertTrue(sets.get(0).size() >= 12 && !same(sets.get(0), sets.get(1)), "two different complete sets");

        Path out = dir.resolve("out");
        Process first = start(out, seeds[0], log);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue());
        int holding = 0; // which set the folder holds
        Random random = new Random(20250101L);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150); // a run judges the track record: about 5 s each
        int kills = 0, switched = 0;
        double span = 1.2; // of the slowest reference run; widened while no kill lands after the commit (a loaded machine runs slower)
        for (int i = 0; i < KILLS && System.nanoTime() < deadline; i++) {
            int writing = 1 - holding;
            // spread over the whole run, a little past its end so that some kills land after the commit
            long delay = (long) (random.nextDouble() * slowest * span);
            Process p = start(out, seeds[writing], log);
            TimeUnit.NANOSECONDS.sleep(delay);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            Map<String, byte[]> now = read(out);
            if (same(now, sets.get(writing))) {
                holding = writing;
                switched++;
                span = 1.2;
                continue;
            } else if (!same(now, sets.get(holding))) {
                fail("after a kill at " + delay / 1_000_000 + " ms the folder holds neither set: " + now.keySet());
            }
            span = Math.min(3, span * 1.15);
        }
        assertTrue(kills >= 15, "kills: " + kills);
        assertTrue(switched >= 1 && switched < kills, "kills before and after the commit point: " + switched + " of " + kills + " after");
        // the next run completes and leaves one set in the store, nothing of the killed runs
        Process last = start(out, seeds[1 - holding], log);
        assertTrue(last.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(log));
        assertTrue(same(read(out), sets.get(1 - holding)));
        try (Stream<Path> s = Files.list(dir.resolve(".out.sendplan"))) {
            assertEquals(2, s.count(), "current and the live set only");
        }
        System.out.println("killed " + kills + " runs, " + switched + " after their commit point");
    }
}
