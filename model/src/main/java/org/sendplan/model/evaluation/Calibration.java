package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.Arrays;
import java.util.List;

/**
 * The calibrated distribution of each judged roll-up, chosen out of sample at each base year B on
 * the outturns published by January B: the sample of past log errors ({@link PastErrors}), their
 * recency weight λ from {@link #RECENCIES} and the widening of their quantiles about their median
 * from {@link #WIDENINGS}. Per dimension, base and horizon:
 * <ol>
 * <li>λ whose distributions' medians (the published central, as made at their own bases) had the
 *     lowest median plus mean APE on those outturns at that horizon: the judge of the combination,
 *     applied to the central a user reads;</li>
 * <li>with that λ, the widening whose p10–p90 bands covered those outturns nearest
 *     {@link TrackRecord#TARGET}. Widening, not a wider pair of percentiles, because the errors
 *     of later years ran beyond the range of earlier ones.</li>
 * </ol>
 * A horizon without outturns yet takes the choice of the longest one with them; before any, the
 * first of each grid (λ = 1, no widening).
 */
final class Calibration {
    /** Recency weights tried, 1 (every past forecast alike) first so that it wins ties. */
    static final double[] RECENCIES = {1, 0.8, 0.6, 0.4, 0.2};
    /** Widenings of the past errors' p10–p90 about their median tried, 1 (as they were) first so that it wins ties. */
    static final double[] WIDENINGS = widenings();

