package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.evaluation.RollingBacktest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published figures of the January censuses before a forecast's base year, as the backtest
 * set its past forecasts against them (backtest.csv's {@code actual}): what the charts and the
 * dashboard show beside the projection. Only the roll-ups the backtest judges have them (the
 * total, provisions and phases); a run without a backtest has none.
 */
final class PublishedHistory {
    static final PublishedHistory NONE = new PublishedHistory(new EnumMap<>(Dimension.class));

    /** dimension → group → year → published figure */
    private final Map<Dimension, Map<String, SortedMap<Integer, Double>>> figures;

    private PublishedHistory(Map<Dimension, Map<String, SortedMap<Integer, Double>>> figures) {
        this.figures = figures;
    }

    static PublishedHistory of(Forecast f, RollingBacktest.Result bt) {
        if (bt == null) return NONE;
        Map<Dimension, Map<String, SortedMap<Integer, Double>>> m = new EnumMap<>(Dimension.class);
        for (RollingBacktest.Row r : bt.rows()) {
            int year = r.baseYear() + r.horizon();
            if (r.method() != RollingBacktest.Method.SENDPLAN || year >= f.baseYear()) continue;
            // every forecast of a year meets the same outturn
            m.computeIfAbsent(r.dimension(), d -> new LinkedHashMap<>()).computeIfAbsent(r.group(), g -> new TreeMap<>())
                    .putIfAbsent(year, r.actual());
        }
        return new PublishedHistory(m);
    }

    /** A group's published figures by year (empty when none). */
    SortedMap<Integer, Double> of(Dimension d, String group) {
        SortedMap<Integer, Double> s = figures.getOrDefault(d, Map.of()).get(group);
        return s == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(s);
    }

    /** Every year any group of {@code d} was published in, ascending. */
    TreeSet<Integer> years(Dimension d) {
        TreeSet<Integer> years = new TreeSet<>();
        figures.getOrDefault(d, Map.of()).values().forEach(s -> years.addAll(s.keySet()));
        return years;
    }
}
