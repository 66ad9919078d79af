package org.sendplan.model.evaluation;

import org.sendplan.model.Counts;
import org.sendplan.model.AgeBand;
import org.sendplan.model.Ages;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.History;
import org.sendplan.model.Phase;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.quality.DataQuality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Rolling-origin backtest: for every base year with enough history, forecast with only what was
 * known in January of that year, and compare with what was published later, for the total,
 * each provision and each phase, against two naive baselines ({@code last_value}: the base
 * year's figure; {@code last_growth}: the base year's year-on-year growth repeated).
 *
 * <p>Base years with a single-age census (January 2024 on) use the cohort model itself (passed
 * in as {@link CohortForecaster}). Earlier base years have totals, setting splits and age bands
 * only, so the same method runs degraded, on totals ({@link TotalsMethod}).
 */
public final class RollingBacktest {
    /** The first base year: caseload from 2010 and two years of new plans before it. */
    public static final int FIRST_BASE_YEAR = 2012;

    public enum Method {
        SENDPLAN("sendplan"), LAST_VALUE("last_value"), LAST_GROWTH("last_growth");
        private final String code;

        Method(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** One forecast set against its outturn (p10/p90 NaN for the baselines). */
    public record Row(String laCode, Method method, int baseYear, int horizon, Dimension dimension, String group,
                      double forecast, double p10, double p90, double actual) {
        public double error() {
            return forecast - actual;
        }

        /** Absolute percentage error as a share (0.05 = 5%); NaN when the actual is 0. */
        public double ape() {
            return actual == 0 ? Double.NaN : Math.abs(forecast - actual) / actual;
        }

        public boolean inBand() {
            return actual >= p10 && actual <= p90;
        }
    }

    /** What a base year's forecast had to work with. */
    public record BaseYear(int year, String method, String inputs) implements java.io.Serializable {
    }

    /**
     * @param reconciliation where the releases behind the history disagree, and which won (for the Data quality sheet)
     */
    public record Result(Area area, int maxHorizon, List<Row> rows, List<BaseYear> baseYears, List<String> method,
                         List<DataWarning> reconciliation) implements java.io.Serializable {
        public Result {
            rows = List.copyOf(rows);
            baseYears = List.copyOf(baseYears);
            method = List.copyOf(method);
            reconciliation = List.copyOf(reconciliation);
        }

        /** Kept as arrays ({@link KeptBacktest}), read back as this. */
        @java.io.Serial
        private Object writeReplace() {
            return new KeptBacktest(this);
        }
    }

    /** The cohort model from a base year (null when that base year has no single-age census). */
    @FunctionalInterface
    public interface CohortForecaster {
        Forecast forecast(int baseYear, int horizon);
    }

    /**
     * The method's point forecasts of an area from every base year with enough history, each with
     * its outturn and both naive baselines, for the {@link TrackRecord} to judge.
     *
     * @param history     the area's merged history
     * @param repeated    calendar years whose new-plans total is a region's (see {@link DataQuality#repeatedNewPlans})
     * @param englandAt   England (sum of cleaned authorities) known at a base year
     * @param phaseOfBand [band][phase] share of each band's plans in each phase (England, single ages)
     * @param cohort      the cohort model's expected path, for base years with a single-age census
     * @param mixFrom     the first census of the latest release's setting split: provisions are judged from base years on
     *                    it, because the earlier release's settings map onto provisions differently, and an error that is
     *                    only a change of category says nothing about the next forecast
     * @param bases       receives what each base year's forecast had to work with
     */
    public static List<Case> cases(History history, Set<Integer> repeated, IntFunction<PlanningData> englandAt, double[][] phaseOfBand,
                                   int maxHorizon, CohortParameters p, CohortForecaster cohort, int mixFrom, List<BaseYear> bases) {
        PlanningData d = history.data();
        String code = d.area().code();
        List<Case> cases = new ArrayList<>();
        int latest = d.caseloadTotal().isEmpty() ? 0 : d.caseloadTotal().lastKey();
        for (int base = FIRST_BASE_YEAR; base < latest; base++) {
            int h = Math.min(maxHorizon, latest - base);
            Double tb = d.caseloadTotal().get(base);
            if (tb == null || Double.isNaN(tb) || tb <= 0) continue;
            boolean singleAge = d.caseloadByAge().containsKey(base) && Counts.sum(d.caseloadByAge().get(base)) > 0;
            DataQuality.Report q = DataQuality.check(d.knownAt(base), base, repeated);
            List<TotalsMethod.Component> forecasts = new ArrayList<>();
            if (singleAge && cohort != null) {
                Forecast f = cohort.forecast(base, h);
                if (f == null) continue;
                for (SummaryRow r : f.summary()) {
                    int k = r.year() - base;
                    if (k < 1 || !(r.dimension() == Dimension.TOTAL || r.dimension() == Dimension.PROVISION || r.dimension() == Dimension.PHASE)) continue;
                    forecasts.add(new TotalsMethod.Component(k, r.dimension(), r.group(), r.mean()));
                }
                bases.add(new BaseYear(base, "cohort model", "single-age census " + (d.caseloadByAge().containsKey(base - 1) ? base - 1 + " and " : "")
                        + base + ", setting splits, new plans by age" + (d.ceasedByAge().containsKey(base - 1) ? ", ceased plans by age" : "")
                        + (d.needsByAge().containsKey(base) ? ", needs" : ", no need breakdown")));
            } else {
                BaseYear by = TotalsMethod.forecast(history, q, englandAt.apply(base), phaseOfBand, base, h, p, forecasts);
                if (by == null) continue;
                bases.add(by);
            }
            double own = q.flaggedCaseload().contains(base) || q.flaggedCaseload().contains(base - 1) ? Double.NaN : growth(d, base);
            double eng = growth(englandAt.apply(base), base);
            double[] totals = new double[h + 1];
            for (TotalsMethod.Component f : forecasts) if (f.dimension() == Dimension.TOTAL) totals[f.horizon()] = f.value();
            for (TotalsMethod.Component f : forecasts) {
                if (f.dimension() == Dimension.PROVISION && base < mixFrom) continue;
                double actual = observed(history, phaseOfBand, base + f.horizon(), f.dimension(), f.group());
                double last = observed(history, phaseOfBand, base, f.dimension(), f.group());
                double before = observed(history, phaseOfBand, base - 1, f.dimension(), f.group());
                double lastGrowth = Double.isNaN(last) || Double.isNaN(before) || before <= 0 ? Double.NaN : last * Math.pow(last / before, f.horizon());
                cases.add(new Case(code, base, f.horizon(), f.dimension(), f.group(), f.value(), totals[f.horizon()], tb, own, eng,
                        actual, last, lastGrowth));
            }
        }
        return cases;
    }

    /** The backtest of an area's cases: the judge's central forecasts and bands as made at each base year, beside both baselines. */
    public static Result run(History history, List<Case> cases, List<BaseYear> bases, int maxHorizon, TrackRecord judge) {
        List<Row> rows = new ArrayList<>(judge.judge(cases));
        rows.sort(java.util.Comparator.comparing(Row::method).thenComparingInt(Row::baseYear).thenComparingInt(Row::horizon)
                .thenComparing(Row::dimension).thenComparing(Row::group));
        return new Result(history.data().area(), maxHorizon, rows, bases, notes(), history.reconciliation());
    }

    /** Log growth of plans in the year to a census (NaN where either census is missing). */
    private static double growth(PlanningData d, int base) {
        Double a = d.caseloadTotal().get(base), b = d.caseloadTotal().get(base - 1);
        return a == null || b == null || Double.isNaN(a) || Double.isNaN(b) || a <= 0 || b <= 0 ? Double.NaN : Math.log(a / b);
    }

    static List<String> notes() {
        return List.of("Backtest: for every base year from " + FIRST_BASE_YEAR + ", a forecast with only what was known in January of that year "
                        + "(caseload to that census, new plans to the calendar year before), compared with the published outturn.",
                "Base years with a single-age census (January 2024 on) run the cohort model itself. Earlier base years have totals, "
                        + "setting splits and age bands only: the method runs degraded on totals (net continuation from the totals identity of "
                        + "the last known year, shrunk to England's; new plans by the same damped trend; the provision mix by the same setting-share "
                        + "trend; the phase mix from age bands, trended alike and split into phases by England's single ages of January 2024).",
                "Out of sample: at each base year the central forecast's combination and the bands' level are chosen on the outturns of every "
                        + "authority published by then, and the bands are the quantiles of the log errors of the forecasts made before it "
                        + "(docs/method.md, \"The track record\"). No figure here was used to choose the forecast it judges.",
                "Baselines: last_value repeats the base year's figure; last_growth repeats its year-on-year growth. The relative MAE (vs last value) is "
                        + "the method's mean absolute error over last_value's on the same cases.");
    }

    /**
     * What was published for a year and roll-up: the total; a provision's plans (setting split
     * scaled to the total); a phase's plans (single ages where published, else the age bands
     * split into phases by {@code phaseOfBand}, scaled to the total). NaN where not published.
     */
    public static double observed(History h, double[][] phaseOfBand, int year, Dimension dim, String group) {
        PlanningData d = h.data();
        Double total = d.caseloadTotal().get(year);
        if (total == null || Double.isNaN(total)) return Double.NaN;
        switch (dim) {
            case TOTAL:
                return total;
            case PROVISION: {
                double[] v = d.caseloadBySetting().get(year);
                double s = Counts.sum(v);
                if (s <= 0) return Double.NaN;
                Provision p = Provision.valueOf(group);
                double x = 0;
                for (DfeSetting st : DfeSetting.values()) if (st.setting().provision() == p && !Double.isNaN(v[st.ordinal()])) x += v[st.ordinal()];
                return x * total / s;
            }
            case PHASE: {
                double[] ages = d.caseloadByAge().get(year);
                double[] phases = new double[Phase.values().length];
                if (ages != null && Counts.sum(ages) > 0) {
                    for (int a = 0; a < ages.length; a++) phases[Phase.ofAge(Ages.age(a)).ordinal()] += Double.isNaN(ages[a]) ? 0 : ages[a];
                } else {
                    double[] b = h.caseloadByBand().get(year);
                    if (b == null || Counts.sum(b) <= 0) return Double.NaN;
                    for (int i = 0; i < b.length; i++) for (int ph = 0; ph < phases.length; ph++) phases[ph] += b[i] * phaseOfBand[i][ph];
                }
                double s = Counts.sum(phases);
                int idx = -1;
                for (Phase ph : Phase.values()) if (ph.code().equals(group)) idx = ph.ordinal();
                return s > 0 && idx >= 0 ? phases[idx] * total / s : Double.NaN;
            }
            default:
                return Double.NaN;
        }
    }

    /** [band][phase]: how each age band's plans divide into phases, from single ages (England, January 2024). */
    public static double[][] phaseOfBand(double[] singleAges) {
        double[][] out = new double[AgeBand.values().length][Phase.values().length];
        for (int a = 0; a < singleAges.length; a++) {
            out[AgeBand.of(Ages.age(a)).ordinal()][Phase.ofAge(Ages.age(a)).ordinal()] += singleAges[a];
        }
        for (double[] row : out) {
            double s = Counts.sum(row);
            for (int i = 0; i < row.length; i++) row[i] = s > 0 ? row[i] / s : 0;
        }
        return out;
    }

    /** Helper for callers that key results by area. */
    public static Map<String, Result> byArea(List<Result> results) {
        Map<String, Result> m = new java.util.LinkedHashMap<>();
        for (Result r : results) m.put(r.area().code(), r);
        return m;
    }
}
