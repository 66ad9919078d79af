package org.sendplan.model.evaluation;

import org.sendplan.model.Dimension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bands of roll-ups (provisions, phases) as a forecast publishes them: the total's band and
 * central shared out by the roll-up's share of the point forecast (every draw's total is shared
 * out in the projected mix), and how often bands made that way covered past outturns, as known at
 * each base year (outturns published by then only).
 */
final class SharedBands implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Dimension[] SHARED = {Dimension.PROVISION, Dimension.PHASE};
    private final int first, horizons;
    private final int[][][] banded, inside; // [dimension][h][outturn − first]

    private SharedBands(List<Case> pool, TrackRecord judge) {
        Map<String, Case> totals = new HashMap<>();
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE, hMax = 0;
        for (Case c : pool) {
            if (c.dimension() == Dimension.TOTAL) totals.put(key(c), c);
            if (!Double.isNaN(c.actual())) {
                lo = Math.min(lo, c.outturnYear());
                hi = Math.max(hi, c.outturnYear());
                hMax = Math.max(hMax, c.horizon());
            }
        }
        first = lo;
        horizons = hMax;
        int years = Math.max(0, hi - lo + 1);
        banded = new int[SHARED.length][hMax + 1][years];
        inside = new int[SHARED.length][hMax + 1][years];
        Map<String, double[]> totalBands = new HashMap<>(); // a total's band serves its every roll-up
        for (Case c : pool) {
            int d = index(c.dimension());
            if (d < 0 || Double.isNaN(c.actual())) continue;
            Case total = totals.get(key(c));
            if (total == null) continue;
            double[] band = band(totalBands.computeIfAbsent(key(c), k -> judge.band(total)), c.share());
            if (Double.isNaN(band[0])) continue;
            banded[d][c.horizon()][c.outturnYear() - first]++;
            if (c.actual() >= band[0] && c.actual() <= band[1]) inside[d][c.horizon()][c.outturnYear() - first]++;
        }
    }

    /** Judges the bands of every roll-up of the pool (cases without outturn are left out). */
    static SharedBands of(List<Case> pool, TrackRecord judge) {
        return new SharedBands(pool, judge);
    }

    /** A roll-up's figure or band: the total's, times the roll-up's share of the point forecast. */
    static double[] band(double[] total, double share) {
        return new double[]{total[0] * share, total[1] * share};
    }

    /** Share of the outturns up to a base year, h years after their forecast, inside the shared band (NaN with none). */
    double coverage(Dimension d, int horizon, int base) {
        int i = index(d);
        if (i < 0 || horizon < 1 || horizon > horizons) return Double.NaN;
        int n = 0, in = 0;
        for (int y = 0; y < banded[i][horizon].length && first + y <= base; y++) {
            n += banded[i][horizon][y];
            in += inside[i][horizon][y];
        }
        return n == 0 ? Double.NaN : (double) in / n;
    }

    private static int index(Dimension d) {
        for (int i = 0; i < SHARED.length; i++) if (SHARED[i] == d) return i;
        return -1;
    }

    /** The same area, base year and years ahead: a roll-up's case and its total's. */
    static String key(Case c) {
        return c.area() + "|" + c.baseYear() + "|" + c.horizon();
    }
}
