package org.sendplan.reports;

import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/**
 * How the workbook's native charts look. Every series is given its colour, its line or fill and
 * its markers here, never left to the reader's defaults: LibreOffice draws a series without them
 * as nothing (stacked columns, lines without markers) or as pale dots all of one colour.
 */
final class Charts {
    /** Light grey gridlines. Colours are kept as hex and made per chart: an XDDFColor belongs to one document. */
    private static final String GRID = "D9D9D9";

    /** Shares on an axis: whole percents (the axis steps by them); counts and money use the cells' formats. */
    static final String PERCENT_AXIS = "0%";

    /** A line's look: solid, or dashed for the ends of a band around a solid central line. */
    enum Stroke { SOLID, DASHED }

    private Charts() {
    }

    /** A chart anchored over the cells ({@code col1}, {@code row1}) to ({@code col2}, {@code row2}), legend below. */
    static XSSFChart chart(SXSSFSheet sh, int col1, int row1, int col2, int row2, String title) {
        XSSFDrawing drawing = StreamingWorkbook.beneath(sh).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // a blank (or suppressed) cell is a gap: left unsaid, a blank is drawn as zero
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    /**
     * Writes each series' cache of the values it charts. {@code XDDFChart.plot} does the same and
     * first makes the chart an embedded workbook of its own to copy values into (a new
     * XSSFWorkbook for every chart, never written: the series refer to this workbook's cells).
     */
    static void plot(XDDFChartData data) {
        for (int i = 0; i < data.getSeriesCount(); i++) data.getSeries(i).plot();
    }

    /** The {@code i}-th colour of the {@link Palette} (it repeats past its end). */
    static XDDFColor colour(int i) {
        return rgb(Palette.hex(i));
    }

    private static XDDFColor rgb(String hex) {
        byte[] rgb = new byte[3];
        for (int k = 0; k < 3; k++) rgb[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        return XDDFColor.from(rgb);
    }

    /** A chart's two axes. */
    record Axes(XDDFCategoryAxis category, XDDFValueAxis value) {
    }

    /**
     * The category axis at the bottom and the value axis on the left, the values shown in
     * {@code format} (not linked to the cells', which may carry decimals the axis does not want).
     * The category axis crosses at the lowest value, with its labels low, so that a chart that
     * goes below zero keeps its labels under the plot rather than on the zero line.
     */
    static Axes axes(XSSFChart chart, String categoryTitle, String valueTitle, String format) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(categoryTitle);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        if (valueTitle != null) y.setTitle(valueTitle);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        // after the value axis, whose creation sets where the category axis crosses it
        x.setCrosses(AxisCrosses.MIN);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        y.setNumberFormat(format);
        // POI links the format to the source cells; unlinked, it is the one shown
        for (CTValAx ax : chart.getCTChart().getPlotArea().getValAxList()) {
            if (ax.getAxId().getVal() == y.getId()) ax.getNumFmt().setSourceLinked(false);
        }
        y.getOrAddMajorGridProperties().setLineProperties(line(rgb(GRID), 0.75, Stroke.SOLID));
        return new Axes(x, y);
    }

    /**
     * The value axis from a round number below {@code lo} to one above {@code hi} (steps of 1, 2
     * or 5 × a power of ten, about five of them), not from zero: a line of 5,000 plans rising by
     * a tenth is not drawn flat. Nothing is set when there is nothing to plot.
     */
    static void bound(XDDFValueAxis y, double lo, double hi) {
        if (!(hi >= lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) return;
        double raw = Math.max(hi - lo, Math.max(1, Math.abs(hi) * 0.05)) / 5, pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= pow ? pow : raw <= 2 * pow ? 2 * pow : raw <= 5 * pow ? 5 * pow : 10 * pow;
        double min = Math.floor(lo / step) * step, max = Math.ceil(hi / step) * step;
        if (max == min) max = min + step;
        y.setMinimum(lo >= 0 ? Math.max(0, min) : min);
        y.setMaximum(max);
        y.setMajorUnit(step);
    }

    /** A line series drawn in {@code colour}, {@code width} points wide, with filled markers of the same colour or none. */
    static void line(XDDFLineChartData.Series s, XDDFColor colour, double width, Stroke stroke, MarkerStyle marker) {
        s.setSmooth(false);
        s.setLineProperties(line(colour, width, stroke));
        s.setMarkerStyle(marker);
        if (marker != MarkerStyle.NONE) {
            s.setMarkerSize((short) 6);
            XDDFShapeProperties dot = new XDDFShapeProperties(s.getCTLineSer().getMarker().addNewSpPr());
            dot.setFillProperties(new XDDFSolidFillProperties(colour));
            dot.setLineProperties(line(colour, 0.75, Stroke.SOLID));
        }
    }

    /**
     * A series of a band chart: the central line ({@code central}) solid and heavier in the first
     * colour; the band's ends (p10, p90) dashed in one lighter blue, so that they read as a pair.
     */
    static void band(XDDFLineChartData.Series s, boolean central) {
        line(s, colour(central ? 0 : 5), central ? 2.5 : 1.5, central ? Stroke.SOLID : Stroke.DASHED, MarkerStyle.NONE);
    }

    /** A bar (column) series filled solid in {@code colour}, without an outline. */
    static void bar(XDDFBarChartData.Series s, XDDFColor colour) {
        s.setFillProperties(new XDDFSolidFillProperties(colour));
        XDDFLineProperties none = new XDDFLineProperties(new XDDFNoFillProperties());
        s.setLineProperties(none);
        s.setInvertIfNegative(false);
    }

    private static XDDFLineProperties line(XDDFColor colour, double width, Stroke stroke) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
        line.setWidth(width);
        if (stroke == Stroke.DASHED) line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        return line;
    }
}
