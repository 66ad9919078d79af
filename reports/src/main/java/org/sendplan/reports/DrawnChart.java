package org.sendplan.reports;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The drawn charts of one forecast, each defined once here and drawn both as a PNG image
 * ({@link ChartImages}) and as inline SVG in the dashboard ({@link SvgChart}), so the two always
 * show the same thing:
 * <ul>
 * <li>{@link #TOTAL}: total EHC plans, central line over the p10–p90 band, after the published
 *     totals of the years before the base year;</li>
 * <li>{@link #PROVISION}: stacked columns of the mean by provision, the published years first;</li>
 * <li>{@link #PHASE}: mean by phase, one line each, the published years first;</li>
 * <li>{@link #NEED}: mean by primary need, one line each (the backtest publishes no history by need).</li>
 * </ul>
 * The published years are the {@link PublishedHistory}: without a backtest the charts start at the base year.
 * Titles name the area. Series colours are the {@link Palette}'s. A value a {@link Disclosure} hides
 * is not drawn: a gap in a line, no segment in a stacked column (the table beside the chart shows
 * {@link Suppression#MARKER}).
 */
enum DrawnChart {
    TOTAL, PROVISION, PHASE, NEED;

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    /** Marker shapes of the line charts, one per round of the palette: a second round of colours reads by its markers. */
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP};

    /** The name of its file ({@code total} for {@code total.png}) and of its figure in the dashboard. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roll-up the chart draws. */
    Dimension dimension() {
        return switch (this) {
            case TOTAL -> Dimension.TOTAL;
            case PROVISION -> Dimension.PROVISION;
            case PHASE -> Dimension.PHASE;
            case NEED -> Dimension.NEED;
        };
    }

    /** The chart of {@code f} after its published years, newly built (XChart charts are not shared between threads). */
    Chart<?, ?> of(Forecast f, PublishedHistory history) {
        return of(f, history, Disclosure.NONE);
    }

    /** As {@link #of(Forecast, PublishedHistory)}, without the values {@code disclosure} hides. */
    Chart<?, ?> of(Forecast f, PublishedHistory history, Disclosure disclosure) {
        return switch (this) {
            case TOTAL -> total(SummaryTable.of(f, Dimension.TOTAL, disclosure), f, history);
            case PROVISION -> provision(SummaryTable.of(f, Dimension.PROVISION, disclosure), f, history);
            case PHASE -> lines(SummaryTable.of(f, Dimension.PHASE, disclosure), f, history, "phase");
            case NEED -> lines(SummaryTable.of(f, Dimension.NEED, disclosure), f, history, "primary need");
        };
    }

    /** The published years of {@code d} before the projection's first, then the projection's years. */
    private static int[] allYears(SummaryTable t, PublishedHistory history) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(history.years(t.dimension));
        for (int y : t.years) years.add(y);
        return years.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A group's published figure in a year before the projection, or its projected mean (NaN: neither). */
    private static double value(SummaryTable t, PublishedHistory history, int group, int year) {
        int i = java.util.Arrays.binarySearch(t.years, year);
        if (i >= 0) return t.shown(group, i, t.mean(group, i));
        Double v = history.of(t.dimension, t.groups.get(group)).get(year);
        return v == null ? Double.NaN : v;
    }

    private static double[] years(SummaryTable t) {
        double[] x = new double[t.years.length];
        for (int i = 0; i < x.length; i++) x[i] = t.years[i];
        return x;
    }

    /** The look every drawn chart shares (also the dashboard's {@link BalanceChart}). */
    static void style(AxesChartStyler s) {
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setYAxisDecimalPattern(Styles.COUNT);
        s.setLegendBorderColor(Color.WHITE);
        Color[] colours = new Color[Palette.HEX.size()];
        for (int i = 0; i < colours.length; i++) colours[i] = Palette.awt(i);
        s.setSeriesColors(colours);
    }

    private static XYChart total(SummaryTable t, Forecast f, PublishedHistory history) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Total EHC plans, " + f.area().name() + " (published to " + f.baseYear() + "; central forecast, p10-p90 band)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        // top left, one entry a line: the published years sit low there, and three entries (the band's says what it covered) are too wide for a row
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
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
            mean[y] = t.shown(0, y, t.central(0, y));
            lo[y] = t.shown(0, y, t.p10(0, y));
            hi[y] = t.shown(0, y, t.p90(0, y));
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
        java.util.SortedMap<Integer, Double> published = history.of(Dimension.TOTAL, t.groups.get(0));
        if (!published.isEmpty()) {
            // the published years, joined to the base year's observed figure so that the line runs on
            double[] px = new double[published.size() + 1], py = new double[published.size() + 1];
            int i = 0;
            for (var e : published.entrySet()) {
                px[i] = e.getKey();
                py[i++] = e.getValue();
            }
            px[i] = x[0];
            py[i] = mean[0];
            XYSeries p = chart.addSeries("Published (January census)", px, py);
            p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            p.setLineColor(new Color(80, 80, 80));
            p.setLineStyle(new BasicStroke(2f));
            p.setMarker(SeriesMarkers.SQUARE);
            p.setMarkerColor(new Color(80, 80, 80));
        }
        XYSeries m = chart.addSeries("Central forecast", x, mean);
        m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        m.setLineColor(new Color(8, 48, 107));
        m.setLineStyle(new BasicStroke(2.5f));
        m.setMarker(SeriesMarkers.CIRCLE);
        m.setMarkerColor(new Color(8, 48, 107));
        return chart;
    }

    private static CategoryChart provision(SummaryTable t, Forecast f, PublishedHistory history) {
        int[] years = allYears(t, history);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("EHC plans by provision, " + f.area().name() + " (" + (history.years(Dimension.PROVISION).isEmpty() ? "" : "published to "
                        + f.baseYear() + ", then ") + "mean)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setAvailableSpaceFill(0.7);
        List<String> x = new ArrayList<>();
        for (int year : years) x.add(Integer.toString(year));
        for (int g = 0; g < t.groups.size(); g++) {
            List<Double> y = new ArrayList<>();
            for (int year : years) {
                double v = value(t, history, g, year);
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

    private static XYChart lines(SummaryTable t, Forecast f, PublishedHistory history, String noun) {
        Dimension dim = t.dimension;
        int[] years = allYears(t, history);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("EHC plans by " + noun + ", " + f.area().name() + " (" + (history.years(dim).isEmpty() ? "" : "published to "
                        + f.baseYear() + ", then ") + "mean)")
                .xAxisTitle("January census year").yAxisTitle("EHC plans").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        double[] x = new double[years.length];
        for (int i = 0; i < x.length; i++) x[i] = years[i];
        for (int g = 0; g < t.groups.size(); g++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = value(t, history, g, years[i]);
            XYSeries s = chart.addSeries(t.groups.get(g), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(MARKERS[(g / Palette.HEX.size()) % MARKERS.length]);
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
