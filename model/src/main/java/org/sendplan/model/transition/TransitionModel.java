package org.sendplan.model.transition;

import org.sendplan.model.Area;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Projection;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.rollup.Quantiles;
import org.sendplan.model.scenario.Levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The person-level route's model end to end: estimation (pooled, or chosen by backtest), then the
 * expected path or Monte Carlo, then the {@link Forecast} the reports write and the
 * {@link TransitionReport} of the rates.
 */
public final class TransitionModel {
    private TransitionModel() {
    }

    /**
     * @param simulations 0 for the expected path only; otherwise the number of Monte Carlo runs
     * @param threads     worker threads (results do not depend on it)
     * @param assumptions extra assumptions from the inputs (e.g. unit costs)
     * @param notes       extra method notes from the inputs
     */
    public record Request(TransitionHistory history, Estimation estimation, int horizon, int simulations, long seed, int threads,
                          Area area, String scenario, List<Assumption> assumptions, List<String> notes, double[] stateCosts) {
        public Request(TransitionHistory history, Estimation estimation, int horizon, int simulations, long seed, int threads,
                       Area area, String scenario, List<Assumption> assumptions, List<String> notes) {
            this(history, estimation, horizon, simulations, seed, threads, area, scenario, assumptions, notes, null);
        }
    }

    /** @param costs the peer's way of costing (per need × setting), or null when the request had no state costs */
    public record Result(Forecast forecast, TransitionReport report, TransitionParameters parameters, StateCosts costs) {
    }

    /** A scenario: its name and levers. */
    public record Scenario(String name, Levers levers) {
    }

    public static Result run(Request r) {
        return run(r, List.of()).get(0);
    }

    /**
     * The baseline and each scenario from one estimation: every projection starts each
     * simulation from the same random stream (same seed, same simulation number), so a scenario
     * without levers reproduces the baseline exactly.
     */
    public static List<Result> run(Request r, List<Scenario> scenarios) {
        TransitionHistory h = r.history();
        StateSpace space = h.space();
        List<DataWarning> warnings = new ArrayList<>(h.warnings());
        List<String> method = new ArrayList<>(r.notes());
        EstimationConfig config;
        HoldoutBacktest backtest = null;
        if (r.estimation() == Estimation.POOLED) {
            config = EstimationConfig.POOLED;
            if (HoldoutBacktest.possible(h)) backtest = HoldoutBacktest.run(h, List.of(EstimationConfig.POOLED));
        } else if (HoldoutBacktest.possible(h)) {
            backtest = HoldoutBacktest.run(h, HoldoutBacktest.grid());
            config = backtest.best().config();
        } else {
            config = EstimationConfig.SHORT_HISTORY;
            warnings.add(new DataWarning("transitions", 0, "only " + h.pairs() + " transition pair(s): too few to choose the estimation "
                    + "by backtest (three are needed); used " + config.describe(), false));
        }
        TransitionParameters params = TransitionParameters.estimate(h, config, h.pairs());
        TransitionProjector projector = new TransitionProjector(params);
        List<Result> out = new ArrayList<>();
        out.add(project(r, r.scenario(), Levers.NONE, params, projector, config, backtest, warnings, method));
        for (Scenario sc : scenarios) out.add(project(r, sc.name(), sc.levers(), params, projector, config, backtest, warnings, method));
        return out;
    }

