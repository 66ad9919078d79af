package org.sendplan.reports;

import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One dimension of a forecast's summary laid out as groups × years (a view, no arithmetic):
 * groups in order of first appearance, years ascending. A missing (group, year) is {@code null}.
 * It answers which of its values a {@link Disclosure} hides; the values themselves stay exact.
 */
final class SummaryTable {
    final Dimension dimension;
    final List<String> groups;
    final int[] years;
    private final SummaryRow[][] rows;
    private final Forecast forecast;
    private final Disclosure disclosure;

    private SummaryTable(Dimension dimension, List<String> groups, int[] years, SummaryRow[][] rows, Forecast forecast,
                         Disclosure disclosure) {
        this.dimension = dimension;
        this.groups = groups;
        this.years = years;
        this.rows = rows;
        this.forecast = forecast;
        this.disclosure = disclosure;
    }

    static SummaryTable of(Forecast forecast, Dimension dimension) {
        return of(forecast, dimension, Disclosure.NONE);
    }

    static SummaryTable of(Forecast forecast, Dimension dimension, Disclosure disclosure) {
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        TreeSet<Integer> yearSet = new TreeSet<>();
        List<SummaryRow> list = forecast.summary(dimension);
        for (SummaryRow r : list) {
            groupIndex.putIfAbsent(r.group(), groupIndex.size());
            yearSet.add(r.year());
        }
        int[] years = yearSet.stream().mapToInt(Integer::intValue).toArray();
        SummaryRow[][] rows = new SummaryRow[groupIndex.size()][years.length];
        for (SummaryRow r : list) {
            int y = java.util.Arrays.binarySearch(years, r.year());
            rows[groupIndex.get(r.group())][y] = r;
        }
        return new SummaryTable(dimension, List.copyOf(new ArrayList<>(groupIndex.keySet())), years, rows, forecast, disclosure);
    }

    /** {@code value}, a statistic of (group, year), as a chart or sentence shows it: NaN where it is hidden. */
    double shown(int group, int yearIndex, double value) {
        return hides(group, yearIndex, value) ? Double.NaN : value;
    }

    /** Whether {@code value}, a statistic of (group, year), is hidden (a missing row hides nothing: it shows nothing). */
    boolean hides(int group, int yearIndex, double value) {
        SummaryRow r = rows[group][yearIndex];
        return r != null && disclosure.hides(forecast, r, value);
    }

    SummaryRow row(int group, int yearIndex) {
        return rows[group][yearIndex];
    }

    /** The mean of (group, year), NaN when the summary has no such row. */
    double mean(int group, int yearIndex) {
        SummaryRow r = rows[group][yearIndex];
        return r == null ? Double.NaN : r.mean();
    }

    /** The central figure (median of the draws) of (group, year), NaN when the summary has no such row. */
    double central(int group, int yearIndex) {
        SummaryRow r = rows[group][yearIndex];
        return r == null ? Double.NaN : r.central();
    }

    double p10(int group, int yearIndex) {
        SummaryRow r = rows[group][yearIndex];
        return r == null ? Double.NaN : r.p10();
    }

    double p90(int group, int yearIndex) {
        SummaryRow r = rows[group][yearIndex];
        return r == null ? Double.NaN : r.p90();
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** A readable description of a group code, or "" when the code is not one we know. */
    static String label(Forecast forecast, Dimension dimension, String group) {
        switch (dimension) {
            case TOTAL:
                return "All EHC plans";
            case PROVISION:
                for (Provision p : Provision.values()) {
                    if (p.name().equals(group)) return p.label();
                }
                return "";
            case SETTING:
                for (Setting s : forecast.projection().settings()) {
                    if (s.code().equals(group)) return s.label();
                }
                return "";
            case NEED:
                for (Need n : Need.values()) {
                    if (n.name().equals(group)) return n.label();
                }
                return "";
            case PHASE:
                for (Phase ph : Phase.values()) {
                    if (ph.code().equals(group) || ph.name().equals(group)) return phaseLabel(ph);
                }
                return "";
            default:
                return "";
        }
    }

    private static String phaseLabel(Phase phase) {
        switch (phase) {
            case EARLY_YEARS: return "Early years (NCY below 0)";
            case PRIMARY: return "Primary (Reception to Year 6)";
            case SECONDARY: return "Secondary (Years 7 to 11)";
            case POST16: return "Post-16 (Years 12 to 14, ages 16-18)";
            case POST19: return "Post-19 (ages 19-25)";
            default: return "";
        }
    }
}
