package org.sendplan.app;

import org.sendplan.model.Forecast;
import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.scap.ScapForecast;
import org.sendplan.model.transition.StateCosts;
import org.sendplan.model.transition.TransitionReport;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;

import java.util.List;

/**
 * Where a run's children come from: the DfE's published release ({@link DfeRoute}) or an
 * authority's person-level data ({@link PersonLevelRoute}). A route reads and checks its inputs
 * when it is made; {@link Pipeline} then runs every route the same way (projection, places and
 * money, reports).
 */
public interface Route {
    /** The area as the headline names it: {@code Stockton-on-Tees (808)}. */
    String label();

    /** The January census the projection starts from. */
    int baseYear();

    /** A reader that checks scenario files against this route's own codes. */
    ScenarioReader scenarioReader();

    /**
     * Whether places and money are planned without a finance file, on ILLUSTRATIVE finance: when
     * settings map to provisions (unit costs are by provision) and the route has no costs of its
     * own (the peer's costs per need × setting are used as they are instead).
     */
    boolean plansByDefault();

    /**
     * The baseline and each scenario, sharing random numbers (same seed, same draws).
     *
     * @param expectedPath one simulation without randomness (goal-seek's trials)
     */
    Projections project(List<Scenario> scenarios, boolean expectedPath);

    /**
     * One scenario's forecast, for goal-seek's trials, which need only its figures. By default the
     * baseline is projected beside it (the person-level route's scenarios share its run); a route
     * that can project a scenario alone overrides this.
     */
    default Forecast scenario(Scenario s, boolean expectedPath) {
        return project(List.of(s), expectedPath).forecasts().get(1);
    }

    /** Whether {@link #backtest} can be run on this route. */
    default boolean hasBacktest() {
        return false;
    }

    /** The method's backtest on the area's own history (run beside the projection). */
    default RollingBacktest.Result backtest() {
        throw new UnsupportedOperationException("no backtest on this route");
    }

    /** How the area compares with its region, England and its nearest neighbours; null where the route has no release to compare in. */
    default Benchmarking benchmarking() {
        return null;
    }

    /**
     * What a route projected: a forecast per outcome (baseline first) and the extras only one
     * route has (see {@link org.sendplan.model.RunResult}).
     */
    record Projections(List<Forecast> forecasts, List<PupilOutlook> pupils, TransitionReport transitions, List<StateCosts> stateCosts,
                       List<ScapForecast> scap, List<ReformPlan> reform) {
        public Projections {
            forecasts = List.copyOf(forecasts);
            pupils = List.copyOf(pupils);
            stateCosts = List.copyOf(stateCosts);
            scap = List.copyOf(scap);
            reform = List.copyOf(reform);
        }

        /** Projections without reform plan tables (the person-level route's). */
        public Projections(List<Forecast> forecasts, List<PupilOutlook> pupils, TransitionReport transitions, List<StateCosts> stateCosts,
                           List<ScapForecast> scap) {
            this(forecasts, pupils, transitions, stateCosts, scap, List.of());
        }
    }
}
