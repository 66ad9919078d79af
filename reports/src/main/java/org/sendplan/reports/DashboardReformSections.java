package org.sendplan.reports;

import org.sendplan.model.RunResult;
import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformTable;
import org.sendplan.reports.DashboardView.Builder;
import org.sendplan.reports.DashboardView.Part;
import org.sendplan.reports.DashboardView.Row;
import org.sendplan.reports.DashboardView.Section;
import org.sendplan.reports.DashboardView.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The dashboard's sections of the local SEND reform plan: its data tables (reform-plan.csv, the
 * Reform plan sheet) with the unmitigated baseline and each scenario on rows one under another, and
 * where each year's change in plans comes from (change-split.csv).
 */
final class DashboardReformSections {
    private DashboardReformSections() {
    }

    static Optional<Section> reformPlan(RunResult run) {
        if (run.reform().isEmpty()) return Optional.empty();
        List<ReformPlan> plans = run.reform();
        ReformPlan base = plans.get(0);
        Builder b = new Builder(Part.REFORM_PLAN).paragraph("The data tables of the local SEND reform plan, as the public reading of the DfE "
                + "template lays them out: categories as rows, calendar years as columns" + (plans.size() > 1
                ? ", the unmitigated baseline and each scenario one under another" : "") + ". Every table adds up to its total; the "
                + "assumptions follow the tables. The same figures are in reform-plan.csv and the Reform plan sheet.");
        ReformSentences.common(plans, run.outcomes()).forEach(b::note);
        for (int t = 0; t < base.tables().size(); t++) {
            ReformTable first = base.tables().get(t);
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k <= first.rows().size(); k++) {
                for (int i = 0; i < plans.size(); i++) {
                    ReformTable ti = plans.get(i).tables().get(t);
                    ReformTable.Row r = k == first.rows().size() ? ti.total() : ti.rows().get(k);
                    rows.add(Row.numbers(label(plans, i, r.label()), counts(r.values())));
                }
            }
            b.table(new Table(first.number() + ". " + first.title() + " (" + first.unit() + ")", head("Table " + first.number(), base, 0), rows));
            for (String n : first.notes()) b.note("Table " + first.number() + ": " + n);
            for (ReformTable.Row r : first.rows()) if (!r.note().isEmpty()) b.note("Table " + first.number() + ", " + r.label() + ": " + r.note());
        }
        return Optional.of(b.build());
    }

    static Optional<Section> changeSplit(RunResult run) {
        if (run.reform().isEmpty() || run.reform().get(0).split() == null) return Optional.empty();
        List<ReformPlan> plans = run.reform();
        ReformPlan base = plans.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ChangeSplit s = plans.get(i).split();
            if (s == null) continue;
            rows.add(Row.numbers(label(plans, i, "Change in EHC plans"), values(base, s, st -> st.change())));
            rows.add(Row.numbers(label(plans, i, "due to the 0–25 population"), values(base, s, st -> st.populationPart())));
            rows.add(Row.numbers(label(plans, i, "due to plans per head"), values(base, s, st -> st.ratePart())));
        }
        Builder b = new Builder(Part.CHANGE_SPLIT).paragraph("How much of each year's change in EHC plans comes from the number of children "
                + "and young people aged 0–25, and how much from plans per head. The same figures, with the population and the rate, are in "
                + "change-split.csv and the Reform plan sheet.");
        ReformSentences.split(base.split()).forEach(b::note);
        return Optional.of(b.table(new Table("Change in EHC plans from the year before, " + base.area().name(), head("Change", base, 1), rows))
                .build());
    }

    private static String label(List<ReformPlan> plans, int i, String row) {
        return plans.size() == 1 ? row : row + " — " + ReformSentences.outcome(plans, i);
    }

    private static List<String> head(String corner, ReformPlan p, int from) {
        List<String> head = new ArrayList<>(List.of(corner));
        for (int y = from; y < p.years().size(); y++) head.add(p.heading(y));
        return head;
    }

    private static String[] counts(double[] v) {
        String[] out = new String[v.length];
        for (int y = 0; y < v.length; y++) out[y] = Shown.count(v[y]);
        return out;
    }

    private static String[] values(ReformPlan base, ChangeSplit s, ToDoubleFunction<ChangeSplit.Step> v) {
        String[] out = new String[base.years().size() - 1];
        java.util.Arrays.fill(out, Shown.MISSING);
        for (ChangeSplit.Step st : s.steps()) out[base.years().indexOf(st.year()) - 1] = Shown.count(v.applyAsDouble(st));
        return out;
    }
}
