package org.sendplan.reports;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.ScenarioHeadline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The Summary sheet's headline for every scenario side by side (measures down, scenarios across):
 * plans now and projected with the band, each commissioned provision's first shortfall, the places
 * to commission, independent placements, cost, the lowest DSG balance and each scenario against
 * the baseline in words, with the reason where a scenario does worse; the figures a cabinet paper
 * quotes, from {@link ScenarioHeadline} (this class lays them out and computes nothing). Labels and
 * figures in words wrap within their columns, so that the table prints no wider than they are.
 */
final class HeadlineTable {
    private HeadlineTable() {
    }

    /** The table with its top-left corner at ({@code top}, {@code col}); returns the next free row. */
    static int add(SXSSFSheet sh, Styles st, int top, int col, List<Outcome> outcomes) {
        List<ScenarioHeadline> hs = new ArrayList<>();
        for (Outcome o : outcomes) hs.add(ScenarioHeadline.of(o, outcomes.get(0)));
        ScenarioHeadline b = hs.get(0);
        String[] head = new String[1 + hs.size()];
        head[0] = "Headline by scenario";
        for (int k = 0; k < hs.size(); k++) head[1 + k] = hs.get(k).scenario();
        header(sh, top, col, head, st);
        int r = top + 1;
        r = numbers(sh, r, col, "EHC plans, January " + b.baseYear() + " (observed)", hs, ScenarioHeadline::plansBase, st.int0, st);
        r = numbers(sh, r, col, "EHC plans, January " + b.projectedYear() + " (central)", hs, ScenarioHeadline::projected, st.int0, st);
        r = texts(sh, r, col, "  " + b.band(), hs, h -> String.format(Locale.UK, "%,.0f–%,.0f", h.p10(), h.p90()), st);
        if (b.lastYear() == null) return r;
        Set<Provision> shortOf = EnumSet.noneOf(Provision.class);
        for (ScenarioHeadline h : hs) shortOf.addAll(h.firstShortfall().keySet());
        for (Provision p : shortOf) {
            r = texts(sh, r, col, "First shortfall: " + p.label(), hs, h -> {
                AcademicYear y = h.firstShortfall().get(p);
                return y == null ? "none" : y.toString();
            }, st);
        }
        r = numbers(sh, r, col, placesLabel(b, "p50"), hs, h -> h.commission().p50(), st.int0, st);
        r = numbers(sh, r, col, placesLabel(b, "p90"), hs, h -> h.commission().p90(), st.int0, st);
        r = numbers(sh, r, col, "Independent special placements, " + b.lastYear() + " (mean)", hs, ScenarioHeadline::independent, st.int0, st);
        r = numbers(sh, r, col, "High-needs cost, " + b.lastYear() + " (mean, £m)", hs, ScenarioHeadline::cost, st.money, st);
        r = numbers(sh, r, col, "Lowest cumulative DSG balance (mean, £m)", hs, ScenarioHeadline::lowestBalance, st.money, st);
        r = texts(sh, r, col, "  in financial year", hs, h -> h.lowestYear().toString(), st);
        if (hs.size() > 1) {
            r = texts(sh, r, col, "Against the baseline: EHC plans, January " + b.lastCensus(), hs, ScenarioHeadline::plansWords, st);
            r = texts(sh, r, col, "Against the baseline: independent placements, " + b.lastYear(), hs, ScenarioHeadline::independentWords, st);
            r = texts(sh, r, col, "Against the baseline: high-needs cost, " + b.lastYear(), hs, ScenarioHeadline::costWords, st);
            r = numbers(sh, r, col, "Cost saved against the baseline, " + b.firstYear() + " to " + b.lastYear() + " (£m)", hs, ScenarioHeadline::costSaved,
                    st.money, st);
            // a sentence across the table, under it
            for (ScenarioHeadline h : hs) if (h.worse() != null) Cells.paragraph(sh, r++, col, col + hs.size(), "Why: " + h.worse().sentence(), st.wrap);
        }
        return r;
    }

    /** The places-to-commission row's label: what the figure is (SufficiencyPlan#placesToCommission). */
    static String placesLabel(ScenarioHeadline b, String demand) {
        return "Places to commission by " + AcademicYear.ofCensus(b.lastCensus()) + " (" + demand + " demand; each provision's most in any year, summed)";
    }

    private static int numbers(SXSSFSheet sh, int r, int col, String label, List<ScenarioHeadline> hs, Function<ScenarioHeadline, Double> v,
                               XSSFCellStyle style, Styles st) {
        SXSSFRow row = row(sh, r);
        text(row, col, label, st.wrap);
        for (int k = 0; k < hs.size(); k++) number(row, col + 1 + k, v.apply(hs.get(k)), style);
        return r + 1;
    }

    private static int texts(SXSSFSheet sh, int r, int col, String label, List<ScenarioHeadline> hs, Function<ScenarioHeadline, String> v,
                             Styles st) {
        SXSSFRow row = row(sh, r);
        text(row, col, label, st.wrap);
        // words ("108 fewer EHC plans") wrap within the scenario's column
        for (int k = 0; k < hs.size(); k++) text(row, col + 1 + k, v.apply(hs.get(k)), st.wrapRight);
        return r + 1;
    }
}