    private static Result project(Request r, String scenario, Levers levers, TransitionParameters params, TransitionProjector projector,
                                  EstimationConfig config, HoldoutBacktest backtest, List<DataWarning> fitWarnings, List<String> fitMethod) {
        TransitionHistory h = r.history();
        StateSpace space = h.space();
        List<DataWarning> warnings = new ArrayList<>(fitWarnings);
        List<String> method = new ArrayList<>(fitMethod);
        ScenarioFlows flows = ScenarioFlows.of(levers, params, h.baseYear(), r.horizon(), h.baseStock());
        if (!levers.isEmpty()) {
            method.add(String.format(Locale.ROOT, "Scenario levers: %d on joiners, %d on leavers, %d redirecting or shifting placements "
                    + "(listed in the Scenarios sheet), applied to the transition model's rates from the same estimation as the baseline.",
                    levers.joiners().size(), levers.leavers().size(), levers.mixes().size()));
        }
        double[] stateCost = r.stateCosts();
        StateCosts costs = null;
        int base = h.baseYear();
        int years = r.horizon() + 1;
        TransitionProjector.PopulationSource pop = HoldoutBacktest.population(h);
        boolean provisions = space.hasProvisions();
        int n = space.size(), S = space.settingCount(), N = space.needCount(), A = space.ncyCount();
        int cells = years * A * S * N;
        double[] mean = new double[cells], p10 = new double[cells], p50 = new double[cells], p90 = new double[cells];
        List<Setting> settings = space.settings();
        Projection projection = new Projection(base, years, space.minNcy() + 4, A, settings, space.needs(), mean, p10, p50, p90);
        List<SummaryRow> summary = new ArrayList<>();
        PlacementDraws draws = null;
        int[] baseStock = h.baseStock();
        if (r.simulations() <= 0) {
            double[][] path = new ExpectedPath(params).of(HoldoutBacktest.toDouble(baseStock), base, r.horizon(), pop, flows);
            if (stateCost != null) {
                costs = StateCosts.of(base, years, 1, settings.stream().map(Setting::code).toList(), new StateCosts.Source() {
                    public double cost(int y, int s, int k) {
                        double c = 0;
                        for (int i = s; i < n; i += S) c += path[y][i] * stateCost[i];
                        return c;
                    }

                    public double plans(int y, int s, int k) {
                        double c = 0;
                        for (int i = s; i < n; i += S) c += path[y][i];
                        return c;
                    }
                }, uncosted(baseStock, stateCost));
            }
            if (provisions) draws = new PlacementDraws(base, years, 1);
            for (int y = 0; y < years; y++) {
                double[] g = new double[projector.groups()];
                for (int i = 0; i < n; i++) {
                    double v = path[y][i];
                    int c = projection.index(y, space.ncy(i) - space.minNcy(), space.setting(i), space.need(i));
                    mean[c] = p10[c] = p50[c] = p90[c] = v;
                    if (v == 0) continue;
                    addGroups(g, space, i, v);
                    Provision pv = settings.get(space.setting(i)).provision();
                    if (draws != null) draws.add(y, pv, Phase.ofAge(space.ncy(i) + 4), 0, v);
                }
                for (int k = 0; k < g.length; k++) rows(summary, base + y, k, space, new double[]{g[k]}, provisions, true);
            }
            method.add("Expected path: the mean of every flow, no simulation (run with --simulations N for bands); "
                    + "every quantile equals the mean.");
        } else {
            int sims = r.simulations();
            if (provisions) draws = new PlacementDraws(base, years, sims);
            TransitionProjector.Simulations sim = projector.simulate(baseStock, base, r.horizon(), pop, sims, r.seed(), r.threads(), draws,
                    flows, stateCost);
            if (stateCost != null) {
                costs = StateCosts.of(base, years, sims, settings.stream().map(Setting::code).toList(), new StateCosts.Source() {
                    public double cost(int y, int s, int k) {
                        return sim.settingCosts[(y * S + s) * sims + k];
                    }

                    public double plans(int y, int s, int k) {
                        return sim.rollup(y, 1 + s, k);
                    }
                }, uncosted(baseStock, stateCost));
            }
            for (int y = 0; y < years; y++) {
                for (int i = 0; i < n; i++) {
                    int c = projection.index(y, space.ncy(i) - space.minNcy(), space.setting(i), space.need(i));
                    if (y == 0) {
                        mean[c] = p10[c] = p50[c] = p90[c] = baseStock[i];
                        continue;
                    }
                    mean[c] = sim.cellMean(y, i);
                    if (mean[c] == 0) continue;
                    p10[c] = sim.cellQuantile(y, i, 0.10);
                    p50[c] = sim.cellQuantile(y, i, 0.50);
                    p90[c] = sim.cellQuantile(y, i, 0.90);
                }
                for (int g = 0; g < projector.groups(); g++) rows(summary, base + y, g, space, sim.rollup(y, g), provisions, y == 0);
            }
            method.add(String.format(Locale.ROOT, "Monte Carlo: %d simulations (seed %d). Each year every state's leavers and movers are drawn "
                    + "as Beta-binomial counts and movers' destinations and joiners' states as Dirichlet-multinomial counts (parameter "
                    + "uncertainty and flow noise together)%s. Roll-ups are summed per simulation before exact quantiles (R type 7) are "
                    + "taken; cell quantiles are exact too (from per-cell histograms of the simulated counts).", sims, r.seed(),
                    config.persistent() ? String.format(Locale.ROOT, "; each simulation also draws an error in the level (SD %.3f joiners, "
                            + "%.3f leavers, log) and trend (SD %.3f, %.3f per year) of the rates, kept for all its years",
                            params.joinerLevelSe(), params.leaverLevelSe(), params.joinerSlopeSe(), params.leaverSlopeSe()) : ""));
        }
        summary = ordered(summary);
        if (!provisions) {
            warnings.add(new DataWarning("settings", 0, "no settings file: settings are not mapped to provisions, so the provision roll-up "
                    + "and placements by provision are not produced (give --settings FILE)", false));
        }
        method.add(0, estimationNote(r.estimation(), config, backtest, params));
        List<Assumption> assumptions = new ArrayList<>(assumptions(params, config, backtest));
        assumptions.addAll(r.assumptions());
        TransitionReport report = report(r.estimation(), config, params, backtest, base, r.horizon());
        Forecast f = new Forecast(scenario, r.area(), base, r.horizon(), projection, summary, assumptions, warnings, method, draws);
        return new Result(f, report, params, costs);
    }

