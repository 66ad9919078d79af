package org.sendplan.model.quality;

import org.sendplan.model.Assumption;
import org.sendplan.model.Counts;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlanningData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A base census that looks like an error, replaced for projection by the last good census grown
 * by England's growth since. Every projected figure is proportional to the base stock, so a
 * base published at half its true size (Newham, January 2025: 1,199 after 2,7xx) would halve
 * the forecast. A base is repaired when the checks flagged its total ({@link DataQuality}) and
 * it is also more than {@link DataQuality#STOCK_CHANGE_LIMIT} below the last good census grown
 * by England's growth. Only falls: a stock of plans cannot lose a quarter in a year (fewer than
 * one plan in ten ceases in a year), while jumps up are real often enough (backlogs cleared,
 * Nottingham +54% in January 2024) to be left to the checks' warning. In the bundled history no
 * base before January 2025 meets the rule, so the rule has no outturn to be judged on.
 *
 * @param baseYear      the January census repaired
 * @param fromYear      the last good census before it
 * @param published     the published base-year total
 * @param repaired      the total the projection starts from
 * @param englandGrowth England's growth of plans from {@code fromYear} to {@code baseYear} (0.05: 5%)
 */
public record BaseRepair(int baseYear, int fromYear, double published, double repaired, double englandGrowth) {
    /** The Assumptions sheet's group of the published figure, which the headline reads back. */
    public static final String GROUP = "base repair";

    /** The repair an area's base needs, if any (data and England known at the base year; England from cleaned authorities). */
    public static Optional<BaseRepair> of(PlanningData d, DataQuality.Report q, PlanningData england, int base) {
        Double published = d.caseloadTotal().get(base);
        if (!q.flaggedCaseload().contains(base) || published == null || Double.isNaN(published)) return Optional.empty();
        for (var e : d.caseloadTotal().headMap(base).entrySet().stream().sorted((a, b) -> b.getKey() - a.getKey()).toList()) {
            int from = e.getKey();
            double v = e.getValue();
            if (Double.isNaN(v) || v <= 0 || q.flaggedCaseload().contains(from)) continue;
            Double eNow = england.caseloadTotal().get(base), eThen = england.caseloadTotal().get(from);
            if (eNow == null || eThen == null || !(eThen > 0)) return Optional.empty();
            double repaired = v * eNow / eThen;
            if (published >= (1 - DataQuality.STOCK_CHANGE_LIMIT) * repaired) return Optional.empty();
            return Optional.of(new BaseRepair(base, from, published, repaired, eNow / eThen - 1));
        }
        return Optional.empty();
    }

    /**
     * The data with its base census replaced: the total, and the last good census's breakdowns by
     * setting, age and age × setting grown by England's growth; breakdowns the last good census
     * did not publish (needs, from January 2025) keep the base's own shape, scaled to the repaired total.
     */
    public PlanningData apply(PlanningData d) {
        double growth = 1 + englandGrowth, scale = repaired / published;
        SortedMap<Integer, Double> total = new TreeMap<>(d.caseloadTotal());
        total.put(baseYear, repaired);
        BiFunction<double[], Double, double[]> row = BaseRepair::times;
        BiFunction<double[][], Double, double[][]> table = BaseRepair::times;
        return new PlanningData(d.area(), total, grown(d.caseloadBySetting(), row, growth, scale), grown(d.caseloadByAge(), row, growth, scale),
                grown(d.caseloadByAgeSetting(), table, growth, scale), d.newPlansTotal(), d.newPlansBySetting(), d.newPlansByAge(),
                d.ceasedTotal(), d.ceasedByAge(), grown(d.needsByAge(), table, growth, scale), grown(d.needsBySetting(), table, growth, scale),
                d.newPlanNeedsByAge());
    }

    /** A breakdown's base year: the last good census's grown by England, else the base's own scaled to the repaired total. */
    private <T> SortedMap<Integer, T> grown(SortedMap<Integer, T> series, BiFunction<T, Double, T> times, double growth, double scale) {
        SortedMap<Integer, T> out = new TreeMap<>(series);
        T then = series.get(fromYear), now = series.get(baseYear);
        if (then != null) out.put(baseYear, times.apply(then, growth));
        else if (now != null) out.put(baseYear, times.apply(now, scale));
        return out;
    }

    private static double[] times(double[] v, double f) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = v[i] * f;
        return r;
    }

    private static double[][] times(double[][] v, double f) {
        double[][] r = new double[v.length][];
        for (int i = 0; i < v.length; i++) r[i] = times(v[i], f);
        return r;
    }

    /**
     * The checks' report with the base-year warning about the total replaced by the repair's: the
     * checks' own says the projection starts from the published figure, which is no longer so.
     */
    public DataQuality.Report report(DataQuality.Report q) {
        List<DataWarning> w = new ArrayList<>();
        for (DataWarning x : q.warnings()) if (!(x.base() && x.year() == baseYear && x.series().equals("caseload total"))) w.add(x);
        w.add(new DataWarning("caseload total", baseYear, String.format(Locale.ROOT,
                "published %s (%+.0f%% on January %d) looks like an error; the forecast starts from a repaired base of %s (January %d's census "
                        + "grown by England's %+.1f%%); --published-base starts from the published figure", Counts.whole(published),
                100 * (published / (repaired / (1 + englandGrowth)) - 1), fromYear, Counts.whole(repaired), fromYear, 100 * englandGrowth), true));
        return new DataQuality.Report(w, q.flaggedCaseload(), q.newPlans(), q.newPlansTrend());
    }

    /** The Method sheet's note. */
    public String method() {
        return String.format(Locale.ROOT, "Base census repaired: the published January %d total (%s) is more than %.0f%% below January %d's "
                + "grown by England's growth, so the projection starts from %s, January %d's totals by setting and age grown by %+.1f%%.",
                baseYear, Counts.whole(published), 100 * DataQuality.STOCK_CHANGE_LIMIT, fromYear, Counts.whole(repaired), fromYear, 100 * englandGrowth);
    }

    /** The published figure beside the repaired one, on the Assumptions sheet. */
    public Assumption assumption() {
        return new Assumption(GROUP, "published caseload, January " + baseYear, published, String.format(Locale.ROOT,
                "replaced by %s: January %d's %s grown by England's %+.1f%%", Counts.whole(repaired), fromYear,
                Counts.whole(repaired / (1 + englandGrowth)), 100 * englandGrowth));
    }

    /** The published base-year total of a forecast whose base was repaired. */
    public static OptionalDouble published(Forecast f) {
        return f.assumptions().stream().filter(a -> a.group().equals(GROUP)).mapToDouble(Assumption::value).findFirst();
    }
}
