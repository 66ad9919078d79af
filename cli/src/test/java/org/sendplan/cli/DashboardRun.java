package org.sendplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One real forecast for the dashboard's tests, made once per test JVM: the default run
 * (Stockton-on-Tees on the bundled data, with its backtest and ILLUSTRATIVE places and money) with
 * two scenarios, the example {@code mitigated} and one named like markup, into
 * {@code target/dashboard-run-N/out} (N the surefire fork: test JVMs run side by side).
 */
final class DashboardRun {
    /** A scenario name a page must show as text: as markup it would run a script and add an element. */
    static final String HOSTILE = "<script>document.title='x'</script><b>bold</b> & co";

    private static Path out;

    private DashboardRun() {
    }

    static synchronized Path out() {
        if (out != null) return out;
        try {
            Path dir = Path.of("target", "dashboard-run-" + System.getProperty("sendplan.test.fork", "0")).toAbsolutePath();
            Files.createDirectories(dir);
            Path hostile = Files.writeString(dir.resolve("hostile.yaml"), "name: \"" + HOSTILE + "\"\nlevers:\n  joiners:\n    - {multiply: 0.9}\n",
                    StandardCharsets.UTF_8);
            Path o = dir.resolve("out");
            CliRun r = CliRun.of("forecast", "--out", o.toString(), "--scenario", Path.of("..", "scenarios", "stockton", "mitigated.yaml").toString(),
                    "--scenario", hostile.toString());
            assertEquals(0, r.exit(), r.err());
            out = o;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
