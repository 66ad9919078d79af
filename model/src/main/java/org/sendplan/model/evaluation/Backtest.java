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
import org.sendplan.model.cohort.CohortAssumptions;
import org.sendplan.model.cohort.CohortEstimator;
import org.sendplan.model.cohort.CohortParameters;
import org.sendplan.model.quality.DataQuality;
import org.sendplan.model.rollup.Quantiles;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntFunction;

/**
 * Rolling-origin backtest: for every base year with enough history, forecast with only what was
 * known in January of that year, and compare with what was published later, for the total,
 * each provision and each phase, against two naive baselines ({@code last_value}: the base
 * year's figure; {@code last_growth}: the base year's year-on-year growth repeated).
 *
 * <p>Base years with a single-age census (January 2024 on) use the cohort model itself (passed
 * in as {@link CohortForecaster}). Earlier base years have totals, setting splits and age bands
 * only, so the same method runs degraded, on totals: plans(Y+1) = c × plans(Y) + new plans(Y),
 * c the net continuation from the totals identity of the last known year (shrunk to England's
 * as the cohort model shrinks each age's); new plans by the cohort model's damped trend
 * ({@link CohortEstimator#newPlansGrowth}); the provision mix by the cohort model's setting-share
 * trend ({@link CohortEstimator#settingTrend}); the phase mix from the age bands, trended the
 * same way and split into phases by England's single ages of January 2024; the same random
 * parts ({@link CohortAssumptions.Uncertainty}), with the band widened per horizon by
 * {@link BandCalibration}.
 */
public final class Backtest {
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
    public record BaseYear(int year, String method, String inputs) {
    }

    /**
     * @param reconciliation where the releases behind the history disagree, and which won (for the Data quality sheet)
     */
    public record Result(Area area, int maxHorizon, List<Row> rows, List<BaseYear> baseYears, List<String> method,
                         List<DataWarning> reconciliation) {
        public Result {
            rows = List.copyOf(rows);
            baseYears = List.copyOf(baseYears);
            method = List.copyOf(method);
            reconciliation = List.copyOf(reconciliation);
        }
    }

    /** The cohort model from a base year (null when that base year has no single-age census). */
    @FunctionalInterface
    public interface CohortForecaster {
        Forecast forecast(int baseYear, int horizon);
    }

    /**
     * @param history     the area's merged history
     * @param repeated    calendar years whose new-plans total is a region's (see {@link DataQuality#repeatedNewPlans})
     * @param englandAt   England (sum of cleaned authorities) known at a base year
     * @param phaseOfBand [band][phase] share of each band's plans in each phase (England, single ages)
     * @param cohort      the cohort model, for base years with a single-age census
     */
    public static Result run(History history, Set<Integer> repeated, IntFunction<PlanningData> englandAt, double[][] phaseOfBand,
                             int maxHorizon, CohortParameters p, BandCalibration calibration, int simulations, long seed,
                             CohortForecaster cohort) {
        PlanningData d = history.data();
        String code = d.area().code();
        List<Row> rows = new ArrayList<>();
        List<BaseYear> bases = new ArrayList<>();
        int latest = d.caseloadTotal().isEmpty() ? 0 : d.caseloadTotal().lastKey();
        for (int base = FIRST_BASE_YEAR; base < latest; base++) {
            int h = Math.min(maxHorizon, latest - base);
            Double tb = d.caseloadTotal().get(base);
            if (tb == null || Double.isNaN(tb) || tb <= 0) continue;
            boolean singleAge = d.caseloadByAge().containsKey(base) && Counts.sum(d.caseloadByAge().get(base)) > 0;
            List<Row> forecasts = new ArrayList<>();
            if (singleAge && cohort != null) {
                Forecast f = cohort.forecast(base, h);
                if (f == null) continue;
                for (SummaryRow r : f.summary()) {
                    int k = r.year() - base;
                    if (k < 1 || !(r.dimension() == Dimension.TOTAL || r.dimension() == Dimension.PROVISION || r.dimension() == Dimension.PHASE)) continue;
                    forecasts.add(new Row(code, Method.SENDPLAN, base, k, r.dimension(), r.group(), r.mean(), r.p10(), r.p90(), Double.NaN));
                }
                bases.add(new BaseYear(base, "cohort model", "single-age census " + (d.caseloadByAge().containsKey(base - 1) ? base - 1 + " and " : "")
                        + base + ", setting splits, new plans by age" + (d.ceasedByAge().containsKey(base - 1) ? ", ceased plans by age" : "")
                        + (d.needsByAge().containsKey(base) ? ", needs" : ", no need breakdown")));
            } else {
                BaseYear by = degraded(history, repeated, englandAt.apply(base), phaseOfBand, base, h, p, calibration, simulations, seed, forecasts);
                if (by == null) continue;
                bases.add(by);
            }
            for (Row f : forecasts) {
                double actual = observed(history, phaseOfBand, base + f.horizon(), f.dimension(), f.group());
                if (Double.isNaN(actual)) continue;
                rows.add(new Row(code, Method.SENDPLAN, base, f.horizon(), f.dimension(), f.group(), f.forecast(), f.p10(), f.p90(), actual));
                double last = observed(history, phaseOfBand, base, f.dimension(), f.group());
                if (Double.isNaN(last)) continue;
                rows.add(new Row(code, Method.LAST_VALUE, base, f.horizon(), f.dimension(), f.group(), last, Double.NaN, Double.NaN, actual));
                double before = observed(history, phaseOfBand, base - 1, f.dimension(), f.group());
                if (Double.isNaN(before) || before <= 0) continue;
                rows.add(new Row(code, Method.LAST_GROWTH, base, f.horizon(), f.dimension(), f.group(),
                        last * Math.pow(last / before, f.horizon()), Double.NaN, Double.NaN, actual));
            }
        }
        rows.sort(java.util.Comparator.comparing(Row::method).thenComparingInt(Row::baseYear).thenComparingInt(Row::horizon)
                .thenComparing(Row::dimension).thenComparing(Row::group));
        return new Result(d.area(), maxHorizon, rows, bases, notes(calibration), history.reconciliation());
    }

