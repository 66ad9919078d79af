package org.sendplan.app;

import org.sendplan.model.Forecast;
import org.sendplan.model.RunResult;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.money.Outcome;
import org.sendplan.scenarios.Scenario;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The one run pipeline of both routes: project the baseline and the scenarios, plan places and
 * money against them, and hand everything to the reports as one {@link RunResult}. The route's
 * backtest (where it has one) runs on a thread of its own beside the projection.
 */
public record Pipeline(Route route, PlacesAndMoney money) {
    /**
     * @param backtest whether to run the route's backtest (where the route has one)
     * @param beside   on a thread of its own beside the projection (a single run), or after it on
     *                 the caller's thread (a batch runs authorities side by side instead)
     */
    public RunResult run(List<Scenario> scenarios, boolean backtest, boolean beside) {
        boolean bt = backtest && route.hasBacktest();
        CompletableFuture<RollingBacktest.Result> future = bt && beside ? CompletableFuture.supplyAsync(route::backtest) : null;
        Route.Projections p = route.project(scenarios, false);
        List<Outcome> outcomes = money.plan(p.forecasts(), scenarios, route.plansByDefault());
        RollingBacktest.Result result = !bt ? null : future != null ? join(future) : route.backtest();
        return new RunResult(outcomes, result, p.pupils(), p.transitions(), p.stateCosts(), route.benchmarking(), p.scap(), p.reform());
    }

    /**
     * Goal-seek's trials: each scenario on the expected path (no randomness) against the
     * baseline's capacity and finance, which are planned once.
     */
    public Function<Scenario, Outcome> expectedPath() {
        Forecast base = route.project(List.of(), true).forecasts().get(0);
        PlacesAndMoney.Baseline b = money.baseline(base, route.plansByDefault());
        return s -> b.scenario(route.scenario(s, true), s);
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
