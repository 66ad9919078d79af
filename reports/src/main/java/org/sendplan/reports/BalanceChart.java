package org.sendplan.reports;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.Outcome;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * The dashboard's chart of the cumulative DSG balance by financial year: each scenario's mean,
 * the baseline's with the edges of its p10–p90 band (the workbook's Budget chart draws the same figures
 * natively). Styled as the {@link DrawnChart}s; the x axis is the financial year's start
 * (2025 for 2025-26), as its title says.
 */
final class BalanceChart {
    static final String NAME = "balance";

    private BalanceChart() {
    }

    static XYChart of(List<Outcome> outcomes) {
        Outcome base = outcomes.get(0);
        XYChart chart = new XYChartBuilder().width(DrawnChart.WIDTH).height(DrawnChart.HEIGHT)
                .title("Cumulative DSG balance, " + base.forecast().area().name() + " (mean; the baseline with its p10-p90 band)")
                .xAxisTitle("Financial year (starting April)").yAxisTitle("£").build();
        DrawnChart.style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern(Styles.MONEY);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        List<BudgetRow> b = base.plan().budget();
        int n = b.size();
        double[] x = new double[n], lo = new double[n], hi = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = b.get(i).year().start();
            lo[i] = b.get(i).cumulativeP10();
            hi[i] = b.get(i).cumulativeP90();
        }
        // the band as its two edges, dashed: a filled area would fill to zero, and the balance falls below it
        BasicStroke dashed = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f);
        Color band = new Color(86, 140, 200);
        String[] names = {"Baseline p90", "Baseline p10"};
        double[][] edges = {hi, lo};
        for (int e = 0; e < 2; e++) {
            XYSeries s = chart.addSeries(names[e], x, edges[e]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(band);
            s.setLineStyle(dashed);
            s.setMarker(SeriesMarkers.NONE);
        }
        for (int k = 0; k < outcomes.size(); k++) {
            Outcome o = outcomes.get(k);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) y[i] = o.plan().budget().get(i).cumulativeBalance();
            // a scenario may be called what a band edge is: its series keeps its name, marked, for XChart's names are unique
            String name = List.of(names).contains(o.forecast().scenario()) ? o.forecast().scenario() + " (scenario)" : o.forecast().scenario();
            XYSeries s = chart.addSeries(name, x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(k == 0 ? new Color(8, 48, 107) : Palette.awt(k));
            s.setLineStyle(new BasicStroke(k == 0 ? 2.5f : 2f));
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(k == 0 ? new Color(8, 48, 107) : Palette.awt(k));
        }
        return chart;
    }
}