    private final PastErrors errors;
    private final int first, last, horizons;
    private final int[][][] recency;                                          // index into RECENCIES: [dimension][base − first][h]
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
        recency = new int[dims][n][horizons + 1];
        level = new double[dims][n][horizons + 1];
        banded = new int[dims][horizons + 1][n];
        inside = new int[dims][horizons + 1][n];
        for (int d = 0; d < dims; d++) choose(d, cases, point);
    }

    private void choose(int d, List<Case> all, double[] allPoint) {
        Dimension dim = TrackRecord.JUDGED[d];
        int[] idx = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).dimension() == dim).toArray();
        int n = last - first + 1, lambdas = RECENCIES.length;
        // each case's distribution at its base for each λ: median, p10, p90 (null where no sample)
        double[][][] q = new double[lambdas][idx.length][];
        double[] err = new double[idx.length];
        for (int j = 0; j < idx.length; j++) {
            Case c = all.get(idx[j]);
            err[j] = PastErrors.error(c.actual(), allPoint[idx[j]]);
            for (int l = 0; l < lambdas; l++) {
                PastErrors.Sample s = errors.sample(dim, c.group(), c.horizon(), Math.min(c.baseYear(), last), RECENCIES[l]);
                if (s != null) q[l][j] = new double[]{s.quantile(0.5), s.quantile(0.1), s.quantile(0.9)};
            }
        }
        int[][][][] hits = new int[lambdas][horizons + 1][WIDENINGS.length][n];
        int[][] count = new int[horizons + 1][n];
        double[][][] ape = new double[lambdas][horizons + 1][]; // APEs of the central, cases in outturn order
        int[][] apeYear = new int[horizons + 1][];
        Integer[] order = new Integer[idx.length];
        for (int j = 0; j < order.length; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> Integer.compare(all.get(idx[a]).outturnYear(), all.get(idx[b]).outturnYear()));
        for (int h = 1; h <= horizons; h++) {
            int hh = h;
            int[] at = Arrays.stream(order).mapToInt(Integer::intValue)
                    .filter(j -> all.get(idx[j]).horizon() == hh && q[0][j] != null && all.get(idx[j]).actual() > 0).toArray();
            apeYear[h] = Arrays.stream(at).map(j -> all.get(idx[j]).outturnYear() - first).toArray();
            for (int l = 0; l < lambdas; l++) {
                int ll = l;
                ape[l][h] = Arrays.stream(at).mapToDouble(j -> {
                    Case c = all.get(idx[j]);
                    return Math.abs(PastErrors.at(allPoint[idx[j]], q[ll][j][0]) - c.actual()) / c.actual();
                }).toArray();
            }
        }
        for (int j = 0; j < idx.length; j++) {
            Case c = all.get(idx[j]);
            if (q[0][j] == null) continue;
            count[c.horizon()][c.outturnYear() - first]++;
            for (int l = 0; l < lambdas; l++) {
                for (int w = 0; w < WIDENINGS.length; w++) {
                    if (inBand(err[j], q[l][j], WIDENINGS[w])) hits[l][c.horizon()][w][c.outturnYear() - first]++;
                }
            }
        }
        for (int b = 0; b < n; b++) {
            int longestL = 0;
            double longestW = WIDENINGS[0];
            for (int h = 1; h <= horizons; h++) {
                int total = 0;
                for (int y = 0; y <= b; y++) total += count[h][y];
                recency[d][b][h] = longestL;
                level[d][b][h] = longestW;
                if (total > 0) {
                    int known = 0;
                    while (known < apeYear[h].length && apeYear[h][known] <= b) known++;
                    double bestScore = Double.POSITIVE_INFINITY;
                    for (int l = 0; l < lambdas && known > 0; l++) {
                        double score = medianPlusMean(ape[l][h], known);
                        if (score < bestScore - 1e-12) {
                            bestScore = score;
                            recency[d][b][h] = l;
                        }
                    }
                    double bestGap = Double.POSITIVE_INFINITY;
                    for (int w = 0; w < WIDENINGS.length; w++) {
                        int in = 0;
                        for (int y = 0; y <= b; y++) in += hits[recency[d][b][h]][h][w][y];
                        double gap = Math.abs((double) in / total - TrackRecord.TARGET);
                        if (gap < bestGap - 1e-12) {
                            bestGap = gap;
                            level[d][b][h] = WIDENINGS[w];
                        }
                    }
                }
                longestL = recency[d][b][h];
                longestW = level[d][b][h];
            }
        }
        for (int j = 0; j < idx.length; j++) {
            Case c = all.get(idx[j]);
            if (q[0][j] == null) continue;
            int b = at(c.baseYear()), h = Math.min(c.horizon(), horizons);
            banded[d][c.horizon()][c.outturnYear() - first]++;
            if (inBand(err[j], q[recency[d][b][h]][j], level[d][b][h])) inside[d][c.horizon()][c.outturnYear() - first]++;
        }
    }

    private static boolean inBand(double e, double[] q, double w) {
        return e >= q[0] + w * (q[1] - q[0]) && e <= q[0] + w * (q[2] - q[0]);
    }

    /** Median plus mean of the first n values. */
    private static double medianPlusMean(double[] v, int n) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        double mean = 0;
        for (double x : s) mean += x;
        return (n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) + mean / n;
    }

    private int at(int base) {
        return Math.max(0, Math.min(base, last) - first);
    }

    private static int index(Dimension d) {
        for (int i = 0; i < TrackRecord.JUDGED.length; i++) if (TrackRecord.JUDGED[i] == d) return i;
        throw new IllegalArgumentException(d + " is not judged");
    }

    /** The recency weight λ chosen at a base year for a dimension and horizon (beyond the longest horizon judged, that one's). */
    double recency(Dimension d, int base, int horizon) {
        return RECENCIES[recency[index(d)][at(base)][Math.min(horizon, horizons)]];
    }

    double widening(Dimension d, int base, int horizon) {
        return level[index(d)][at(base)][Math.min(horizon, horizons)];
    }

    /** The past errors behind a roll-up's distribution as chosen at a base (null where too few). */
    PastErrors.Sample sample(Dimension d, String group, int horizon, int base) {
        return errors.sample(d, group, horizon, Math.min(base, last), recency(d, base, horizon));
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
