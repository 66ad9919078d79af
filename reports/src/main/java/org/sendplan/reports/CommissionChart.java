package org.sendplan.reports;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.SufficiencyPlan;

import java.util.List;

/**
 * The dashboard's chart of the places to commission beyond capacity at median demand, by academic
 * year, one line for each commissioned provision (the Sufficiency sheet's and places.csv's
 * {@code additional_places_p50}). Styled as the {@link DrawnChart}s; the x axis is the academic
 * year's start (2025 for 2025/26), as its title says.
 */
final class CommissionChart {
    static final String NAME = "commission";

    private CommissionChart() {
    }

    /** {@code provisions}: the commissioned ones, in the table's order; {@code years}: the plan's academic years. */
    static XYChart of(SufficiencyPlan plan, List<Provision> provisions, List<AcademicYear> years, String area) {
        XYChart chart = new XYChartBuilder().width(DrawnChart.WIDTH).height(DrawnChart.HEIGHT + 100)
                .title("Places to commission beyond capacity, " + area + " (median demand)")
                .xAxisTitle("Academic year (starting September)").yAxisTitle("Places").build();
        DrawnChart.style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        // below the plot, one a line: the provisions' names are long, and lines rising to the top left leave no room inside
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        double[] x = new double[years.size()];
        for (int i = 0; i < x.length; i++) x[i] = years.get(i).start();
        for (Provision p : provisions) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = plan.placesRow(p, years.get(i)).additionalP50();
            XYSeries s = chart.addSeries(p.label(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

}
