package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged launcher {@code bin/sendplan} as a user runs it: a real process on the jar that
 * {@code package} built (run by failsafe after it), checked by its exit code, its output and the
 * files it writes.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "bin", "sendplan").toAbsolutePath().normalize();

    private record Ran(int exit, String out, String err) {
    }

    private static Ran run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt"), err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished within 2 minutes");
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The launcher's first run after a build prepares its start-up archive and says so on stderr;
     * the tests below are of the runs after it, as a user's every run but the first.
     */
    @org.junit.jupiter.api.BeforeAll
    static void firstRunAfterTheBuild(@TempDir Path dir) throws Exception {
        Ran r = run(dir, "--version");
        assertEquals(0, r.exit(), r.err());
        Path archive = Path.of("target", "sendplan.jsa");
        assertTrue(Files.exists(archive), "the start-up archive beside the jar");
    }

    @Test
    void theQuickStartForecastPrintsItsHeadlineAndWritesTheReports(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");
        Ran r = run(dir, "forecast", "--no-backtest", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        // the published January 2025 caseload of Stockton-on-Tees (DfE SEN2 2025, caseload.csv, 808)
        assertTrue(r.out().startsWith("Stockton-on-Tees (808): 2,442 EHC plans in January 2025; projected "), r.out());
        assertTrue(r.out().contains("wrote 18 files to " + out), r.out());
        for (String f : List.of("projection.csv", "summary.csv", "summary.json", "sufficiency-plan.xlsx", "places.csv", "costs.csv",
                "budget.csv", "pupils.csv", "charts/total.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals("scenario,la_code,year,age,ncy,setting,need,mean,p10,p50,p90", Files.readAllLines(out.resolve("projection.csv")).get(0));
        assertEquals(List.of(), Files.list(out).filter(p -> p.getFileName().toString().startsWith(".sendplan-staging")).toList());
    }

    @Test
    void aUsageErrorExitsTwoWithItsReasonAndWhereTheHelpIs(@TempDir Path dir) throws Exception {
        Ran r = run(dir, "forecast", "--horizon", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertEquals(List.of("error: --horizon: expected 1 to 30, found 0", "try 'sendplan forecast --help'"), r.err().lines().toList());
        assertEquals("", r.out());
        assertTrue(Files.notExists(dir.resolve("o")), "nothing written");
    }

    @Test
    void badInputExitsThreeWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path cap = Files.writeString(dir.resolve("capacity.csv"), "provision,academic_year,places\nSPECIAL_STATE,2025/26,lots\n");
        Ran r = run(dir, "forecast", "--no-backtest", "--capacity", cap.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("error: " + cap + ":2:"), errors.get(0));
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }

    /** The whole default run fits a small heap: the readers stream and the engines' arrays are sized by the area, not the release. */
    @Test
    void theDefaultForecastRunsIn256Megabytes(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "sendplan.jar").toAbsolutePath();
        Path out = dir.resolve("reports");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-jar", jar.toString(), "forecast", "--out", out.toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished within 2 minutes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr.txt")));
        assertTrue(Files.readString(dir.resolve("stdout.txt")).startsWith("Stockton-on-Tees (808): 2,442 EHC plans in January 2025"));
        assertTrue(Files.size(out.resolve("sufficiency-plan.xlsx")) > 0);
    }

    @Test
    void versionComesFromTheJarManifest(@TempDir Path dir) throws Exception {
        Ran r = run(dir, "--version");
        assertEquals(0, r.exit(), r.err());
        assertEquals("sendplan 0.1.0", r.out().strip());
    }
}
