package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.Arrays;
import java.util.List;

/**
 * The calibrated distribution of each judged roll-up, chosen out of sample at each base year B on
 * the outturns published by January B. Its u-quantile, as a log error about the point forecast,
 * is {@code s × m + w × (q(u) − q(0.5))}: m the median of the past log errors ({@link PastErrors})
 * weighted by one recency λ, q the quantiles of the same errors weighted by a second, w the
 * widening. Per dimension, base and horizon h, and scored on the outturns of every horizon up to h
 * (each forecast with its own horizon's distribution as made at its own base), each weighted by
 * {@link #JUDGE_RECENCY}^(B − 1 − its base year):
 * <ol>
 * <li>the shift s from {@link #SHIFTS} and its λ, by the lowest weighted median plus mean APE of
 *     the central (the distribution's median). s = 0 centres the distribution on the point
 *     forecast; s = 1 moves it by the whole median past error;</li>
 * <li>the spread's λ and w from {@link #WIDENINGS}, by the lowest weighted mean interval score of
 *     the p10–p90 band (its width plus 10 × how far an outturn fell outside it, in log errors).</li>
 * </ol>
 * Why shorter horizons and recency: the long-horizon outturns known at any base are of old
 * forecasts (a five-year outturn known in 2019 is of a forecast made in 2014, in the reform
 * years), while the short-horizon outturns of the last forecasts say whether the method still
 * errs so. Why the interval score, not coverage: it rewards a narrow band as well as penalising
 * misses, so a band that covered the reform years' misses does not stay wide once they stop.
 * A horizon without outturns yet takes the choice of the longest one with them; before any, the
 * first of each grid (λ = 1, no shift, no widening).
 */
