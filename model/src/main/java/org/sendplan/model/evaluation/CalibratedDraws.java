package org.sendplan.model.evaluation;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulations mapped onto the calibrated distribution, draw by draw, so that every roll-up
 * adds up to the total in each draw.
 * <ul>
 * <li><b>Total, judged horizons.</b> A simulation at rank u of the simulated totals (plotting
 *     position k / (n − 1)) takes the total's calibrated past error at u about the point forecast
 *     (comonotone: a high simulation stays high, so each draw is a path through the years).</li>
 * <li><b>Total, beyond them.</b> Each draw grows on from its last judged level at the cohort
 *     model's own growth plus a random walk on the growth rate ({@link LongHorizon}).</li>
 * <li><b>Ceiling.</b> No draw exceeds the ceiling.</li>
 * <li><b>Provisions and phases.</b> Each takes its own calibrated error at the same rank (at the
 *     longest judged horizon beyond it) about its share of the draw's total; the simulation's
 *     provision × phase table is then raked to both, each scaled to the draw's total, so that
 *     provisions sum to it exactly and phases to within the raking's tolerance.</li>
 * <li><b>Settings and needs.</b> A setting keeps the simulation's share of its provision, a need
 *     its share of the total.</li>
 * </ul>
 * Independent draws of each provision's mix error were tried first: the heavy tails of small
 * provisions' past errors (a unit that opens from nothing) then swamped the large ones.
 *
 * @param draws  the mapped draws
 * @param capped [year index]: how many draws the ceiling held down
 */
record CalibratedDraws(PlacementDraws draws, int[] capped) {
    private static final Provision[] P = Provision.values();
    private static final Phase[] PH = Phase.values();
    private static final int RAKING_ROUNDS = 20;