    private static int uncosted(int[] stock, double[] cost) {
        int u = 0;
        for (int i = 0; i < stock.length; i++) if (stock[i] > 0 && !(cost[i] > 0)) u += stock[i];
        return u;
    }

    private static void addGroups(double[] g, StateSpace space, int i, double v) {
        int S = space.settingCount(), N = space.needCount();
        int s = space.setting(i);
        g[0] += v;
        g[1 + s] += v;
        g[1 + S + space.need(i)] += v;
        g[1 + S + N + Phase.ofAge(space.ncy(i) + 4).ordinal()] += v;
        Provision pv = space.settings().get(s).provision();
        if (pv != null) g[1 + S + N + TransitionProjector.PHASES + pv.ordinal()] += v;
    }

    /** A summary row for group index g (total, settings, needs, phases, provisions). */
    private static void rows(List<SummaryRow> out, int year, int g, StateSpace space, double[] sims, boolean provisions, boolean observed) {
        int S = space.settingCount(), N = space.needCount();
        Dimension d;
        String group;
        if (g == 0) {
            d = Dimension.TOTAL;
            group = SummaryRow.ALL;
        } else if (g <= S) {
            d = Dimension.SETTING;
            group = space.settings().get(g - 1).code();
        } else if (g <= S + N) {
            d = Dimension.NEED;
            group = space.needs().get(g - 1 - S);
        } else if (g <= S + N + TransitionProjector.PHASES) {
            d = Dimension.PHASE;
            group = Phase.values()[g - 1 - S - N].code();
        } else {
            if (!provisions) return;
            d = Dimension.PROVISION;
            group = Provision.values()[g - 1 - S - N - TransitionProjector.PHASES].name();
        }
        out.add(new Quantiles().row(year, d, group, sims, observed));
    }

