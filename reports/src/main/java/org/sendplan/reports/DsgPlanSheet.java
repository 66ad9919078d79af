package org.sendplan.reports;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sendplan.model.Provision;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.DsgManagementPlan;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.Saving;
import org.sendplan.model.money.TransportRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sendplan.reports.Cells.header;
import static org.sendplan.reports.Cells.headerRows;
import static org.sendplan.reports.Cells.number;
import static org.sendplan.reports.Cells.row;
import static org.sendplan.reports.Cells.text;

/**
 * The <b>DSG plan</b> sheet: the baseline's High Needs Block in the lines of the DfE's DSG
 * management plan template (income, expenditure, in-year and cumulative balance) by financial
 * year, then each scenario as a mitigation (its saving against the baseline and the cumulative
 * balance with it), then home-to-school transport, which the council's general fund pays and
 * which is in no DSG figure above it.
 */
final class DsgPlanSheet {
    static final String NAME = "DSG plan";
    private static final int HEADER_ROW = 2, FIRST_YEAR_COL = 2;

    private DsgPlanSheet() {
    }

    static void add(SXSSFWorkbook wb, Styles st, List<Outcome> outcomes, String marker) {
        Outcome base = outcomes.get(0);
        SXSSFSheet sh = wb.createSheet(NAME);
        text(sh, 0, 0, "DSG management plan: High Needs Block, " + base.forecast().area().name() + ", unmitigated (baseline)" + marker, st.title);
        List<FinancialYear> years = new ArrayList<>();
        for (BudgetRow b : base.plan().budget()) years.add(b.year());
        String[] head = new String[FIRST_YEAR_COL + years.size()];
        head[0] = "Section";
        head[1] = "Line (£m, cash prices)";
        for (int i = 0; i < years.size(); i++) head[FIRST_YEAR_COL + i] = years.get(i).toString();
        header(sh, HEADER_ROW, 0, head, st);
        int r = HEADER_ROW + 1;
        for (DsgManagementPlan.LineByYear l : DsgManagementPlan.byYear(base.plan())) {
            r = line(sh, st, r, label(l.section()), l.name(), l.amounts(), isTotal(l.name()));
        }
        r++;
        if (outcomes.size() > 1) {
            text(sh, r++, 0, "Mitigations: each scenario against the baseline (its in-year DSG balance less the baseline's: cost saved "
                    + "and income added)", st.bold);
            for (Outcome o : outcomes.subList(1, outcomes.size())) {
                List<Saving> savings = Saving.of(base, o);
                double[] gained = new double[years.size()], balance = new double[years.size()];
                for (int i = 0; i < years.size(); i++) {
                    gained[i] = savings.get(i).balanceGain();
                    balance[i] = o.plan().budget().get(i).cumulativeBalance();
                }
                r = line(sh, st, r, "Mitigation", "In-year balance gained: " + o.forecast().scenario(), gained, false);
                r = line(sh, st, r, "Mitigation", "Cumulative DSG balance with " + o.forecast().scenario(), balance, false);
            }
            r++;
        }
        r = transport(sh, st, r, base, years);
        int[] widths = {14, 70};
        for (int c = 0; c < head.length; c++) sh.setColumnWidth(c, (c < widths.length ? widths[c] : 14) * 256);
        headerRows(sh, HEADER_ROW, HEADER_ROW, FIRST_YEAR_COL);
    }

    private static int transport(SXSSFSheet sh, Styles st, int r, Outcome base, List<FinancialYear> years) {
        text(sh, r++, 0, "Outside the DSG: home-to-school transport (the council's general fund; in no figure above)", st.bold);
        List<TransportRow> rows = TransportRow.of(base.plan());
        if (rows.isEmpty()) {
            text(sh, r++, 1, "Not costed: give transport (share transported and cost per child by provision) in finance.yaml", st.text);
            return r;
        }
        Map<Provision, double[]> byProvision = new LinkedHashMap<>();
        double[] total = new double[years.size()];
        for (TransportRow t : rows) {
            int i = years.indexOf(t.year());
            if (i < 0) continue;
            byProvision.computeIfAbsent(t.provision(), k -> new double[years.size()])[i] = t.cost();
            total[i] += t.cost();
        }
        for (var e : byProvision.entrySet()) r = line(sh, st, r, "Transport", e.getKey().label(), e.getValue(), false);
        return line(sh, st, r, "Transport", "Total home-to-school transport", total, true);
    }

    private static int line(SXSSFSheet sh, Styles st, int r, String section, String name, double[] amounts, boolean total) {
        SXSSFRow row = row(sh, r);
        text(row, 0, section, st.text);
        text(row, 1, name, total ? st.bold : st.text);
        for (int i = 0; i < amounts.length; i++) number(row, FIRST_YEAR_COL + i, amounts[i], total ? st.moneyBold : st.money);
        return r + 1;
    }

    private static boolean isTotal(String line) {
        return line.equals(DsgManagementPlan.TOTAL_INCOME) || line.equals(DsgManagementPlan.TOTAL_EXPENDITURE)
                || line.equals(DsgManagementPlan.IN_YEAR) || line.equals(DsgManagementPlan.CUMULATIVE);
    }

    private static String label(DsgManagementPlan.Section s) {
        return switch (s) {
            case INCOME -> "Income";
            case EXPENDITURE -> "Expenditure";
            case BALANCE -> "Balance";
            case MEMO -> "Memo";
        };
    }
}
