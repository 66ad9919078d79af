package org.sendplan.model;

import org.sendplan.model.benchmark.Benchmarking;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.pupils.PupilOutlook;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.scap.ScapForecast;
import org.sendplan.model.transition.StateCosts;
import org.sendplan.model.transition.TransitionReport;

import java.util.List;

/**
 * Everything one run produced, on either route, for the reports: the baseline and each scenario
 * (projection, and places and money where planned), with what only one route has beside them.
 *
 * @param outcomes    the baseline first, then each scenario in the order given
 * @param backtest    the method's backtest on the area's history (DfE route; null when not run)
 * @param pupils      the pupil outlook of each outcome (DfE route; empty on the person-level route)
 * @param transitions the transition model's estimated rates (person-level route; null otherwise)
 * @param stateCosts  each outcome's costs the peer's way, per need × setting (person-level route
 *                    with the peer's costs and no finance; empty otherwise)
 * @param benchmarking how the area compares with its region, England and its nearest neighbours
 *                    (DfE route; null otherwise)
 * @param scap        each outcome's SCAP specialist-place forecast (DfE route; empty otherwise)
 * @param reform      each outcome's local SEND reform plan tables (DfE route; empty otherwise)
 */
public record RunResult(List<Outcome> outcomes, RollingBacktest.Result backtest, List<PupilOutlook> pupils, TransitionReport transitions,
                        List<StateCosts> stateCosts, Benchmarking benchmarking, List<ScapForecast> scap, List<ReformPlan> reform) {
    public RunResult {
        if (outcomes.isEmpty()) throw new IllegalArgumentException("a run has at least its baseline");
        outcomes = List.copyOf(outcomes);
        pupils = List.copyOf(pupils);
        stateCosts = List.copyOf(stateCosts);
        scap = List.copyOf(scap);
        reform = List.copyOf(reform);
    }

    /** A run without reform plan tables. */
    public RunResult(List<Outcome> outcomes, RollingBacktest.Result backtest, List<PupilOutlook> pupils, TransitionReport transitions,
                     List<StateCosts> stateCosts, Benchmarking benchmarking, List<ScapForecast> scap) {
        this(outcomes, backtest, pupils, transitions, stateCosts, benchmarking, scap, List.of());
    }

    public Forecast baseline() {
        return outcomes.get(0).forecast();
    }

    /** Whether places and money were planned (capacity, costs and the DSG balance exist). */
    public boolean planned() {
        return outcomes.get(0).plan() != null;
    }
}
