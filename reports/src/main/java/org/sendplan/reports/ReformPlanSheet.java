package org.sendplan.reports;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.reform.ChangeSplit;
import org.sendplan.model.reform.ReformPlan;
import org.sendplan.model.reform.ReformTable;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The workbook's <b>Reform plan</b> sheet: the local SEND reform plan's data tables
 * ({@link ReformPlan}) one under another, the unmitigated baseline and each scenario side by side
 * (a block of years each), every column headed with its calendar year, its census and whether it
 * is observed; each row's note beside it and the table's assumptions under it. Then where each
 * year's change comes from ({@link ChangeSplit}), where the run has a population. The figures are
 * reform-plan.csv's and change-split.csv's.
 */
public final class ReformPlanSheet implements WorkbookWriter.ExtraSheet {
    public static final String NAME = "Reform plan";
    static final int FIRST_BLOCK_COL = 1;

    private final List<ReformPlan> plans;
    private final List<Outcome> outcomes;

    public ReformPlanSheet(List<ReformPlan> plans, List<Outcome> outcomes) {
        this.plans = List.copyOf(plans);
        this.outcomes = List.copyOf(outcomes);
    }

    @Override
    public void addTo(SXSSFWorkbook wb) {
        Styles st = new Styles(wb);
        SXSSFSheet sh = wb.createSheet(NAME);
        ReformPlan base = plans.get(0);
        int years = base.years().size();
        text(sh, 0, 0, "Local SEND reform plan, data tables: " + base.area().name() + " (" + base.area().code() + "), from the January "
                + base.baseYear() + " census", st.title);
        int r = 1;
        for (String s : ReformSentences.common(plans, outcomes)) text(sh, r++, 0, s, st.text);
        r++;
        for (int t = 0; t < base.tables().size(); t++) r = table(sh, st, r, t, years) + 1;
        if (base.split() != null) split(sh, st, r, years);
        sh.setColumnWidth(0, 52 * 256);
        for (int c = FIRST_BLOCK_COL; c < noteCol(years); c++) sh.setColumnWidth(c, 13 * 256);
        sh.setColumnWidth(noteCol(years), 70 * 256);
        sh.createFreezePane(1, 0);
    }

    /** The first column of outcome {@code i}'s block of {@code years} columns (a blank column between blocks). */
    private static int blockCol(int i, int years) {
        return FIRST_BLOCK_COL + i * (years + 1);
    }

    private int noteCol(int years) {
        return blockCol(plans.size(), years);
    }

    /** Table {@code t} of every outcome from row {@code r}; returns the next free row. */
    private int table(SXSSFSheet sh, Styles st, int r, int t, int years) {
        ReformTable first = plans.get(0).tables().get(t);
        text(sh, r++, 0, first.number() + ". " + first.title() + " (" + first.unit() + ")", st.bold);
        r = headings(sh, st, r, 0, years, "Note");
        for (int k = 0; k <= first.rows().size(); k++) {
            boolean total = k == first.rows().size();
            SXSSFRow x = row(sh, r++);
            ReformTable.Row label = total ? first.total() : first.rows().get(k);
            text(x, 0, label.label(), total ? st.bold : st.text);
            for (int i = 0; i < plans.size(); i++) {
                ReformTable ti = plans.get(i).tables().get(t);
                ReformTable.Row ri = total ? ti.total() : ti.rows().get(k);
                for (int y = 0; y < years; y++) number(x, blockCol(i, years) + y, ri.value(y), total ? st.int0Bold : st.int0);
            }
            if (!label.note().isEmpty()) text(x, noteCol(years), label.note(), st.text);
        }
        for (String n : first.notes()) text(sh, r++, 0, n, st.text);
        return r;
    }

    /** The outcome names over each block, then the year headings (from year index {@code from}); returns the next row. */
    private int headings(SXSSFSheet sh, Styles st, int r, int from, int years, String last) {
        SXSSFRow names = row(sh, r), head = row(sh, r + 1);
        text(head, 0, "", st.header);
        for (int i = 0; i < plans.size(); i++) {
            text(names, blockCol(i, years), ReformSentences.outcome(plans, i), st.bold);
            for (int y = from; y < years; y++) text(head, blockCol(i, years) + y, plans.get(i).heading(y), st.header);
        }
        text(head, noteCol(years), last, st.header);
        return r + 2;
    }

    private void split(SXSSFSheet sh, Styles st, int r, int years) {
        text(sh, r++, 0, "Where the change comes from: the 0–25 population and plans per head", st.bold);
        r = headings(sh, st, r, 1, years, "");
        r = splitRow(sh, st, r, years, "EHC plans (total of table 5.1)", s -> s.plans(), st.int0);
        r = splitRow(sh, st, r, years, "Change from the year before", s -> s.change(), st.int0Bold);
        r = splitRow(sh, st, r, years, "  due to the 0–25 population", s -> s.populationPart(), st.int0);
        r = splitRow(sh, st, r, years, "  due to plans per head", s -> s.ratePart(), st.int0);
        r = splitRow(sh, st, r, years, "Population aged 0–25", s -> s.population(), st.int0);
        r = splitRow(sh, st, r, years, "EHC plans per 1,000 aged 0–25", s -> s.per1000(), st.dec1);
        for (String n : ReformSentences.split(plans.get(0).split())) text(sh, r++, 0, n, st.text);
    }

    private int splitRow(SXSSFSheet sh, Styles st, int r, int years, String label, ToDoubleFunction<ChangeSplit.Step> v, XSSFCellStyle style) {
        SXSSFRow x = row(sh, r);
        text(x, 0, label, st.text);
        for (int i = 0; i < plans.size(); i++) {
            ReformPlan p = plans.get(i);
            if (p.split() == null) continue;
            for (ChangeSplit.Step s : p.split().steps()) number(x, blockCol(i, years) + p.years().indexOf(s.year()), v.applyAsDouble(s), style);
        }
        return r + 1;
    }
}
