package org.sendplan.app;

import org.sendplan.data.DataException;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Area;
import org.sendplan.model.evaluation.Case;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.model.evaluation.TrackRecord;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.quality.CleanedAuthorities;
import org.sendplan.model.quality.DataQuality;
import org.sendplan.model.History;
import org.sendplan.model.Lazy;
import org.sendplan.model.PlanningData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The backtest on the DfE route: the latest release with the 2022 release behind it, England
 * as the sum of cleaned authorities at each base year, and the cohort model (through
 * {@link CheckedRelease}) for base years with a single-age census. One instance serves many areas:
 * England per base year and the {@link TrackRecord} of every authority are computed once.
 */
public final class BacktestRoute {
    /** Years ahead the track record judges. */
    public static final int HORIZONS = 5;
    private final DfeRelease release;
    private final DfeHistory history;
    private final CheckedRelease route;
    private final Map<Integer, PlanningData> englandAt = new ConcurrentHashMap<>();
    /** What past forecasts are made with, worked out when first needed: a run whose backtest and record are kept needs none of it. */
    private final Lazy<PastInputs> inputs = new Lazy<>(this::pastInputs);
    private final Lazy<TrackRecord> judge;
    /** Whether {@link #pool} has made every authority's past forecasts (a kept track record needs none of them). */
    private boolean pooled;
    private final Map<String, List<Case>> poolCases = new ConcurrentHashMap<>();
    private final Map<String, List<RollingBacktest.BaseYear>> poolBases = new ConcurrentHashMap<>();

    /**
     * @param merged      old LA code → the merged history's series, in the history's order (England is summed in it)
     * @param repeated    see {@link DataQuality#repeatedNewPlans}
     * @param mixFrom     the first census of the latest release's setting split (see {@link RollingBacktest#cases})
     * @param phaseOfBand England's single ages of the latest single-age census, splitting each band into phases
     */
    private record PastInputs(Map<String, PlanningData> merged, Map<String, Set<Integer>> repeated, int mixFrom, double[][] phaseOfBand) {
    }

    public BacktestRoute(DfeRelease release, DfeHistory history) {
        this(new CheckedRelease(release), history);
    }

    /** Sharing a route's checked data (a batch of authorities forecasts and backtests from one route). */
    public BacktestRoute(CheckedRelease route, DfeHistory history) {
        this.release = route.release();
        this.history = history;
        this.route = route;
        this.judge = new Lazy<>(() -> TrackRecordStore.load(history.fingerprint(), () -> TrackRecord.of(pool())));
    }

    private PastInputs pastInputs() {
        Map<String, PlanningData> merged = new java.util.LinkedHashMap<>();
        history.authorities().forEach((c, h) -> merged.put(c, h.data()));
        Map<String, Set<Integer>> repeated = DataQuality.repeatedNewPlans(merged);
        int from = Integer.MAX_VALUE;
        for (PlanningData d : release.data().values()) if (!d.caseloadBySetting().isEmpty()) from = Math.min(from, d.caseloadBySetting().firstKey());
        // England's single ages of the latest single-age census split each band into phases
        PlanningData england = CleanedAuthorities.at(Integer.MAX_VALUE / 2, merged, repeated).england();
        double[] ages = england.caseloadByAge().isEmpty() ? null : england.caseloadByAge().get(england.caseloadByAge().firstKey());
        return new PastInputs(merged, repeated, from, RollingBacktest.phaseOfBand(ages == null ? new double[org.sendplan.model.Ages.COUNT] : ages));
    }

    public DfeHistory history() {
        return history;
    }

