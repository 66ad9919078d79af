package org.sendplan.model.transition;

import org.sendplan.model.SideBySide;
import org.sendplan.model.rollup.Quantiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the transition model forward from a stock, January to January: each year the children of
 * every state leave, move or stay (one NC year on), and joiners arrive per NC year in proportion
 * to the population. Two modes: the expected path (means, deterministic) and Monte Carlo, where
 * each simulation draws each year's flows as Beta-binomial and Dirichlet-multinomial counts (the
 * parameter uncertainty and the flow noise together, as Pólya urns) and, for the trend
 * estimation, a per-simulation error in the level and trend of the joiner and leaver rates. The
 * expected path is {@link ExpectedPath}'s.
 */
public final class TransitionProjector {
    /** Roll-up groups, in the order of {@link #groups}: total, settings, needs, phases, provisions. */
    private final TransitionParameters p;
    private final StateSpace space;
    private final int n;
    private final int[] phaseOf;      // state → phase ordinal
    private final int[] settingOf;    // state → setting
    private final int[] needOf;       // state → need
    private final int[] provisionOf;  // setting → provision ordinal, or −1
    private final int groups;

    public TransitionProjector(TransitionParameters params) {
        this.p = params;
        this.space = params.space();
        this.n = space.size();
        this.phaseOf = new int[n];
        this.settingOf = new int[n];
        this.needOf = new int[n];
        for (int i = 0; i < n; i++) {
            phaseOf[i] = org.sendplan.model.Phase.ofAge(space.ncy(i) + 4).ordinal();
            settingOf[i] = space.setting(i);
            needOf[i] = space.need(i);
        }
        this.provisionOf = new int[space.settingCount()];
        for (int s = 0; s < provisionOf.length; s++) {
            var prov = space.settings().get(s).provision();
            provisionOf[s] = prov == null ? -1 : prov.ordinal();
        }
        this.groups = 1 + space.settingCount() + space.needCount() + PHASES + PROVISIONS;
    }

    static final int PHASES = org.sendplan.model.Phase.values().length;
    static final int PROVISIONS = org.sendplan.model.Provision.values().length;

    /** Number of roll-up groups per year (total, settings, needs, phases, provisions). */
    public int groups() { return groups; }

    /** Supplies the population by NC year of a calendar year (the first census year of a pair). */
    @FunctionalInterface
    public interface PopulationSource {
        double[] at(int year);
    }

    /** What the simulations produced, with exact quantiles. */
    public final class Simulations {
        public final int years;       // steps + 1, year 0 = the start
        public final int sims;
        /** roll-ups [(year * groups + group) * sims + sim] */
        public final int[] rollups;
        /** provision × phase per simulation, [((year * PROVISIONS + prov) * PHASES + phase) * sims + sim] */
        final long[] cellSums;        // [year * n + state]
        final int[][] histograms;     // [year * n + state] → counts of each value ≥ 1
        /** cost per setting per simulation, [(year * settings + setting) * sims + sim], when state costs were given */
        public final double[] settingCosts;

        Simulations(int years, int sims, double[] stateCost) {
            this.years = years;
            this.sims = sims;
            this.rollups = new int[years * groups * sims];
            this.cellSums = new long[years * n];
            this.histograms = new int[years * n][];
            this.settingCosts = stateCost == null ? null : new double[years * space.settingCount() * sims];
        }

        public double cellMean(int year, int state) { return (double) cellSums[year * n + state] / sims; }

        /** Quantile (R type 7, as R's default) of the state's count over the simulations. */
        public double cellQuantile(int year, int state, double prob) {
            int[] hist = histograms[year * n + state];
            return Quantiles.typeSeven(sims, prob, k -> kth(hist, k));
        }

        private int kth(int[] hist, int k) {
            if (hist == null) return 0;
            long nonZero = 0;
            for (int c : hist) nonZero += c;
            long zeros = sims - nonZero;
            if (k < zeros) return 0;
            long r = k - zeros;
            for (int v = 1; v < hist.length; v++) {
                if (r < hist[v]) return v;
                r -= hist[v];
            }
            return hist.length - 1;
        }

        public int rollup(int year, int group, int sim) { return rollups[(year * groups + group) * sims + sim]; }

        /** A copy of one roll-up's values over the simulations. */
        public double[] rollup(int year, int group) {
            double[] v = new double[sims];
            int base = (year * groups + group) * sims;
            for (int k = 0; k < sims; k++) v[k] = rollups[base + k];
            return v;
        }
    }

    /**
     * Monte Carlo: {@code sims} simulations of {@code steps} years from {@code start}, on
     * {@code threads} threads; simulation k uses its own stream seeded by (seed, k).
     */
    public Simulations simulate(int[] start, int firstPairYear, int steps, PopulationSource pop, int sims, long seed, int threads) {
        return simulate(start, firstPairYear, steps, pop, sims, seed, threads, null);
    }

