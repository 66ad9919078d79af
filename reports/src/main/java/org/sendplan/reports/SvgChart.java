package org.sendplan.reports;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.sendplan.model.Forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A {@link DrawnChart} as SVG markup to put inside an HTML page, drawn by XChart's own vector
 * encoder (VectorGraphics2D) from the same definition as the PNG. XChart draws text as glyph
 * outlines, so no text of the inputs (an area's name in a title) reaches the markup as text:
 * there is nothing in it to escape. The screen reader's description and the figures themselves
 * are the page's (a label and a data table beside each chart).
 * <p>
 * The same chart gives the same markup (VectorGraphics2D names its clip paths after their
 * shape's value); like the PNG, the glyph outlines depend on the fonts installed.
 */
final class SvgChart {
    /** Coordinates to two decimals (a hundredth of a pixel): VectorGraphics2D writes up to sixteen, tripling the size. */
    private static final Pattern LONG_DECIMAL = Pattern.compile("(\\.\\d\\d)\\d+");

    private SvgChart() {
    }

    /** The markup of {@code chart} for {@code f}, from {@code <svg} on, its ids prefixed with {@code chart}'s name. */
    static String of(DrawnChart chart, Forecast f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart.of(f), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        // the XML declaration and DOCTYPE belong to a file of its own, not inside HTML
        svg = svg.substring(svg.indexOf("<svg"));
        // ids are unique within one SVG, not across the several inline in one page
        String prefix = chart.fileName() + "-";
        svg = svg.replace("id=\"clip", "id=\"" + prefix + "clip").replace("url(#clip", "url(#" + prefix + "clip");
        return LONG_DECIMAL.matcher(svg).replaceAll("$1");
    }
}