    /** The backtest of an area: its own past forecasts, judged with the choices the track record of every authority made at each base year. */
    public RollingBacktest.Result run(Area area, int maxHorizon) {
        if (area.level() != Area.Level.LOCAL_AUTHORITY || maxHorizon > HORIZONS) {
            History h = historyOf(area);
            List<RollingBacktest.BaseYear> bases = new ArrayList<>();
            List<Case> cases = cases(area, area.level() == Area.Level.LOCAL_AUTHORITY ? h : cleanedSum(area, h), Math.max(maxHorizon, HORIZONS), bases);
            return RollingBacktest.run(h, within(cases, maxHorizon), bases, maxHorizon, judge());
        }
        // made once per data release (an authority's history is filed under its code): from the pool where the record was judged in this run, else afresh
        return TrackRecordStore.backtest(history.fingerprint(), area.code(), maxHorizon, () -> {
            History h = historyOf(area);
            List<Case> cases = poolCases.get(area.code()); // put after its bases: where it is there, they are
            List<RollingBacktest.BaseYear> bases = poolBases.get(area.code());
            if (cases == null) {
                bases = new ArrayList<>();
                cases = cases(area, h, HORIZONS, bases);
            }
            return RollingBacktest.run(h, within(cases, maxHorizon), bases, maxHorizon, judge());
        });
    }

    private History historyOf(Area area) {
        History h = history.of(area);
        if (h == null) throw new UnsupportedRequestException(area.name() + " (" + area.code() + ") has no history to backtest");
        return h;
    }

    private static List<Case> within(List<Case> cases, int maxHorizon) {
        return cases.stream().filter(c -> c.horizon() <= maxHorizon).toList();
    }

    /**
     * The track record of every authority, judged once per data release: kept between runs
     * ({@link TrackRecordStore}) for data that are identified, judged on {@link #pool} otherwise.
     */
    public TrackRecord judge() {
        return judge.get();
    }

    /** Every authority's past forecasts, in the history's order (the cases the track record judged). */
    public List<Case> pool() {
        synchronized (poolCases) {
            if (!pooled) {
                history.authorities().entrySet().parallelStream().forEach(e -> {
                    List<RollingBacktest.BaseYear> bases = new ArrayList<>();
                    try {
                        List<Case> cs = cases(e.getValue().data().area(), e.getValue(), HORIZONS, bases);
                        poolBases.put(e.getValue().data().area().code(), List.copyOf(bases));
                        poolCases.put(e.getValue().data().area().code(), cs);
                    } catch (DataException | UnsupportedRequestException x) {
                        // an authority whose history cannot be forecast adds nothing to the record; its own backtest says why
                    }
                });
                pooled = true;
            }
        }
        List<Case> all = new ArrayList<>();
        history.authorities().values().forEach(h -> all.addAll(poolCases.getOrDefault(h.data().area().code(), List.of())));
        return all;
    }

    private List<Case> cases(Area area, History h, int horizons, List<RollingBacktest.BaseYear> bases) {
        PastInputs in = inputs.get();
        Set<Integer> rep = area.level() == Area.Level.LOCAL_AUTHORITY ? in.repeated().getOrDefault(h.data().area().code(), Set.of()) : Set.of();
        try {
            return RollingBacktest.cases(h, rep, this::england, in.phaseOfBand(), horizons, CohortParameters.DEFAULTS,
                    (base, horizon) -> route.expectedPath(new CheckedRelease.Request(area, base, horizon, null, 1, 0)), in.mixFrom(), bases);
        } catch (IllegalArgumentException | UnsupportedRequestException e) {
            // the degraded method's own checks (no usable new plans before a base year): the history cannot serve it
            throw new DataException(release.source(), 0, area.name() + " (" + area.code() + ")", "a history the backtest can run on", e.getMessage());
        }
    }

    /** A region or England from its members' cleaned series (the published totals of a region do not always add up). */
    private History cleanedSum(Area area, History raw) {
        List<History> members = new ArrayList<>();
        Map<String, Set<Integer>> repeated = inputs.get().repeated();
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
        PastInputs in = inputs.get();
        return englandAt.computeIfAbsent(base, b -> CleanedAuthorities.at(b, in.merged(), in.repeated()).england());
    }

    public DfeRelease release() {
        return release;
    }
}
