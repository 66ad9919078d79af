package org.sendplan.model.evaluation;

import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import java.util.List;

/**
 * One area's key figures for a national comparison (the batch run's national workbook): plans in
 * the base year and the last projected year with the growth between them, the special school
 * share (plans in {@link Provision#SPECIAL_STATE} and {@link Provision#SPECIAL_INDEPENDENT} over all
 * plans, means) in both years, and the backtest's accuracy for the total one and five years ahead.
 * Every figure is read off the forecast's summary and the backtest's rows; NaN where there is none
 * (no backtest, or no five-year case). {@link AreaFiguresTable} stacks them and ranks them.
 *
 * @param growth            projected / base − 1 (0.25 = 25% more plans)
 * @param annualGrowth      the same as a compound yearly rate
 * @param specialShareBase  special school share of plans in the base year (a share, 0–1)
 * @param specialShareLast  the same in the last projected year (means)
 * @param backtestCases1    sendplan's one-year-ahead total cases in the backtest
 * @param mape1             one-year-ahead MAPE of the total (a share)
 * @param relMae1           one-year-ahead relative MAE (vs last value) of the total (below 1 beats the last value)
 * @param coverage1         share of one-year-ahead outturns inside p10–p90
 * @param mape5             five-years-ahead MAPE of the total (a share)
 */
public record AreaFigures(Area area, int baseYear, double basePlans, int lastYear, double projected, double p10, double p90,
                          double growth, double annualGrowth, double specialShareBase, double specialShareLast,
                          int backtestCases1, double mape1, double relMae1, double coverage1, double mape5) {

    public static AreaFigures of(Forecast f, RollingBacktest.Result backtest) {
        List<SummaryRow> totals = f.summary(Dimension.TOTAL);
        SummaryRow first = totals.get(0), last = totals.get(totals.size() - 1);
        double growth = first.mean() > 0 ? last.central() / first.mean() - 1 : Double.NaN;
        int years = last.year() - first.year();
        double annual = first.mean() > 0 && years > 0 ? Math.pow(last.central() / first.mean(), 1.0 / years) - 1 : Double.NaN;
        int cases = 0;
        double mape1 = Double.NaN, relMae1 = Double.NaN, cov1 = Double.NaN, mape5 = Double.NaN;
        if (backtest != null) {
            List<BacktestMetrics.Line> lines = BacktestMetrics.of(backtest.rows());
            BacktestMetrics.Line h1 = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, 1, Dimension.TOTAL);
            BacktestMetrics.Line h5 = BacktestMetrics.find(lines, RollingBacktest.Method.SENDPLAN, 5, Dimension.TOTAL);
            if (h1 != null) {
                cases = h1.n();
                mape1 = h1.mape();
                relMae1 = h1.relMae();
                cov1 = h1.coverage();
            }
            if (h5 != null) mape5 = h5.mape();
        }
        return new AreaFigures(f.area(), first.year(), first.mean(), last.year(), last.central(), last.p10(), last.p90(), growth, annual,
                specialShare(f, first.year(), first.mean()), specialShare(f, last.year(), last.mean()), cases, mape1, relMae1, cov1, mape5);
    }

    private static double specialShare(Forecast f, int year, double total) {
        double special = 0;
        for (SummaryRow r : f.summary(Dimension.PROVISION)) {
            if (r.year() == year && (r.group().equals(Provision.SPECIAL_STATE.name()) || r.group().equals(Provision.SPECIAL_INDEPENDENT.name()))) {
                special += r.mean();
            }
        }
        return total > 0 ? special / total : Double.NaN;
    }
}
