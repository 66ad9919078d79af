package org.sendplan.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.KeptWork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forecast from kept work (the release parsed and the track record judged by an earlier run)
 * writes what a forecast that keeps nothing writes, byte for byte, every file.
 */
class KeptWorkRunTest {
    @TempDir
    Path dir;

    @AfterEach
    void storeAsTheSuiteHasIt() {
        System.clearProperty(KeptWork.PROPERTY);
    }

    private Path run(String name, String store) {
        System.setProperty(KeptWork.PROPERTY, store);
        Path out = dir.resolve(name);
        CliRun r = CliRun.of("forecast", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private static List<Path> files(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
        }
    }

    @Test
    void aForecastFromKeptWorkWritesTheSameBytesAsOneThatKeepsNothing() throws IOException {
        Path store = dir.resolve("store");
        Path none = run("none", KeptWork.OFF);
        Path keeping = run("keeping", store.toString());
        List<String> kept;
        try (Stream<Path> s = Files.list(store)) {
            kept = s.map(p -> p.getFileName().toString().replaceAll("-[0-9a-f]{64}\\.bin$", "")).sorted().toList();
        }
        // the pupil numbers are parsed once per test JVM (a class's constant): kept where an earlier test first read them
        assertTrue(kept.containsAll(List.of("backtest-808", "release", "release-2022", "track-record")), kept.toString());
        Path fromKept = run("from-kept", store.toString());

        List<Path> names = files(none);
        assertTrue(names.size() >= 17, names.toString());
        assertEquals(names, files(keeping));
        assertEquals(names, files(fromKept));
        for (Path f : names) {
            byte[] expected = Files.readAllBytes(none.resolve(f));
            assertArrayEquals(expected, Files.readAllBytes(keeping.resolve(f)), f + " while keeping");
            assertArrayEquals(expected, Files.readAllBytes(fromKept.resolve(f)), f + " from kept work");
        }
    }
}
