package org.sendplan.reports;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.sendplan.model.Forecast;
import org.sendplan.model.evaluation.RollingBacktest;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Writes the chart images of one forecast with XChart, 900 × 500 PNG, into a folder: one file per
 * {@link DrawnChart} ({@code total.png}, {@code provision.png}, {@code phase.png},
 * {@code need.png}), the same charts the dashboard shows as SVG. The charts are rendered on
 * separate threads (the AWT and font start-up they share is paid once). PNG bytes depend on the fonts installed: they are not part of the
 * determinism promise. Needs a headless AWT ({@code -Djava.awt.headless=true}) on servers.
 */
public final class ChartImages {
    /** The files {@link #write} creates, in order. */
    public static final List<String> FILES = Arrays.stream(DrawnChart.values()).map(c -> c.fileName() + ".png").toList();

    static {
        // ImageIO buffers each encoded image in a temporary file (imageio*.tmp in java.io.tmpdir),
        // which a killed run leaves behind: a 900 × 500 PNG is buffered in memory instead
        ImageIO.setUseCache(false);
    }

    private ChartImages() {
    }

    /** The charts of {@code forecast} with the published figures before its base year where the backtest has them. */
    public static void write(Forecast forecast, RollingBacktest.Result backtest, Path dir) throws IOException {
        write(forecast, backtest, dir, Disclosure.NONE);
    }

    /** As {@link #write(Forecast, RollingBacktest.Result, Path)}, without the values {@code disclosure} hides. */
    static void write(Forecast forecast, RollingBacktest.Result backtest, Path dir, Disclosure disclosure) throws IOException {
        write(forecast, PublishedHistory.of(forecast, backtest), dir, Runtime.getRuntime().availableProcessors(), disclosure);
    }

    /** As {@link #write(Forecast, RollingBacktest.Result, Path)} on at most {@code maxThreads} threads (1: on the caller's). */
    static void write(Forecast forecast, PublishedHistory history, Path dir, int maxThreads) throws IOException {
        write(forecast, history, dir, maxThreads, Disclosure.NONE);
    }

    private static void write(Forecast forecast, PublishedHistory history, Path dir, int maxThreads, Disclosure disclosure) throws IOException {
        Files.createDirectories(dir);
        List<Supplier<Chart<?, ?>>> charts = Arrays.stream(DrawnChart.values())
                .<Supplier<Chart<?, ?>>>map(c -> () -> c.of(forecast, history, disclosure)).toList();
        int threads = Math.min(charts.size(), Math.max(1, maxThreads));
        if (threads == 1) {
            for (int i = 0; i < charts.size(); i++) {
                render(charts.get(i), dir.resolve(FILES.get(i)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sendplan-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < charts.size(); i++) {
                Supplier<Chart<?, ?>> c = charts.get(i);
                Path file = dir.resolve(FILES.get(i));
                futures.add(pool.submit(() -> {
                    render(c, file);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) throw u.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void render(Supplier<Chart<?, ?>> chart, Path file) throws IOException {
        Chart<?, ?> c = chart.get();
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(c, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