    static CalibratedDraws map(PlacementDraws in, TrackRecord judge, int base, double[] point, double[] growth, LongHorizon rule, long seed) {
        int years = in.years(), n = in.simulations(), judged = judge.horizons();
        PlacementDraws out = new PlacementDraws(in.firstYear(), years, n);
        int[] capped = new int[years];
        double[] simTotal = new double[n], level = new double[n], walk = new double[n], total = new double[n];
        double[] provShare = new double[P.length], phaseShare = new double[PH.length];
        RandomGenerator rng = new Well19937c(seed);
        for (int y = 0; y < years; y++) {
            for (int k = 0; k < n; k++) simTotal[k] = in.total(y, k);
            if (y == 0) {
                for (int k = 0; k < n; k++) {
                    for (Provision p : P) for (Phase ph : PH) out.add(0, p, ph, k, in.get(0, p, ph, k));
                    level[k] = simTotal[k];
                }
                copyGroups(in, out, 0, simTotal, simTotal);
                continue;
            }
            double[] rank = ranks(simTotal);
            if (y <= judged) {
                for (int k = 0; k < n; k++) level[k] = PastErrors.at(point[y], orZero(judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, y, base, rank[k])));
            } else {
                // the random walk's steps are drawn whatever the draws' values, so scenarios share them
                for (int k = 0; k < n; k++) {
                    double z = rng.nextGaussian();
                    if (n > 1) walk[k] += rule.growthStepSd() * z;
                    level[k] *= Math.exp(growth[y] + walk[k]);
                }
                rank = ranks(level);
            }
            double ceiling = rule.ceilingAt(y);
            for (int k = 0; k < n; k++) {
                total[k] = Math.min(level[k], ceiling);
                if (level[k] > ceiling) capped[y]++;
            }
            int hj = Math.min(y, judged);
            shares(in, y, provShare, phaseShare);
            double[] rows = new double[P.length], cols = new double[PH.length];
            double[][] table = new double[P.length][PH.length];
            for (int k = 0; k < n; k++) {
                double u = rank[k];
                for (Provision p : P) {
                    rows[p.ordinal()] = PastErrors.at(provShare[p.ordinal()] * total[k], orZero(judge.stretchedError(Dimension.PROVISION, p.name(), hj, base, u)));
                }
                for (Phase ph : PH) {
                    cols[ph.ordinal()] = PastErrors.at(phaseShare[ph.ordinal()] * total[k], orZero(judge.stretchedError(Dimension.PHASE, ph.code(), hj, base, u)));
                }
                scaleTo(rows, total[k]);
                scaleTo(cols, total[k]);
                for (Provision p : P) for (Phase ph : PH) table[p.ordinal()][ph.ordinal()] = in.get(y, p, ph, k);
                rake(table, rows, cols);
                for (Provision p : P) for (Phase ph : PH) out.add(y, p, ph, k, table[p.ordinal()][ph.ordinal()]);
            }
            copyGroups(in, out, y, simTotal, total);
        }
        return new CalibratedDraws(out, capped);
    }

    /** Each provision's and phase's share of the simulations' mean total in a year (the mix the errors are placed about). */
    private static void shares(PlacementDraws in, int y, double[] prov, double[] phase) {
        Arrays.fill(prov, 0);
        Arrays.fill(phase, 0);
        double all = 0;
        for (int k = 0; k < in.simulations(); k++) {
            for (Provision p : P) for (Phase ph : PH) {
                double v = in.get(y, p, ph, k);
                prov[p.ordinal()] += v;
                phase[ph.ordinal()] += v;
                all += v;
            }
        }
        for (int i = 0; i < prov.length; i++) prov[i] = all > 0 ? prov[i] / all : 0;
        for (int i = 0; i < phase.length; i++) phase[i] = all > 0 ? phase[i] / all : 0;
    }

    /**
     * Settings share out their provision's mapped draw in the simulation's own mix (the base
     * year's where the simulation has none of the provision); needs share out the total's.
     */
    private static void copyGroups(PlacementDraws in, PlacementDraws out, int y, double[] simTotal, double[] total) {
        int n = in.simulations();
        double[] v = new double[n];
        for (Map.Entry<PlacementDraws.Group, double[][]> g : in.groups().entrySet()) {
            double[] sim = g.getValue()[y];
            Dimension d = g.getKey().dimension();
            Provision p = d == Dimension.SETTING ? DfeSetting.valueOf(g.getKey().name()).setting().provision() : null;
            for (int k = 0; k < n; k++) {
                double whole = p == null ? simTotal[k] : in.provision(y, p, k);
                double mapped = p == null ? total[k] : out.provision(y, p, k);
                double share = whole > 0 ? sim[k] / whole : baseShare(in, g.getValue(), p, k);
                v[k] = mapped * share;
            }
            out.putGroup(d, g.getKey().name(), y, v);
        }
    }

    private static double baseShare(PlacementDraws in, double[][] group, Provision p, int k) {
        double whole = p == null ? in.total(0, k) : in.provision(0, p, k);
        return whole > 0 ? group[0][k] / whole : 0;
    }

    private static void scaleTo(double[] v, double target) {
        double s = 0;
        for (double x : v) s += x;
        if (s > 0) for (int i = 0; i < v.length; i++) v[i] *= target / s;
    }

    /**
     * Two-way iterative proportional fitting of a provision × phase table to its row and column
     * targets (which have the same sum), ending on the rows so that provisions are exact. A
     * small even seed keeps a row or column the simulation left empty reachable.
     */
    static void rake(double[][] t, double[] rows, double[] cols) {
        double sum = 0;
        for (double r : rows) sum += r;
        if (sum <= 0) {
            for (double[] row : t) Arrays.fill(row, 0);
            return;
        }
        double cells = 0;
        for (double[] row : t) for (double v : row) cells += v;
        double seed = 1e-9 * Math.max(cells, sum);
        for (int i = 0; i < t.length; i++) for (int j = 0; j < t[i].length; j++) t[i][j] += seed * rows[i] * cols[j] / (sum * sum);
        for (int round = 0; round < RAKING_ROUNDS; round++) {
            for (int j = 0; j < cols.length; j++) {
                double c = 0;
                for (double[] row : t) c += row[j];
                double f = c > 0 ? cols[j] / c : 0;
                for (double[] row : t) row[j] *= f;
            }
            for (int i = 0; i < rows.length; i++) {
                double r = 0;
                for (double v : t[i]) r += v;
                double f = r > 0 ? rows[i] / r : 0;
                for (int j = 0; j < t[i].length; j++) t[i][j] *= f;
            }
        }
    }

    /** A warning for each year in which the ceiling held down the median draw: the central figure is then the ceiling's. */
    List<DataWarning> ceilingWarnings(String area, LongHorizon rule) {
        List<DataWarning> w = new ArrayList<>();
        int n = draws.simulations();
        for (int y = 1; y < capped.length; y++) {
            if (2 * capped[y] < n) continue;
            w.add(new DataWarning("forecast ceiling", draws.firstYear() + y, String.format(Locale.ROOT,
                    "%s: %d%% of draws reach the ceiling of %,.0f plans (%s); the central figure is the ceiling's, not the trend's",
                    area, Math.round(100.0 * capped[y] / n), rule.ceilingAt(y), rule.ceilingSource()), false));
            break;
        }
        return w;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * Ranks k / (n − 1) of the values (0.5 for one value): the plotting positions of R's type 7, so
     * that the type-7 quantiles of the mapped draws fall on the calibrated ones. Ties are broken by
     * position, so the result is deterministic.
     */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> v[a] != v[b] ? Double.compare(v[a], v[b]) : Integer.compare(a, b));
        double[] r = new double[v.length];
        for (int k = 0; k < v.length; k++) r[order[k]] = v.length == 1 ? 0.5 : (double) k / (v.length - 1);
        return r;
    }
}
