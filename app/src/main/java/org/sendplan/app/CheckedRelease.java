package org.sendplan.app;

import org.sendplan.model.scenario.ScenarioDefinition;
import org.sendplan.data.AreaIndex;
import org.sendplan.data.DataException;
import org.sendplan.data.DfeRelease;
import org.sendplan.model.Aggregates;
import org.sendplan.model.Area;
import org.sendplan.model.cohort.CohortAssumptions;
import org.sendplan.model.cohort.CohortEstimator;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.cohort.CohortProjector;
import org.sendplan.model.quality.BaseRepair;
import org.sendplan.model.quality.CleanedAuthorities;
import org.sendplan.model.quality.DataQuality;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.benchmark.BenchmarkFigures;
import org.sendplan.model.benchmark.BenchmarkSet;
import org.sendplan.model.evaluation.LongHorizon;
import org.sendplan.data.PopulationReader;
import org.sendplan.data.pupils.PupilNumbersReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DfE release checked once and shared by every area a run serves: data-quality checks on every authority (the checks
 * that compare authorities need them all), England and regions as sums of cleaned authorities,
 * then the cohort model estimated for an area from what was known at a base year.
 */
public final class CheckedRelease {
    /**
     * What a forecast run asks for.
     *
     * @param publishedBase start from the published base census even where it looks like an error ({@link BaseRepair})
     */
    public record Request(Area area, Integer baseYear, int horizon, Population population, int simulations, long seed,
                          boolean publishedBase) {
        public Request(Area area, Integer baseYear, int horizon, Population population, int simulations, long seed) {
            this(area, baseYear, horizon, population, simulations, seed, false);
        }
    }

    private final DfeRelease release;
    private final AreaIndex index;

    public CheckedRelease(DfeRelease release) {
        this.release = release;
        this.index = new AreaIndex(release);
    }

    public DfeRelease release() {
        return release;
    }

    public AreaIndex areas() {
        return index;
    }

    public Forecast forecast(Request r) {
        return CohortProjector.project(estimate(r), r.horizon(), r.simulations(), r.seed(), ScenarioDefinition.BASELINE_NAME);
    }

    /** The cohort model's expected path (no randomness): the point forecast the track record judges. */
    public Forecast expectedPath(Request r) {
        return CohortProjector.project(estimate(r).expectedPath(), r.horizon(), 1, r.seed(), ScenarioDefinition.BASELINE_NAME);
    }

    /**
     * {own, England's} log growth of plans in the year to the base census, as the track record's
     * cases have them; the area's is NaN when either census is flagged or missing.
     */
    public double[] growth(Area area, int base) {
        CleanedAuthorities c = checked(base);
        PlanningData england = c.england();
        double own;
        if (area.level() == Area.Level.LOCAL_AUTHORITY) {
            DataQuality.Report q = c.reports().get(area.code());
            PlanningData d = release.data().get(area.code());
            boolean flagged = q == null || q.flaggedCaseload().contains(base) || q.flaggedCaseload().contains(base - 1);
            own = flagged || d == null ? Double.NaN : growth(d, base);
        } else if (area.level() == Area.Level.REGION) {
            own = growth(c.region(area.name(), release.authorities()), base);
        } else {
            own = growth(england, base);
        }
        return new double[]{own, growth(england, base)};
    }

    /** Censuses over which the recent growth of England's plans and of the highest authority rate are measured: the latest nine at most. */
    private static final int RECENT_CENSUSES = 9;

    /**
     * The rule beyond the judged horizons at a base year. The random walk's step: the SD of the
     * year-on-year changes in England's growth over its recent censuses. The ceiling: the highest
     * rate of plans per pupil any authority had reached by the base census, growing each year ahead
     * as that highest rate grew over the recent censuses, applied to the area's pupils (held at
     * their latest census; an area without pupils takes the rate's ratio to England's on its own
     * plans). Everything from censuses up to the base year.
     */
    public LongHorizon longHorizon(Area area, int base) {
        java.util.SortedMap<Integer, Double> totals = checked(base).england().caseloadTotal().headMap(base + 1);
        List<Double> recent = new ArrayList<>(totals.values());
        recent = recent.subList(Math.max(0, recent.size() - RECENT_CENSUSES), recent.size());
        double step = recent.size() < 4 ? 0 : LongHorizon.growthStepSd(recent.stream().mapToDouble(Double::doubleValue).toArray());
        String growthSource = String.format(java.util.Locale.ROOT, "the SD of the yearly changes in England's growth of plans, censuses %d–%d",
                base - recent.size() + 1, base);
        BenchmarkSet b = benchmarks(base);
        BenchmarkFigures own = b.figures(area);
        Frontier now = frontier(base), then = null;
        for (int y = base - RECENT_CENSUSES + 1; y < base && then == null; y++) then = frontier(y);
        if (now == null) return new LongHorizon(step, growthSource, Double.POSITIVE_INFINITY, 0, "none");
        double growth = then == null ? 0 : Math.max(0, Math.log(now.rate() / then.rate()) / (base - then.year()));
        double ceiling;
        String denominator;
        if (own.pupils() > 0) {
            ceiling = now.rate() * own.pupils();
            denominator = String.format(java.util.Locale.ROOT, "%s's %,.0f pupils (January %d school census)", area.name(), own.pupils(), own.pupilsYear());
        } else {
            BenchmarkFigures england = b.figures(Area.ENGLAND);
            ceiling = own.plans() * 1000 * now.rate() / england.plansPer1000Pupils();
            denominator = "its own plans scaled by that rate over England's: its pupils are not held";
        }
        return new LongHorizon(step, growthSource, ceiling, growth, String.format(java.util.Locale.ROOT,
                "%,.0f plans in January %d: %.1f plans per 1,000 pupils, the highest any authority had reached (%s), applied to %s, "
                        + "growing %.1f%% a year as that highest rate grew %s",
                ceiling, base, 1000 * now.rate(), now.authority(), denominator, 100 * (Math.exp(growth) - 1),
                then == null ? "(no earlier rate known)" : "from January " + then.year()));
    }

