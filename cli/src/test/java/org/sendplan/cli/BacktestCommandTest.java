package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backtest.csv's contract, its figures recomputed from the file, and the forecast's summary. */
class BacktestCommandTest {
    @Test
    void backtestCsvRecomputes(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("backtest", "--la", "808", "--horizons", "1-3", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("backtest.csv"));
        assertEquals("la_code,method,base_year,horizon,dimension,group,forecast,p10,p90,actual,error,ape", lines.get(0));
        List<Double> apes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(12, f.length, line);
            assertEquals("808", f[0]);
            assertTrue(List.of("sendplan", "last_value", "last_growth").contains(f[1]), f[1]);
            int h = Integer.parseInt(f[3]);
            assertTrue(h >= 1 && h <= 3);
            double forecast = Double.parseDouble(f[6]), actual = Double.parseDouble(f[9]), error = Double.parseDouble(f[10]);
            assertEquals(forecast - actual, error, 0.002, line);
            // values are printed to 3 decimals: allow for the rounding of error and actual
            if (!f[11].isEmpty()) assertEquals(Math.abs(error) / actual, Double.parseDouble(f[11]), 0.001 + 0.002 * (1 + Math.abs(error) / actual) / actual, line);
            // bands only for sendplan, once there are past errors of every authority to make one from: totals and phases from
            // 2014 (forecasts from 2012 on), provisions from 2020 (judged from 2019, the first census of the latest release's settings)
            if (!f[1].equals("sendplan")) assertTrue(f[7].isEmpty(), "p10 only for sendplan: " + line);
            else if (Integer.parseInt(f[2]) >= (f[4].equals("provision") ? 2020 : 2014)) assertFalse(f[7].isEmpty(), "a band from past errors: " + line);
            if (f[1].equals("sendplan") && f[4].equals("total") && h == 1) apes.add(Math.abs(forecast - actual) / actual);
        }
        double mape = apes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String row = String.format(Locale.ROOT, "| 1 | %d | %.2f%% |", apes.size(), 100 * mape);
        assertTrue(r.out().contains(row), "printed table has " + row + ":\n" + r.out());
    }

    @Test
    void forecastIncludesTheBacktestUnlessToldNot(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("forecast", "--la", "808", "--horizon", "3", "--simulations", "200", "--out", dir.resolve("a").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("a/backtest.csv")));
        assertTrue(Files.readString(dir.resolve("a/summary.json")).contains("\"backtest\""));
        CliRun n = CliRun.of("forecast", "--la", "808", "--horizon", "3", "--simulations", "200", "--no-backtest", "--out", dir.resolve("b").toString());
        assertEquals(0, n.exit(), n.err());
        assertFalse(Files.exists(dir.resolve("b/backtest.csv")));
        assertFalse(Files.readString(dir.resolve("b/summary.json")).contains("\"backtest\""));
    }

    @Test
    void badHorizonsAreAUsageError() {
        assertEquals(2, CliRun.of("backtest", "--horizons", "1-x").exit());
        assertEquals(2, CliRun.of("backtest", "--horizons", "0").exit());
    }
}
