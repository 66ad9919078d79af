package org.sendplan.app;

import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.RollingBacktest;

import java.util.concurrent.CompletableFuture;

/**
 * The short backtest a forecast includes by default (horizons 1–5, 400 simulations), run on a
 * background thread while the forecast runs: the history is read and the backtest computed
 * beside the model and the workbook's start-up, so the forecast stays inside its time budget.
 */
public final class BacktestSummary {
    public static final int HORIZONS = 5;
    public static final int SIMULATIONS = 400;

    private BacktestSummary() {
    }

    /** On the caller's thread, with a route shared by every area of a batch (history read once). */
    public static RollingBacktest.Result run(BacktestRoute route, Area area, long seed) {
        return route.run(area, HORIZONS, SIMULATIONS, seed);
    }

    public static CompletableFuture<RollingBacktest.Result> start(DfeRelease release, Area area, long seed) {
        return CompletableFuture.supplyAsync(() -> new BacktestRoute(release, DfeHistory.of(release)).run(area, HORIZONS, SIMULATIONS, seed));
    }
}