    /** Year, then dimension in the order of {@link Dimension}, then group order as built. */
    private static List<SummaryRow> ordered(List<SummaryRow> rows) {
        List<SummaryRow> out = new ArrayList<>(rows);
        // stable sort keeps the group order within a dimension
        out.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year()) : a.dimension().compareTo(b.dimension()));
        return out;
    }

    private static String estimationNote(Estimation e, EstimationConfig c, HoldoutBacktest b, TransitionParameters p) {
        StringBuilder sb = new StringBuilder();
        if (e == Estimation.POOLED) {
            sb.append("Estimation: pooled (the peer witan.send's): every history pair weighted equally; leaver and mover probabilities per "
                    + "NC year × need × setting are Beta posteriors whose prior is the NC year's pooled rate (a Jeffreys Beta(½,½) updated "
                    + "with the NC year's counts) with the weight of one observation; movers' destinations a Dirichlet with the NC year's "
                    + "pooled destination mix as prior (weight one); joiners per head a Beta of the NC year's joiners and non-joiners "
                    + "divided by the number of years, joiners' states a Dirichlet with a uniform prior of weight one. Rates constant. "
                    + "As the peer, a child who stays in a setting is kept there even past the NC years valid-states gives the setting "
                    + "(the default estimation moves such a child to a valid setting, or counts it a leaver when none is valid).");
        } else {
            sb.append("Estimation: trend (default): ").append(c.describe()).append(". ");
            sb.append(String.format(Locale.ROOT, "Joiner rate multiplier at the last pair %.3f, trend %+.3f/yr (log); leaver multiplier %.3f, "
                    + "trend %+.3f/yr. Priors as the pooled estimation.", Math.exp(p.joinerLevel()), p.joinerSlope(),
                    Math.exp(p.leaverLevel()), p.leaverSlope()));
        }
        if (b != null) {
            HoldoutBacktest.Row pooled = b.rows().get(0);
            sb.append(String.format(Locale.ROOT, " Holdout backtest (%d cases: each history pair from the third on forecast from its "
                            + "observed start stock with only the pairs before it, 1 to %d years ahead): mean absolute error of the total %.2f%% "
                            + "for this estimation", b.cases().size(), b.cases().stream().mapToInt(x -> x[1]).max().orElse(0), 100 * b.best().mape()));
            if (e != Estimation.POOLED) {
                sb.append(String.format(Locale.ROOT, ", %.2f%% for the pooled estimation; %d candidates tried (see the Transition model sheet).",
                        100 * pooled.mape(), b.rows().size()));
            } else {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private static List<Assumption> assumptions(TransitionParameters p, EstimationConfig c, HoldoutBacktest b) {
        List<Assumption> out = new ArrayList<>();
        StateSpace sp = p.space();
        String src = "history pairs to " + p.lastFitYear() + ", " + c.describe();
        for (int a = 0; a < sp.ncyCount(); a++) {
            out.add(new Assumption("joiners", "joiners per head, NCY " + (a + sp.minNcy()), p.ncyJoinRate(a), src));
        }
        for (int a = 0; a < sp.ncyCount(); a++) {
            out.add(new Assumption("leavers", "leaver probability, NCY " + (a + sp.minNcy()), p.ncyLeave(a), src + " (pooled NC-year prior)"));
        }
        for (int a = 0; a < sp.ncyCount(); a++) {
            out.add(new Assumption("movers", "mover probability, NCY " + (a + sp.minNcy()), p.ncyMove(a), src + " (pooled NC-year prior)"));
        }
        out.add(new Assumption("trend", "joiner rate multiplier at the last pair", Math.exp(p.joinerLevel()), "weighted log-linear fit"));
        out.add(new Assumption("trend", "joiner rate trend (log per year)", p.joinerSlope(), "damping " + c.joinerTrend()));
        out.add(new Assumption("trend", "leaver probability multiplier at the last pair", Math.exp(p.leaverLevel()), "weighted log-linear fit"));
        out.add(new Assumption("trend", "leaver probability trend (log per year)", p.leaverSlope(), "damping " + c.leaverTrend()));
        if (b != null) {
            out.add(new Assumption("backtest", "mean absolute error of the total, chosen estimation", b.best().mape(), b.cases().size() + " holdout cases"));
            out.add(new Assumption("backtest", "mean absolute error of the total, pooled estimation", b.rows().get(0).mape(), b.cases().size() + " holdout cases"));
        }
        return out;
    }

    private static TransitionReport report(Estimation e, EstimationConfig c, TransitionParameters p, HoldoutBacktest b, int base, int horizon) {
        StateSpace sp = p.space();
        int A = sp.ncyCount(), S = sp.settingCount();
        double[] jr = new double[A], lv = new double[A], mv = new double[A];
        double[][] ls = new double[A][S], ms = new double[A][S];
        for (int a = 0; a < A; a++) {
            jr[a] = p.ncyJoinRate(a);
            lv[a] = p.ncyLeave(a);
            mv[a] = p.ncyMove(a);
            for (int s = 0; s < S; s++) {
                boolean any = false;
                for (int m = 0; m < sp.needCount() && !any; m++) any = sp.valid(a + sp.minNcy(), m, s);
                ls[a][s] = any ? p.ncySettingLeave(a, s) : Double.NaN;
                ms[a][s] = any ? p.ncySettingMove(a, s) : Double.NaN;
            }
        }
        int[] years = new int[horizon];
        double[] jf = new double[horizon], lf = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            years[k] = base + k + 1;
            int h = base + k - p.lastFitYear();
            jf[k] = p.joinerFactor(h, 0, 0);
            lf[k] = p.leaverFactor(h, 0, 0);
        }
        List<String> settings = sp.settings().stream().map(Setting::code).toList();
        return new TransitionReport(e, c, sp.minNcy(), jr, lv, mv, settings, ls, ms, years, jf, lf, b);
    }
}
