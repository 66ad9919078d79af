package org.sendplan.model.cohort;

import org.sendplan.model.Counts;
import org.sendplan.model.Ages;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Population;
import org.sendplan.model.quality.DataQuality;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Estimates the cohort model's rates for one area from what was known in January of the base
 * year. Small areas borrow strength from a reference (England): each rate is a weighted mix of
 * the area's own estimate and England's, the weight growing with the area's counts.
 */
public final class CohortEstimator {
    /**
     * Upper bound of a continuation rate. Above 1 at the youngest ages, where plans started in
     * the year count at one age and are censused at the next (England: about 4.8 at 2 → 3).
     */
    static final double MAX_CONTINUATION = 10;
    /** Censuses back from the base year whose setting shares are trended (2019–2025 by default). */
    public static final int SHARE_TREND_YEARS = 6;
    public static final double SHARE_TREND_WEIGHT = 0.5;
    public static final double SHARE_TREND_CAP = 0.05;

    private static final int A = Ages.COUNT;
    private static final int S = DfeSetting.values().length;
    private static final int N = Need.values().length;

    private CohortEstimator() {
    }

    /**
     * @param data      the area's data known at the base year
     * @param quality   its data-quality report
     * @param reference England (sum of cleaned authorities) known at the base year
     * @param mixFallback the area whose age × setting mix stands in where the area's own has no
     *                  breakdown in either the base or the previous year (an authority's region)
     * @param population mid-year population by age, or null
     * @param p          the estimator's tuning
     */
    public static CohortAssumptions estimate(PlanningData data, DataQuality.Report quality, PlanningData reference,
                                             PlanningData mixFallback, Population population, int baseYear, CohortParameters p) {
        List<Assumption> as = new ArrayList<>();
        List<String> method = new ArrayList<>();
        List<DataWarning> warnings = new ArrayList<>(quality.warnings());
        if (!data.caseloadTotal().containsKey(baseYear)) {
            throw new IllegalArgumentException("no caseload for January " + baseYear);
        }

        // 1. base stock by age × setting
        double[][] stock = baseStock(data, mixFallback, baseYear, warnings, method);
        double[] byAge = rowSums(stock);

        // 2. need: rake to the two published margins, or unknown
        double[][][] cells;
        if (data.needsByAge().containsKey(baseYear) && data.needsBySetting().containsKey(baseYear)) {
            cells = Raking.rake(stock, data.needsByAge().get(baseYear), data.needsBySetting().get(baseYear), 25);
            method.add("Need: each age × setting cell of January " + baseYear
                    + " raked (iterative proportional fitting, 25 rounds) to the published needs by age and needs by type of placement.");
        } else {
            cells = new double[A][S][N];
            for (int a = 0; a < A; a++) for (int s = 0; s < S; s++) cells[a][s][Need.UNKNOWN.ordinal()] = stock[a][s];
            method.add("Need: no need breakdown was published for January " + baseYear
                    + " (needs by age and placement exist from January 2025); every plan is counted as need UNKNOWN.");
        }

        // 3. joiners: level, age profile, need mix, growth
        SortedMap<Integer, Double> newPlans = quality.newPlans();
        int lastFlowYear = baseYear - 1;
        double joinersBase = joinerLevel(newPlans, lastFlowYear, warnings);
        as.add(new Assumption("joiners", "new plans in calendar " + lastFlowYear, joinersBase,
                newPlans.containsKey(lastFlowYear) ? "newplans.csv total (cleaned)" : "latest clean year, carried forward"));
        double[] ageShare = joinerAgeShare(data, reference, lastFlowYear, p.ageProfilePrior(), as);
        double[][] needMix = joinerNeedMix(data, cells, lastFlowYear, method);
        double ownGrowth = logGrowth(quality.newPlansTrend(), lastFlowYear, 2);
        double refGrowth = logGrowth(reference.newPlansTotal(), lastFlowYear, 1);
        double growth = newPlansGrowth(quality.newPlansTrend(), reference.newPlansTotal(), lastFlowYear, p);
        as.add(new Assumption("joiners", "own growth of new plans (log, mean of last 2 years)", nanToZero(ownGrowth), "newplans.csv, cleaned"));
        as.add(new Assumption("joiners", "England growth of new plans (log, last year)", nanToZero(refGrowth), "newplans.csv, sum of authorities"));
        as.add(new Assumption("joiners", "growth used (log per year)", growth,
                p.ownGrowthWeight() + " × own + " + (1 - p.ownGrowthWeight()) + " × England"));
        as.add(new Assumption("joiners", "damping of growth per year ahead", p.damping(), "damped trend; backtested"));
        if (population != null) {
            method.add("New plans per head of population: the rate per head by age of calendar " + lastFlowYear
                    + " grows by the damped trend and is multiplied by the population projection (" + population.source() + ").");
        } else {
            method.add("No population projection was given: new plans are projected as counts by the damped trend, "
                    + "assuming the 0–25 population stays as it is.");
        }
        method.add(String.format(Locale.ROOT, "New plans by age: %,.0f in calendar %d, growing %.1f%% the first year ahead and damped by %.1f a year "
                        + "(%.0f%% of the area's own recent growth, %.0f%% of England's).", joinersBase, lastFlowYear,
                100 * (Math.exp(growth * p.damping()) - 1), p.damping(), 100 * p.ownGrowthWeight(), 100 * (1 - p.ownGrowthWeight())));

        // 4. continuation by age
        double[] continuation = continuation(data, reference, baseYear, byAge, p.continuationPrior(), as, method);

        // 5. youngest band: stock at "under 3" per new plan started at 2 and under
        double j2 = joinersBase * ageShare[0];
        double youngest = j2 > 0 ? byAge[0] / j2 : 0;
        as.add(new Assumption("joiners", "plans under 3 per new plan started at 2 and under", youngest, "caseload " + baseYear + " / new plans " + lastFlowYear));

        // 6. setting mix trend
        double[] trend = settingTrend(data, quality, baseYear, as);
        method.add("Placement mix by age and need: from January " + baseYear + ", with each setting's share of all plans trended by the "
                + "fitted slope of its log share over the censuses since " + (baseYear - SHARE_TREND_YEARS) + " (half weight, capped at ±"
                + Math.round(100 * SHARE_TREND_CAP) + "% a year, damped like new plans).");
        CohortAssumptions.Uncertainty u = p.uncertainty();
        as.add(new Assumption("band", "new plans: yearly shock SD (log)", u.joinerShock(), "calibrated on one-year backtests of every authority"));
        as.add(new Assumption("band", "new plans: growth error SD (log)", u.growthError(), "calibrated on one-year backtests of every authority"));
        as.add(new Assumption("band", "continuation: yearly shock SD (log)", u.continuationShock(), "calibrated on one-year backtests of every authority"));
        return new CohortAssumptions(data.area(), baseYear, cells, continuation, youngest, joinersBase, ageShare, needMix,
                growth, p.damping(), population, trend, u, as, method, warnings);
    }