final class Calibration implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Recency weights of past errors tried, 1 (every past forecast alike) first so that it wins ties. */
    static final double[] RECENCIES = {1, 0.8, 0.6, 0.4, 0.2};
    /** Shares of the median past error the central is moved by, none first so that it wins ties. */
    static final double[] SHIFTS = {0, 0.5, 1};
    /** Widenings of the past errors' quantiles about their median tried, 1 (as they were) first so that it wins ties. */
    static final double[] WIDENINGS = widenings();
    /** Weight of a past outturn in the judge's scores, per year its forecast's base is older than the last one's. Fixed by hand. */
    static final double JUDGE_RECENCY = 0.5;
    /** The interval score's penalty per unit of miss, 2 / α for the p10–p90 band (α = 0.2). */
    static final double MISS_PENALTY = 2 / (1 - TrackRecord.TARGET);

    /** The choice at one dimension, base and horizon: indices into {@link #RECENCIES} of the shift's and the spread's λ. */
    record Choice(int shiftRecency, double shift, int spreadRecency, double widening) implements java.io.Serializable {
        static final Choice FIRST = new Choice(0, SHIFTS[0], 0, WIDENINGS[0]);

        /** The u-quantile of the log error about the point forecast, from the median of the shift's sample and the spread's sample. */
        double error(double median, PastErrors.Sample spread, double u) {
            return shift * median + widening * (spread.quantile(u) - spread.quantile(0.5));
        }
    }

    private final PastErrors errors;
    private final int first, last, horizons;
    private final Choice[][][] chosen;                                       // [dimension][base − first][h]
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

    /**
     * @param cases  the judged cases with outturns
     * @param point  each case's point forecast as made at its base
     * @param errors their log errors, already in {@code errors}
     */
    Calibration(List<Case> cases, double[] point, PastErrors errors, int first, int last, int horizons) {
        this.errors = errors;
        this.first = first;
        this.last = last;
        this.horizons = horizons;
        int n = last - first + 1, dims = TrackRecord.JUDGED.length;
        chosen = new Choice[dims][n][horizons + 1];
        banded = new int[dims][horizons + 1][n];
        inside = new int[dims][horizons + 1][n];
        for (int d = 0; d < dims; d++) choose(d, cases, point);
    }

    /** A dimension's past forecasts that had a distribution: per λ the median, p10 and p90 of its sample at its base. */
    private record Past(int[] base, int[] horizon, double[] point, double[] actual, double[] error, double[][][] q) {
        int size() {
            return base.length;
        }

        /** The published log-error quantile (0: p10, 1: median, 2: p90) of case j under a choice. */
        double quantile(int j, Choice c, int k) {
            double[] m = q[c.shiftRecency()][j], s = q[c.spreadRecency()][j];
            return c.shift() * m[1] + c.widening() * (s[k] - s[1]);
        }
    }

    private Past past(Dimension dim, List<Case> all, double[] allPoint) {
        int[] idx = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).dimension() == dim
                && errors.sample(dim, all.get(i).group(), all.get(i).horizon(), Math.min(all.get(i).baseYear(), last), 1) != null).toArray();
        int n = idx.length;
        int[] base = new int[n], horizon = new int[n];
        double[] point = new double[n], actual = new double[n], error = new double[n];
        double[][][] q = new double[RECENCIES.length][n][];
        for (int j = 0; j < n; j++) {
            Case c = all.get(idx[j]);
            base[j] = c.baseYear();
            horizon[j] = c.horizon();
            point[j] = allPoint[idx[j]];
            actual[j] = c.actual();
            error[j] = PastErrors.error(c.actual(), point[j]);
            for (int l = 0; l < RECENCIES.length; l++) {
                PastErrors.Sample s = errors.sample(dim, c.group(), c.horizon(), Math.min(c.baseYear(), last), RECENCIES[l]);
                q[l][j] = new double[]{s.quantile(0.1), s.quantile(0.5), s.quantile(0.9)};
            }
        }
        return new Past(base, horizon, point, actual, error, q);
    }

    private void choose(int d, List<Case> all, double[] allPoint) {
        Past p = past(TrackRecord.JUDGED[d], all, allPoint);
        for (int b = 0; b < last - first + 1; b++) {
            int year = first + b;
            Choice longest = Choice.FIRST;
            for (int h = 1; h <= horizons; h++) {
                int hh = h;
                boolean any = java.util.stream.IntStream.range(0, p.size()).anyMatch(j -> p.horizon()[j] == hh && p.base()[j] + hh <= year);
                int[] known = java.util.stream.IntStream.range(0, p.size()).filter(j -> p.horizon()[j] <= hh && p.base()[j] + p.horizon()[j] <= year).toArray();
                chosen[d][b][h] = any ? choose(p, known, year, longest) : longest;
                longest = chosen[d][b][h];
            }
        }
        for (int j = 0; j < p.size(); j++) {
            Choice c = chosen[d][at(p.base()[j])][Math.min(p.horizon()[j], horizons)];
            int y = p.base()[j] + p.horizon()[j] - first;
            banded[d][p.horizon()[j]][y]++;
            if (p.error()[j] >= p.quantile(j, c, 0) && p.error()[j] <= p.quantile(j, c, 2)) inside[d][p.horizon()[j]][y]++;
        }
    }

    /** The choice at a base year from the known past forecasts (horizons up to the one chosen for), each weighted by its age. */
    private static Choice choose(Past p, int[] known, int year, Choice fallback) {
        double[] weight = Arrays.stream(known).mapToDouble(j -> Math.pow(JUDGE_RECENCY, year - 1 - p.base()[j])).toArray();
        int[] positive = java.util.stream.IntStream.range(0, known.length).filter(k -> p.actual()[known[k]] > 0).toArray();
        Choice best = fallback;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int l = 0; l < RECENCIES.length && positive.length > 0; l++) {
            for (double s : SHIFTS) {
                Choice c = new Choice(l, s, 0, 1);
                double[] ape = new double[positive.length], w = new double[positive.length];
                for (int k = 0; k < positive.length; k++) {
                    int j = known[positive[k]];
                    ape[k] = Math.abs(PastErrors.at(p.point()[j], p.quantile(j, c, 1)) - p.actual()[j]) / p.actual()[j];
                    w[k] = weight[positive[k]];
                }
                double score = weightedMedian(ape, w) + weightedMean(ape, w);
                if (score < bestScore - 1e-12) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        double bestInterval = Double.POSITIVE_INFINITY;
        Choice centred = best;
        double[] interval = new double[known.length];
        for (int l = 0; l < RECENCIES.length; l++) {
            for (double wide : WIDENINGS) {
                Choice c = new Choice(centred.shiftRecency(), centred.shift(), l, wide);
                for (int k = 0; k < known.length; k++) {
                    int j = known[k];
                    interval[k] = intervalScore(p.quantile(j, c, 0), p.quantile(j, c, 2), p.error()[j]);
                }
                double score = weightedMean(interval, weight);
                if (score < bestInterval - 1e-12) {
                    bestInterval = score;
                    best = c;
                }
            }
        }
        return best;
    }

    /** The interval score of a p10–p90 band [lo, hi] for an outcome: its width, plus {@link #MISS_PENALTY} × how far the outcome fell outside. */
    static double intervalScore(double lo, double hi, double outcome) {
        return hi - lo + MISS_PENALTY * (Math.max(0, lo - outcome) + Math.max(0, outcome - hi));
    }

    /** The value below which half the weight lies (the smallest with at least half below or at it). */
    static double weightedMedian(double[] v, double[] w) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double total = Arrays.stream(w).sum(), cum = 0;
        for (Integer i : order) {
            cum += w[i];
            if (cum >= total / 2) return v[i];
        }
        return v[order[order.length - 1]];
    }

    private static double weightedMean(double[] v, double[] w) {
        double s = 0, t = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
            t += w[i];
        }
        return s / t;
    }

    private int at(int base) {
        return Math.max(0, Math.min(base, last) - first);
    }

    private static int index(Dimension d) {
        for (int i = 0; i < TrackRecord.JUDGED.length; i++) if (TrackRecord.JUDGED[i] == d) return i;
        throw new IllegalArgumentException(d + " is not judged");
    }

    /** The choice made at a base year for a dimension and horizon (beyond the longest horizon judged, that one's). */
    Choice choice(Dimension d, int base, int horizon) {
        return chosen[index(d)][at(base)][Math.min(horizon, horizons)];
    }

    /** The u-quantile of a roll-up's log error about its point forecast as chosen at a base (NaN where too few past errors). */
    double error(Dimension d, String group, int horizon, int base, double u) {
        Choice c = choice(d, base, horizon);
        PastErrors.Sample m = errors.sample(d, group, horizon, Math.min(base, last), RECENCIES[c.shiftRecency()]);
        PastErrors.Sample s = errors.sample(d, group, horizon, Math.min(base, last), RECENCIES[c.spreadRecency()]);
        return m == null || s == null ? Double.NaN : c.error(m.quantile(0.5), s, u);
    }

    double coverage(Dimension d, int horizon, int base) {
        if (horizon > horizons) return Double.NaN;
        int n = 0, in = 0;
        for (int y = 0; y <= at(base); y++) {
            n += banded[index(d)][horizon][y];
            in += inside[index(d)][horizon][y];
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }
}
