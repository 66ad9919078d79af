package org.sendplan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code forecast --data DIR} on a release in the 2026 layout (Release2026Layout: the 2025 figures
 * with the special academy and free school columns split, the age topic renamed, {@code number_ds}
 * added) forecasts exactly as the same figures in the 2025 layout.
 */
class Release2026CommandTest {
    @TempDir
    static Path dir;
    static CliRun run2025, run2026;

    @BeforeAll
    static void forecastBothLayouts() throws IOException {
        Path old = Release2026Layout.copy2025(dir.resolve("release-2025"));
        Path split = Release2026Layout.write2026(dir.resolve("release-2026"));
        run2025 = CliRun.of(args(old, "out-2025"));
        run2026 = CliRun.of(args(split, "out-2026"));
    }

    private static String[] args(Path data, String out) {
        return new String[]{"forecast", "--data", data.toString(), "--la", "808", "--no-backtest", "--simulations", "100", "--seed", "7",
                "--horizon", "5", "--out", dir.resolve(out).toString()};
    }

    @Test
    void the2026LayoutForecasts() {
        assertEquals(0, run2026.exit(), run2026.err());
        // caseload.csv, Stockton-on-Tees, January 2025: 2,442 plans (DfeReleaseReaderTest)
        assertTrue(run2026.out().startsWith("Stockton-on-Tees (808): 2,442 EHC plans in January 2025; projected "), run2026.out());
        assertFalse(run2026.err().contains("columns sendplan does not know"), run2026.err());
    }

    /** The split columns add up to the single column, so every figure is the same, byte for byte. */
    @Test
    void splitColumnsGiveTheSameForecastAsTheSingleOne() throws IOException {
        assertEquals(0, run2025.exit(), run2025.err());
        assertEquals(run2025.out().lines().findFirst(), run2026.out().lines().findFirst());
        for (String f : List.of("summary.csv", "projection.csv", "places.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("out-2025").resolve(f)), Files.readAllBytes(dir.resolve("out-2026").resolve(f)), f);
        }
    }
}