    /** The highest rate of plans per pupil of any authority at a census, and whose it was. */
    private record Frontier(int year, double rate, String authority) {
    }

    /** Each census's frontier, found once: every forecast of a run (scenarios, a batch's authorities) asks for the same years. */
    private final Map<Integer, java.util.Optional<Frontier>> frontiers = new ConcurrentHashMap<>();

    /** The frontier at a census (pupils of the latest school census held no later); null where no rate is known. */
    private Frontier frontier(int year) {
        return frontiers.computeIfAbsent(year, y -> java.util.Optional.ofNullable(findFrontier(y))).orElse(null);
    }

    private Frontier findFrontier(int year) {
        var pupils = PupilNumbersReader.bundledCounts();
        int pupilsYear = pupils.latestYear(year);
        Frontier best = null;
        for (Area la : release.authorities()) {
            PlanningData d = release.data().get(la.code());
            Double plans = d == null ? null : d.caseloadTotal().get(year);
            double p = pupils.of(la.code(), pupilsYear);
            if (plans == null || !(plans > 0) || !(p > 0)) continue;
            if (best == null || plans / p > best.rate()) best = new Frontier(year, plans / p, la.name());
        }
        return best;
    }

    private static double growth(PlanningData d, int base) {
        Double a = d.caseloadTotal().get(base), b = d.caseloadTotal().get(base - 1);
        return a == null || b == null || Double.isNaN(a) || Double.isNaN(b) || a <= 0 || b <= 0 ? Double.NaN : Math.log(a / b);
    }

    /** Every authority's checked and cleaned data at a base year, computed once and shared by every area this route serves. */
    private final Map<Integer, CleanedAuthorities> checked = new ConcurrentHashMap<>();
    private final Map<String, PlanningData> regions = new ConcurrentHashMap<>();
    private volatile Map<String, Set<Integer>> repeated;

    private CleanedAuthorities checked(int base) {
        return checked.computeIfAbsent(base, b -> {
            Map<String, Set<Integer>> rep = repeated;
            if (rep == null) repeated = rep = DataQuality.repeatedNewPlans(release.data());
            Map<String, PlanningData> published = new LinkedHashMap<>();
            for (Area la : release.authorities()) published.put(la.code(), release.data().get(la.code()));
            return CleanedAuthorities.at(b, published, rep);
        });
    }

