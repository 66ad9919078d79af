package org.sendplan.app;

import org.sendplan.data.DataException;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.BandCalibration;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.quality.CleanedAuthorities;
import org.sendplan.model.quality.DataQuality;
import org.sendplan.model.History;
import org.sendplan.model.PlanningData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The backtest on the DfE route: the latest release with the 2022 release behind it, England
 * as the sum of cleaned authorities at each base year, and the cohort model (through
 * {@link CheckedRelease}) for base years with a single-age census. One instance serves many areas
 * (England per base year is computed once).
 */
public final class BacktestRoute {
    private final DfeRelease release;
    private final DfeHistory history;
    private final CheckedRelease route;
    private final Map<String, Set<Integer>> repeated;
    private final Map<Integer, PlanningData> englandAt = new ConcurrentHashMap<>();
    /** old LA code → the merged history's series, in the history's order (England is summed in it) */
    private final Map<String, PlanningData> merged = new java.util.LinkedHashMap<>();
    private final double[][] phaseOfBand;
    private final BandCalibration calibration;

    public BacktestRoute(DfeRelease release, DfeHistory history) {
        this(release, history, BandCalibration.TOTALS_2012_2023);
    }

    public BacktestRoute(DfeRelease release, DfeHistory history, BandCalibration calibration) {
        this(new CheckedRelease(release), history, calibration);
    }

    /** Sharing a route's checked data (a batch of authorities forecasts and backtests from one route). */
    public BacktestRoute(CheckedRelease route, DfeHistory history) {
        this(route, history, BandCalibration.TOTALS_2012_2023);
    }

    private BacktestRoute(CheckedRelease route, DfeHistory history, BandCalibration calibration) {
        this.release = route.release();
        this.history = history;
        this.route = route;
        this.calibration = calibration;
        history.authorities().forEach((c, h) -> merged.put(c, h.data()));
        this.repeated = DataQuality.repeatedNewPlans(merged);
        PlanningData england = england(Integer.MAX_VALUE / 2);
        // England's single ages of the latest single-age census split each band into phases
        double[] ages = england.caseloadByAge().isEmpty() ? null : england.caseloadByAge().get(england.caseloadByAge().firstKey());
        this.phaseOfBand = RollingBacktest.phaseOfBand(ages == null ? new double[org.sendplan.model.Ages.COUNT] : ages);
    }

    public DfeHistory history() {
        return history;
    }

    public RollingBacktest.Result run(Area area, int maxHorizon, int simulations, long seed) {
        History h = history.of(area);
        if (h == null) throw new UnsupportedRequestException(area.name() + " (" + area.code() + ") has no history to backtest");
        Set<Integer> rep = area.level() == Area.Level.LOCAL_AUTHORITY ? repeated.getOrDefault(area.code(), Set.of()) : Set.of();
        if (area.level() != Area.Level.LOCAL_AUTHORITY) h = cleanedSum(area, h);
        try {
            return RollingBacktest.run(h, rep, this::england, phaseOfBand, maxHorizon, CohortParameters.DEFAULTS, calibration, simulations, seed,
                    (base, horizon) -> route.forecast(new CheckedRelease.Request(area, base, horizon, null, simulations, seed)));
        } catch (IllegalArgumentException e) {
            // the degraded method's own checks (no usable new plans before a base year): the history cannot serve it
            throw new DataException(release.source(), 0, area.name() + " (" + area.code() + ")", "a history the backtest can run on", e.getMessage());
        }
    }

    /** A region or England from its members' cleaned series (the published totals of a region do not always add up). */
    private History cleanedSum(Area area, History raw) {
        List<History> members = new ArrayList<>();
        history.authorities().forEach((code, x) -> {
            if (area.level() == Area.Level.ENGLAND || x.data().area().region().equals(area.name())) {
                DataQuality.Report q = DataQuality.check(x.data(), 0, repeated.getOrDefault(code, Set.of()));
                members.add(new History(DataQuality.cleaned(x.data(), q), x.caseloadByBand(), x.reconciliation()));
            }
        });
        return History.sum(area, members);
    }

    /** England known at a base year: the sum of every authority's cleaned series known then. */
    private PlanningData england(int base) {
        return englandAt.computeIfAbsent(base, b -> CleanedAuthorities.at(b, merged, repeated).england());
    }

    public DfeRelease release() {
        return release;
    }
}