    private static double[][] baseStock(PlanningData d, PlanningData ref, int year, List<DataWarning> w, List<String> method) {
        String refName = ref.area().name() + "'s";
        double total = d.caseloadTotal().get(year);
        double[][] out = new double[A][S];
        double[] ages = d.caseloadByAge().get(year);
        double[][] cells = d.caseloadByAgeSetting().get(year);
        if (ages == null || Counts.sum(ages) == 0) {
            double[][] r = ref.caseloadByAgeSetting().get(year);
            if (r == null) throw new IllegalArgumentException("no single-age caseload for January " + year);
            w.add(new DataWarning("caseload by age", year, "no single-age rows; " + refName + " age × setting mix is used for the total of "
                    + Counts.whole(total), true));
            double rt = 0;
            for (double[] row : r) rt += Counts.sum(row);
            for (int a = 0; a < A; a++) for (int s = 0; s < S; s++) out[a][s] = r[a][s] * total / rt;
            return out;
        }
        double ageSum = Counts.sum(ages);
        double[][] prev = d.caseloadByAgeSetting().get(year - 1);
        double[][] refCells = ref.caseloadByAgeSetting().get(year);
        int filled = 0;
        for (int a = 0; a < A; a++) {
            double want = ages[a] * total / ageSum;
            double have = Counts.sum(cells[a]);
            double[] mix = cells[a];
            if (have < 0.5 * ages[a] && ages[a] > 0) {
                // no setting breakdown at this age: previous year's mix at the age, else England's
                mix = prev != null && Counts.sum(prev[a]) > 0 ? prev[a] : refCells[a];
                have = Counts.sum(mix);
                filled++;
            }
            for (int s = 0; s < S; s++) out[a][s] = have > 0 ? mix[s] * want / have : 0;
        }
        if (filled > 0) {
            method.add("Setting mix of January " + year + ": " + filled + " ages had no setting breakdown; "
                    + (prev != null ? "the previous year's mix at the same age" : refName + " mix at the same age") + " was used.");
        }
        return out;
    }

