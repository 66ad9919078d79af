package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option values are range-checked and take the input files' strict number syntax: exit 2, one reason, nothing written. */
class OptionValuesTest {
    private static void refused(Path dir, String expected, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", dir.resolve("o").toString()));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertEquals(List.of("error: " + expected, "try 'sendplan forecast --help'"), r.err().lines().toList());
        assertTrue(Files.notExists(dir.resolve("o")), "nothing written");
    }

    @Test
    void numbersThatJavaWouldTakeAreRefused(@TempDir Path dir) {
        for (String v : List.of("4.9e-324", "0x1p3", "1d", "NaN")) {
            refused(dir, "Invalid value for option '--occupancy': expected a decimal number such as 0.95, found '" + v + "'", "forecast", "--occupancy", v);
        }
    }

    @Test
    void valuesOutsideTheirRangeAreRefused(@TempDir Path dir) {
        refused(dir, "--occupancy: expected a share from 0.5 to 1, found 0.4", "forecast", "--occupancy", "0.4");
        refused(dir, "--occupancy: expected a share from 0.5 to 1, found 1.01", "forecast", "--occupancy", "1.01");
        refused(dir, "--simulations: expected 100 to 100000, found 99", "forecast", "--simulations", "99");
        refused(dir, "--horizon: expected 1 to 30, found 31", "forecast", "--horizon", "31");
        refused(dir, "--suppress: expected 0 to 100, found 101", "forecast", "--witan", dir.toString(), "--suppress", "101");
    }
}
