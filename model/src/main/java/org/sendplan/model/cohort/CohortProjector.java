package org.sendplan.model.cohort;

import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Ages;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Phase;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.rollup.Quantiles;
import org.apache.commons.math3.random.Well19937c;

import org.sendplan.model.scenario.Levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Projects plans January to January by simulation: each year plans age by one year and
 * continue at the estimated rate, new plans join by age (with a random walk around their
 * damped trend) and the placement mix follows its trend. Quantiles are taken over the
 * simulations, of each roll-up's sum (never sums of quantiles).
 */
public final class CohortProjector {
    private static final int A = Ages.COUNT;
    private static final int S = DfeSetting.values().length;
    private static final int N = Need.values().length;
    private static final List<Setting> SETTINGS = DfeSetting.catalogue();
    private static final int[] PROVISION_OF = java.util.Arrays.stream(DfeSetting.values())
            .mapToInt(s -> s.setting().provision().ordinal()).toArray();
    private static final List<String> NEEDS = java.util.Arrays.stream(Need.values()).map(Need::name).toList();

    private CohortProjector() {
    }

    public static Forecast project(CohortAssumptions as, int horizon, int simulations, long seed, String scenario) {
        return project(as, horizon, simulations, seed, scenario, Levers.NONE);
    }

    /**
     * With a scenario's levers. Every scenario draws the same random numbers for the same seed
     * (the number of draws does not depend on the levers), so a scenario without levers
     * reproduces the baseline exactly and differences between scenarios are not Monte Carlo noise.
     */
    public static Forecast project(CohortAssumptions as, int horizon, int simulations, long seed, String scenario, Levers levers) {
        return simulate(as, horizon, simulations, seed, scenario, levers, true).summarised();
    }

