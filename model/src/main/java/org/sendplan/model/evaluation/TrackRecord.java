package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;

/**
 * The one judge: the method's past forecasts of every authority, made again from every base year
 * with only what was known then, and every choice made on them out of sample. At each base year B
 * the judge sees only the outturns published by January B (forecasts from b for b + h ≤ B) and
 * chooses from them
 * <ul>
 * <li>for each horizon, the {@link Combination} that makes the point forecast (lowest median
 *     plus mean APE of the total at that horizon);</li>
 * <li>the calibrated distribution of each roll-up at each horizon about that point forecast: how
 *     far its median is moved off the point forecast, and the recency weights and widening of its
 *     past log errors ({@link Calibration}).</li>
 * </ul>
 * The published central is the median of that distribution ({@link #central}), so the central a
 * user reads and the band agree; where the judge chose no shift, it is the point forecast. A
 * forecast from base b uses only the
 * choices made at b, so every figure the judge reports for it is out of sample. No weight,
 * quantile or level is fixed in the code: the grids are.
 */
public final class TrackRecord implements java.io.Serializable {
    /** Kept between runs by the app's store, keyed by the build and the data: no version to keep in step. */
    private static final long serialVersionUID = 1L;
    public static final double TARGET = 0.80;
    /** The roll-up whose distribution is calibrated; every other is the total's shared out in its mix ({@link SharedBands}). */
    static final Dimension[] JUDGED = {Dimension.TOTAL};

    private final int first, last, horizons;
    private final Combination[][] chosen;                                   // [base − first][h]
    private final Calibration calibration;
    private final SharedBands shared;

