package org.sendplan.model.cohort;

/**
 * Iterative proportional fitting of a three-way table age × setting × need to three margins:
 * the cell totals age × setting (held exactly: they are the observed stock), age × need and
 * setting × need (the two published need breakdowns, first scaled to the same grand total).
 */
public final class Raking {
    private Raking() {
    }

    /**
     * @param stock    [age][setting] observed plans
     * @param byAge    [age][need] published need counts by age
     * @param bySetting [setting][need] published need counts by type of placement
     * @param iterations rounds of fitting (each round fits all three margins)
     * @return [age][setting][need] summing to {@code stock} over needs
     */
    public static double[][][] rake(double[][] stock, double[][] byAge, double[][] bySetting, int iterations) {
        int na = stock.length, ns = stock[0].length, nn = byAge[0].length;
        double total = 0, ta = 0, tsn = 0;
        for (double[] r : stock) for (double v : r) total += v;
        for (double[] r : byAge) for (double v : r) ta += v;
        for (double[] r : bySetting) for (double v : r) tsn += v;
        double[][] ma = scaled(byAge, ta > 0 ? total / ta : 0);
        double[][] ms = scaled(bySetting, tsn > 0 ? total / tsn : 0);
        double[][][] x = new double[na][ns][nn];
        // seed: each cell's need mix from its age's need mix
        for (int a = 0; a < na; a++) {
            double rowA = 0;
            for (double v : ma[a]) rowA += v;
            for (int s = 0; s < ns; s++) for (int n = 0; n < nn; n++) {
                x[a][s][n] = stock[a][s] * (rowA > 0 ? ma[a][n] / rowA : 1.0 / nn);
            }
        }
        for (int it = 0; it < iterations; it++) {
            // setting × need margin
            if (tsn > 0) for (int s = 0; s < ns; s++) for (int n = 0; n < nn; n++) {
                double cur = 0;
                for (int a = 0; a < na; a++) cur += x[a][s][n];
                if (cur > 0) {
                    double f = ms[s][n] / cur;
                    for (int a = 0; a < na; a++) x[a][s][n] *= f;
                }
            }
            // age × need margin
            if (ta > 0) for (int a = 0; a < na; a++) for (int n = 0; n < nn; n++) {
                double cur = 0;
                for (int s = 0; s < ns; s++) cur += x[a][s][n];
                if (cur > 0) {
                    double f = ma[a][n] / cur;
                    for (int s = 0; s < ns; s++) x[a][s][n] *= f;
                }
            }
            // age × setting: the observed stock, fitted last so it holds exactly
            for (int a = 0; a < na; a++) for (int s = 0; s < ns; s++) {
                double cur = 0;
                for (int n = 0; n < nn; n++) cur += x[a][s][n];
                if (cur > 0) {
                    double f = stock[a][s] / cur;
                    for (int n = 0; n < nn; n++) x[a][s][n] *= f;
                } else if (stock[a][s] > 0) {
                    for (int n = 0; n < nn; n++) x[a][s][n] = stock[a][s] / nn;
                }
            }
        }
        return x;
    }

    private static double[][] scaled(double[][] m, double f) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) out[i][j] *= f;
        }
        return out;
    }
}
