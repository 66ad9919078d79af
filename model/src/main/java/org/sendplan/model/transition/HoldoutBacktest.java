package org.sendplan.model.transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the estimation by forecasting the history itself: for every origin pair k with at
 * least two pairs before it, each candidate is estimated on pairs 0..k−1 and its expected path
 * run from the observed stock at the start of pair k to the end of the last pair; the error is
 * the absolute percentage error of the total at the end of each held-out pair, averaged over
 * every (origin, years ahead). The candidate with the smallest error wins; a more complex one
 * must beat the simpler ones before it in {@link #grid()} by {@value #MARGIN} (0.1 point).
 *
 * @param rows     every candidate with its errors
 * @param chosen   the index of the chosen candidate in rows
 * @param cases    the (origin year, years ahead) of each error, for reports
 */
public record HoldoutBacktest(List<Row> rows, int chosen, List<int[]> cases) {
    static final double MARGIN = 0.001;

    /** One candidate: its mean absolute percentage error and signed errors (%) per case. */
    public record Row(EstimationConfig config, double mape, double[] errors) {
    }

    /** The candidates, simplest first; the first is the peer's pooled estimation. */
    public static List<EstimationConfig> grid() {
        List<EstimationConfig> g = new ArrayList<>();
        double[] decays = {1.0, 0.6, 0.3};
        double[] trends = {0, 0.8};
        for (double jt : trends) for (double lt : trends) for (double jd : decays) for (double fd : decays) {
            g.add(new EstimationConfig(jd, fd, jt, lt, true));
        }
        return g;
    }

    /** Whether the history is long enough to backtest (three pairs or more). */
    public static boolean possible(TransitionHistory h) {
        return h.pairs() >= 3;
    }

    public static HoldoutBacktest run(TransitionHistory h, List<EstimationConfig> candidates) {
        if (!possible(h)) throw new IllegalArgumentException("backtests need three transition pairs or more");
        int pairs = h.pairs();
        List<int[]> cases = new ArrayList<>();
        for (int k = 2; k < pairs; k++) for (int s = 1; s <= pairs - k; s++) cases.add(new int[]{h.pairYear(k), s});
        TransitionProjector.PopulationSource pop = population(h);
        List<Row> rows = new ArrayList<>();
        int best = -1;
        // flow estimates per (origin pair, flow weights), shared by the candidates that differ only in joiners and trends
        List<TransitionParameters> fitted = new ArrayList<>();
        for (EstimationConfig c : candidates) {
            double[] errors = new double[cases.size()];
            int e = 0;
            double sum = 0;
            for (int k = 2; k < pairs; k++) {
                TransitionParameters same = null;
                for (TransitionParameters f : fitted) {
                    if (f.lastFitYear == h.pairYear(k - 1) && TransitionParameters.sameFlows(f.config, c)) {
                        same = f;
                        break;
                    }
                }
                TransitionParameters params = TransitionParameters.estimate(h, c, k, same);
                if (same == null) fitted.add(params);
                double[] start = toDouble(h.startStock(k));
                double[][] path = new ExpectedPath(params).of(start, h.pairYear(k), pairs - k, pop);
                for (int s = 1; s <= pairs - k; s++) {
                    double predicted = total(path[s]);
                    double actual = total(toDouble(h.endStock(k + s - 1)));
                    errors[e] = actual > 0 ? 100 * (predicted - actual) / actual : 0;
                    sum += Math.abs(errors[e]);
                    e++;
                }
            }
            Row row = new Row(c, sum / cases.size() / 100, errors);
            rows.add(row);
            if (best < 0 || row.mape() < rows.get(best).mape() - MARGIN) best = rows.size() - 1;
        }
        return new HoldoutBacktest(List.copyOf(rows), best, List.copyOf(cases));
    }

    public Row best() {
        return rows.get(chosen);
    }

    static TransitionProjector.PopulationSource population(TransitionHistory h) {
        int ncy = h.space().ncyCount();
        return year -> {
            double[] p = h.population(year);
            if (p != null) return p;
            if (h.hasPopulation()) throw new IllegalArgumentException("no population for " + year);
            double[] nominal = new double[ncy];
            java.util.Arrays.fill(nominal, TransitionParameters.NOMINAL_POPULATION);
            return nominal;
        };
    }

    static double[] toDouble(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return d;
    }

    static double total(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