    private TrackRecord(List<Case> pool) {
        List<Case> cases = pool.stream().filter(c -> !Double.isNaN(c.actual())).toList();
        if (cases.isEmpty()) throw new IllegalArgumentException("no past forecast has an outturn to judge on");
        first = cases.stream().mapToInt(Case::baseYear).min().orElseThrow();
        last = cases.stream().mapToInt(Case::outturnYear).max().orElseThrow();
        horizons = cases.stream().mapToInt(Case::horizon).max().orElseThrow();
        chosen = new Combination[last - first + 1][horizons + 1];
        List<Case> totals = cases.stream().filter(c -> c.dimension() == Dimension.TOTAL).toList();
        choose(totals);
        PastErrors errors = new PastErrors();
        double[] point = new double[totals.size()];
        for (int i = 0; i < totals.size(); i++) {
            Case c = totals.get(i);
            point[i] = forecast(c);
            errors.add(c.dimension(), c.group(), c.horizon(), c.outturnYear(), PastErrors.error(c.actual(), point[i]));
        }
        calibration = new Calibration(totals, point, errors, first, last, horizons);
        shared = SharedBands.of(cases, this);
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

    private int at(int base) {
        return Math.max(0, Math.min(base, last) - first);
    }

    /** The combination chosen at a base year for a horizon (from the outturns known then; beyond the longest horizon judged, that one's). */
    public Combination combination(int base, int horizon) {
        return chosen[at(base)][Math.min(horizon, horizons)];
    }

    /** The point forecast of a case, as it was (or is) made at its base year: the chosen combination's, about which the errors are measured. */
    public double forecast(Case c) {
        return combination(c.baseYear(), c.horizon()).forecast(c);
    }

    /**
     * The published central forecast of a case as made at its base year: the median of its
     * calibrated distribution, {@code PastErrors.at(forecast(c), stretchedError(.., 0.5))}; the
     * point forecast where no past errors could give a distribution.
     */
    public double central(Case c) {
        double e = stretchedError(c.dimension(), c.group(), c.horizon(), c.baseYear(), 0.5);
        return Double.isNaN(e) ? forecast(c) : PastErrors.at(forecast(c), e);
    }

    /** The widening of the past errors' quantiles about their median chosen at a base year for a dimension and horizon. */
    public double widening(Dimension d, int base, int horizon) {
        return calibration.choice(d, base, horizon).widening();
    }

    /** The recency weight λ of the past errors whose spread makes the band, chosen at a base year (1: every past forecast alike). */
    public double recency(Dimension d, int base, int horizon) {
        return Calibration.RECENCIES[calibration.choice(d, base, horizon).spreadRecency()];
    }

    /** The share s of the median past error the published central is moved by from the point forecast, chosen at a base year (0: none). */
    public double shift(Dimension d, int base, int horizon) {
        return calibration.choice(d, base, horizon).shift();
    }

    /** The recency weight λ of the past errors whose median the central is moved by, chosen at a base year. */
    public double shiftRecency(Dimension d, int base, int horizon) {
        return Calibration.RECENCIES[calibration.choice(d, base, horizon).shiftRecency()];
    }

    /** The band of a case as made at its base year, {p10, p90}; NaN where no past errors could give one. */
    public double[] band(Case c) {
        return band(c.dimension(), c.group(), c.horizon(), c.baseYear(), forecast(c));
    }

    /** The calibrated band about a point forecast: the p10 and p90 of its distribution as chosen at the base. */
    public double[] band(Dimension d, String group, int horizon, int base, double point) {
        return new double[]{PastErrors.at(point, stretchedError(d, group, horizon, base, 0.1)), PastErrors.at(point, stretchedError(d, group, horizon, base, 0.9))};
    }

    /**
     * The u-quantile (0–1) of the calibrated log error about the point forecast: the figure's
     * distribution is {@code PastErrors.at(point, stretchedError(u))}, its median the published
     * central. NaN with no errors.
     */
    public double stretchedError(Dimension d, String group, int horizon, int base, double u) {
        return calibration.error(d, group, horizon, base, u);
    }

    /**
     * Share of the outturns up to a base year, h years after their forecast, inside the band as
     * made then (NaN with none): the total's calibrated band, or a roll-up's share of it.
     */
    public double coverage(Dimension d, int horizon, int base) {
        return d == Dimension.TOTAL ? calibration.coverage(d, horizon, base) : shared.coverage(d, horizon, base);
    }

    public int horizons() {
        return horizons;
    }

    public int lastOutturn() {
        return last;
    }

    /**
     * Backtest rows of some cases (of any area): the published central and band as made (a
     * roll-up's: its share of its total's, the total being among the cases), and both naive
     * baselines on the same cases.
     */
    public List<RollingBacktest.Row> judge(List<Case> cases) {
        Map<String, Case> totals = new HashMap<>();
        for (Case c : cases) if (c.dimension() == Dimension.TOTAL) totals.put(SharedBands.key(c), c);
        List<RollingBacktest.Row> rows = new ArrayList<>();
        for (Case c : cases) {
            if (Double.isNaN(c.actual())) continue;
            Case total = c.dimension() == Dimension.TOTAL ? c : totals.get(SharedBands.key(c));
            if (total == null) throw new IllegalArgumentException("a roll-up's case without its total: " + c);
            double share = c == total ? 1 : c.share();
            double[] band = SharedBands.band(band(total), share);
            rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.SENDPLAN, c.baseYear(), c.horizon(), c.dimension(), c.group(),
                    share * central(total), band[0], band[1], c.actual()));
            if (!Double.isNaN(c.lastValue())) rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.LAST_VALUE, c.baseYear(), c.horizon(),
                    c.dimension(), c.group(), c.lastValue(), Double.NaN, Double.NaN, c.actual()));
            if (!Double.isNaN(c.lastGrowth())) rows.add(new RollingBacktest.Row(c.area(), RollingBacktest.Method.LAST_GROWTH, c.baseYear(), c.horizon(),
                    c.dimension(), c.group(), c.lastGrowth(), Double.NaN, Double.NaN, c.actual()));
        }
        return rows;
    }
}
