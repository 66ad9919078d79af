package org.sendplan.model.evaluation;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * <li><b>Every roll-up</b> (provision × phase, setting, need) keeps the simulation's own share of
 *     its total: the draw's total shared out in the simulation's mix.</li>
 * <li><b>A reform's support layer</b> (children met without a plan) counts in the total that is
 *     mapped, and is shared out like a roll-up: the track record judges how many children will
 *     need a plan under the present system, and the reform decides which of them hold one. So a
 *     scenario's plans and support layer add up, draw by draw, to the baseline's plans.</li>
 * </ul>
 * Two ways of giving each provision its own calibrated past errors were tried and dropped. Drawn
 * independently, the heavy tails of small provisions' errors (a unit that opens from nothing)
 * swamped the large ones; drawn at the total's rank and scaled back to the total, a small
 * provision's far right tail took the growth of every high draw, so the largest provision barely
 * moved while the total rose by a third (mainstream's p10–p90 two years ahead ±2% inside a total's
 * ±16%), and means fell outside their own bands.
 *
 * @param draws  the mapped draws
 * @param capped [year index]: how many draws the ceiling held down
 */
record CalibratedDraws(PlacementDraws draws, int[] capped) {

    static CalibratedDraws map(PlacementDraws in, TrackRecord judge, int base, double[] point, double[] growth, LongHorizon rule, long seed) {
        int years = in.years(), n = in.simulations(), judged = judge.horizons();
        PlacementDraws out = new PlacementDraws(in.firstYear(), years, n);
        int[] capped = new int[years];
        double[] simTotal = new double[n], level = new double[n], walk = new double[n], total = new double[n];
        RandomGenerator rng = new Well19937c(seed);
        for (int y = 0; y < years; y++) {
            // a reform's support layer is calibrated with the plans it was taken from: the draws' needs, with or without a plan
            for (int k = 0; k < n; k++) simTotal[k] = in.needs(y, k);
            if (y == 0) {
                System.arraycopy(simTotal, 0, level, 0, n);
                System.arraycopy(simTotal, 0, total, 0, n);
            } else if (y <= judged) {
                double[] rank = ranks(simTotal);
                for (int k = 0; k < n; k++) level[k] = PastErrors.at(point[y], orZero(judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, y, base, rank[k])));
            } else {
                // the random walk's steps are drawn whatever the draws' values, so scenarios share them
                for (int k = 0; k < n; k++) {
                    double z = rng.nextGaussian();
                    if (n > 1) walk[k] += rule.growthStepSd() * z;
                    level[k] *= Math.exp(growth[y] + walk[k]);
                }
            }
            if (y > 0) {
                double ceiling = rule.ceilingAt(y);
                for (int k = 0; k < n; k++) {
                    total[k] = Math.min(level[k], ceiling);
                    if (level[k] > ceiling) capped[y]++;
                }
            }
            double[] f = new double[n];
            for (int k = 0; k < n; k++) {
                f[k] = simTotal[k] > 0 ? total[k] / simTotal[k] : 0;
                out.addSupportLayer(y, k, in.supportLayer(y, k) * f[k]);
            }
            out.addScaled(in, y, f);
        }
        return new CalibratedDraws(out, capped);
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
