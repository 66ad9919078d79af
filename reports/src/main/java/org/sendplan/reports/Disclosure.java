package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.Projection;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.transition.StateCosts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which figures of a run's reports are hidden by {@code --suppress N}: the one place that lays
 * the run's additive figures out as {@link Suppression} cells and lines, so that every writer
 * asks here instead of checking a threshold itself, and no output shows what another hid.
 * <ul>
 * <li>Cells: each forecast's summary rows (their means), each projection cell (its mean), and
 *     each financial-year row of the peer's costs (its placements).</li>
 * <li>Lines, per year: the groups of each roll-up add up to the total; the settings of a
 *     provision add up to it; the projection cells of a setting, need, phase or provision add up
 *     to its summary row; per financial year the settings' rows add up to the total row, and each
 *     row is 5/12 of its January census and 7/12 of the next (one equation ties the three).</li>
 * <li>The base year is observed, the same in every scenario: its cells are shared across the
 *     scenarios, so a scenario cannot show what another hid.</li>
 * </ul>
 * A hidden cell hides every statistic of its row (the quantiles of a hidden mean would bracket
 * it; in the base year they equal it), and a hidden cost row hides its placements, unit cost and
 * costs (cost = placements × unit cost). Any other value is hidden alone when it is itself above
 * zero and below the threshold (quantiles do not add up, so they take the primary rule only).
 */
final class Disclosure {
    /** No suppression: nothing is hidden. */
    static final Disclosure NONE = new Disclosure(0, Map.of(), Map.of());

    private record Key(Dimension dimension, String group, int year) {
        static Key of(SummaryRow r) {
            return new Key(r.dimension(), r.group(), r.year());
        }
    }

    /** One forecast's hidden cells: summary rows by key, projection cells by index. */
    private record Hidden(Map<Key, Boolean> summary, boolean[] projection) {
    }

    private final int threshold;
    private final Map<Forecast, Hidden> forecasts;
    private final Map<StateCosts, boolean[]> costs;

    private Disclosure(int threshold, Map<Forecast, Hidden> forecasts, Map<StateCosts, boolean[]> costs) {
        this.threshold = threshold;
        this.forecasts = forecasts;
        this.costs = costs;
    }

