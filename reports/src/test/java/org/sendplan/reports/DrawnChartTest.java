package org.sendplan.reports;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.evaluation.RollingBacktest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The charts draw the published years before the base year, as the backtest met them, then the projection. */
class DrawnChartTest {
    /** Published totals 100, 110, 120 in January 2021–2023 (two forecasts meet 2022: one outturn), mainstream half of each. */
    static RollingBacktest.Result published(int base) {
        List<RollingBacktest.Row> rows = new ArrayList<>();
        double[][] baseHorizonActual = {{base - 4, 1, 100}, {base - 4, 2, 110}, {base - 3, 1, 110}, {base - 3, 2, 120}, {base - 2, 1, 120},
                {base - 2, 2, 999}};
        for (double[] r : baseHorizonActual) {
            rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.SENDPLAN, (int) r[0], (int) r[1], Dimension.TOTAL, SummaryRow.ALL,
                    r[2], r[2], r[2], r[2]));
            rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.SENDPLAN, (int) r[0], (int) r[1], Dimension.PROVISION,
                    Provision.MAINSTREAM.name(), r[2] / 2, r[2] / 2, r[2] / 2, r[2] / 2));
            // a naive method's rows carry the same outturn and must not add a series or a year
            rows.add(new RollingBacktest.Row("202", RollingBacktest.Method.LAST_VALUE, (int) r[0], (int) r[1], Dimension.TOTAL, SummaryRow.ALL,
                    r[2], Double.NaN, Double.NaN, r[2]));
        }
        return new RollingBacktest.Result(Fixtures.AREA, 2, rows, List.of(), List.of(), List.of());
    }

    @Test
    void theTotalChartRunsFromThePublishedYearsToTheBaseYearsObservedFigure() {
        Forecast f = Fixtures.forecast();
        int base = f.baseYear();
        XYChart chart = (XYChart) DrawnChart.TOTAL.of(f, PublishedHistory.of(f, published(base)));
        XYSeries p = chart.getSeriesMap().get("Published (January census)");
        double observed = f.summary(Dimension.TOTAL).get(0).mean();
        // the base year's own outturn (999, base − 2 + 2) is the forecast's observed figure, not the backtest's
        assertArrayEquals(new double[]{base - 3, base - 2, base - 1, base}, p.getXData(), 0);
        assertArrayEquals(new double[]{100, 110, 120, observed}, p.getYData(), 1e-9);
        assertEquals(base, chart.getSeriesMap().get("Central forecast").getXData()[0], 0, "the projection starts at the base year");
    }

    @Test
    void theProvisionChartsColumnsStartWithThePublishedYears() {
        Forecast f = Fixtures.forecast();
        int base = f.baseYear();
        CategoryChart chart = (CategoryChart) DrawnChart.PROVISION.of(f, PublishedHistory.of(f, published(base)));
        var mainstream = chart.getSeriesMap().get(Provision.MAINSTREAM.name());
        List<?> years = new ArrayList<>(mainstream.getXData());
        assertEquals(List.of(Integer.toString(base - 3), Integer.toString(base - 2), Integer.toString(base - 1)), years.subList(0, 3));
        List<? extends Number> y = new ArrayList<>(mainstream.getYData());
        assertEquals(50, y.get(0).doubleValue(), 1e-9);
        assertEquals(60, y.get(2).doubleValue(), 1e-9);
    }

    @Test
    void withoutABacktestTheChartsStartAtTheBaseYear() {
        Forecast f = Fixtures.forecast();
        XYChart chart = (XYChart) DrawnChart.TOTAL.of(f, PublishedHistory.NONE);
        assertFalse(chart.getSeriesMap().containsKey("Published (January census)"));
    }

    @Test
    void theBalanceChartDrawsEachScenariosCumulativeBalanceAndTheBaselinesBand() {
        List<org.sendplan.model.money.Outcome> outcomes = RunFixtures.dfe().outcomes();
        XYChart chart = BalanceChart.of(outcomes);
        for (var o : outcomes) {
            double[] y = chart.getSeriesMap().get(o.forecast().scenario()).getYData();
            for (int i = 0; i < y.length; i++) assertEquals(o.plan().budget().get(i).cumulativeBalance(), y[i], 1e-9, o.forecast().scenario());
        }
        var base = outcomes.get(0).plan().budget();
        assertEquals(base.get(0).cumulativeP10(), chart.getSeriesMap().get("Baseline p10").getYData()[0], 1e-9);
        assertEquals(base.get(0).cumulativeP90(), chart.getSeriesMap().get("Baseline p90").getYData()[0], 1e-9);
        assertEquals(base.get(0).year().start(), chart.getSeriesMap().get("baseline").getXData()[0], 0, "x: the financial year's start");
    }

    @Test
    void aScenarioNamedAsABandEdgeIsDrawnUnderItsNameMarked() {
        Forecast base = Fixtures.forecast(), clash = Fixtures.forecast("Baseline p10", 1.1);
        XYChart chart = BalanceChart.of(List.of(new org.sendplan.model.money.Outcome(base, RunFixtures.plan(base)),
                new org.sendplan.model.money.Outcome(clash, RunFixtures.plan(clash))));
        assertEquals(RunFixtures.plan(clash).budget().get(0).cumulativeBalance(),
                chart.getSeriesMap().get("Baseline p10 (scenario)").getYData()[0], 1e-9);
        assertEquals(RunFixtures.plan(base).budget().get(0).cumulativeP10(), chart.getSeriesMap().get("Baseline p10").getYData()[0], 1e-9);
    }

    @Test
    void theCommissionChartDrawsEachCommissionedProvisionsPlacesToCommission() {
        var plan = RunFixtures.dfe().outcomes().get(0).plan();
        List<org.sendplan.model.money.AcademicYear> years = new ArrayList<>();
        for (var r : plan.places()) if (!years.contains(r.year())) years.add(r.year());
        XYChart chart = CommissionChart.of(plan, List.of(Provision.SPECIAL_STATE), years, "Camden");
        double[] y = chart.getSeriesMap().get(Provision.SPECIAL_STATE.label()).getYData();
        for (int i = 0; i < years.size(); i++) {
            var year = years.get(i);
            var row = plan.places().stream().filter(r -> r.provision() == Provision.SPECIAL_STATE && r.phase() == null && r.year().equals(year))
                    .findFirst().orElseThrow();
            assertEquals(row.additionalP50(), y[i], 1e-9, year.toString());
        }
        assertEquals(years.get(0).start(), chart.getSeriesMap().get(Provision.SPECIAL_STATE.label()).getXData()[0], 0);
    }
}
