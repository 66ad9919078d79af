package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one judge: the method's past forecasts of every authority, made again from every base year
 * with only what was known then, and every choice made on them out of sample. At each base year B
 * the judge sees only the outturns published by January B (forecasts from b for b + h ≤ B) and
 * chooses from them
 * <ul>
 * <li>for each horizon, the {@link Combination} that makes the central forecast (lowest median
 *     plus mean APE of the total at that horizon);</li>
 * <li>the band of each roll-up at each horizon: the p10–p90 of the log errors of the central
 *     forecasts made before, widened about their median by the factor (per dimension and horizon)
 *     whose coverage of those past outturns was nearest {@link #TARGET}. Widening, not a wider
 *     pair of percentiles, because the errors of later years ran beyond the range of earlier ones.</li>
 * </ul>
 * A forecast from base b uses only the choices made at b, so every figure the judge reports for
 * it is out of sample. No weight, quantile or level is fixed in the code: the grids are.
 */
public final class TrackRecord {
    public static final double TARGET = 0.80;
    /** Widenings of the past errors' p10–p90 about their median tried, 1 (as they were) first so that it wins ties. */
    static final double[] WIDENINGS = widenings();
    static final Dimension[] JUDGED = {Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE};

    private final int first, last, horizons;
    private final Combination[][] chosen;                                   // [base − first][h]
    private final PastErrors errors = new PastErrors();
    private final double[][][] level;                                        // widening: [dimension][base − first][h]
    private final int[][][] banded, inside;                                  // [dimension][h][outturn − first]

    private static double[] widenings() {
        double[] w = new double[36];
        w[0] = 1;
        int n = 1;
        for (int k = 1; n < w.length; k++) {
            if (1 + 0.1 * k <= 4.0 + 1e-9) w[n++] = Math.round((1 + 0.1 * k) * 10) / 10.0;
            if (n < w.length && 1 - 0.1 * k >= 0.5 - 1e-9) w[n++] = Math.round((1 - 0.1 * k) * 10) / 10.0;
        }
        return w;
    }

    private TrackRecord(List<Case> pool) {
        List<Case> cases = pool.stream().filter(c -> !Double.isNaN(c.actual())).toList();
        if (cases.isEmpty()) throw new IllegalArgumentException("no past forecast has an outturn to judge on");
        first = cases.stream().mapToInt(Case::baseYear).min().orElseThrow();
        last = cases.stream().mapToInt(Case::outturnYear).max().orElseThrow();
        horizons = cases.stream().mapToInt(Case::horizon).max().orElseThrow();
        chosen = new Combination[last - first + 1][horizons + 1];
        level = new double[JUDGED.length][last - first + 1][horizons + 1];
        banded = new int[JUDGED.length][horizons + 1][last - first + 1];
        inside = new int[JUDGED.length][horizons + 1][last - first + 1];
        choose(cases.stream().filter(c -> c.dimension() == Dimension.TOTAL).toList());
        double[] err = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            err[i] = PastErrors.error(c.actual(), forecast(c));
            errors.add(c.dimension(), c.group(), c.horizon(), c.outturnYear(), err[i]);
        }
        chooseLevels(cases, err);
    }

    /** Judges the pool: every authority's past forecasts (forward cases, without outturn, are left out). */
    public static TrackRecord of(List<Case> pool) {
        return new TrackRecord(pool);
    }

    /**
     * Each combination's central forecasts as made base by base, and at each base and horizon the
     * one with the best past score at that horizon (a horizon without outturns yet takes the
     * choice of the longest one with them).
     */
    private void choose(List<Case> totals) {
        int n = last - first + 1;
        double[][] best = new double[n][horizons + 1];
        for (double[] b : best) Arrays.fill(b, Double.POSITIVE_INFINITY);
        for (Combination o : Combination.GRID) {
            double[] f = new double[totals.size()];
            Growing[] apes = new Growing[horizons + 1];
            for (int h = 0; h <= horizons; h++) apes[h] = new Growing();
            for (int b = first; b <= last; b++) {
                for (int i = 0; i < totals.size(); i++) {
                    Case c = totals.get(i);
                    if (c.outturnYear() != b) continue;
                    if (c.actual() > 0) apes[c.horizon()].add(Math.abs(f[i] - c.actual()) / c.actual());
                }
                for (int h = 1; h <= horizons; h++) {
                    double score = apes[h].size == 0 ? Double.POSITIVE_INFINITY : apes[h].median() + apes[h].mean();
                    if (score < best[b - first][h]) {
                        best[b - first][h] = score;
                        chosen[b - first][h] = o;
                    }
                }
                for (int i = 0; i < totals.size(); i++) {
                    Case c = totals.get(i);
                    if (c.baseYear() == b) f[i] = o.total(c);
                }
            }
        }
        for (Combination[] byH : chosen) {
            Combination longest = Combination.METHOD_ALONE;
            for (int h = 1; h <= horizons; h++) {
                if (byH[h] == null) byH[h] = longest;
                else longest = byH[h];
            }
        }
    }

    /** A growing list of values, for medians and means as outturns arrive. */
    private static final class Growing {
        double[] v = new double[64];
        int size;

        void add(double x) {
            if (size == v.length) v = Arrays.copyOf(v, 2 * size);
            v[size++] = x;
        }

        double median() {
            double[] s = Arrays.copyOf(v, size);
            Arrays.sort(s);
            return size % 2 == 1 ? s[size / 2] : (s[size / 2 - 1] + s[size / 2]) / 2;
        }

        double mean() {
            double t = 0;
            for (int i = 0; i < size; i++) t += v[i];
            return t / size;
        }
    }

    /**
     * For each dimension, base and horizon, the widening whose bands (as made at their own bases)
     * covered the past outturns at that horizon nearest the target; a horizon without outturns yet
     * takes the widening of the longest one with them.
     */
    private void chooseLevels(List<Case> cases, double[] err) {
        int n = last - first + 1;
        // each case's past errors at its base: median, p10 and p90 (NaN where none)
        double[][] spread = new double[cases.size()][];
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            PastErrors.Sample s = errors.sample(c.dimension(), c.group(), c.horizon(), c.baseYear());
            if (s != null) spread[i] = new double[]{s.quantile(0.5), s.quantile(0.1), s.quantile(0.9), s.scale()};
        }
        for (int d = 0; d < JUDGED.length; d++) {
            int[][][] hits = new int[horizons + 1][WIDENINGS.length][n];
            int[][] count = new int[horizons + 1][n];
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                double[] q = spread[i];
                // only bands made from errors at their own horizon say how far such errors must be widened
                if (c.dimension() != JUDGED[d] || q == null || q[3] != 1) continue;
                count[c.horizon()][c.outturnYear() - first]++;
                for (int l = 0; l < WIDENINGS.length; l++) {
                    double w = WIDENINGS[l];
                    if (err[i] >= q[0] + w * (q[1] - q[0]) && err[i] <= q[0] + w * (q[2] - q[0])) hits[c.horizon()][l][c.outturnYear() - first]++;
                }
            }
            for (int b = 0; b < n; b++) {
                double longest = WIDENINGS[0];
                for (int h = 1; h <= horizons; h++) {
                    int total = 0;
                    for (int y = 0; y <= b; y++) total += count[h][y];
                    level[d][b][h] = longest;
                    double bestGap = Double.POSITIVE_INFINITY;
                    for (int l = 0; l < WIDENINGS.length && total > 0; l++) {
                        int in = 0;
                        for (int y = 0; y <= b; y++) in += hits[h][l][y];
                        double gap = Math.abs((double) in / total - TARGET);
                        if (gap < bestGap - 1e-12) {
                            bestGap = gap;
                            level[d][b][h] = WIDENINGS[l];
                        }
                    }
                    longest = level[d][b][h];
                }
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                double[] q = spread[i];
                if (c.dimension() != JUDGED[d] || q == null) continue;
                double w = widening(c.dimension(), c.baseYear(), c.horizon());
                banded[d][c.horizon()][c.outturnYear() - first]++;
                if (err[i] >= q[0] + w * (q[1] - q[0]) && err[i] <= q[0] + w * (q[2] - q[0])) inside[d][c.horizon()][c.outturnYear() - first]++;
            }
        }
    }

    private int at(int base) {
        return Math.max(0, Math.min(base, last) - first);
    }

    /** The combination chosen at a base year for a horizon (from the outturns known then; beyond the longest horizon judged, that one's). */
    public Combination combination(int base, int horizon) {
        return chosen[at(base)][Math.min(horizon, horizons)];
    }

    /** The central forecast of a case, as it was (or is) made at its base year. */
    public double forecast(Case c) {
        return combination(c.baseYear(), c.horizon()).forecast(c);
    }

    /** The widening of past errors' p10–p90 chosen at a base year for a dimension and horizon. */
    public double widening(Dimension d, int base, int horizon) {
        return level[index(d)][at(base)][Math.min(horizon, horizons)];
    }

    /** The band of a case as made at its base year, {p10, p90}; NaN where no past errors could give one. */
    public double[] band(Case c) {
        return band(c.dimension(), c.group(), c.horizon(), c.baseYear(), forecast(c));
    }

    /** The calibrated band of a central forecast: its past log errors' p10 and p90, widened about their median as chosen at the base. */
    public double[] band(Dimension d, String group, int horizon, int base, double central) {
        PastErrors.Sample s = errors.sample(d, group, horizon, Math.min(base, last));
        if (s == null) return new double[]{Double.NaN, Double.NaN};
        double w = widening(d, base, horizon);
        return new double[]{PastErrors.at(central, s.widened(0.1, w)), PastErrors.at(central, s.widened(0.9, w))};
    }

    /** The u-quantile (0–1) of past log errors, widened about their median as chosen at the base; NaN with no errors. */
    public double stretchedError(Dimension d, String group, int horizon, int base, double u) {
        PastErrors.Sample s = errors.sample(d, group, horizon, Math.min(base, last));
        if (s == null) return Double.NaN;
        return s.widened(u, widening(d, base, horizon));
    }

    /** Share of the outturns up to a base year, h years after their forecast, inside the band as made then (NaN with none). */
    public double coverage(Dimension d, int horizon, int base) {
        if (horizon > horizons) return Double.NaN;
        int n = 0, in = 0;
        for (int y = 0; y <= at(base); y++) {
            n += banded[index(d)][horizon][y];
            in += inside[index(d)][horizon][y];
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }

    public int horizons() {
        return horizons;
    }

    public int lastOutturn() {
        return last;
    }

    private static int index(Dimension d) {
        for (int i = 0; i < JUDGED.length; i++) if (JUDGED[i] == d) return i;
        throw new IllegalArgumentException(d + " is not judged");
    }

    /** Backtest rows of some cases (of any area): the central forecast and band as made, and both naive baselines on the same cases. */
    public List<RollingBacktest.Row> judge(List<Case> cases) {
        List<RollingBacktest.Row> rows = new ArrayList<>();
        for (Case c : cases) {
            if (Double.isNaN(c.actual())) continue;
            double[] band = band(c);
            rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.SENDPLAN, c.baseYear(), c.horizon(), c.dimension(), c.group(),
                    forecast(c), band[0], band[1], c.actual()));
            if (!Double.isNaN(c.lastValue())) rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.LAST_VALUE, c.baseYear(), c.horizon(),
                    c.dimension(), c.group(), c.lastValue(), Double.NaN, Double.NaN, c.actual()));
            if (!Double.isNaN(c.lastGrowth())) rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.LAST_GROWTH, c.baseYear(), c.horizon(),
                    c.dimension(), c.group(), c.lastGrowth(), Double.NaN, Double.NaN, c.actual()));
        }
        return rows;
    }
}