    /**
     * The hidden figures of {@code forecasts} (the first one the baseline) and their peer's
     * costs ({@code costs} empty, or one per forecast, null where a forecast has none).
     */
    static Disclosure of(List<Forecast> forecasts, List<StateCosts> costs, int threshold) {
        if (threshold <= 0 || forecasts.isEmpty()) return NONE;
        Suppression rule = new Suppression(threshold);
        List<Map<Key, Integer>> summaryIds = new ArrayList<>();
        List<int[]> projectionIds = new ArrayList<>();
        for (Forecast f : forecasts) {
            Map<Key, Integer> base = summaryIds.isEmpty() ? null : summaryIds.get(0);
            Map<Key, Integer> ids = summaryCells(rule, f, base, forecasts.get(0));
            summaryIds.add(ids);
            projectionIds.add(projectionCells(rule, f, ids, projectionIds.isEmpty() ? null : projectionIds.get(0), forecasts.get(0)));
        }
        List<int[]> costIds = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            costIds.add(costs.get(i) == null ? null : costCells(rule, costs.get(i), summaryIds.get(i)));
        }
        boolean[] hidden = rule.solve();
        Map<Forecast, Hidden> byForecast = new IdentityHashMap<>();
        for (int i = 0; i < forecasts.size(); i++) {
            Map<Key, Boolean> summary = new HashMap<>();
            summaryIds.get(i).forEach((k, id) -> summary.put(k, hidden[id]));
            byForecast.put(forecasts.get(i), new Hidden(summary, pick(hidden, projectionIds.get(i))));
        }
        Map<StateCosts, boolean[]> byCosts = new IdentityHashMap<>();
        for (int i = 0; i < costs.size(); i++) {
            if (costs.get(i) != null) byCosts.put(costs.get(i), pick(hidden, costIds.get(i)));
        }
        return new Disclosure(threshold, byForecast, byCosts);
    }

    /** Whether anything can be hidden (a threshold was given). */
    boolean active() {
        return threshold > 0;
    }

    int threshold() {
        return threshold;
    }

    /** The sentence each output that hides figures says once. */
    String note() {
        return "Small counts are suppressed: values above 0 and below " + threshold + " are shown as " + Suppression.MARKER
                + ", and so is the smallest other value of any total that would give a hidden one away by subtraction.";
    }

    /** Whether a count that adds to no line shown (a figure in a sentence) is hidden: the primary rule alone. */
    boolean hides(double value) {
        return Suppression.hides(value, threshold);
    }

    /** Whether {@code value}, a statistic of {@code row} of {@code f}'s summary, is hidden. */
    boolean hides(Forecast f, SummaryRow row, double value) {
        if (Suppression.hides(value, threshold)) return true;
        Hidden h = forecasts.get(f);
        return h != null && h.summary().getOrDefault(Key.of(row), false);
    }

    /** Whether {@code value}, a statistic of projection cell {@code index} of {@code f}, is hidden. */
    boolean hidesCell(Forecast f, int index, double value) {
        if (Suppression.hides(value, threshold)) return true;
        Hidden h = forecasts.get(f);
        return h != null && h.projection()[index];
    }

    /** Whether row {@code row} of {@code c} (its placements and every figure of its money) is hidden. */
    boolean hidesCostRow(StateCosts c, int row) {
        boolean[] h = costs.get(c);
        return h != null ? h[row] : Suppression.hides(c.rows().get(row).placements(), threshold);
    }

    private static Map<Key, Integer> summaryCells(Suppression rule, Forecast f, Map<Key, Integer> base, Forecast baseline) {
        Map<Key, Integer> ids = new HashMap<>();
        Map<Integer, Integer> totals = new HashMap<>();
        Map<Key, List<Integer>> lines = new LinkedHashMap<>();
        Map<String, Setting> settings = new HashMap<>();
        for (Setting s : f.projection().settings()) settings.put(s.code(), s);
        for (SummaryRow r : f.summary()) {
            Key k = Key.of(r);
            Integer shared = base == null || r.year() != f.baseYear() || f.baseYear() != baseline.baseYear() ? null : base.get(k);
            int id = shared != null ? shared : rule.cell(r.mean());
            ids.put(k, id);
            if (r.dimension() == Dimension.TOTAL) {
                totals.put(r.year(), id);
                continue;
            }
            // a roll-up's groups add up to the year's total (that line's key has no group); a provision's settings to it
            add(lines, new Key(r.dimension(), "", r.year()), id);
            // settings not mapped to provisions (the person-level route without --settings) have no provision line
            Setting s = r.dimension() == Dimension.SETTING ? settings.get(r.group()) : null;
            if (s != null && s.provision() != null) add(lines, new Key(Dimension.PROVISION, s.provision().name(), r.year()), id);
        }
        lines.forEach((k, parts) -> {
            Integer total = k.group().isEmpty() ? totals.get(k.year()) : ids.get(k);
            if (total != null && !parts.isEmpty()) rule.line(total, ints(parts));
        });
        return ids;
    }

    /** The projection's cells, and the lines that tie each summary row to the cells that add up to it. */
    private static int[] projectionCells(Suppression rule, Forecast f, Map<Key, Integer> summary, int[] base, Forecast baseline) {
        Projection p = f.projection();
        Projection b = baseline.projection();
        boolean sameBase = base != null && f.baseYear() == baseline.baseYear() && p.firstYear() == b.firstYear() && p.minAge() == b.minAge()
                && p.ages() == b.ages() && p.settings().equals(b.settings()) && p.needs().equals(b.needs());
        int[] ids = new int[sizeOf(p)];
        Map<Key, List<Integer>> lines = new LinkedHashMap<>();
        for (int y = 0; y < p.years(); y++) {
            int year = p.firstYear() + y;
            for (int a = 0; a < p.ages(); a++) {
                String phase = Phase.ofAge(p.minAge() + a).code();
                for (int s = 0; s < p.settings().size(); s++) {
                    Setting setting = p.settings().get(s);
                    for (int n = 0; n < p.needs().size(); n++) {
                        int i = p.index(y, a, s, n);
                        boolean shared = sameBase && year == f.baseYear() && baseline.projection().mean(i) == p.mean(i);
                        int id = shared ? base[i] : rule.cell(p.mean(i));
                        ids[i] = id;
                        add(lines, new Key(Dimension.TOTAL, SummaryRow.ALL, year), id);
                        add(lines, new Key(Dimension.SETTING, setting.code(), year), id);
                        if (setting.provision() != null) add(lines, new Key(Dimension.PROVISION, setting.provision().name(), year), id);
                        add(lines, new Key(Dimension.NEED, p.needs().get(n), year), id);
                        add(lines, new Key(Dimension.PHASE, phase, year), id);
                    }
                }
            }
        }
        lines.forEach((k, parts) -> {
            Integer total = summary.get(k);
            if (total != null) rule.line(total, ints(parts));
        });
        return ids;
    }

    /** The cost rows' placements; per financial year the settings add to the total, and each row ties to its two censuses. */
    private static int[] costCells(Suppression rule, StateCosts c, Map<Key, Integer> summary) {
        int[] ids = new int[c.rows().size()];
        List<Integer> settings = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            StateCosts.Row r = c.rows().get(i);
            ids[i] = rule.cell(r.placements());
            boolean total = r.setting().equals(StateCosts.TOTAL);
            Dimension d = total ? Dimension.TOTAL : Dimension.SETTING;
            String group = total ? SummaryRow.ALL : r.setting();
            Integer early = summary.get(new Key(d, group, r.year().start())), late = summary.get(new Key(d, group, r.year().start() + 1));
            if (early != null && late != null) rule.line(ids[i], early, late);
            if (!total) {
                settings.add(ids[i]);
            } else {
                if (!settings.isEmpty()) rule.line(ids[i], ints(settings));
                settings.clear();
            }
        }
        return ids;
    }

    private static int sizeOf(Projection p) {
        return p.years() * p.ages() * p.settings().size() * p.needs().size();
    }

    private static void add(Map<Key, List<Integer>> lines, Key k, int id) {
        lines.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
    }

    private static boolean[] pick(boolean[] hidden, int[] ids) {
        boolean[] out = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = hidden[ids[i]];
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
