package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.evaluation.RollingBacktest;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The history beside a projection: the published figures of the January censuses before the
 * base year, as the backtest set its past forecasts against them (backtest.csv's {@code actual}).
 * Only the roll-ups the backtest judges have one (the total, provisions and phases); a run
 * without a backtest has none.
 */
final class DashboardHistory {
    private DashboardHistory() {
    }

    /** Groups down (in the projection's order), census years across; empty when there is nothing before the base year. */
    static Optional<Table> of(Forecast f, RollingBacktest.Result bt, Dimension d, String noun) {
        if (bt == null) return Optional.empty();
        Map<String, TreeMap<Integer, Double>> byGroup = new LinkedHashMap<>();
        for (String g : SummaryTable.of(f, d).groups) byGroup.put(g, new TreeMap<>());
        TreeSet<Integer> years = new TreeSet<>();
        for (RollingBacktest.Row r : bt.rows()) {
            int year = r.baseYear() + r.horizon();
            if (r.method() != RollingBacktest.Method.SENDPLAN || r.dimension() != d || year >= f.baseYear()) continue;
            // every forecast of a year meets the same outturn
            byGroup.computeIfAbsent(r.group(), g -> new TreeMap<>()).putIfAbsent(year, r.actual());
            years.add(year);
        }
        if (years.isEmpty()) return Optional.empty();
        List<String> head = new ArrayList<>(List.of(Character.toUpperCase(noun.charAt(0)) + noun.substring(1)));
        for (int y : years) head.add(Integer.toString(y));
        List<Row> rows = new ArrayList<>();
        byGroup.forEach((group, values) -> {
            if (values.isEmpty()) return;
            String[] cells = new String[years.size()];
            int i = 0;
            for (int y : years) cells[i++] = Shown.count(values.getOrDefault(y, Double.NaN));
            rows.add(Row.numbers(DashboardForecastSections.groupLabel(f, d, group), cells));
        });
        String what = d == Dimension.TOTAL ? "Published total EHC plans" : "Published EHC plans by " + noun;
        return Optional.of(new Table(what + " by January census before " + f.baseYear()
                + (d == Dimension.TOTAL ? "" : " (the published split, scaled to the published total)")
                + "; " + Shown.MISSING + ": not published", head, rows));
    }
}