    /** Checks every authority's data (once per base year) and estimates the cohort model's rates for the request's area. */
    public CohortAssumptions estimate(Request r) {
        Area area = r.area();
        int latest = latestCensus();
        int base = r.baseYear() == null ? latest : r.baseYear();
        CleanedAuthorities c = checked(base);
        Map<String, PlanningData> cleaned = c.cleaned();
        Map<String, DataQuality.Report> reports = c.reports();
        PlanningData england = c.england();
        PlanningData data;
        DataQuality.Report quality;
        PlanningData mixFallback = england;
        BaseRepair repair = null;
        switch (area.level()) {
            case LOCAL_AUTHORITY -> {
                data = cleaned.get(area.code());
                quality = reports.get(area.code());
                mixFallback = regions.computeIfAbsent(base + "|" + area.region(), k -> c.region(area.region(), release.authorities()));
                if (data == null || !data.caseloadTotal().containsKey(base)) {
                    throw new UnsupportedRequestException(area.name() + " (" + area.code() + ") has no caseload for January " + base
                            + (index.latestCensus(area) > 0 ? "; its last census is January " + index.latestCensus(area)
                            + " (the authority was reorganised or renamed" + successors(area) + ")" : ""));
                }
                repair = r.publishedBase() ? null : BaseRepair.of(data, quality, england, base).orElse(null);
                if (repair != null) {
                    data = repair.apply(data);
                    quality = repair.report(quality);
                }
            }
            case REGION -> {
                List<PlanningData> members = new ArrayList<>();
                List<DataWarning> w = new ArrayList<>();
                for (Area la : release.authorities()) {
                    if (!la.region().equals(area.name()) || !cleaned.containsKey(la.code())) continue;
                    members.add(cleaned.get(la.code()));
                    for (DataWarning x : reports.get(la.code()).warnings()) w.add(prefixed(la, x));
                }
                data = Aggregates.sum(area, members);
                quality = withMembers(DataQuality.check(data, base, Set.of()), w);
            }
            default -> {
                data = new PlanningData(area, england.caseloadTotal(), england.caseloadBySetting(), england.caseloadByAge(),
                        england.caseloadByAgeSetting(), england.newPlansTotal(), england.newPlansBySetting(), england.newPlansByAge(),
                        england.ceasedTotal(), england.ceasedByAge(), england.needsByAge(), england.needsBySetting(), england.newPlanNeedsByAge());
                List<DataWarning> w = new ArrayList<>();
                for (Area la : release.authorities()) {
                    if (reports.containsKey(la.code())) for (DataWarning x : reports.get(la.code()).warnings()) w.add(prefixed(la, x));
                }
                quality = withMembers(DataQuality.check(data, base, Set.of()), w);
            }
        }
        if (!data.caseloadByAge().containsKey(base) && !england.caseloadByAge().containsKey(base)) {
            throw new UnsupportedRequestException("--base-year " + base + ": the cohort model needs a single-age census in the base year; "
                    + "this release has them for January " + inWords(singleAgeYears()) + " (earlier releases give age bands only)");
        }
        if (r.population() != null && !r.population().covers(base - 1 + r.horizon())) {
            throw new UnsupportedRequestException("population projection ends in " + r.population().byYear().lastKey()
                    + "; a horizon of " + r.horizon() + " from January " + base + " needs mid-year " + (base - 1 + r.horizon()));
        }
        if (r.population() != null && !r.population().covers(base - 1)) {
            throw new UnsupportedRequestException("population projection starts in " + r.population().byYear().firstKey()
                    + "; new plans per head need mid-year " + (base - 1));
        }
        try {
            CohortAssumptions as = CohortEstimator.estimate(data, quality, england, mixFallback, r.population(), base, CohortParameters.DEFAULTS);
            return repair == null ? as : as.noted(repair.assumption(), repair.method());
        } catch (IllegalArgumentException e) {
            // the estimator's own checks (no usable new plans, no single-age census): the area's data cannot serve the model
            throw new DataException(release.source(), 0, area.name() + " (" + area.code() + ")",
                    "data the cohort model can be estimated from at January " + base, e.getMessage());
        }
    }

    private final Map<Integer, BenchmarkSet> benchmarks = new ConcurrentHashMap<>();

    /**
     * Every area's benchmark figures at a census, from the published rows and the release's
     * requests (computed once per base year); authorities' populations from the bundled projection
     * where it covers them, and every authority's pupils from the bundled school census.
     */
    public BenchmarkSet benchmarks(int base) {
        return benchmarks.computeIfAbsent(base, b -> {
            Set<String> covered = PopulationReader.bundledAreas();
            return new BenchmarkSet(release.authorities(), release.data(), release.regions(), b,
                    a -> covered.contains(a.newCode()) ? PopulationReader.bundled(a.newCode()) : null, release.requests(),
                    PupilNumbersReader.bundledCounts());
        });
    }

    public int latestCensus() {
        int latest = 0;
        for (PlanningData d : release.data().values()) if (!d.caseloadTotal().isEmpty()) latest = Math.max(latest, d.caseloadTotal().lastKey());
        return latest;
    }

    /** "; forecast its successors: Cumberland (942), Westmorland and Furness (943)", or nothing. */
    private String successors(Area area) {
        List<Area> next = index.successors(area);
        if (next.isEmpty()) return "";
        return "; forecast its successor" + (next.size() > 1 ? "s" : "") + ": " + String.join(", ", next.stream().map(a -> a.name() + " (" + a.code() + ")").toList());
    }

    /** Years in words: "2024", "2024 and 2025", "2023, 2024 and 2025". */
    static String inWords(List<Integer> years) {
        if (years.size() <= 1) return years.isEmpty() ? "none" : years.get(0).toString();
        List<String> s = years.stream().map(String::valueOf).toList();
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    private List<Integer> singleAgeYears() {
        Set<Integer> years = new java.util.TreeSet<>();
        for (PlanningData d : release.data().values()) years.addAll(d.caseloadByAge().keySet());
        return List.copyOf(years);
    }

    private static DataWarning prefixed(Area la, DataWarning w) {
        return new DataWarning(la.name() + " (" + la.code() + "): " + w.series(), w.year(), w.message(), false);
    }

    private static DataQuality.Report withMembers(DataQuality.Report own, List<DataWarning> members) {
        List<DataWarning> all = new ArrayList<>(own.warnings());
        all.addAll(members);
        return new DataQuality.Report(all, own.flaggedCaseload(), own.newPlans(), own.newPlansTrend());
    }
}
