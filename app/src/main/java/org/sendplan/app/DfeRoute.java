package org.sendplan.app;

import org.sendplan.model.scenario.ScenarioDefinition;
import org.sendplan.data.PopulationReader;
import org.sendplan.model.Area;
import org.sendplan.model.Forecast;
import org.sendplan.model.Lazy;
import org.sendplan.model.Population;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.cohort.CohortAssumptions;
import org.sendplan.model.cohort.CohortProjector;
import org.sendplan.model.cohort.Simulated;
import org.sendplan.model.evaluation.CalibratedForecast;
import org.sendplan.model.evaluation.Judgement;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.TrackRecord;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.model.reform.AgeRule;
import org.sendplan.model.reform.ReformInputs;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformPlans;
import org.sendplan.model.scap.ScapForecast;
import org.sendplan.model.pupils.PupilProjection;
import org.sendplan.model.scenario.HeldUnderCeiling;
import org.sendplan.model.scenario.Levers;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The DfE route for one area: the cohort model estimated from the checked release at the base
 * year (with pupils beside it), each scenario projected with its levers (and re-estimated on its
 * own population where it gives one), made the way the track record of every authority judged
 * best and banded by its past errors ({@link CalibratedForecast}), and the method's backtest on
 * the area's history.
 */
public final class DfeRoute implements Route {
    /**
     * @param baseYear   null: the latest census of the release
     * @param population the population projection (null: none)
     * @param publishedBase start from the published base census even where it looks like an error
     * @param cellBands  whether each cell's quantiles can be read (only {@code projection.csv} reads them;
     *                   without them the simulations are let go once rolled up)
     */
    public record Request(Area area, Integer baseYear, int horizon, Population population, PupilRoute.Files pupils,
                          PupilRoute.Denominator newPlansPer, int simulations, long seed, boolean publishedBase, boolean cellBands) {
    }

    private final CheckedRelease release;
    private final Request request;
    /** asked for once (a batch shares one) */
    private final Lazy<BacktestRoute> backtests;
    private final AgeRule ageRule;
    private PupilRoute.Prepared pupils;
    private CohortAssumptions assumptions;

    /** @param backtests the backtest route to use, asked for once (a batch shares one): its track record calibrates every forecast */
    public DfeRoute(CheckedRelease release, Request request, Supplier<BacktestRoute> backtests) {
        this(release, request, backtests, AgeRule.AUGUST);
    }

    /** @param ageRule the age that puts a child in a reform plan table's age group */
    public DfeRoute(CheckedRelease release, Request request, Supplier<BacktestRoute> backtests, AgeRule ageRule) {
        this.release = release;
        this.request = request;
        this.backtests = new Lazy<>(backtests);
        this.ageRule = java.util.Objects.requireNonNull(ageRule, "ageRule");
    }

    @Override
    public String label() {
        return request.area().name() + " (" + request.area().code() + ")";
    }

    @Override
    public int baseYear() {
        return request.baseYear() == null ? release.latestCensus() : request.baseYear();
    }

    @Override
    public ScenarioReader scenarioReader() {
        return new ScenarioReader(baseYear());
    }

    @Override
    public boolean plansByDefault() {
        return true;
    }

    @Override
    public Projections project(List<Scenario> scenarios, boolean expectedPath) {
        // the track record of every authority is judged on a thread of its own while the area's rates are estimated
        CompletableFuture<TrackRecord> judge = CompletableFuture.supplyAsync(() -> backtests.get().judge());
        PupilRoute.Prepared p = pupils();
        CohortAssumptions as = assumptions();
        // every scenario's own population is read and estimated before anything is projected
        List<CohortAssumptions> own = new ArrayList<>();
        for (Scenario s : scenarios) own.add(assumptions(s));
        TrackRecord j = Pipeline.join(judge);
        List<Forecast> forecasts = new ArrayList<>(List.of(project(as, expectedPath, ScenarioDefinition.BASELINE_NAME, Levers.NONE, j)));
        for (int i = 0; i < scenarios.size(); i++) forecasts.add(project(own.get(i), expectedPath, scenarios.get(i).name(), scenarios.get(i).levers(), j));
        List<PupilOutlook> outlooks = new ArrayList<>();
        for (int i = 0; i < forecasts.size(); i++) {
            PupilOutlook o = p.outlook(forecasts.get(i));
            outlooks.add(o);
            forecasts.set(i, p.annotate(forecasts.get(i), o));
        }
        List<ReformPlan> reform = new ArrayList<>();
        ReformInputs published = ReformData.of(release.release(), request.area(), baseYear() - 1, request.population());
        for (int i = 0; i < forecasts.size(); i++) {
            // the 0–25 population that splits the change: the run's, or a scenario's own where it gives one
            boolean ownPopulation = i > 0 && scenarios.get(i - 1).population() != null;
            reform.add(ReformPlans.of(forecasts.get(i), ownPopulation ? published.withPopulation(own.get(i - 1).population()) : published, ageRule));
        }
        return new Projections(forecasts, outlooks, null, List.of(), forecasts.stream().map(ScapForecast::of).toList(), reform);
    }