    /**
     * As {@link #simulate(int[], int, int, PopulationSource, int, long, int)}, also adding each
     * simulation's plans by provision and phase into {@code draws} (when not null).
     */
    public Simulations simulate(int[] start, int firstPairYear, int steps, PopulationSource pop, int sims, long seed, int threads,
                                org.sendplan.model.PlacementDraws draws) {
        return simulate(start, firstPairYear, steps, pop, sims, seed, threads, draws, null, null);
    }

    /**
     * As {@link #simulate(int[], int, int, PopulationSource, int, long, int, org.sendplan.model.PlacementDraws)}
     * under a scenario's levers ({@code flows}, null: none), also summing each simulation's cost
     * per setting when {@code stateCost} (per state) is given. Simulation k draws from the same
     * stream whatever the levers, so scenarios share random numbers.
     */
    public Simulations simulate(int[] start, int firstPairYear, int steps, PopulationSource pop, int sims, long seed, int threads,
                                org.sendplan.model.PlacementDraws draws, ScenarioFlows flows, double[] stateCost) {
        Simulations out = new Simulations(steps + 1, sims, stateCost);
        double[][] popByStep = new double[steps + 1][];
        for (int step = 1; step <= steps; step++) popByStep[step] = pop.at(firstPairYear + step - 1);
        int workers = Math.max(1, Math.min(threads, sims));
        List<Worker> all = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            all.add(new Worker(w, workers, start, firstPairYear, steps, popByStep, sims, seed, out, draws, flows, stateCost));
        }
        SideBySide.run("sendplan-transition", all);
        // merge the workers' cell accumulators (integer sums: the order does not matter)
        for (Worker w : all) {
            for (int c = 0; c < out.cellSums.length; c++) {
                out.cellSums[c] += w.sums[c];
                int[] hw = w.hist[c];
                if (hw == null) continue;
                int[] ho = out.histograms[c];
                if (ho == null || ho.length < hw.length) {
                    int[] grown = new int[hw.length];
                    if (ho != null) System.arraycopy(ho, 0, grown, 0, ho.length);
                    ho = grown;
                    out.histograms[c] = ho;
                }
                for (int v = 0; v < hw.length; v++) ho[v] += hw[v];
            }
        }
        return out;
    }

    private final class Worker implements Runnable {
        final int first, stride, steps, sims;
        final int[] start;
        final int firstPairYear;
        final double[][] pop;
        final long seed;
        final Simulations out;
        final long[] sums;
        final int[][] hist;
        final org.sendplan.model.PlacementDraws draws;
        final int[] provPhase = new int[PROVISIONS * PHASES];
        final ScenarioFlows flows;
        final double[] stateCost;
        final double[] costAcc;

        Worker(int first, int stride, int[] start, int firstPairYear, int steps, double[][] pop, int sims, long seed, Simulations out,
               org.sendplan.model.PlacementDraws draws, ScenarioFlows flows, double[] stateCost) {
            this.draws = draws;
            this.flows = flows;
            this.stateCost = stateCost;
            this.costAcc = stateCost == null ? null : new double[space.settingCount()];
            this.first = first;
            this.stride = stride;
            this.start = start;
            this.firstPairYear = firstPairYear;
            this.steps = steps;
            this.pop = pop;
            this.sims = sims;
            this.seed = seed;
            this.out = out;
            this.sums = new long[(steps + 1) * n];
            this.hist = new int[(steps + 1) * n][];
        }

        @Override
        public void run() {
            int[] cur = new int[n], next = new int[n];
            int[] picks = new int[64];
            int[] acc = new int[groups];
            for (int sim = first; sim < sims; sim += stride) {
                Rng rng = new Rng(seed, sim);
                double eJ = rng.gaussian() * p.joinerLevelSe, eJs = rng.gaussian() * p.joinerSlopeSe;
                double eL = rng.gaussian() * p.leaverLevelSe, eLs = rng.gaussian() * p.leaverSlopeSe;
                System.arraycopy(start, 0, cur, 0, n);
                record(0, sim, cur, acc);
                for (int step = 1; step <= steps; step++) {
                    int h = firstPairYear + step - 1 - p.lastFitYear;
                    double fL = p.leaverFactor(h, eL, eLs), fJ = p.joinerFactor(h, eJ, eJs);
                    ScenarioFlows.Step fs = flows == null ? null : flows.step(step);
                    double[] dCum = fs == null ? p.destCum : fs.destCum, dTotal = fs == null ? p.destTotal : fs.destTotal;
                    double[] jCum = fs == null ? p.joinCum : fs.joinCum, jTotal = fs == null ? p.joinTotal : fs.joinTotal;
                    double[] lm = fs == null ? null : fs.leaveMult, jm = fs == null ? null : fs.joinMult, ss = fs == null ? null : fs.stayShare;
                    java.util.Arrays.fill(next, 0);
                    for (int i = 0; i < n; i++) {
                        int t = cur[i];
                        if (t == 0) continue;
                        double a = p.aLeave[i], b = p.bLeave[i];
                        double fLi = lm == null ? fL : fL * lm[i];
                        if (fLi != 1) {
                            double c = a + b, mean = Math.min(0.999, a / c * fLi);
                            a = mean * c;
                            b = c - a;
                        }
                        int r = t - rng.betaBinomial(t, a, b);
                        if (r == 0) continue;
                        int stay = p.stayTo[i];
                        int d0 = p.destStart[i], d1 = p.destStart[i + 1];
                        if (d1 == d0) {
                            if (stay >= 0) stay(next, stay, r, ss, fs, i, rng);
                            continue;
                        }
                        int m = stay < 0 ? r : rng.betaBinomial(r, p.aMove[i], p.bMove[i]);
                        if (m > 0) {
                            if (picks.length < m) picks = new int[Math.max(m, picks.length * 2)];
                            rng.dirichletMultinomial(m, p.destIdx, dCum, d0, d1, dTotal[i], next, picks);
                        }
                        if (stay >= 0) stay(next, stay, r - m, ss, fs, i, rng);
                    }
                    double[] popY = pop[step];
                    for (int a = 0; a < space.ncyCount(); a++) {
                        if (jTotal[a] == 0 || popY[a] <= 0) continue;
                        double rate = Math.min(1, jm == null ? rng.beta(p.aJoin[a], p.bJoin[a]) * fJ : rng.beta(p.aJoin[a], p.bJoin[a]) * fJ * jm[a]);
                        int j = (int) rng.binomial(Math.round(popY[a]), rate);
                        if (j == 0) continue;
                        if (picks.length < j) picks = new int[Math.max(j, picks.length * 2)];
                        int s0 = p.joinStart[a], s1 = p.joinStart[a + 1];
                        rng.dirichletMultinomial(j, p.joinIdx, jCum, s0, s1, jTotal[a], next, picks);
                    }
                    int[] t = cur;
                    cur = next;
                    next = t;
                    record(step, sim, cur, acc);
                }
            }
        }

        /** Stayers into {@code stay}; a placement-mix lever moves a binomial share of them to its target states. */
        private void stay(int[] next, int stay, int v, double[] ss, ScenarioFlows.Step fs, int i, Rng rng) {
            if (ss == null || ss[i] == 0 || v == 0) {
                next[stay] += v;
                return;
            }
            int moved = (int) rng.binomial(v, ss[i]);
            next[stay] += v - moved;
            int[] t = fs.stayTargets[i];
            double[] w = fs.stayWeights[i];
            double left = 1;
            for (int k = 0; k < t.length && moved > 0; k++) {
                int c = k == t.length - 1 ? moved : (int) rng.binomial(moved, Math.min(1, w[k] / left));
                next[t[k]] += c;
                moved -= c;
                left -= w[k];
            }
        }

        private void record(int year, int sim, int[] stock, int[] acc) {
            java.util.Arrays.fill(acc, 0);
            java.util.Arrays.fill(provPhase, 0);
            if (costAcc != null) java.util.Arrays.fill(costAcc, 0);
            int S = space.settingCount(), N = space.needCount();
            int base = year * n;
            for (int i = 0; i < n; i++) {
                int c = stock[i];
                if (c == 0) continue;
                sums[base + i] += c;
                int[] hh = hist[base + i];
                if (hh == null || hh.length <= c) {
                    int[] grown = new int[Math.max(c + 1, hh == null ? 8 : hh.length * 2)];
                    if (hh != null) System.arraycopy(hh, 0, grown, 0, hh.length);
                    hh = grown;
                    hist[base + i] = hh;
                }
                hh[c]++;
                int s = settingOf[i];
                if (costAcc != null) costAcc[s] += c * stateCost[i];
                acc[0] += c;
                acc[1 + s] += c;
                acc[1 + S + needOf[i]] += c;
                acc[1 + S + N + phaseOf[i]] += c;
                if (provisionOf[s] >= 0) {
                    acc[1 + S + N + PHASES + provisionOf[s]] += c;
                    provPhase[provisionOf[s] * PHASES + phaseOf[i]] += c;
                }
            }
            if (draws != null) {
                org.sendplan.model.Provision[] pv = org.sendplan.model.Provision.values();
                org.sendplan.model.Phase[] ph = org.sendplan.model.Phase.values();
                for (int q = 0; q < provPhase.length; q++) {
                    if (provPhase[q] != 0) draws.add(year, pv[q / PHASES], ph[q % PHASES], sim, provPhase[q]);
                }
            }
            for (int g = 0; g < groups; g++) out.rollups[(year * groups + g) * out.sims + sim] = acc[g];
            if (costAcc != null) for (int s = 0; s < S; s++) out.settingCosts[(year * S + s) * out.sims + sim] = costAcc[s];
        }
    }
}
