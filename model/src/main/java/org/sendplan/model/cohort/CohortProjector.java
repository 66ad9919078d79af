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
import org.sendplan.model.SummaryRow;
import org.sendplan.model.rollup.DrawSummary;
import org.sendplan.model.rollup.Quantiles;
import org.apache.commons.math3.random.RandomGenerator;
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
        int years = horizon + 1;
        double[][][][] shares = shares(as, horizon);
        CohortLevers lev = CohortLevers.apply(as, levers, horizon, shares);
        // y[h][a][n][sim]: plans by age and need, per simulation (h = 0 is the base year)
        double[][][][] y = new double[years][A][N][simulations];
        double[][] base = new double[A][N];
        for (int a = 0; a < A; a++) for (int s = 0; s < S; s++) for (int n = 0; n < N; n++) base[a][n] += as.baseStock()[a][s][n];
        RandomGenerator rng = new Well19937c(seed);
        CohortAssumptions.Uncertainty u = as.uncertainty();
        double[][] cur = new double[A][N];
        double[][] next = new double[A][N];
        double[] joiners = new double[A];
        // the support layer: children a reform meets without a plan, followed as plan holders (none in the base year)
        boolean layered = levers.hasSupportLayer();
        double[][] layer = new double[A][N], nextLayer = new double[A][N];
        double[][] layerTotal = new double[years][simulations];
        for (int sim = 0; sim < simulations; sim++) {
            for (int a = 0; a < A; a++) System.arraycopy(base[a], 0, cur[a], 0, N);
            for (double[] row : layer) java.util.Arrays.fill(row, 0);
            for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) y[0][a][n][sim] = base[a][n];
            double growthError = u.growthError() * rng.nextGaussian();
            double logLevel = 0;
            for (int h = 1; h <= horizon; h++) {
                logLevel += (as.joinerGrowth() + growthError) * Math.pow(as.growthDamping(), h) + u.joinerShock() * rng.nextGaussian();
                joiners(as, h, logLevel, joiners);
                double keep = Math.exp(u.continuationShock() * rng.nextGaussian());
                double[][] jf = lev.joinerFactor[h], cont = lev.continuation[h];
                for (int n = 0; n < N; n++) next[0][n] = as.youngestRatio() * joiners[0] * as.joinerNeedMix()[0][n] * jf[0][n];
                for (int a = 0; a < A - 1; a++) {
                    double stay = 1 - lev.reviewed[h][a];
                    for (int n = 0; n < N; n++) {
                        next[a + 1][n] = cont[a][n] * keep * cur[a][n] * stay + joiners[a + 1] * as.joinerNeedMix()[a + 1][n] * jf[a + 1][n];
                    }
                }
                if (layered) {
                    double[][] met = lev.toLayer[h];
                    double sum = 0;
                    for (int n = 0; n < N; n++) sum += nextLayer[0][n] = as.youngestRatio() * joiners[0] * as.joinerNeedMix()[0][n] * met[0][n];
                    for (int a = 0; a < A - 1; a++) {
                        double moved = lev.reviewed[h][a];
                        for (int n = 0; n < N; n++) {
                            sum += nextLayer[a + 1][n] = cont[a][n] * keep * (layer[a][n] + cur[a][n] * moved)
                                    + joiners[a + 1] * as.joinerNeedMix()[a + 1][n] * met[a + 1][n];
                        }
                    }
                    double[][] tl = layer;
                    layer = nextLayer;
                    nextLayer = tl;
                    layerTotal[h][sim] = sum;
                }
                double[][] t = cur;
                cur = next;
                next = t;
                for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) y[h][a][n][sim] = cur[a][n];
            }
        }
        Projection projection = cells(as, y, shares, years);
        PlacementDraws draws = new PlacementDraws(as.baseYear(), years, simulations);
        List<SummaryRow> summary = summary(as, y, shares, years, simulations, draws);
        if (layered) for (int h = 1; h < years; h++) for (int k = 0; k < simulations; k++) draws.addSupportLayer(h, k, layerTotal[h][k]);
        List<String> method = new ArrayList<>(as.method());
        method.addAll(CohortLevers.describe(levers));
        method.add(String.format(Locale.ROOT, "Uncertainty: %d simulations (seed %d). Each draws a growth-rate error (SD %.2f, log), a yearly shock to new plans "
                        + "(SD %.2f) and a yearly shock to continuation (SD %.2f); quantiles are of the simulated sums.",
                simulations, seed, u.growthError(), u.joinerShock(), u.continuationShock()));
        return new Forecast(scenario, as.area(), as.baseYear(), horizon, projection, summary, as.assumptions(), as.warnings(), method, draws);
    }

    /** New plans by age in the flow into January base + h, at a log level relative to the base year's. */
    private static void joiners(CohortAssumptions as, int h, double logLevel, double[] out) {
        double level = as.joinersBase() * Math.exp(logLevel);
        int lastFlowYear = as.baseYear() - 1, calendar = lastFlowYear + h;
        for (int a = 0; a < A; a++) {
            double perHead = as.population() == null ? 1 : ratio(as.population().at(calendar, a), as.population().at(lastFlowYear, a));
            out[a] = level * as.joinerAgeShare()[a] * perHead;
        }
    }

    /** New plans by age on the expected path (no shocks), for the levers' bookkeeping. */
    static double[] expectedJoiners(CohortAssumptions as, int h) {
        double logLevel = 0;
        for (int k = 1; k <= h; k++) logLevel += as.joinerGrowth() * Math.pow(as.growthDamping(), k);
        double[] out = new double[A];
        joiners(as, h, logLevel, out);
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

    private static Projection cells(CohortAssumptions as, double[][][][] y, double[][][][] shares, int years) {
        int cells = years * A * S * N;
        double[] mean = new double[cells], p10 = new double[cells], p50 = new double[cells], p90 = new double[cells];
        Projection shape = new Projection(as.baseYear(), years, Ages.MIN, A, SETTINGS, NEEDS, mean, p10, p50, p90);
        Quantiles pct = new Quantiles();
        for (int h = 0; h < years; h++) for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
            double[] sims = y[h][a][n];
            double m = 0;
            for (double v : sims) m += v;
            m /= sims.length;
            double q10, q50, q90;
            if (h == 0) {
                q10 = q50 = q90 = m;
            } else {
                pct.of(sims);
                q10 = pct.at(10);
                q50 = pct.at(50);
                q90 = pct.at(90);
            }
            for (int s = 0; s < S; s++) {
                double share = shares[h][a][n][s];
                int i = shape.index(h, a, s, n);
                if (h == 0) {
                    double obs = as.baseStock()[a][s][n];
                    mean[i] = p10[i] = p50[i] = p90[i] = obs;
                } else {
                    mean[i] = m * share;
                    p10[i] = q10 * share;
                    p50[i] = q50 * share;
                    p90[i] = q90 * share;
                }
            }
        }
        return shape;
    }

    /**
     * Fills the draws with every simulation's plans by provision × phase, setting and need, and
     * reads the summary rows from them ({@link DrawSummary}).
     */
    private static List<SummaryRow> summary(CohortAssumptions as, double[][][][] y, double[][][][] shares, int years, int sims,
                                            PlacementDraws draws) {
        Provision[] provisions = Provision.values();
        Phase[] phases = Phase.values();
        for (int h = 0; h < years; h++) {
            double[][] bySetting = new double[S][sims];
            double[][] byNeed = new double[N][sims];
            double[][][] byProvisionPhase = new double[provisions.length][phases.length][sims];
            for (int a = 0; a < A; a++) {
                int phase = Phase.ofAge(Ages.age(a)).ordinal();
                for (int n = 0; n < N; n++) {
                    double[] v = y[h][a][n];
                    double[] share = shares[h][a][n];
                    for (int k = 0; k < sims; k++) byNeed[n][k] += v[k];
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
        return DrawSummary.rows(draws);
    }

}
