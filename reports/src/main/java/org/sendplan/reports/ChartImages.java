package org.sendplan.reports;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Writes the chart images of one forecast with XChart, 900 × 500 PNG, into a folder:
 * <ul>
 * <li>{@code total.png}: total EHC plans, mean line over the p10–p90 band;</li>
 * <li>{@code provision.png}: stacked columns of the mean by provision;</li>
 * <li>{@code phase.png}: mean by phase, one line each;</li>
 * <li>{@code need.png}: mean by primary need, one line each.</li>
 * </ul>
 * Titles name the area. The charts are rendered on separate threads (the AWT and font start-up
 * they share is paid once). PNG bytes depend on the fonts installed: they are not part of the
 * determinism promise. Needs a headless AWT ({@code -Djava.awt.headless=true}) on servers.
 */
public final class ChartImages {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;
    /** The files {@link #write} creates, in order. */
    public static final List<String> FILES = List.of("total.png", "provision.png", "phase.png", "need.png");

    /** Distinct colours for up to 16 series (13 needs, 9 provisions, 17 settings wrap round). */
    private static final Color[] PALETTE = {
            new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
            new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
            new Color(188, 189, 34), new Color(23, 190, 207), new Color(0, 0, 128), new Color(128, 128, 0),
            new Color(0, 128, 128), new Color(128, 0, 0), new Color(255, 187, 120), new Color(152, 223, 138)};

    private static final WarmUp WARM_UP = new WarmUp("charts", ChartImages::warmUpTask);

    private ChartImages() {
    }

    /**
     * Optional: starts loading XChart, Java2D and the fonts on a background thread (returns at
     * once), so that a later {@link #write} finds them ready. {@link #write} waits for a started
     * warm-up to finish before it begins. Calling it more than once is harmless.
     */
    public static void warmUp() {
        WARM_UP.start();
    }

    private static void warmUpTask() {
        Forecast f = WarmUpForecast.get();
        List<Chart<?, ?>> charts = List.of(total(f), provision(f));
        for (Chart<?, ?> c : charts) {
            try {
                BitmapEncoder.saveBitmap(c, OutputStream.nullOutputStream(), BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void write(Forecast forecast, Path dir) throws IOException {
        write(forecast, dir, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #write(Forecast, Path)} on at most {@code maxThreads} threads (1: on the caller's). */
    static void write(Forecast forecast, Path dir, int maxThreads) throws IOException {
        WARM_UP.await();
        Files.createDirectories(dir);
        List<Supplier<Chart<?, ?>>> charts = List.of(
                () -> total(forecast), () -> provision(forecast), () -> lines(forecast, Dimension.PHASE, "phase"),
                () -> lines(forecast, Dimension.NEED, "primary need"));
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

    private static double[] years(SummaryTable t) {
        double[] x = new double[t.years.length];
        for (int i = 0; i < x.length; i++) x[i] = t.years[i];
        return x;
    }

    private static void style(AxesChartStyler s) {
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setYAxisDecimalPattern("#,##0");
        s.setLegendBorderColor(Color.WHITE);
        s.setSeriesColors(PALETTE);
    }

    static XYChart total(Forecast f) {
        SummaryTable t = SummaryTable.of(f, Dimension.TOTAL);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Total EHC plans, " + f.area().name() + " (" + f.baseYear() + " observed; central forecast, p10-p90 band)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setPlotGridLinesVisible(false);
        if (t.isEmpty()) {
            noData(chart, f);
            return chart;
        }
        int n = t.years.length;
        double[] x = years(t);
        double[] mean = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int y = 0; y < n; y++) {
            mean[y] = t.mean(0, y);
            lo[y] = t.p10(0, y);
            hi[y] = t.p90(0, y);
        }
        Color band = new Color(173, 205, 235);
        // The band is the p90 area with the p10 area painted over it in the plot's background colour.
        XYSeries upper = chart.addSeries(f.coverage().note(Dimension.TOTAL).replace('–', '-'), x, hi);
        upper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        upper.setFillColor(band);
        upper.setLineColor(band);
        upper.setMarker(SeriesMarkers.NONE);
        XYSeries lower = chart.addSeries("p10", x, lo);
        lower.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        lower.setFillColor(Color.WHITE);
        lower.setLineColor(band);
        lower.setMarker(SeriesMarkers.NONE);
        lower.setShowInLegend(false);
        XYSeries m = chart.addSeries("Central forecast", x, mean);
        m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        m.setLineColor(new Color(8, 48, 107));
        m.setLineStyle(new BasicStroke(2.5f));
        m.setMarker(SeriesMarkers.CIRCLE);
        m.setMarkerColor(new Color(8, 48, 107));
        return chart;
    }

    static CategoryChart provision(Forecast f) {
        SummaryTable t = SummaryTable.of(f, Dimension.PROVISION);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("EHC plans by provision, " + f.area().name() + " (mean)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setAvailableSpaceFill(0.7);
        List<String> x = new ArrayList<>();
        for (int year : t.years) x.add(Integer.toString(year));
        for (int g = 0; g < t.groups.size(); g++) {
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < t.years.length; i++) {
                double v = t.mean(g, i);
                y.add(Double.isFinite(v) ? v : 0.0);
            }
            chart.addSeries(t.groups.get(g), x, y).setMarker(SeriesMarkers.NONE);
        }
        if (t.isEmpty()) {
            chart.setTitle(chart.getTitle() + ": no data");
            chart.addSeries("no data", List.of(Integer.toString(f.baseYear())), List.of(0.0)).setShowInLegend(false);
        }
        return chart;
    }

    static XYChart lines(Forecast f, Dimension dim, String noun) {
        SummaryTable t = SummaryTable.of(f, dim);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("EHC plans by " + noun + ", " + f.area().name() + " (mean)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        double[] x = years(t);
        for (int g = 0; g < t.groups.size(); g++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = t.mean(g, i);
            XYSeries s = chart.addSeries(t.groups.get(g), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        if (t.isEmpty()) {
            noData(chart, f);
        }
        return chart;
    }

    /** XChart cannot draw a chart without series: an empty, labelled one instead. */
    private static void noData(XYChart chart, Forecast f) {
        chart.setTitle(chart.getTitle() + ": no data");
        XYSeries s = chart.addSeries("no data", new double[]{f.baseYear()}, new double[]{0});
        s.setShowInLegend(false);
        s.setMarker(SeriesMarkers.NONE);
    }
}
