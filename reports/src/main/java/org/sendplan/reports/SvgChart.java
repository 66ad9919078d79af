package org.sendplan.reports;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.sendplan.model.Forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link DrawnChart} (or the dashboard's own {@link BalanceChart}) as SVG markup to put inside an HTML page, drawn by XChart's own vector
 * encoder (VectorGraphics2D) from the same definition as the PNG. XChart draws text as glyph
 * outlines, so no text of the inputs (an area's name in a title) reaches the markup as text:
 * there is nothing in it to escape. The screen reader's description and the figures themselves
 * are the page's (a label and a data table beside each chart).
 * <p>
 * The same chart gives the same markup (VectorGraphics2D names its clip paths after their
 * shape's value); like the PNG, the glyph outlines depend on the fonts installed.
 * <p>
 * Not for concurrent use: VectorGraphics2D formats every number with one shared
 * {@code DecimalFormat}, which is not thread-safe, so charts are drawn one after another (the
 * dashboard draws them on its one thread).
 */
final class SvgChart {
    /** Decimals kept (a hundredth of a pixel): VectorGraphics2D writes up to sixteen, which nearly doubles the page. */
    private static final int DECIMALS = 2;

    private SvgChart() {
    }

    /** The markup of {@code chart} for {@code f} without what {@code disclosure} hides, from {@code <svg} on, its ids prefixed with {@code chart}'s name. */
    static String of(DrawnChart chart, Forecast f, PublishedHistory history, Disclosure disclosure) {
        return of(chart.fileName(), chart.of(f, history, disclosure));
    }

    /** The markup of any chart, from {@code <svg} on, its ids prefixed with {@code name} (unique in the page). */
    static String of(String name, Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        // the XML declaration and DOCTYPE belong to a file of its own, not inside HTML
        svg = svg.substring(svg.indexOf("<svg"));
        // ids are unique within one SVG, not across the several inline in one page
        String prefix = name + "-";
        svg = svg.replace("id=\"clip", "id=\"" + prefix + "clip").replace("url(#clip", "url(#" + prefix + "clip");
        return shortDecimals(svg);
    }

    /**
     * Every run of digits after a decimal point cut to {@link #DECIMALS}: the text between such runs
     * is copied whole (a pass char by char was a hundredth of a run; a regex costs five times that).
     */
    static String shortDecimals(String s) {
        int n = s.length(), copied = 0;
        StringBuilder out = new StringBuilder(n);
        for (int i = s.indexOf('.', 1); i > 0 && i + 1 < n; i = s.indexOf('.', i + 1)) {
            if (!isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) continue;
            int end = i + 1;
            while (end < n && isDigit(s.charAt(end))) end++;
            out.append(s, copied, Math.min(end, i + 1 + DECIMALS));
            copied = end;
            i = end - 1;
        }
        return out.append(s, copied, n).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
