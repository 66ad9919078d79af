package org.sendplan.model.transition;

/**
 * The transition model's expected path: each year the mean flows of every state (leave, move,
 * stay one NC year on) and the mean joiners per NC year, without randomness (goal-seek's trials,
 * the holdout backtest and {@code --simulations 0}).
 */
public final class ExpectedPath {
    private final TransitionParameters p;
    private final int n;

    public ExpectedPath(TransitionParameters params) {
        this.p = params;
        this.n = params.space().size();
    }

    /**
     * The expected path: {@code steps} years from {@code start} (the stock at the January census
     * {@code firstPairYear}); row 0 is the start.
     */
    public double[][] of(double[] start, int firstPairYear, int steps, TransitionProjector.PopulationSource pop) {
        return of(start, firstPairYear, steps, pop, null);
    }

    /** The expected path under a scenario's levers (null: none). */
    public double[][] of(double[] start, int firstPairYear, int steps, TransitionProjector.PopulationSource pop, ScenarioFlows flows) {
        double[][] out = new double[steps + 1][];
        out[0] = start.clone();
        double[] cur = start.clone();
        for (int step = 1; step <= steps; step++) {
            int year = firstPairYear + step - 1;
            int h = year - p.lastFitYear;
            double fL = p.leaverFactor(h, 0, 0), fJ = p.joinerFactor(h, 0, 0);
            ScenarioFlows.Step fs = flows == null ? null : flows.step(step);
            double[] dAlpha = fs == null ? p.destAlpha : fs.destAlpha, dTotal = fs == null ? p.destTotal : fs.destTotal;
            double[] jAlpha = fs == null ? p.joinAlpha : fs.joinAlpha, jTotal = fs == null ? p.joinTotal : fs.joinTotal;
            double[] lm = fs == null ? null : fs.leaveMult, jm = fs == null ? null : fs.joinMult, ss = fs == null ? null : fs.stayShare;
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double t = cur[i];
                if (t == 0) continue;
                double pl = Math.min(1, p.leaveMean(i) * fL * (lm == null ? 1 : lm[i]));
                double r = t * (1 - pl);
                int stay = p.stayTo[i];
                double m = stay < 0 ? r : r * p.moveMean(i);
                int d0 = p.destStart[i], d1 = p.destStart[i + 1];
                if (d1 == d0) {
                    if (stay >= 0) stayExpected(next, stay, r, ss, fs, i); // nowhere to move to: stay
                    continue;                                              // nowhere at all: leave
                }
                double tot = dTotal[i];
                for (int k = d0; k < d1; k++) next[p.destIdx[k]] += m * dAlpha[k] / tot;
                if (stay >= 0) stayExpected(next, stay, r - m, ss, fs, i);
            }
            double[] popY = pop.at(year);
            for (int a = 0; a < p.space().ncyCount(); a++) {
                if (jTotal[a] == 0) continue;
                double j = popY[a] * Math.min(1, p.joinRateMean(a) * fJ * (jm == null ? 1 : jm[a]));
                if (j == 0) continue;
                for (int k = p.joinStart[a]; k < p.joinStart[a + 1]; k++) next[p.joinIdx[k]] += j * jAlpha[k] / jTotal[a];
            }
            out[step] = next;
            cur = next;
        }
        return out;
    }

    private static void stayExpected(double[] next, int stay, double v, double[] ss, ScenarioFlows.Step fs, int i) {
        if (ss == null || ss[i] == 0) {
            next[stay] += v;
            return;
        }
        double moved = v * ss[i];
        next[stay] += v - moved;
        int[] t = fs.stayTargets[i];
        double[] w = fs.stayWeights[i];
        for (int k = 0; k < t.length; k++) next[t[k]] += moved * w[k];
    }
}
