package org.sendplan.model.quality;

import org.sendplan.model.Counts;
import org.sendplan.model.DataWarning;
import org.sendplan.model.PlanningData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks an area's series for values that are valid but suspicious, and says what the
 * forecast does about them. Flagged values are kept out of trend estimation.
 * <ul>
 *   <li>a total against its own setting breakdown (and a missing breakdown);</li>
 *   <li>a year-on-year change against the area's own history: caseload beyond ±25% or beyond
 *       four robust (MAD) standard deviations of its growth (SD floored at 3%); new plans beyond
 *       ±60% or four robust SDs floored at 15%, since flows are more volatile than stocks;</li>
 *   <li>the same new-plans total repeated across authorities (found release-wide by
 *       {@link #repeatedNewPlans}).</li>
 * </ul>
 */
public final class DataQuality {
    static final double STOCK_CHANGE_LIMIT = 0.25;
    static final double FLOW_CHANGE_LIMIT = 0.60;
    static final double ROBUST_SDS = 4.0;
    /** Floors of the robust SD: a smooth stock series wobbles by a few percent, new plans by much more. */
    static final double STOCK_SD_FLOOR = 0.03;
    static final double FLOW_SD_FLOOR = 0.15;

    private DataQuality() {
    }

    /**
     * What was found and the cleaned series used in estimation.
     *
     * @param warnings        what to tell the user
     * @param flaggedCaseload census years whose caseload total is kept out of trends
     * @param newPlans        calendar year → new plans with the definite errors mended: a total
     *                        inflated beyond its own breakdown (or a region's total repeated in each
     *                        authority's row) replaced by the breakdown, unusable years removed.
     *                        Used for levels and for sums over authorities.
     * @param newPlansTrend   the same without years whose change was flagged: used for trends
     */
    public record Report(List<DataWarning> warnings, Set<Integer> flaggedCaseload, SortedMap<Integer, Double> newPlans,
                         SortedMap<Integer, Double> newPlansTrend) {
    }

    /**
     * Authorities whose new-plans total for a calendar year is shared by three or more
     * authorities and is more than 1.5 times their own setting breakdown: a regional total
     * published in each authority's row. Key: old LA code → calendar years.
     */
    public static Map<String, Set<Integer>> repeatedNewPlans(Map<String, PlanningData> authorities) {
        Map<String, List<String>> byValue = new TreeMap<>();
        authorities.forEach((code, d) -> d.newPlansTotal().forEach((year, v) -> {
            if (!Double.isNaN(v) && v >= 100) byValue.computeIfAbsent(year + ":" + v, k -> new ArrayList<>()).add(code);
        }));
        Map<String, Set<Integer>> out = new TreeMap<>();
        byValue.forEach((key, codes) -> {
            if (codes.size() < 3) return;
            int year = Integer.parseInt(key.substring(0, key.indexOf(':')));
            for (String code : codes) {
                PlanningData d = authorities.get(code);
                double total = d.newPlansTotal().get(year);
                double parts = Counts.sum(d.newPlansBySetting().get(year));
                if (total > 1.5 * parts) out.computeIfAbsent(code, k -> new TreeSet<>()).add(year);
            }
        });
        return out;
    }

    public static Report check(PlanningData d, int baseYear, Set<Integer> repeatedNewPlanYears) {
        List<DataWarning> w = new ArrayList<>();
        Set<Integer> flagged = new TreeSet<>();
        // caseload: total against breakdown
        d.caseloadTotal().forEach((year, total) -> {
            double parts = Counts.sum(d.caseloadBySetting().get(year));
            if (Double.isNaN(total)) {
                w.add(new DataWarning("caseload total", year, "not published (x)", year == baseYear));
                flagged.add(year);
            } else if (parts == 0 && total > 0) {
                w.add(new DataWarning("caseload by setting", year, "total " + Counts.whole(total)
                        + " but no setting breakdown; the setting mix falls back to the previous year's at each age (or the region's)", year == baseYear));
            } else if (Math.abs(parts - total) > Math.max(5, 0.01 * total)) {
                w.add(new DataWarning("caseload by setting", year, "setting columns sum to " + Counts.whole(parts)
                        + ", total is " + Counts.whole(total) + "; the mix is scaled to the total", year == baseYear));
            }
        });
        d.caseloadByAge().forEach((year, ages) -> {
            Double total = d.caseloadTotal().get(year);
            double s = Counts.sum(ages);
            if (total != null && !Double.isNaN(total) && Math.abs(s - total) > Math.max(5, 0.01 * total)) {
                w.add(new DataWarning("caseload by age", year, "single ages sum to " + Counts.whole(s) + ", total is " + Counts.whole(total)
                        + "; ages are scaled to the total", year == baseYear));
            }
        });
        // caseload: year-on-year change against own history
        flagged.addAll(changes(d.caseloadTotal(), STOCK_CHANGE_LIMIT, STOCK_SD_FLOOR, "caseload total", baseYear, w));
        // new plans: inflated totals, repeated values, changes
        SortedMap<Integer, Double> newPlans = new TreeMap<>();
        d.newPlansTotal().forEach((year, total) -> {
            double parts = Counts.sum(d.newPlansBySetting().get(year));
            if (Double.isNaN(total)) {
                w.add(new DataWarning("new plans total", year, "not published (x); left out of the trend", false));
            } else if (repeatedNewPlanYears.contains(year)) {
                if (parts > 0) {
                    w.add(new DataWarning("new plans total", year, Counts.whole(total) + " is repeated across authorities of the region and is "
                            + String.format(java.util.Locale.ROOT, "%.1f", total / parts) + " times this authority's own setting breakdown ("
                            + Counts.whole(parts) + "); the breakdown is used", false));
                    newPlans.put(year, parts);
                } else {
                    w.add(new DataWarning("new plans total", year, Counts.whole(total)
                            + " is repeated across authorities of the region and has no breakdown; left out of the trend", false));
                }
            } else if (parts > 0 && total > 1.5 * parts) {
                w.add(new DataWarning("new plans total", year, Counts.whole(total) + " is more than 1.5 times its own setting breakdown ("
                        + Counts.whole(parts) + "); the breakdown is used", false));
                newPlans.put(year, parts);
            } else {
                newPlans.put(year, total);
            }
        });
        SortedMap<Integer, Double> trend = new TreeMap<>(newPlans);
        for (int year : changes(newPlans, FLOW_CHANGE_LIMIT, FLOW_SD_FLOOR, "new plans total", -1, w)) trend.remove(year);
        return new Report(w, flagged, newPlans, trend);
    }

    /**
     * The area's data with its new-plans totals replaced by the cleaned series, gaps filled by
     * the nearest earlier (else later) clean year, so that sums over authorities stay continuous.
     */
    public static PlanningData cleaned(PlanningData d, Report r) {
        SortedMap<Integer, Double> filled = new TreeMap<>();
        for (int year : d.newPlansTotal().keySet()) {
            Double v = r.newPlans().get(year);
            if (v == null && !r.newPlans().headMap(year).isEmpty()) v = r.newPlans().get(r.newPlans().headMap(year).lastKey());
            if (v == null && !r.newPlans().tailMap(year).isEmpty()) v = r.newPlans().get(r.newPlans().tailMap(year).firstKey());
            if (v != null) filled.put(year, v);
        }
        return new PlanningData(d.area(), d.caseloadTotal(), d.caseloadBySetting(), d.caseloadByAge(), d.caseloadByAgeSetting(),
                filled, d.newPlansBySetting(), d.newPlansByAge(), d.ceasedTotal(), d.ceasedByAge(),
                d.needsByAge(), d.needsBySetting(), d.newPlanNeedsByAge());
    }

    /** Years whose change from the previous year is beyond the limit or four robust SDs. */
    private static Set<Integer> changes(SortedMap<Integer, Double> series, double limit, double sdFloor, String name, int baseYear,
                                        List<DataWarning> w) {
        List<Integer> years = new ArrayList<>();
        List<Double> growth = new ArrayList<>();
        Double prev = null;
        int prevYear = 0;
        for (var e : series.entrySet()) {
            double v = e.getValue();
            if (prev != null && e.getKey() == prevYear + 1 && prev > 0 && !Double.isNaN(v)) {
                years.add(e.getKey());
                growth.add(v / prev - 1);
            }
            prev = Double.isNaN(v) ? null : v;
            prevYear = e.getKey();
        }
        Set<Integer> out = new TreeSet<>();
        if (growth.isEmpty()) return out;
        double[] g = growth.stream().mapToDouble(Double::doubleValue).toArray();
        double med = median(g);
        double[] dev = Arrays.stream(g).map(x -> Math.abs(x - med)).toArray();
        // MAD × 1.4826 estimates the SD of normal data; floored so that a smooth series does not
        // flag ordinary wobble. Needs four or more changes to say anything.
        double robustSd = Math.max(1.4826 * median(dev), sdFloor);
        for (int i = 0; i < g.length; i++) {
            boolean beyondLimit = Math.abs(g[i]) > limit;
            boolean beyondHistory = g.length >= 4 && Math.abs(g[i] - med) > ROBUST_SDS * robustSd;
            if (beyondLimit || beyondHistory) {
                int year = years.get(i);
                out.add(year);
                w.add(new DataWarning(name, year, String.format(java.util.Locale.ROOT,
                        "changed by %+.0f%% in one year (%s); kept out of trend estimation%s", 100 * g[i],
                        beyondLimit ? "beyond ±" + Math.round(100 * limit) + "%" : "beyond " + ROBUST_SDS + " robust SDs of its growth",
                        year == baseYear ? ". The projection still starts from this published base-year figure: if it is an error, "
                                + "every projected figure is out by about the same proportion" : ""), year == baseYear));
            }
        }
        return out;
    }


    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

}