    static List<String> notes(BandCalibration c) {
        return List.of("Backtest: for every base year from " + FIRST_BASE_YEAR + ", a forecast with only what was known in January of that year "
                        + "(caseload to that census, new plans to the calendar year before), compared with the published outturn.",
                "Base years with a single-age census (January 2024 on) run the cohort model itself. Earlier base years have totals, "
                        + "setting splits and age bands only: the method runs degraded on totals (net continuation from the totals identity of "
                        + "the last known year, shrunk to England's; new plans by the same damped trend; the provision mix by the same setting-share "
                        + "trend; the phase mix from age bands, trended alike and split into phases by England's single ages of January 2024).",
                "Baselines: last_value repeats the base year's figure; last_growth repeats its year-on-year growth. MASE is the method's "
                        + "mean absolute error over last_value's on the same cases.",
                "Band: " + c.describe());
    }

    private static BaseYear degraded(History history, Set<Integer> repeated, PlanningData england, double[][] phaseOfBand, int base, int horizon,
                                     CohortParameters p, BandCalibration cal, int sims, long seed, List<Row> out) {
        PlanningData known = history.data().knownAt(base);
        DataQuality.Report q = DataQuality.check(known, base, repeated);
        double tNow = known.caseloadTotal().get(base);
        Double tPrev = known.caseloadTotal().get(base - 1);
        SortedMap<Integer, Double> np = q.newPlans().headMap(base);
        if (np.isEmpty() || tPrev == null || Double.isNaN(tPrev) || tPrev <= 0) return null;
        double joiners = np.get(np.lastKey());
        double jLast = np.getOrDefault(base - 1, Double.NaN);
        double growth = CohortEstimator.newPlansGrowth(q.newPlansTrend(), england.newPlansTotal(), base - 1, p);
        // net continuation of the totals identity, shrunk to England's like each age's in the cohort model
        double own = Double.isNaN(jLast) || q.flaggedCaseload().contains(base) ? Double.NaN : (tNow - jLast) / tPrev;
        double eng = totalsContinuation(england, base);
        double w = Double.isNaN(own) ? 0 : tPrev / (tPrev + p.continuationPrior());
        double c = Double.isNaN(eng) ? (Double.isNaN(own) ? 1 : own) : w * (Double.isNaN(own) ? 0 : own) + (1 - w) * eng;
        c = Math.max(0, Math.min(1.2, c));
        // provision shares, trended
        int mixYear = lastWith(known.caseloadBySetting(), base);
        double[] settingShare = new double[DfeSetting.values().length];
        double[] settingTrend = mixYear == base ? CohortEstimator.settingTrend(known, q, base, new ArrayList<>()) : new double[settingShare.length];
        if (mixYear > 0) {
            double[] v = known.caseloadBySetting().get(mixYear);
            double s = Counts.sum(v);
            for (int i = 0; i < v.length; i++) settingShare[i] = Double.isNaN(v[i]) ? 0 : v[i] / s;
        }
        // band shares, trended
        SortedMap<Integer, double[]> bands = history.caseloadByBand().headMap(base + 1);
        int bandYear = bands.isEmpty() ? 0 : bands.lastKey();
        double[] bandShare = bandYear > 0 ? normalised(bands.get(bandYear)) : null;
        double[] bandTrend = bandYear > 0 ? shareTrend(bands, bandYear, q.flaggedCaseload()) : null;
        // simulate totals
        RandomGenerator rng = new Well19937c(seed + base);
        CohortAssumptions.Uncertainty u = p.uncertainty();
        double[][] t = new double[horizon + 1][sims];
        for (int k = 0; k < sims; k++) {
            double ge = u.growthError() * rng.nextGaussian();
            double logLevel = 0, stock = tNow;
            for (int h = 1; h <= horizon; h++) {
                logLevel += (growth + ge) * Math.pow(p.damping(), h) + u.joinerShock() * rng.nextGaussian();
                double keep = Math.exp(u.continuationShock() * rng.nextGaussian());
                stock = c * keep * stock + joiners * Math.exp(logLevel);
                t[h][k] = stock;
            }
        }
        Quantiles qs = new Quantiles();
        String code = history.data().area().code();
        double cumulative = 0;
        for (int h = 1; h <= horizon; h++) {
            cumulative += Math.pow(p.damping(), h);
            qs.of(t[h]);
            double mean = qs.mean(), p10 = qs.at(10), p90 = qs.at(90);
            double[] band = cal.apply(Dimension.TOTAL, h, mean, p10, p90);
            out.add(new Row(code, Method.SENDPLAN, base, h, Dimension.TOTAL, SummaryRow.ALL, mean, band[0], band[1], Double.NaN));
            double[] groupBand = cal.apply(Dimension.PROVISION, h, mean, p10, p90);
            double lo = groupBand[0], hi = groupBand[1];
            if (mixYear > 0) {
                double[] prov = new double[Provision.values().length];
                double norm = 0;
                for (DfeSetting s : DfeSetting.values()) {
                    double x = settingShare[s.ordinal()] * Math.exp(settingTrend[s.ordinal()] * cumulative);
                    prov[s.setting().provision().ordinal()] += x;
                    norm += x;
                }
                for (Provision pr : Provision.values()) {
                    double sh = prov[pr.ordinal()] / norm;
                    out.add(new Row(code, Method.SENDPLAN, base, h, Dimension.PROVISION, pr.name(), mean * sh, lo * sh, hi * sh, Double.NaN));
                }
            }
            if (bandShare != null) {
                double[] b = new double[bandShare.length];
                double norm = 0;
                double cum = cumulative + (base - bandYear); // a band mix older than the base year is trended up to it, undamped
                for (int i = 0; i < b.length; i++) {
                    b[i] = bandShare[i] * Math.exp(bandTrend[i] * cum);
                    norm += b[i];
                }
                double[] phases = new double[Phase.values().length];
                for (int i = 0; i < b.length; i++) for (int ph = 0; ph < phases.length; ph++) phases[ph] += b[i] / norm * phaseOfBand[i][ph];
                for (Phase ph : Phase.values()) {
                    double sh = phases[ph.ordinal()];
                    out.add(new Row(code, Method.SENDPLAN, base, h, Dimension.PHASE, ph.code(), mean * sh, lo * sh, hi * sh, Double.NaN));
                }
            }
        }
        String inputs = String.format(Locale.ROOT, "caseload totals %d–%d, new plans %d–%d%s%s; no single ages, no need breakdown; "
                        + "net continuation %.3f (%.0f%% own), new plans growth %.1f%% a year before damping",
                known.caseloadTotal().firstKey(), base, np.firstKey(), np.lastKey(),
                mixYear > 0 ? ", setting split " + mixYear : ", no setting split",
                bandYear > 0 ? ", age bands " + bandYear : ", no age bands", c, 100 * w, 100 * (Math.exp(growth) - 1));
        return new BaseYear(base, "totals stock-flow (degraded)", inputs);
    }