    /** One scenario alone (each projection draws from its own seed, so it is the same as beside the baseline). */
    @Override
    public Forecast scenario(Scenario s, boolean expectedPath) {
        return project(assumptions(s), expectedPath, s.name(), s.levers(), backtests.get().judge());
    }

    /** Against the benchmarks of the release at the base year (computed once, shared by a batch), with the run's own population. */
    @Override
    public Benchmarking benchmarking() {
        return release.benchmarks(baseYear()).compare(request.area(), request.population());
    }

    @Override
    public boolean hasBacktest() {
        return true;
    }

    @Override
    public RollingBacktest.Result backtest() {
        return backtests.get().run(request.area(), RunDefaults.BACKTEST_HORIZONS);
    }

    /** The cohort model's simulations (or its expected path alone), made and banded as the track record chose. */
    private Forecast project(CohortAssumptions as, boolean expectedPath, String name, Levers levers, TrackRecord judge) {
        Simulated expected = CohortProjector.simulate(as.expectedPath(), request.horizon(), 1, request.seed(), name, levers, request.cellBands());
        Forecast path = expected.summarised();
        Simulated sims = expectedPath ? expected : CohortProjector.simulate(as, request.horizon(), request.simulations(), request.seed(), name, levers,
                request.cellBands());
        double[] growth = release.growth(request.area(), as.baseYear());
        Judgement j = new Judgement(judge, release.longHorizon(request.area(), as.baseYear()));
        Forecast made = CalibratedForecast.apply(sims, path, j, growth[0], growth[1], request.seed());
        return levers.ceiling() == null ? made : HeldUnderCeiling.apply(made, levers.ceiling(), pupilsOnRoll(name, made), "pupils on roll: "
                + "the school census, projected by grade progression");
    }

    /** Pupils on roll (every NC year) by January census through the horizon, for a scenario's ceiling on plans per pupil. */
    private double[] pupilsOnRoll(String scenario, Forecast f) {
        PupilProjection projection = pupils().projection();
        double[] out = new double[f.horizon() + 1];
        for (int h = 0; h < out.length; h++) {
            double[] byNcy = projection == null ? null : projection.pupils().get(f.baseYear() + h);
            if (byNcy == null) {
                throw new UnsupportedRequestException("scenario " + scenario + ": plan_share_ceiling needs pupil numbers for "
                        + request.area().name() + " through January " + (f.baseYear() + f.horizon()) + " (--pupils or --school-census)");
            }
            for (double v : byNcy) if (!Double.isNaN(v)) out[h] += v;
        }
        return out;
    }

    /** The pupil side, prepared once: its population is the denominator of new plans (pupils at school ages if asked). */
    private PupilRoute.Prepared pupils() {
        if (pupils == null) {
            pupils = PupilRoute.prepare(release.release(), request.area(), request.pupils(), baseYear(), request.horizon(), request.population(),
                    request.newPlansPer());
        }
        return pupils;
    }

    /** A scenario's rates: the baseline's, or re-estimated on the scenario's own population. */
    private CohortAssumptions assumptions(Scenario s) {
        return s.population() == null ? assumptions() : release.estimate(estimation(PopulationReader.read(s.population(), request.area().newCode())));
    }

    private CohortAssumptions assumptions() {
        if (assumptions == null) assumptions = release.estimate(estimation(pupils().population()));
        return assumptions;
    }

    private CheckedRelease.Request estimation(Population denominator) {
        return new CheckedRelease.Request(request.area(), request.baseYear(), request.horizon(), denominator, request.simulations(), request.seed(),
                request.publishedBase());
    }
}