    private static double joinerLevel(SortedMap<Integer, Double> newPlans, int year, List<DataWarning> w) {
        Double v = newPlans.get(year);
        if (v != null) return v;
        SortedMap<Integer, Double> before = newPlans.headMap(year);
        if (before.isEmpty()) throw new IllegalArgumentException("no usable new plans before " + (year + 1));
        w.add(new DataWarning("new plans total", year, "not usable; new plans of " + before.lastKey() + " are carried forward", true));
        return before.get(before.lastKey());
    }

    private static double[] joinerAgeShare(PlanningData d, PlanningData ref, int lastYear, double prior, List<Assumption> as) {
        double[] own = new double[A], eng = new double[A];
        for (int y = lastYear - 2; y <= lastYear; y++) {
            double[] v = d.newPlansByAge().get(y);
            double[] r = ref.newPlansByAge().get(y);
            if (v != null) for (int a = 0; a < A; a++) own[a] += v[a];
            if (r != null) for (int a = 0; a < A; a++) eng[a] += r[a];
        }
        double no = Counts.sum(own), ne = Counts.sum(eng);
        if (ne == 0) throw new IllegalArgumentException("no new plans by age before " + (lastYear + 1));
        double w = no / (no + prior);
        double[] share = new double[A];
        for (int a = 0; a < A; a++) {
            share[a] = (no > 0 ? w * own[a] / no : 0) + (1 - (no > 0 ? w : 0)) * eng[a] / ne;
        }
        for (int a = 0; a < A; a++) {
            if (share[a] > 0) as.add(new Assumption("joiners", "share of new plans starting at age " + label(a), share[a],
                    String.format(Locale.ROOT, "newplans.csv by age %d–%d: %.0f%% own, %.0f%% England", lastYear - 2, lastYear, 100 * w, 100 * (1 - w))));
        }
        return share;
    }

    private static double[][] joinerNeedMix(PlanningData d, double[][][] cells, int lastYear, List<String> method) {
        double[][] mix = new double[A][N];
        double[][] src = d.newPlanNeedsByAge().get(lastYear);
        for (int a = 0; a < A; a++) {
            double[] stockMix = new double[N];
            for (int s = 0; s < S; s++) for (int n = 0; n < N; n++) stockMix[n] += cells[a][s][n];
            double[] row = src != null && a < src.length && Counts.sum(src[a]) > 0 ? src[a] : stockMix;
            double t = Counts.sum(row);
            if (t == 0) { mix[a][Need.UNKNOWN.ordinal()] = 1; continue; }
            for (int n = 0; n < N; n++) mix[a][n] = row[n] / t;
        }
        method.add(src != null ? "Need mix of new plans by age: sen_need_newplans.csv for calendar " + lastYear + "."
                : "Need mix of new plans by age: no need breakdown of new plans for calendar " + lastYear + "; the base stock's need mix at each age is used.");
        return mix;
    }

    /**
     * The log growth per year of new plans the projection starts from (before damping): the
     * area's own mean log growth over its last two clean years, weighted against England's last
     * year's ({@link CohortParameters#ownGrowthWeight()}); either alone where the other is
     * unknown, 0 where both are. Shared by the cohort model and the backtest's degraded method.
     *
     * @param ownTrend      the area's cleaned new plans, flagged years removed
     * @param reference     England's new plans
     * @param lastFlowYear  the last calendar year known (base year − 1)
     */
    public static double newPlansGrowth(SortedMap<Integer, Double> ownTrend, SortedMap<Integer, Double> reference,
                                        int lastFlowYear, CohortParameters p) {
        double ownGrowth = logGrowth(ownTrend, lastFlowYear, 2);
        double refGrowth = logGrowth(reference, lastFlowYear, 1);
        if (Double.isNaN(ownGrowth) && Double.isNaN(refGrowth)) return 0;
        if (Double.isNaN(ownGrowth)) return refGrowth;
        if (Double.isNaN(refGrowth)) return ownGrowth;
        return p.ownGrowthWeight() * ownGrowth + (1 - p.ownGrowthWeight()) * refGrowth;
    }