    /**
     * The simulations, their roll-ups not summarised: for a caller that summarises draws of its own made from them.
     *
     * @param cellBands whether each cell's quantiles can be read ({@code projection.csv}): they are taken over every
     *                  simulation of every cell (30 MB for an authority's 1,000 over ten years, kept until then)
     */
    public static Simulated simulate(CohortAssumptions as, int horizon, int simulations, long seed, String scenario, Levers levers,
                                     boolean cellBands) {
        int years = horizon + 1;
        double[][][][] shares = shares(as, horizon);
        CohortLevers lev = CohortLevers.apply(as, levers, horizon, shares);
        // y[h][a][n][sim]: plans by age and need, per simulation (h = 0 is the base year). Each year is
        // rolled up and its cells' means taken as soon as it is made; without the cells' quantiles to
        // make later, only the last two years are held (5 MB, not 30 MB, for ten years of 1,000 simulations)
        double[][][][] y = new double[years][][][];
        y[0] = new double[A][N][simulations];
        double[] mean = new double[years * A * S * N];
        PlacementDraws draws = new PlacementDraws(as.baseYear(), years, simulations);
        double[][] base = new double[A][N];
        for (int a = 0; a < A; a++) for (int s = 0; s < S; s++) for (int n = 0; n < N; n++) base[a][n] += as.baseStock()[a][s][n];
        for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) java.util.Arrays.fill(y[0][a][n], base[a][n]);
        take(as, 0, y[0], shares[0], simulations, mean, draws);
        Shocks shocks = Shocks.draw(new Well19937c(seed), horizon, simulations);
        CohortAssumptions.Uncertainty u = as.uncertainty();
        // the support layer: children a reform meets without a plan, followed as plan holders (none in the base year)
        boolean layered = levers.hasSupportLayer();
        double[][][] layer = layered ? new double[A][N][simulations] : null, nextLayer = layered ? new double[A][N][simulations] : null;
        double[][] layerTotal = new double[years][simulations];
        // every simulation advances together, a year at a time: each sim's arithmetic is the same sequence
        // of operations as when simulations ran one after another, but the loops run along contiguous arrays
        double[] logLevel = new double[simulations], keep = new double[simulations];
        double[][] joiners = new double[A][simulations];
        double[] perHead = new double[A];
        for (int h = 1; h <= horizon; h++) {
            double damping = Math.pow(as.growthDamping(), h);
            perHead(as, h, perHead);
            double[] growthError = shocks.growthError(), joinerShock = shocks.joiner()[h], continuationShock = shocks.continuation()[h];
            for (int k = 0; k < simulations; k++) {
                logLevel[k] += (as.joinerGrowth() + u.growthError() * growthError[k]) * damping + u.joinerShock() * joinerShock[k];
                double level = as.joinersBase() * Math.exp(logLevel[k]);
                for (int a = 0; a < A; a++) joiners[a][k] = level * as.joinerAgeShare()[a] * perHead[a];
                keep[k] = Math.exp(u.continuationShock() * continuationShock[k]);
            }
            double[][] jf = lev.joinerFactor[h], cont = lev.continuation[h];
            // every cell of the new year is written below, so a year already taken can be written over
            y[h] = cellBands || h < 2 ? new double[A][N][simulations] : y[h - 2];
            if (!cellBands && h >= 2) y[h - 2] = null;
            double[][][] prev = y[h - 1], next = y[h];
            for (int n = 0; n < N; n++) {
                double[] out = next[0][n], j = joiners[0];
                double mix = as.joinerNeedMix()[0][n], f = jf[0][n];
                for (int k = 0; k < simulations; k++) out[k] = as.youngestRatio() * j[k] * mix * f;
            }
            for (int a = 0; a < A - 1; a++) {
                double stay = 1 - lev.reviewed[h][a];
                double[] j = joiners[a + 1];
                for (int n = 0; n < N; n++) {
                    double c = cont[a][n], mix = as.joinerNeedMix()[a + 1][n], f = jf[a + 1][n];
                    double[] out = next[a + 1][n], from = prev[a][n];
                    for (int k = 0; k < simulations; k++) out[k] = c * keep[k] * from[k] * stay + j[k] * mix * f;
                }
            }
            if (layered) {
                double[][] met = lev.toLayer[h];
                double[] sum = layerTotal[h];
                for (int n = 0; n < N; n++) {
                    double[] out = nextLayer[0][n], j = joiners[0];
                    double mix = as.joinerNeedMix()[0][n], m = met[0][n];
                    for (int k = 0; k < simulations; k++) sum[k] += out[k] = as.youngestRatio() * j[k] * mix * m;
                }
                for (int a = 0; a < A - 1; a++) {
                    double moved = lev.reviewed[h][a];
                    double[] j = joiners[a + 1];
                    for (int n = 0; n < N; n++) {
                        double c = cont[a][n], mix = as.joinerNeedMix()[a + 1][n], m = met[a + 1][n];
                        double[] out = nextLayer[a + 1][n], held = layer[a][n], from = prev[a][n];
                        for (int k = 0; k < simulations; k++) sum[k] += out[k] = c * keep[k] * (held[k] + from[k] * moved) + j[k] * mix * m;
                    }
                }
                double[][][] t = layer;
                layer = nextLayer;
                nextLayer = t;
            }
            take(as, h, next, shares[h], simulations, mean, draws);
        }
        // each cell's quantiles taken now, not when projection.csv is written: every simulation of every cell (30 MB for an
        // authority's 1,000 over ten years) can then go at once instead of being copied by each collection until the reports
        Projection.Bands cells = cellBands ? bands(as, y, shares, years) : null;
        Projection projection = new Projection(as.baseYear(), years, Ages.MIN, A, SETTINGS, NEEDS, mean, cells == null ? null : () -> cells);
        if (layered) for (int h = 1; h < years; h++) for (int k = 0; k < simulations; k++) draws.addSupportLayer(h, k, layerTotal[h][k]);
        List<String> method = new ArrayList<>(as.method());
        method.addAll(CohortLevers.describe(levers));
        method.add(String.format(Locale.ROOT, "Uncertainty: %d simulations (seed %d). Each draws a growth-rate error (SD %.2f, log), a yearly shock to new plans "
                        + "(SD %.2f) and a yearly shock to continuation (SD %.2f); quantiles are of the simulated sums.",
                simulations, seed, u.growthError(), u.joinerShock(), u.continuationShock()));
        return new Simulated(scenario, as.area(), as.baseYear(), horizon, projection, as.assumptions(), as.warnings(), method, draws);
    }

    /** Each age's population in the flow into January base + h against the base year's flow (1 without a population). */
    private static void perHead(CohortAssumptions as, int h, double[] out) {
        int lastFlowYear = as.baseYear() - 1, calendar = lastFlowYear + h;
        for (int a = 0; a < A; a++) {
            out[a] = as.population() == null ? 1 : ratio(as.population().at(calendar, a), as.population().at(lastFlowYear, a));
        }
    }

    /** New plans by age on the expected path (no shocks), for the levers' bookkeeping. */
    static double[] expectedJoiners(CohortAssumptions as, int h) {
        double logLevel = 0;
        for (int k = 1; k <= h; k++) logLevel += as.joinerGrowth() * Math.pow(as.growthDamping(), k);
        double level = as.joinersBase() * Math.exp(logLevel);
        double[] out = new double[A];
        perHead(as, h, out);
        for (int a = 0; a < A; a++) out[a] = level * as.joinerAgeShare()[a] * out[a];
        return out;
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 1;
    }

    /** shares[h][a][n][s]: placement mix by age and need h years ahead. */
    private static double[][][][] shares(CohortAssumptions as, int horizon) {
        double[][][][] p = new double[horizon + 1][A][N][S];
        double cumulative = 0;
        for (int h = 0; h <= horizon; h++) {
            if (h > 0) cumulative += Math.pow(as.growthDamping(), h);
            for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
                double tot = 0;
                double[] row = p[h][a][n];
                for (int s = 0; s < S; s++) {
                    row[s] = as.baseStock()[a][s][n] * Math.exp(as.settingTrend()[s] * cumulative);
                    tot += row[s];
                }
                if (tot == 0) {
                    // a need never seen at this age: use the age's overall mix
                    for (int s = 0; s < S; s++) for (int m = 0; m < N; m++) row[s] += as.baseStock()[a][s][m] * Math.exp(as.settingTrend()[s] * cumulative);
                    for (double v : row) tot += v;
                }
                if (tot == 0) {
                    row[DfeSetting.PLACEMENT_UNKNOWN.ordinal()] = 1;
                    tot = 1;
                }
                for (int s = 0; s < S; s++) row[s] /= tot;
            }
        }
        return p;
    }

    /** Year h made ({@code yh}: plans by age and need, per simulation): its cells' means and its roll-ups. */
    private static void take(CohortAssumptions as, int h, double[][][] yh, double[][][] shares, int sims, double[] mean, PlacementDraws draws) {
        for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
            double m = 0;
            for (double v : yh[a][n]) m += v;
            m /= yh[a][n].length;
            for (int s = 0; s < S; s++) mean[index(h, a, s, n)] = h == 0 ? as.baseStock()[a][s][n] : m * shares[a][n][s];
        }
        rollUp(as, h, yh, shares, sims, draws);
    }

    private static Projection.Bands bands(CohortAssumptions as, double[][][][] y, double[][][][] shares, int years) {
        int cells = years * A * S * N;
        double[] p10 = new double[cells], p50 = new double[cells], p90 = new double[cells];
        Quantiles pct = new Quantiles();
        for (int h = 0; h < years; h++) for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
            double q10 = 0, q50 = 0, q90 = 0;
            if (h > 0) {
                pct.of(y[h][a][n]);
                q10 = pct.at(10);
                q50 = pct.at(50);
                q90 = pct.at(90);
            }
            for (int s = 0; s < S; s++) {
                int i = index(h, a, s, n);
                if (h == 0) {
                    p10[i] = p50[i] = p90[i] = as.baseStock()[a][s][n];
                } else {
                    double share = shares[h][a][n][s];
                    p10[i] = q10 * share;
                    p50[i] = q50 * share;
                    p90[i] = q90 * share;
                }
            }
        }
        return new Projection.Bands(p10, p50, p90);
    }

    private static int index(int h, int a, int s, int n) {
        return Projection.index(h, a, s, n, A, S, N);
    }

    /** Fills the draws of year h with every simulation's plans by provision × phase, setting and need. */
    private static void rollUp(CohortAssumptions as, int h, double[][][] yh, double[][][] shares, int sims, PlacementDraws draws) {
        Provision[] provisions = Provision.values();
        Phase[] phases = Phase.values();
        double[][] bySetting = new double[S][sims];
        double[][] byNeed = new double[N][sims];
        double[][][] byProvisionPhase = new double[provisions.length][phases.length][sims];
        for (int a = 0; a < A; a++) {
            int phase = Phase.ofAge(Ages.age(a)).ordinal();
            for (int n = 0; n < N; n++) {
                double[] v = yh[a][n];
                // a need no child of this age holds in any simulation adds nothing (a third of the rows or more)
                if (h > 0 && allZero(v)) continue;
                double[] share = shares[a][n];
                double[] need = byNeed[n];
                for (int k = 0; k < sims; k++) need[k] += v[k];
                for (int s = 0; s < S; s++) {
                    int p = PROVISION_OF[s];
                    double[] acc = bySetting[s];
                    double[] pp = byProvisionPhase[p][phase];
                    if (h == 0) {
                        // base year: the observed cells, exactly
                        double obs = as.baseStock()[a][s][n];
                        if (obs == 0) continue;
                        for (int k = 0; k < sims; k++) {
                            acc[k] += obs;
                            pp[k] += obs;
                        }
                        continue;
                    }
                    double sh = share[s];
                    if (sh == 0) continue;
                    for (int k = 0; k < sims; k++) {
                        double x = v[k] * sh;
                        acc[k] += x;
                        pp[k] += x;
                    }
                }
            }
        }
        for (Provision p : provisions) for (Phase ph : phases) {
            double[] pp = byProvisionPhase[p.ordinal()][ph.ordinal()];
            for (int k = 0; k < sims; k++) draws.add(h, p, ph, k, pp[k]);
        }
        for (DfeSetting s : DfeSetting.values()) draws.putGroup(Dimension.SETTING, s.name(), h, bySetting[s.ordinal()]);
        for (Need n : Need.values()) draws.putGroup(Dimension.NEED, n.name(), h, byNeed[n.ordinal()]);
    }

    private static boolean allZero(double[] v) {
        for (double x : v) if (x != 0) return false;
        return true;
    }

}
