package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/** The table of the {@link PublishedHistory} of one roll-up, beside its projection. */
final class DashboardHistory {
    private DashboardHistory() {
    }

    /** Groups down (in the projection's order), census years across; empty when there is nothing before the base year. */
    static Optional<Table> of(Forecast f, PublishedHistory history, Dimension d, String noun) {
        TreeSet<Integer> years = history.years(d);
        if (years.isEmpty()) return Optional.empty();
        List<String> head = new ArrayList<>(List.of(Character.toUpperCase(noun.charAt(0)) + noun.substring(1)));
        for (int y : years) head.add(Integer.toString(y));
        List<Row> rows = new ArrayList<>();
        for (String group : SummaryTable.of(f, d).groups) {
            SortedMap<Integer, Double> values = history.of(d, group);
            if (values.isEmpty()) continue;
            String[] cells = new String[years.size()];
            int i = 0;
            for (int y : years) cells[i++] = Shown.count(values.getOrDefault(y, Double.NaN));
            rows.add(Row.numbers(DashboardForecastSections.groupLabel(f, d, group), cells));
        }
        String what = d == Dimension.TOTAL ? "Published total EHC plans" : "Published EHC plans by " + noun;
        return Optional.of(new Table(what + " by January census before " + f.baseYear()
                + (d == Dimension.TOTAL ? "" : " (the published split, scaled to the published total)")
                + "; " + Shown.MISSING + ": not published", head, rows));
    }
}
