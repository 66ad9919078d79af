package org.sendplan.model.reform;

import org.sendplan.model.Area;

import java.util.List;

/**
 * The local SEND reform plan's data tables of one outcome (the baseline, unmitigated, or a
 * scenario), and where each year's change in plans comes from. Years are labelled by calendar
 * year, the public reading of the template's: year N holds the plans at the January N+1 census
 * (the end of calendar year N) and the requests, assessments and new plans of calendar year N,
 * so that a stock and the flows that lead to it share a label. Index 0 is observed (the base
 * census and the calendar year before it); the rest are forecast.
 *
 * @param years   calendar years, from the year before the base census to the horizon's
 * @param tables  5.1, 6, 7, 7.1–7.7, then 10–12 where the release has their figures
 * @param split   population and rate parts of each year's change (null without a population)
 * @param notes   what every table shares (years, central figure, rounding, data), in sentences
 */
public record ReformPlan(String scenario, Area area, int baseYear, AgeRule ageRule, List<Integer> years, List<ReformTable> tables,
                         ChangeSplit split, List<String> notes) {
    public ReformPlan {
        years = List.copyOf(years);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** The January census whose plans year {@code i} holds. */
    public int census(int i) {
        return years.get(i) + 1;
    }

    /** Whether year {@code i} is observed (only the first is). */
    public boolean observed(int i) {
        return i == 0;
    }

    /** A column heading that says the convention: {@code 2025 (Jan 2026 census, forecast)}. */
    public String heading(int i) {
        return years.get(i) + " (Jan " + census(i) + " census, " + (observed(i) ? "observed" : "forecast") + ")";
    }
}