    /** England's net continuation of plans from base − 1 to base (totals identity). */
    private static double totalsContinuation(PlanningData e, int base) {
        Double a = e.caseloadTotal().get(base), b = e.caseloadTotal().get(base - 1), j = e.newPlansTotal().get(base - 1);
        if (a == null || b == null || j == null || b <= 0) return Double.NaN;
        return (a - j) / b;
    }

    private static int lastWith(SortedMap<Integer, double[]> m, int upTo) {
        for (int y = upTo; y >= upTo - CohortEstimator.SHARE_TREND_YEARS; y--) {
            double[] v = m.get(y);
            if (v != null && Counts.sum(v) > 0) return y;
        }
        return 0;
    }

    private static double[] normalised(double[] v) {
        double s = Counts.sum(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = s > 0 && !Double.isNaN(v[i]) ? v[i] / s : 0;
        return out;
    }

    /** The cohort model's share trend ({@link CohortEstimator#settingTrend}) applied to age-band shares. */
    static double[] shareTrend(SortedMap<Integer, double[]> series, int last, Set<Integer> flagged) {
        int n = series.get(last).length;
        double[] trend = new double[n];
        List<Integer> years = new ArrayList<>();
        for (int y = last - CohortEstimator.SHARE_TREND_YEARS; y <= last; y++) {
            double[] v = series.get(y);
            if (v != null && Counts.sum(v) > 0 && !flagged.contains(y)) years.add(y);
        }
        if (years.size() < 3) return trend;
        for (int i = 0; i < n; i++) {
            SimpleRegression fit = new SimpleRegression();
            boolean small = false;
            for (int y : years) {
                double[] v = series.get(y);
                if (v[i] < 10) small = true;
                else fit.addData(y, Math.log(v[i] / Counts.sum(v)));
            }
            if (small) continue;
            trend[i] = Math.max(-CohortEstimator.SHARE_TREND_CAP, Math.min(CohortEstimator.SHARE_TREND_CAP, CohortEstimator.SHARE_TREND_WEIGHT * fit.getSlope()));
        }
        return trend;
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
