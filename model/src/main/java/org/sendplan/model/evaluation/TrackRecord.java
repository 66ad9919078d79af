package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one judge: the method's past forecasts of every authority, made again from every base year
 * with only what was known then, and every choice made on them out of sample. At each base year B
 * the judge sees only the outturns published by January B (forecasts from b for b + h ≤ B) and
 * chooses from them
 * <ul>
 * <li>for each horizon, the {@link Combination} that makes the central forecast (lowest median
 *     plus mean APE of the total at that horizon);</li>
 * <li>the band of each roll-up at each horizon: the quantiles of the log errors of the central
 *     forecasts made before, at the level (per dimension and horizon) whose coverage of those past
 *     outturns was nearest {@link #TARGET}.</li>
 * </ul>
 * A forecast from base b uses only the choices made at b, so every figure the judge reports for
 * it is out of sample. No weight, quantile or level is fixed in the code: the grids are.
 */
public final class TrackRecord {
    public static final double TARGET = 0.80;
    /** Lower band levels tried, nearest the nominal 10% first (so that it wins ties). */
    static final double[] LEVELS = {0.10, 0.09, 0.11, 0.08, 0.12, 0.07, 0.13, 0.06, 0.14, 0.05, 0.15, 0.04, 0.03, 0.02};
    static final Dimension[] JUDGED = {Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE};

    private final int first, last, horizons;
    private final Combination[][] chosen;                                   // [base − first][h]
    private final Map<Combination, double[][]> medianError = new HashMap<>(); // [base − first][h]
    private final PastErrors errors = new PastErrors();
    private final PastErrors mixErrors = new PastErrors();
    private final double[][][] level;                                        // [dimension][base − first][h]
    private final int[][][] banded, inside;                                  // [dimension][h][outturn − first]

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
        Map<String, Double> totalError = new HashMap<>();
        for (Case c : cases) {
            double e = PastErrors.error(c.actual(), forecast(c));
            errors.add(c.dimension(), c.group(), c.horizon(), c.outturnYear(), e);
            if (c.dimension() == Dimension.TOTAL) totalError.put(c.area() + "|" + c.baseYear() + "|" + c.horizon(), e);
        }
        for (Case c : cases) {
            Double t = totalError.get(c.area() + "|" + c.baseYear() + "|" + c.horizon());
            if (c.dimension() != Dimension.TOTAL && t != null) {
                mixErrors.add(c.dimension(), c.group(), c.horizon(), c.outturnYear(), PastErrors.error(c.actual(), forecast(c)) - t);
            }
        }
        chooseLevels(cases);
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
            double[][] me = new double[n][horizons + 1];
            double[] f = new double[totals.size()];
            List<List<Double>> errs = new ArrayList<>(), apes = new ArrayList<>();
            for (int h = 0; h <= horizons; h++) {
                errs.add(new ArrayList<>());
                apes.add(new ArrayList<>());
            }
            for (int b = first; b <= last; b++) {
                for (int i = 0; i < totals.size(); i++) {
                    Case c = totals.get(i);
                    if (c.outturnYear() != b) continue;
                    errs.get(c.horizon()).add(PastErrors.error(c.actual(), f[i]));
                    if (c.actual() > 0) apes.get(c.horizon()).add(Math.abs(f[i] - c.actual()) / c.actual());
                }
                for (int h = 1; h <= horizons; h++) {
                    me[b - first][h] = median(errs, h);
                    double score = score(apes.get(h));
                    if (score < best[b - first][h]) {
                        best[b - first][h] = score;
                        chosen[b - first][h] = o;
                    }
                }
                for (int i = 0; i < totals.size(); i++) {
                    Case c = totals.get(i);
                    if (c.baseYear() == b) f[i] = o.total(c, me[b - first][c.horizon()]);
                }
            }
            medianError.put(o, me);
        }
        for (Combination[] byH : chosen) {
            Combination longest = Combination.METHOD_ALONE;
            for (int h = 1; h <= horizons; h++) {
                if (byH[h] == null) byH[h] = longest;
                else longest = byH[h];
            }
        }
    }

    /** The median past error at a horizon, extrapolated h / h' from a shorter horizon with enough errors, 0 with none. */
    private static double median(List<List<Double>> errs, int h) {
        for (int k = h; k >= 1; k--) {
            List<Double> e = errs.get(k);
            if (e.size() < PastErrors.MIN_ERRORS) continue;
            double[] v = e.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return (double) h / k * (v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
        }
        return 0;
    }

    /** Median plus mean APE (infinite with no outturns). */
    private static double score(List<Double> apes) {
        if (apes.isEmpty()) return Double.POSITIVE_INFINITY;
        double[] v = apes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return median + Arrays.stream(v).average().orElse(0);
    }

    /**
     * For each dimension, base and horizon, the band level whose bands (as made at their own bases)
     * covered the past outturns at that horizon nearest the target; a horizon without outturns yet
     * takes the level of the longest one with them.
     */
    private void chooseLevels(List<Case> cases) {
        int n = last - first + 1;
        for (int d = 0; d < JUDGED.length; d++) {
            int[][][] hits = new int[horizons + 1][LEVELS.length][n];
            int[][] count = new int[horizons + 1][n];
            for (Case c : cases) {
                if (c.dimension() != JUDGED[d]) continue;
                PastErrors.Sample s = errors.sample(c.dimension(), c.group(), c.horizon(), c.baseYear());
                if (s == null) continue;
                double e = PastErrors.error(c.actual(), forecast(c));
                count[c.horizon()][c.outturnYear() - first]++;
                for (int l = 0; l < LEVELS.length; l++) {
                    if (e >= s.quantile(LEVELS[l]) && e <= s.quantile(1 - LEVELS[l])) hits[c.horizon()][l][c.outturnYear() - first]++;
                }
            }
            for (int b = 0; b < n; b++) {
                double longest = LEVELS[0];
                for (int h = 1; h <= horizons; h++) {
                    int total = 0;
                    for (int y = 0; y <= b; y++) total += count[h][y];
                    level[d][b][h] = longest;
                    double bestGap = Double.POSITIVE_INFINITY;
                    for (int l = 0; l < LEVELS.length && total > 0; l++) {
                        int in = 0;
                        for (int y = 0; y <= b; y++) in += hits[h][l][y];
                        double gap = Math.abs((double) in / total - TARGET);
                        if (gap < bestGap - 1e-12) {
                            bestGap = gap;
                            level[d][b][h] = LEVELS[l];
                        }
                    }
                    longest = level[d][b][h];
                }
            }
            for (Case c : cases) {
                if (c.dimension() != JUDGED[d]) continue;
                double[] band = band(c);
                if (Double.isNaN(band[0])) continue;
                banded[d][c.horizon()][c.outturnYear() - first]++;
                if (c.actual() >= band[0] && c.actual() <= band[1]) inside[d][c.horizon()][c.outturnYear() - first]++;
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

    /** The past median log error of the chosen combination at a horizon, as known at a base (extrapolated beyond the longest horizon judged). */
    public double medianError(int base, int horizon) {
        double[] me = medianError.get(combination(base, horizon))[at(base)];
        return horizon <= horizons ? me[horizon] : me[horizons] * horizon / horizons;
    }

    /** The central forecast of a case, as it was (or is) made at its base year. */
    public double forecast(Case c) {
        return combination(c.baseYear(), c.horizon()).forecast(c, medianError(c.baseYear(), c.horizon()));
    }

    /** The lower band level of a dimension chosen at a base year for a horizon. */
    public double level(Dimension d, int base, int horizon) {
        return level[index(d)][at(base)][Math.min(horizon, horizons)];
    }

    /** The band of a case as made at its base year, {p10, p90}; NaN where no past errors could give one. */
    public double[] band(Case c) {
        return band(c.dimension(), c.group(), c.horizon(), c.baseYear(), forecast(c));
    }

    /** The calibrated band of a central forecast: its past log errors' quantiles at the level chosen at the base. */
    public double[] band(Dimension d, String group, int horizon, int base, double central) {
        PastErrors.Sample s = errors.sample(d, group, horizon, Math.min(base, last));
        if (s == null) return new double[]{Double.NaN, Double.NaN};
        double l = level(d, base, horizon);
        return new double[]{PastErrors.at(central, s.quantile(l)), PastErrors.at(central, s.quantile(1 - l))};
    }

    /** The u-quantile (0–1) of past log errors, stretched so that 0.1 and 0.9 fall on the chosen band level; NaN with no errors. */
    public double stretchedError(Dimension d, String group, int horizon, int base, double u, boolean mix) {
        PastErrors.Sample s = (mix ? mixErrors : errors).sample(d, group, horizon, Math.min(base, last));
        if (s == null) return Double.NaN;
        double l = level(d, base, horizon);
        double v = 0.5 + (u - 0.5) * (0.5 - l) / 0.4;
        return s.quantile(Math.max(0, Math.min(1, v)));
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