    /** Mean log change over the last {@code years} consecutive clean years ending at {@code last}. */
    private static double logGrowth(SortedMap<Integer, Double> series, int last, int years) {
        double sum = 0;
        int n = 0;
        for (int y = last; y > last - years; y--) {
            Double a = series.get(y), b = series.get(y - 1);
            if (a != null && b != null && a > 0 && b > 0) {
                sum += Math.log(a / b);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double[] continuation(PlanningData d, PlanningData ref, int base, double[] stockNow, double prior,
                                         List<Assumption> as, List<String> method) {
        double[] own = ownContinuation(d, base, method, true);
        double[] eng = ownContinuation(ref, base, new ArrayList<>(), false);
        double[] prev = d.caseloadByAge().get(base - 1);
        double[] c = new double[A];
        for (int a = 0; a < A - 1; a++) {
            double n = prev != null ? prev[a] : stockNow[a];
            double wt = Double.isNaN(own[a]) ? 0 : n / (n + prior);
            double e = Double.isNaN(eng[a]) ? 1 : eng[a];
            c[a] = Math.max(0, Math.min(MAX_CONTINUATION, wt * (Double.isNaN(own[a]) ? 0 : own[a]) + (1 - wt) * e));
            as.add(new Assumption("continuation", "age " + label(a) + " → " + Ages.age(a + 1), c[a],
                    String.format(Locale.ROOT, "own %.3f (weight %.2f), England %.3f", Double.isNaN(own[a]) ? Double.NaN : own[a], wt, e)));
        }
        // published ceased plans by age, for comparison with the implied outflow
        double[] ceased = d.ceasedByAge().get(base - 1);
        if (ceased != null && prev != null) {
            for (int a = 0; a < A - 1; a++) {
                double implied = prev[a] * (1 - c[a]);
                as.add(new Assumption("ceased check", "age " + Ages.age(a + 1) + ": published ceased " + (base - 1), ceased[a + 1],
                        String.format(Locale.ROOT, "implied net outflow %.0f (ceased plus net transfers out)", implied)));
            }
        }
        c[A - 1] = 0; // no plan continues beyond 25
        return c;
    }

    /**
     * An area's own continuation by age. With single-age censuses in both base − 1 and base:
     * the stock-flow identity, stock(age+1, base) = c × stock(age, base − 1) + new plans(age+1).
     * Otherwise: one minus ceased plans by age over the stock, plus the net-transfer rate that
     * makes the totals identity hold (documented degradation).
     */
    private static double[] ownContinuation(PlanningData d, int base, List<String> method, boolean say) {
        double[] c = new double[A];
        java.util.Arrays.fill(c, Double.NaN);
        // single ages scaled to the published total, as for the base stock: a region's or England's
        // ages leave out authorities that published none (Hackney and Peterborough in January
        // 2024), which would otherwise read as plans appearing from nowhere
        double[] now = toTotal(d.caseloadByAge().get(base), d.caseloadTotal().get(base));
        double[] prev = toTotal(d.caseloadByAge().get(base - 1), d.caseloadTotal().get(base - 1));
        double[] joined = spreadOpenBand(d.newPlansByAge().get(base - 1), now);
        Double totalNewPlans = d.newPlansTotal().get(base - 1);
        if (joined != null && totalNewPlans != null) {
            double s = Counts.sum(joined);
            if (s > 0) for (int a = 0; a < A; a++) joined[a] *= totalNewPlans / s;
        }
        if (now != null && prev != null && joined != null && Counts.sum(prev) > 0 && Counts.sum(now) > 0) {
            for (int a = 0; a < A - 1; a++) if (prev[a] > 0) c[a] = (now[a + 1] - joined[a + 1]) / prev[a];
            if (say) method.add("Continuation by age: the stock-flow identity on the single-age censuses of January " + (base - 1)
                    + " and " + base + " with the new plans of " + (base - 1) + " (absorbs net transfers between authorities).");
            return c;
        }
        double[] ceased = d.ceasedByAge().get(base - 1);
        Double tNow = d.caseloadTotal().get(base), tPrev = d.caseloadTotal().get(base - 1);
        Double cTot = d.ceasedTotal().get(base - 1);
        if (ceased != null && now != null && tNow != null && tPrev != null && cTot != null && totalNewPlans != null) {
            double transfer = (tNow - tPrev + cTot - totalNewPlans) / tPrev;
            for (int a = 0; a < A - 1; a++) if (now[a] > 0) c[a] = 1 - ceased[a + 1] / now[a] + transfer;
            if (say) method.add(String.format(Locale.ROOT, "Continuation by age: no single-age census for January %d, so one minus the ceased plans of %d "
                    + "by age over the January %d stock, plus a net transfer rate of %.2f%% that closes the totals identity.", base - 1, base - 1, base, 100 * transfer));
            return c;
        }
        if (say) method.add("Continuation by age: neither a second single-age census nor ceased plans by age; England's rates are used.");
        return c;
    }

    private static double[] toTotal(double[] ages, Double total) {
        if (ages == null || total == null || Double.isNaN(total)) return ages;
        double s = Counts.sum(ages);
        if (s <= 0) return ages;
        double[] out = ages.clone();
        for (int a = 0; a < out.length; a++) out[a] *= total / s;
        return out;
    }

    /** New plans by age with the open band "20 and over" spread over 20–25 like the stock. */
    private static double[] spreadOpenBand(double[] joined, double[] stock) {
        if (joined == null) return null;
        double[] j = joined.clone();
        int i20 = Ages.index(20);
        double band = j[i20];
        double st = 0;
        if (stock != null) for (int a = i20; a < A; a++) st += stock[a];
        for (int a = i20; a < A; a++) j[a] = st > 0 ? band * stock[a] / st : band / (A - i20);
        return j;
    }

    /**
     * Each setting's share of all plans, trended: the least-squares slope of the log share over
     * the censuses with a setting breakdown since 2019 (flagged years left out), halved because
     * part of a share's drift is the changing age structure that the cohort model already
     * carries, and capped.
     */
    /** The setting-share trend of {@link #estimate} (log per year, before damping); also used by the backtest. */
    public static double[] settingTrend(PlanningData d, DataQuality.Report q, int base, List<Assumption> as) {
        double[] trend = new double[S];
        List<Integer> years = new ArrayList<>();
        for (int y = base - SHARE_TREND_YEARS; y <= base; y++) {
            double[] v = d.caseloadBySetting().get(y);
            if (v != null && Counts.sum(v) > 0 && !q.flaggedCaseload().contains(y)) years.add(y);
        }
        if (years.size() < 3 || !years.contains(base)) return trend;
        for (int s = 0; s < S; s++) {
            SimpleRegression fit = new SimpleRegression();
            boolean small = false;
            for (int y : years) {
                double[] v = d.caseloadBySetting().get(y);
                double x = Double.isNaN(v[s]) ? 0 : v[s];
                if (x < 10) small = true;
                else fit.addData(y, Math.log(x / Counts.sum(v)));
            }
            if (small) continue; // a log share of a handful of plans is noise
            trend[s] = Math.max(-SHARE_TREND_CAP, Math.min(SHARE_TREND_CAP, SHARE_TREND_WEIGHT * fit.getSlope()));
            as.add(new Assumption("placement mix", "share trend of " + DfeSetting.values()[s].name() + " (log per year)", trend[s],
                    "caseload.csv setting totals " + years.get(0) + "–" + base + ", half the fitted slope"));
        }
        return trend;
    }

    private static double[] rowSums(double[][] m) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) r[i] = Counts.sum(m[i]);
        return r;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static String label(int ageIndex) {
        return ageIndex == 0 ? "2 and under" : Integer.toString(Ages.age(ageIndex));
    }
}
